package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
)

// QuerySet.raw() and QuerySet.extra(): SQL the user writes.

// raw is QuerySet.raw(raw_query, params=(), translations=None,
// using=None): a RawQuerySet of the queryset's model.
func (e *Env) raw(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var sql string
	var params python.Value = python.Tuple{}
	var translations, using python.Value = python.None, python.None
	if err := python.UnpackArgs("raw", args, kw, "raw_query", &sql, "params?", &params, "translations?", &translations, "using?", &using); err != nil {
		return nil, err
	}
	if _, isDict := params.(*python.Dict); isDict {
		return nil, python.NewError(python.NotImplementedError, "raw() with a dict of params is not supported by ormfiddle yet")
	}
	var ps []any
	if err := python.Iterate(th, params, func(v python.Value) error {
		ps = append(ps, e.toGo(v))
		return nil
	}); err != nil {
		return nil, err
	}
	var tr [][2]string
	if d, ok := translations.(*python.Dict); ok {
		for _, kv := range d.Items() {
			k, err1 := python.Str(th, kv[0])
			v, err2 := python.Str(th, kv[1])
			if err1 != nil || err2 != nil {
				return nil, python.NewError(python.TypeError, "translations must map names to names")
			}
			tr = append(tr, [2]string{k, v})
		}
	}
	r := e.DB.Raw(qs.Model, sql, ps, tr)
	inst := python.NewInstance(e.rawQuerySetClass, &rawQS{r: r, params: params})
	inst.Dict.SetStr("model", e.classFor(qs.Model))
	inst.Dict.SetStr("raw_query", python.String(sql))
	inst.Dict.SetStr("params", params)
	return inst, nil
}

// rawQS is the native value of a RawQuerySet instance.
type rawQS struct {
	r      *orm.RawQuerySet
	params python.Value
}

func rawOf(v python.Value) (*rawQS, bool) {
	if p, ok := v.(*python.Instance); ok {
		if r, ok := p.Native.(*rawQS); ok {
			return r, true
		}
	}
	return nil, false
}

// buildRawQuerySetClass makes django.db.models.query.RawQuerySet.
func (e *Env) buildRawQuerySetClass() {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.query"))
	def := func(name string, fn func(th *python.Thread, r *rawQS, args python.Tuple, kw []python.Kwarg) (python.Value, error)) {
		d.SetStr(name, builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			r, ok := rawOf(args[0])
			if !ok {
				return nil, python.NewError(python.TypeError, "descriptor '%s' requires a 'RawQuerySet' object", name)
			}
			return fn(th, r, args[1:], kw)
		}))
	}
	results := func(r *rawQS) ([]python.Value, error) {
		insts, err := r.r.Results()
		if err != nil {
			return nil, e.pyErr(err)
		}
		out := make([]python.Value, len(insts))
		for i, o := range insts {
			out[i] = e.wrap(o)
		}
		return out, nil
	}
	// RawQuery.__str__: the SQL with the parameters %-formatted.
	def("__repr__", func(th *python.Thread, r *rawQS, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		params := r.params
		if l, ok := params.(*python.List); ok {
			params = python.Tuple(l.Elems())
		}
		s, err := python.Binary(th, python.Percent, python.String(r.r.SQL), params)
		if err != nil {
			return nil, err
		}
		str, err := python.Str(th, s)
		if err != nil {
			return nil, err
		}
		return python.String("<RawQuerySet: " + str + ">"), nil
	})
	def("__iter__", func(th *python.Thread, r *rawQS, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		all, err := results(r)
		if err != nil {
			return nil, err
		}
		return python.GetIterator(th, python.NewList(all))
	})
	def("iterator", func(th *python.Thread, r *rawQS, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		all, err := results(r)
		if err != nil {
			return nil, err
		}
		return python.GetIterator(th, python.NewList(all))
	})
	def("__len__", func(th *python.Thread, r *rawQS, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		all, err := results(r)
		if err != nil {
			return nil, err
		}
		return python.MakeInt(int64(len(all))), nil
	})
	def("__bool__", func(th *python.Thread, r *rawQS, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		all, err := results(r)
		if err != nil {
			return nil, err
		}
		return python.Bool(len(all) > 0), nil
	})
	// __getitem__ is list(self)[k].
	def("__getitem__", func(th *python.Thread, r *rawQS, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		all, err := results(r)
		if err != nil {
			return nil, err
		}
		return python.GetItem(th, python.NewList(all), args[0])
	})
	d.SetStr("columns", &rawProperty{func(r *rawQS) (python.Value, error) {
		cols, err := r.r.Columns()
		if err != nil {
			return nil, e.pyErr(err)
		}
		out := make([]python.Value, len(cols))
		for i, c := range cols {
			out[i] = python.String(c)
		}
		return python.NewList(out), nil
	}})
	d.SetStr("model_fields", &rawProperty{func(r *rawQS) (python.Value, error) {
		cols, fields := r.r.ModelFields()
		out := python.NewDict()
		for i, c := range cols {
			out.SetStr(c, e.fieldValue(fields[i]))
		}
		return out, nil
	}})
	d.SetStr("query", &rawProperty{func(r *rawQS) (python.Value, error) {
		return python.String(r.r.SQL), nil
	}})
	d.SetStr("db", &rawProperty{func(r *rawQS) (python.Value, error) { return python.String("default"), nil }})
	e.rawQuerySetClass, _ = python.NewClass("RawQuerySet", nil, d)
}

