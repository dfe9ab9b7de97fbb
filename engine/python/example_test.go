package python_test

import (
	"fmt"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// upperField is a data descriptor keeping its value upper-cased in the
// instance's Native map.
type upperField struct{ name string }

func (f upperField) Type() string { return "UpperField" }
func (f upperField) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil {
		return f, nil // accessed on the class
	}
	return inst.(*python.Instance).Native.(map[string]python.Value)[f.name], nil
}
func (f upperField) DescriptorSet(th *python.Thread, inst, v python.Value) error {
	s, err := python.Str(th, v)
	inst.(*python.Instance).Native.(map[string]python.Value)[f.name] = python.String(fmt.Sprint("!", s))
	return err
}
func (f upperField) DescriptorDelete(th *python.Thread, inst python.Value) error { return nil }

// base is a metaclass hook: every String class attribute becomes a field.
type base struct{}

func (base) NewClass(th *python.Thread, name string, bases []*python.Class, ns *python.Dict) (python.Value, error) {
	for _, item := range ns.Items() {
		if _, ok := item[1].(python.String); ok && item[0] != python.String("__module__") && item[0] != python.String("__qualname__") {
			ns.SetKey(th, item[0], upperField{string(item[0].(python.String))})
		}
	}
	return python.NewClass(name, bases, ns)
}

// Example defines a Go-native class with a Go __init__ and a Go method, a
// metaclass hook and a data descriptor, then subclasses it in Python.
func Example() {
	model, _ := python.NewClass("Model", nil, nil)
	model.Factory = base{}
	model.Dict.SetStr("__init__", python.NewBuiltin("__init__", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		self := args[0].(*python.Instance)
		self.Native = map[string]python.Value{}
		for _, kw := range kwargs {
			if err := python.SetAttr(th, self, kw.Name, kw.Value); err != nil {
				return nil, err
			}
		}
		return python.None, nil
	}))
	model.Dict.SetStr("save", python.NewBuiltin("save", func(th *python.Thread, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		name, err := python.GetAttr(th, args[0], "name")
		fmt.Println("Go save:", name)
		return python.None, err
	}))

	src := `
class Person(Model):
    name = "field"
    def save(self):
        print("Python save")
        super().save()

p = Person(name="ann")
p.save()
`
	f, _ := syntax.Parse("models.py", src)
	th := python.NewThread()
	mod := python.NewModule("models", map[string]python.Value{"Model": model})
	if err := python.ExecFile(th, f, mod); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Python save
	// Go save: !ann
}
