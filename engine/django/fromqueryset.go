package django

import (
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
)

// managerFromQuerySet is BaseManager.from_queryset(queryset_class,
// class_name=None): a subclass of cls named "<cls>From<queryset_class>"
// (module django.db.models.manager, where type() is called), whose
// _queryset_class is queryset_class and which has a method for each
// public function of the queryset class that cls lacks
// (_get_queryset_methods: a function's queryset_only attribute opts it
// out, or a private one in).
func (e *Env) managerFromQuerySet(th *python.Thread, cls *python.Class, qsV, nameV python.Value) (python.Value, error) {
	qsClass, ok := qsV.(*python.Class)
	if !ok {
		return nil, python.NewError(python.AttributeError, "'%s' object has no attribute '__name__'", qsV.Type())
	}
	name := cls.Name + "From" + qsClass.Name
	if s, ok := nameV.(python.String); ok {
		name = string(s)
	}
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.manager"))
	d.SetStr("_queryset_class", qsClass)
	// inspect.getmembers(queryset_class, predicate=inspect.isfunction):
	// the functions found through the MRO, by name.
	funcs := map[string]*python.Function{}
	for _, c := range qsClass.MRO {
		for _, kv := range c.Dict.Items() {
			k, _ := kv[0].(python.String)
			f, ok := kv[1].(*python.Function)
			if !ok {
				continue
			}
			if _, seen := funcs[string(k)]; !seen {
				funcs[string(k)] = f
			}
		}
	}
	names := make([]string, 0, len(funcs))
	for k := range funcs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		if _, err := python.GetAttr(th, cls, n); err == nil {
			continue // only copy missing methods
		}
		only, err := python.GetAttr(th, funcs[n], "queryset_only")
		if err != nil {
			only = python.None
		}
		if only != python.None {
			if t, _ := python.Truth(th, only); t {
				continue
			}
		} else if strings.HasPrefix(n, "_") {
			continue
		}
		d.SetStr(n, e.managerMethod(n).AsPyMethod("BaseManager._get_queryset_methods.<locals>.create_method.<locals>.manager_method"))
	}
	c, err := python.NewClass(name, []*python.Class{cls}, d)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// asManager is QuerySet.as_manager(): Manager.from_queryset(cls)(), marked
// as built that way.
func (e *Env) asManager(th *python.Thread, cls *python.Class) (python.Value, error) {
	mc, err := e.managerFromQuerySet(th, e.managerClass, cls, python.None)
	if err != nil {
		return nil, err
	}
	m, err := python.Call(th, mc, nil, nil)
	if err != nil {
		return nil, err
	}
	if inst, ok := m.(*python.Instance); ok {
		inst.Dict.SetStr("_built_with_as_manager", python.Bool(true))
	}
	return m, nil
}

// emptyManager is django.db.models.manager.EmptyManager(model): a manager
// whose get_queryset() is empty (none()).
func (e *Env) emptyManager() *python.Class {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.manager"))
	d.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var model python.Value
		if err := python.UnpackArgs("__init__", args[1:], kw, "model", &model); err != nil {
			return nil, err
		}
		if _, err := python.CallMethod(th, e.managerClass, "__init__", python.Tuple{args[0]}, nil); err != nil {
			return nil, err
		}
		args[0].(*python.Instance).Dict.SetStr("model", model)
		return python.None, nil
	}))
	d.SetStr("get_queryset", builtin("get_queryset", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		base, _ := e.managerFromQS.Bases[0].Dict.GetStr("get_queryset")
		qs, err := python.Call(th, base, args[:1], nil)
		if err != nil {
			return nil, err
		}
		return python.CallMethod(th, qs, "none", nil, nil)
	}))
	pyMethods(d, "EmptyManager")
	c, _ := python.NewClass("EmptyManager", []*python.Class{e.managerClass}, d)
	return c
}
