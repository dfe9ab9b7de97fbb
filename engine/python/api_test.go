package python_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// This file tests the Go API the Django binding relies on: Go-native
// classes with Go methods, super() into them, Python overrides reached from
// Go, the metaclass hook, Go descriptors, the Native slot, exceptions
// defined in Go, the import hook and the budgets.

// row is the Go state a model instance keeps in Instance.Native.
type row struct {
	values map[string]python.Value
	saves  int
}

func rowOf(v python.Value) *row {
	inst := v.(*python.Instance)
	if inst.Native == nil {
		inst.Native = &row{values: map[string]python.Value{}}
	}
	return inst.Native.(*row)
}

// field is a Go data descriptor storing its value in the row.
type field struct{ name string }

func (f *field) Type() string { return "Field" }
func (f *field) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil {
		return f, nil
	}
	if v, ok := rowOf(inst).values[f.name]; ok {
		return v, nil
	}
	return python.None, nil
}
func (f *field) DescriptorSet(th *python.Thread, inst, v python.Value) error {
	rowOf(inst).values[f.name] = v
	return nil
}
func (f *field) DescriptorDelete(th *python.Thread, inst python.Value) error {
	delete(rowOf(inst).values, f.name)
	return nil
}

// managerDescriptor is accessible on the class only, like Django's.
type managerDescriptor struct{ manager python.Value }

func (m *managerDescriptor) Type() string { return "ManagerDescriptor" }
func (m *managerDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst != nil {
		return nil, python.NewError(python.AttributeError, "Manager isn't accessible via %s instances", cls.Name)
	}
	return m.manager, nil
}

// modelBase is the metaclass hook: it turns field assignments into
// descriptors and adds DoesNotExist and objects.
type modelBase struct {
	objectDoesNotExist *python.Class
	managerClass       *python.Class
	models             []*python.Class
}

func (mb *modelBase) NewClass(th *python.Thread, name string, bases []*python.Class, ns *python.Dict) (python.Value, error) {
	var fields []string
	for _, item := range ns.Items() {
		k := string(item[0].(python.String))
		if inst, ok := item[1].(*python.Instance); ok && inst.Class.Name == "CharField" {
			fields = append(fields, k)
			ns.SetStr(k, &field{name: k})
		}
	}
	cls, err := python.NewClass(name, bases, ns)
	if err != nil {
		return nil, err
	}
	dne, err := python.NewClass("DoesNotExist", []*python.Class{mb.objectDoesNotExist}, nil)
	if err != nil {
		return nil, err
	}
	dne.Qualname = name + ".DoesNotExist"
	cls.Dict.SetStr("DoesNotExist", dne)
	mgr, err := python.Call(th, mb.managerClass, nil, nil)
	if err != nil {
		return nil, err
	}
	mgr.(*python.Instance).Native = cls
	cls.Dict.SetStr("objects", &managerDescriptor{manager: mgr})
	list := make(python.Tuple, len(fields))
	for i, f := range fields {
		list[i] = python.String(f)
	}
	cls.Dict.SetStr("_fields", list)
	mb.models = append(mb.models, cls)
	return cls, nil
}