// rawProperty is a read-only attribute of RawQuerySet.
type rawProperty struct {
	get func(r *rawQS) (python.Value, error)
}

func (p *rawProperty) Type() string { return "property" }

// DescriptorGet computes the attribute.
func (p *rawProperty) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	r, ok := rawOf(inst)
	if !ok {
		return p, nil
	}
	return p.get(r)
}

// DescriptorSet refuses: the attribute is read-only.
func (p *rawProperty) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	return python.NewError(python.AttributeError, "can't set attribute")
}

// DescriptorDelete refuses.
func (p *rawProperty) DescriptorDelete(th *python.Thread, inst python.Value) error {
	return python.NewError(python.AttributeError, "can't delete attribute")
}

// extra is QuerySet.extra(select=None, where=None, params=None,
// tables=None, order_by=None, select_params=None).
func (e *Env) extra(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var sel, where, params, tables, orderBy, selParams python.Value = python.None, python.None, python.None, python.None, python.None, python.None
	if err := python.UnpackArgs("extra", args, kw, "select?", &sel, "where?", &where, "params?", &params, "tables?", &tables, "order_by?", &orderBy, "select_params?", &selParams); err != nil {
		return nil, err
	}
	if qs.Query.IsSliced() {
		return nil, e.assertErr(python.TypeError, "Cannot change a query once a slice has been taken.", "Cannot change a query once a slice has been taken")
	}
	var names, sqls []string
	if d, ok := sel.(*python.Dict); ok {
		for _, kv := range d.Items() {
			k, err := python.Str(th, kv[0])
			if err != nil {
				return nil, err
			}
			v, err := python.Str(th, kv[1])
			if err != nil {
				return nil, err
			}
			names, sqls = append(names, k), append(sqls, v)
		}
	}
	strs := func(v python.Value) ([]string, error) {
		if v == python.None {
			return nil, nil
		}
		var out []string
		err := python.Iterate(th, v, func(x python.Value) error {
			s, err := python.Str(th, x)
			out = append(out, s)
			return err
		})
		return out, err
	}
	vals := func(v python.Value) ([]any, error) {
		if v == python.None {
			return nil, nil
		}
		var out []any
		err := python.Iterate(th, v, func(x python.Value) error {
			out = append(out, e.toGo(x))
			return nil
		})
		return out, err
	}
	w, err := strs(where)
	if err != nil {
		return nil, err
	}
	t, err := strs(tables)
	if err != nil {
		return nil, err
	}
	o, err := strs(orderBy)
	if err != nil {
		return nil, err
	}
	p, err := vals(params)
	if err != nil {
		return nil, err
	}
	sp, err := vals(selParams)
	if err != nil {
		return nil, err
	}
	c := qs.Clone()
	if err := c.Query.AddExtra(names, sqls, sp, w, p, t, o); err != nil {
		if _, ok := err.(*query.StopIteration); ok {
			return nil, python.NewError(python.StopIteration, "")
		}
		return nil, e.pyErr(err)
	}
	return e.chained(self, c), nil
}
