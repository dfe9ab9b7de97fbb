package django

import (
	"slices"

	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
)

// inBulkValues is in_bulk() on a values() or values_list() queryset
// (InBulkValues): the key field is added to the selected ones when
// missing (and dropped from the results again), and each result is
// keyed by it.
func (e *Env) inBulkValues(th *python.Thread, self *python.Instance, qs *orm.QuerySet, ids python.Value, fieldName string) (python.Value, error) {
	selected := qs.Fields()
	strs := func(names ...string) python.Tuple {
		t := make(python.Tuple, len(names))
		for i, n := range names {
			t[i] = python.String(n)
		}
		return t
	}
	var src python.Value = self
	var key func(python.Value) (python.Value, error)
	obj := func(v python.Value) (python.Value, error) { return v, nil }
	item := func(v python.Value, k python.Value) (python.Value, error) { return python.GetItem(th, v, k) }
	var err error
	switch qs.Kind {
	case orm.ValuesResults:
		if !slices.Contains(selected, fieldName) {
			if src, err = python.CallMethod(th, self, "values", strs(append([]string{fieldName}, selected...)...), nil); err != nil {
				return nil, err
			}
			obj = func(v python.Value) (python.Value, error) {
				d := v.(*python.Dict)
				d.DeleteStr(fieldName)
				return d, nil
			}
		}
		key = func(v python.Value) (python.Value, error) { return item(v, python.String(fieldName)) }
	case orm.ValuesListResults, orm.NamedResults:
		idx := slices.Index(selected, fieldName)
		if idx < 0 {
			idx = 0
			var kw []python.Kwarg
			if qs.Kind == orm.NamedResults {
				kw = []python.Kwarg{{Name: "named", Value: python.True}}
			} else {
				obj = func(v python.Value) (python.Value, error) {
					return python.GetItem(th, v, &python.Slice{Start: python.MakeInt(1), Stop: python.None, Step: python.None})
				}
			}
			if src, err = python.CallMethod(th, self, "values_list", strs(append([]string{fieldName}, selected...)...), kw); err != nil {
				return nil, err
			}
		}
		key = func(v python.Value) (python.Value, error) { return item(v, python.MakeInt(int64(idx))) }
	case orm.FlatResults:
		if len(selected) == 1 && selected[0] == fieldName {
			key = func(v python.Value) (python.Value, error) { return v, nil }
		} else {
			if src, err = python.CallMethod(th, self, "values_list", strs(append([]string{fieldName}, selected...)...), nil); err != nil {
				return nil, err
			}
			key = func(v python.Value) (python.Value, error) { return item(v, python.MakeInt(0)) }
			obj = func(v python.Value) (python.Value, error) { return item(v, python.MakeInt(1)) }
		}
	}
	var results []python.Value
	collect := func(q python.Value) error {
		return python.Iterate(th, q, func(v python.Value) error { results = append(results, v); return nil })
	}
	if ids != python.None {
		var list []python.Value
		if err := python.Iterate(th, ids, func(v python.Value) error { list = append(list, v); return nil }); err != nil {
			return nil, err
		}
		if len(list) == 0 {
			return python.NewDict(), nil
		}
		for start := 0; start < len(list); start += 999 {
			batch := python.Tuple(list[start:min(start+999, len(list))])
			f, err := python.CallMethod(th, src, "filter", nil, []python.Kwarg{{Name: fieldName + "__in", Value: batch}})
			if err != nil {
				return nil, err
			}
			if err := collect(f); err != nil {
				return nil, err
			}
		}
	} else {
		all, err := python.CallMethod(th, src, "all", nil, nil)
		if err != nil {
			return nil, err
		}
		if err := collect(all); err != nil {
			return nil, err
		}
	}
	d := python.NewDict()
	for _, r := range results {
		k, err := key(r)
		if err != nil {
			return nil, err
		}
		o, err := obj(r)
		if err != nil {
			return nil, err
		}
		if err := d.SetKey(th, k, o); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// contains is QuerySet.contains(obj) (QuerySetContains): whether the
// queryset holds the saved instance obj, from the result cache when it is
// filled, else with filter(pk=obj.pk).exists().
func (e *Env) contains(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var objV python.Value
	if err := python.UnpackArgs("contains", args, kw, "obj", &objV); err != nil {
		return nil, err
	}
	if qs.Kind != orm.ModelResults {
		return nil, python.NewError(python.TypeError, "Cannot call QuerySet.contains() after .values() or .values_list().")
	}
	obj, ok := e.ormInstance(objV)
	if !ok {
		return nil, python.NewError(python.TypeError, "'obj' must be a model instance.")
	}
	if obj.Model.Meta.ConcreteModel != qs.Model.Meta.ConcreteModel {
		return python.False, nil
	}
	if obj.Pk() == nil {
		return nil, python.NewError(python.ValueError, "QuerySet.contains() cannot be used on unsaved objects.")
	}
	if qs.Evaluated() {
		res, err := qs.Results()
		if err != nil {
			return nil, e.pyErr(err)
		}
		for _, r := range res {
			if eq, err := python.Equal(th, e.result(r, qs.Kind), objV); err != nil {
				return nil, err
			} else if eq {
				return python.True, nil
			}
		}
		return python.False, nil
	}
	c, err := qs.FilterKW(nil, []orm.KV{{Name: "pk", Value: obj.Pk()}}, false)
	if err != nil {
		return nil, e.pyErr(err)
	}
	b, err := c.Exists()
	if err != nil {
		return nil, e.pyErr(err)
	}
	return python.Bool(b), nil
}