func newDjango(t *testing.T) (*python.Thread, *modelBase, func(module string) (*python.Module, error)) {
	t.Helper()
	objectDoesNotExist, err := python.NewClass("ObjectDoesNotExist", []*python.Class{python.ExceptionClass}, nil)
	if err != nil {
		t.Fatal(err)
	}
	objectDoesNotExist.Module = "django.core.exceptions"

	charField, _ := python.NewClass("CharField", nil, nil)
	charField.Dict.SetStr("__init__", python.NewBuiltin("__init__", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var self python.Value
		maxLength := 0
		if err := python.UnpackArgs("CharField", args, kwargs, "self", &self, "max_length?", &maxLength); err != nil {
			return nil, err
		}
		return python.None, python.SetAttr(th, self, "max_length", python.MakeInt(int64(maxLength)))
	}))

	manager, _ := python.NewClass("Manager", nil, nil)
	manager.Dict.SetStr("get_queryset", python.NewBuiltin("get_queryset", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return python.NewList([]python.Value{python.String("all")}), nil
	}))
	manager.Dict.SetStr("count", python.NewBuiltin("count", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		// Go code calling a method that Python subclasses may override
		qs, err := python.CallMethod(th, args[0], "get_queryset", nil, nil)
		if err != nil {
			return nil, err
		}
		n, err := python.Len(th, qs)
		return python.MakeInt(int64(n)), err
	}))
	manager.Dict.SetStr("get", python.NewBuiltin("get", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		cls := args[0].(*python.Instance).Native.(*python.Class)
		dne, _ := python.GetAttr(th, cls, "DoesNotExist")
		return nil, python.NewError(dne.(*python.Class), "%s matching query does not exist.", cls.Name)
	}))

	mb := &modelBase{objectDoesNotExist: objectDoesNotExist, managerClass: manager}
	model, _ := python.NewClass("Model", nil, nil)
	model.Module = "django.db.models"
	model.Dict.SetStr("__init__", python.NewBuiltin("__init__", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		self := args[0].(*python.Instance)
		self.Native = &row{values: map[string]python.Value{}}
		for _, kw := range kwargs {
			if err := python.SetAttr(th, self, kw.Name, kw.Value); err != nil {
				return nil, err
			}
		}
		return python.None, nil
	}))
	model.Dict.SetStr("save", python.NewBuiltin("save", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		var self python.Value
		force := false
		if err := python.UnpackArgs("save", args, kwargs, "self", &self, "force_insert?", &force); err != nil {
			return nil, err
		}
		rowOf(self).saves++
		return python.None, nil
	}))
	model.Dict.SetStr("__repr__", python.NewBuiltin("__repr__", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		s, err := python.Str(th, args[0])
		if err != nil {
			return nil, err
		}
		return python.String("<" + args[0].Type() + ": " + s + ">"), nil
	}))
	model.Dict.SetStr("__str__", python.NewBuiltin("__str__", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return python.String(args[0].Type() + " object"), nil
	}))
	model.Factory = mb

	load := func(name string) (*python.Module, error) {
		switch name {
		case "django", "django.db", "django.core":
			return python.NewModule(name, nil), nil
		case "django.db.models":
			return python.NewModule(name, map[string]python.Value{
				"Model": model, "CharField": charField, "Manager": manager,
			}), nil
		case "django.core.exceptions":
			return python.NewModule(name, map[string]python.Value{"ObjectDoesNotExist": objectDoesNotExist}), nil
		}
		return nil, nil
	}
	th := python.NewThread()
	th.Load = func(th *python.Thread, module string) (*python.Module, error) { return load(module) }
	return th, mb, load
}

func execFile(t *testing.T, th *python.Thread, name, src string) *python.Module {
	t.Helper()
	f, err := syntax.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	mod := python.NewModule("models", nil)
	if err := python.ExecFile(th, f, mod); err != nil {
		t.Fatalf("ExecFile: %v\n%s", err, python.AsException(err).TracebackString())
	}
	return mod
}

// shell runs statements like the playground and returns what each printed
// or raised.
func shell(t *testing.T, th *python.Thread, mod *python.Module, src string) []string {
	t.Helper()
	f, err := syntax.Parse("shell.py", src)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var printed strings.Builder
	th.Print = func(_ *python.Thread, s string) { printed.WriteString(s) }
	for _, st := range f.Stmts {
		printed.Reset()
		v, err := python.ExecStmt(th, "shell.py", st, mod)
		res := printed.String()
		if err != nil {
			res += "!" + err.Error()
		} else if v != python.None {
			s, err := python.Repr(th, v)
			if err != nil {
				t.Fatal(err)
			}
			res += s
		}
		out = append(out, res)
	}
	return out
}

const modelsPy = `
from django.db import models
from django.core.exceptions import ObjectDoesNotExist


class Person(models.Model):
    first_name = models.CharField(max_length=30)
    last_name = models.CharField(max_length=30)

    def __str__(self):
        return f"{self.first_name} {self.last_name}"

    def save(self, *args, **kwargs):
        self.first_name = self.first_name.title()
        super().save(*args, **kwargs)

    @property
    def full(self):
        return str(self)


class Employee(Person):
    title = models.CharField(max_length=10)


class VipManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset() + ["vip"]
`

