package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
)

// buildPrefetchClass makes django.db.models.Prefetch(lookup,
// queryset=None, to_attr=None); its instances carry an *orm.Prefetch.
func (e *Env) buildPrefetchClass() {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.query"))
	d.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		self := args[0].(*python.Instance)
		var lookup string
		var qsV, toAttrV python.Value = python.None, python.None
		if err := python.UnpackArgs("Prefetch", args[1:], kw, "lookup", &lookup, "queryset?", &qsV, "to_attr?", &toAttrV); err != nil {
			return nil, err
		}
		var qs *orm.QuerySet
		if qsV != python.None {
			q, _, ok := querySetOf(qsV)
			if !ok {
				return nil, python.NewError(python.ValueError, "Prefetch querysets cannot use raw(), values(), and values_list().")
			}
			qs = q
		}
		toAttr := ""
		if toAttrV != python.None {
			s, err := python.Str(th, toAttrV)
			if err != nil {
				return nil, err
			}
			toAttr = s
		}
		p, err := orm.NewPrefetch(lookup, qs, toAttr)
		if err != nil {
			return nil, e.pyErr(err)
		}
		self.Native = p
		self.Dict.SetStr("queryset", qsV)
		self.Dict.SetStr("to_attr", toAttrV)
		return python.None, nil
	}))
	for _, name := range []string{"prefetch_through", "prefetch_to"} {
		name := name
		d.SetStr(name, &prefetchAttr{name: name})
	}
	d.SetStr("__eq__", builtin("__eq__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		a, okA := prefetchOf(args[0])
		b, okB := prefetchOf(args[1])
		if !okA || !okB {
			return python.NotImplemented, nil
		}
		return python.Bool(a.To == b.To), nil
	}))
	d.SetStr("__hash__", builtin("__hash__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		p, ok := prefetchOf(args[0])
		if !ok {
			return nil, python.NewError(python.TypeError, "unhashable Prefetch")
		}
		h, err := python.Hash(th, python.String(p.To))
		if err != nil {
			return nil, err
		}
		return python.MakeInt(int64(h >> 1)), nil
	}))
	e.prefetchClass, _ = python.NewClass("Prefetch", nil, d)
}

// prefetchAttr exposes prefetch_through and prefetch_to.
type prefetchAttr struct{ name string }

func (a *prefetchAttr) Type() string { return "property" }

func (a *prefetchAttr) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	p, ok := prefetchOf(inst)
	if !ok {
		return a, nil
	}
	if a.name == "prefetch_through" {
		return python.String(p.Through), nil
	}
	return python.String(p.To), nil
}

func prefetchOf(v python.Value) (*orm.Prefetch, bool) {
	if p, ok := v.(*python.Instance); ok {
		if pf, ok := p.Native.(*orm.Prefetch); ok {
			return pf, true
		}
	}
	return nil, false
}

// prefetchLookups converts prefetch_related() arguments: lookup strings
// and Prefetch objects (a copy, as the lookups are rewritten when nested).
func (e *Env) prefetchLookups(args python.Tuple) ([]*orm.Prefetch, error) {
	var out []*orm.Prefetch
	for _, a := range args {
		if p, ok := prefetchOf(a); ok {
			c := *p
			out = append(out, &c)
			continue
		}
		s, ok := a.(python.String)
		if !ok {
			return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'split'", a.Type())
		}
		p, err := orm.NewPrefetch(string(s), nil, "")
		if err != nil {
			return nil, e.pyErr(err)
		}
		out = append(out, p)
	}
	return out, nil
}

// prefetchRelated is QuerySet.prefetch_related(*lookups);
// prefetch_related(None) clears the lookups.
func (e *Env) prefetchRelated(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	if len(kw) > 0 {
		return nil, python.NewError(python.TypeError, "prefetch_related() got an unexpected keyword argument '%s'", kw[0].Name)
	}
	if len(args) == 1 && args[0] == python.None {
		return e.chained(self, qs.PrefetchRelated(true)), nil
	}
	lookups, err := e.prefetchLookups(args)
	if err != nil {
		return nil, err
	}
	return e.chained(self, qs.PrefetchRelated(false, lookups...)), nil
}

// prefetchRelatedObjects is django.db.models.prefetch_related_objects(
// model_instances, *related_lookups).
func (e *Env) prefetchRelatedObjects() *python.Builtin {
	return builtin("prefetch_related_objects", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(args) == 0 {
			return nil, python.NewError(python.TypeError, "prefetch_related_objects() missing 1 required positional argument: 'model_instances'")
		}
		var objs []*orm.Instance
		if err := python.Iterate(th, args[0], func(v python.Value) error {
			if o, ok := e.ormInstance(v); ok {
				objs = append(objs, o)
			}
			return nil
		}); err != nil {
			return nil, err
		}
		lookups, err := e.prefetchLookups(args[1:])
		if err != nil {
			return nil, err
		}
		db, err := e.db()
		if err != nil {
			return nil, err
		}
		return python.None, e.pyErr(orm.PrefetchRelatedObjects(db, objs, lookups...))
	})
}

// SetAttr stores a Prefetch(to_attr=...) result on the instance
// (orm.AttrHooks).
func (h hooks) SetAttr(obj *orm.Instance, name string, v any) error {
	var pv python.Value = python.None
	switch x := v.(type) {
	case *orm.Instance:
		pv = h.e.wrap(x)
	case []*orm.Instance:
		list := make([]python.Value, len(x))
		for i, o := range x {
			list[i] = h.e.wrap(o)
		}
		pv = python.NewList(list)
	}
	return python.SetAttr(h.e.Th, h.e.wrap(obj), name, pv)
}

// HasAttr is hasattr(obj, name) (orm.AttrHooks).
func (h hooks) HasAttr(obj *orm.Instance, name string) bool {
	ok, err := python.HasAttr(h.e.Th, h.e.wrap(obj), name)
	return err == nil && ok
}