func TestNativeClassesAndMetaclass(t *testing.T) {
	th, mb, _ := newDjango(t)
	mod := execFile(t, th, "models.py", modelsPy)
	if len(mb.models) != 2 {
		t.Fatalf("factory saw %d classes, want 2 (Person, Employee)", len(mb.models))
	}
	got := shell(t, th, mod, `
p = Person(first_name="fred", last_name="Flintstone")
p.save()
p
p.first_name
Person._fields
Employee._fields
Employee.__mro__
isinstance(Employee(), Person)
p.objects
Person.DoesNotExist.__qualname__
issubclass(Person.DoesNotExist, ObjectDoesNotExist)
Person.objects.get(pk=1)
try:
    Employee.objects.get(pk=1)
except Person.DoesNotExist:
    print("not caught by the parent's DoesNotExist")
except ObjectDoesNotExist as e:
    print("caught:", e)
p.full
p.save(force_insert=True, bogus=1)
VipManager().count()
models.Manager().count()
`)
	want := []string{
		"",
		"",
		"<Person: Fred Flintstone>",
		"'Fred'",
		"('first_name', 'last_name')",
		"('title',)",
		"(<class 'models.Employee'>, <class 'models.Person'>, <class 'django.db.models.Model'>, <class 'object'>)",
		"True",
		"!AttributeError: Manager isn't accessible via Person instances",
		"'Person.DoesNotExist'",
		"True",
		"!DoesNotExist: Person matching query does not exist.",
		"caught: Employee matching query does not exist.\n",
		"'Fred Flintstone'",
		"!TypeError: save() got an unexpected keyword argument 'bogus'",
		"2",
		"1",
	}
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Errorf("statement %d: got %q, want %q", i+1, got[i], want[i])
		}
	}
	p, _ := mod.Dict.GetStr("p")
	if n := p.(*python.Instance).Native.(*row).saves; n != 1 {
		t.Errorf("Go save ran %d times, want 1 (the failing call must not reach it)", n)
	}
}

func TestCallFromGo(t *testing.T) {
	th := python.NewThread()
	mod := execFile(t, th, "m.py", `
def add(a, b=10, *, scale=1):
    return (a + b) * scale

class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, greeting="Hello"):
        return f"{greeting}, {self.name}!"
    def __str__(self):
        return "Greeter " + self.name
`)
	add, _ := mod.Dict.GetStr("add")
	v, err := python.Call(th, add, python.Tuple{python.MakeInt(1)}, []python.Kwarg{{Name: "scale", Value: python.MakeInt(3)}})
	if err != nil || v != python.MakeInt(33) {
		t.Fatalf("add: %v %v", v, err)
	}
	cls, _ := mod.Dict.GetStr("Greeter")
	g, err := python.Call(th, cls, python.Tuple{python.String("Ann")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err = python.CallMethod(th, g, "greet", nil, []python.Kwarg{{Name: "greeting", Value: python.String("Hi")}})
	if err != nil || v != python.String("Hi, Ann!") {
		t.Fatalf("greet: %v %v", v, err)
	}
	s, err := python.Str(th, g)
	if err != nil || s != "Greeter Ann" {
		t.Fatalf("str: %q %v", s, err)
	}
	r, _ := python.Repr(th, g)
	if r != "<models.Greeter object>" {
		t.Errorf("repr: %q", r)
	}
	name, err := python.GetAttr(th, g, "name")
	if err != nil || name != python.String("Ann") {
		t.Fatal(name, err)
	}
	if err := python.SetAttr(th, g, "name", python.String("Bob")); err != nil {
		t.Fatal(err)
	}
	if eq, _ := python.Equal(th, python.MakeInt(1), python.Float(1)); !eq {
		t.Error("1 == 1.0")
	}
	var sum int64
	err = python.Iterate(th, python.NewList([]python.Value{python.MakeInt(1), python.MakeInt(2)}), func(v python.Value) error {
		n, _ := python.AsInt64(v)
		sum += n
		return nil
	})
	if err != nil || sum != 3 {
		t.Error("Iterate", sum, err)
	}
	ok, _ := python.IsInstance(th, g, cls)
	if !ok {
		t.Error("IsInstance")
	}
	_, err = python.Call(th, add, nil, nil)
	var e *python.Exception
	if !errors.As(err, &e) || !e.Matches(python.TypeError) || err.Error() != "TypeError: add() missing 1 required positional argument: 'a'" {
		t.Errorf("bad call error: %v", err)
	}
}

func TestErrorsAndPositions(t *testing.T) {
	th := python.NewThread()
	f, err := syntax.Parse("models.py", "x = 1\n\ndef f():\n    return {}['k']\n\ny = f()\n")
	if err != nil {
		t.Fatal(err)
	}
	err = python.ExecFile(th, f, python.NewModule("models", nil))
	e := python.AsException(err)
	if e == nil || e.Error() != "KeyError: 'k'" {
		t.Fatalf("got %v", err)
	}
	file, pos := e.Pos()
	if file != "models.py" || pos.Line != 4 {
		t.Errorf("raised at %s:%s, want models.py:4", file, pos)
	}
	tb := e.Traceback()
	if len(tb) != 2 || tb[0].Func != "<module>" || tb[0].Pos.Line != 6 || tb[1].Func != "f" {
		t.Errorf("traceback: %v", tb)
	}
	if !strings.Contains(e.TracebackString(), `File "models.py", line 4, in f`) {
		t.Errorf("traceback string:\n%s", e.TracebackString())
	}
	// scoping errors are SyntaxErrors with a position
	f, _ = syntax.Parse("m.py", "def f():\n    nonlocal q\n")
	err = python.ExecFile(th, f, python.NewModule("m", nil))
	if err == nil || !strings.Contains(err.Error(), "SyntaxError: no binding for nonlocal 'q' found") {
		t.Errorf("nonlocal: %v", err)
	}
	// Go errors become RuntimeError
	if e := python.AsException(fmt.Errorf("disk full")); e.Error() != "RuntimeError: disk full" {
		t.Error(e)
	}
}

func TestBudgetsAndPanics(t *testing.T) {
	th := python.NewThread()
	th.SetMaxSteps(10000)
	mod := python.NewModule("__main__", nil)
	mod.Set("boom", python.NewBuiltin("boom", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		panic("boom")
	}))
	run := func(src string) error {
		f, err := syntax.Parse("shell.py", src)
		if err != nil {
			t.Fatal(err)
		}
		_, err = python.ExecStmt(th, "shell.py", f.Stmts[0], mod)
		return err
	}
	err := run("while True:\n    pass\n")
	if err == nil || err.Error() != "StepLimitExceeded: the statement ran more than 10,000 steps (its work budget); is there an infinite loop?" {
		t.Errorf("step limit: %v", err)
	}
	if err := run("x = sum(range(100))"); err != nil {
		t.Errorf("the budget applies per statement: %v", err)
	}
	err = run("try:\n    boom()\nexcept BaseException:\n    pass\n")
	if err == nil || !strings.Contains(err.Error(), "internal error (this is a bug in ormfiddle)") {
		t.Errorf("panic: %v", err)
	}
	if err := run("y = 1 + 1"); err != nil {
		t.Errorf("after a panic: %v", err)
	}
	// Go calling into Python code that loops forever
	if err := run("def spin():\n    while True:\n        pass\n"); err != nil {
		t.Fatal(err)
	}
	spin, _ := mod.Dict.GetStr("spin")
	if _, err := python.Call(th, spin, nil, nil); err == nil || !strings.Contains(err.Error(), "StepLimitExceeded") {
		t.Errorf("Call: %v", err)
	}
}

func TestImportHook(t *testing.T) {
	th, _, _ := newDjango(t)
	mod := python.NewModule("__main__", nil)
	got := shell(t, th, mod, `
import django.db.models
django.db.models.Model
from django.db.models import CharField as CF
CF
import datetime, decimal as dec
dec.Decimal("1.5") + 1
from nowhere import x
import nowhere
from django.db import nothing
`)
	want := []string{"", "<class 'django.db.models.Model'>", "", "<class '__main__.CharField'>", "", "Decimal('2.5')",
		"!ModuleNotFoundError: No module named 'nowhere'",
		"!ModuleNotFoundError: No module named 'nowhere'",
		"!ImportError: cannot import name 'nothing' from 'django.db' (unknown location)"}
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Errorf("statement %d: got %q, want %q", i+1, got[i], want[i])
		}
	}
}

// TestDisplayhook checks CPython's 'single' mode: expression statements
// nested in a top-level compound statement are displayed, those in a
// function body are not.
func TestDisplayhook(t *testing.T) {
	th := python.NewThread()
	mod := python.NewModule("__main__", nil)
	var shown []string
	th.Displayhook = func(th *python.Thread, v python.Value) error {
		s, err := python.Repr(th, v)
		shown = append(shown, s)
		return err
	}
	f, err := syntax.Parse("shell.py", "def f():\n    'not shown'\n    return 1\nfor i in range(3):\n    if i != 1:\n        i * 10\n    None\n    f()\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range f.Stmts {
		if _, err := python.ExecStmt(th, "shell.py", st, mod); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := strings.Join(shown, " "), "0 1 1 20 1"; got != want {
		t.Errorf("displayed %q, want %q", got, want)
	}
}
