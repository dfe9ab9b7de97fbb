package django

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// replOutputSize is QuerySet's REPR_OUTPUT_SIZE.
const replOutputSize = 20

// newQuerySet wraps an ORM queryset in a QuerySet instance.
func (e *Env) newQuerySet(qs *orm.QuerySet) *python.Instance {
	return e.newQuerySetOfClass(qs, e.querySetClass)
}

func (e *Env) newQuerySetOfClass(qs *orm.QuerySet, cls *python.Class) *python.Instance {
	inst := python.NewInstance(cls, qs)
	inst.Dict.SetStr("model", e.classFor(qs.Model))
	return inst
}

// querySetOf returns the ORM queryset behind a QuerySet instance.
func querySetOf(v python.Value) (*orm.QuerySet, *python.Instance, bool) {
	if p, ok := v.(*python.Instance); ok {
		if qs, ok := p.Native.(*orm.QuerySet); ok {
			return qs, p, true
		}
	}
	return nil, nil, false
}

// result converts one ORM result to Python.
func (e *Env) result(v any, kind orm.ResultKind) python.Value {
	switch r := v.(type) {
	case *orm.Instance:
		return e.wrap(r)
	case orm.Row:
		switch kind {
		case orm.ValuesResults:
			d := python.NewDict()
			for i, n := range r.Names {
				d.SetStr(n, e.toPy(r.Values[i]))
			}
			return d
		case orm.NamedResults:
			return &RowValue{names: r.Names, values: python.Tuple(e.toPyList(r.Values))}
		}
		return python.Tuple(e.toPyList(r.Values))
	}
	return e.toPy(v)
}

func (e *Env) results(qs *orm.QuerySet) ([]python.Value, error) {
	res, err := qs.Results()
	if err != nil {
		return nil, e.pyErr(err)
	}
	out := make([]python.Value, len(res))
	for i, r := range res {
		out[i] = e.result(r, qs.Kind)
	}
	return out, nil
}

// qsMethod defines a QuerySet method whose receiver is unwrapped.
type qsMethodFn func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error)

// filterArgs splits filter()'s arguments into Q objects and keyword
// filters with engine values.
func (e *Env) filterArgs(method string, args python.Tuple, kw []python.Kwarg) ([]*query.Q, []orm.KV, error) {
	var qs []*query.Q
	for _, a := range args {
		if x, ok := a.(*Expr); ok {
			// An expression given as a filter (filter(Exists(...))).
			qs = append(qs, &query.Q{Connector: query.AND, Children: []any{x.expr}})
			continue
		}
		q, ok := a.(*QValue)
		if !ok {
			// Q(*args) keeps other positional arguments as children,
			// which build_filter unpacks as (lookup, value).
			f, err := e.filterPair(a)
			if err != nil {
				return nil, nil, err
			}
			qs = append(qs, &query.Q{Connector: query.AND, Children: []any{f}})
			continue
		}
		qs = append(qs, q.q)
	}
	return qs, e.kwargsToGo(kw), nil
}

// filterPair is build_filter's `arg, value = filter_expr` for a
// positional filter that is not a Q object.
func (e *Env) filterPair(a python.Value) (query.Filter, error) {
	var items []python.Value
	switch x := a.(type) {
	case python.String:
		for _, r := range string(x) {
			items = append(items, python.String(string(r)))
		}
	case python.Tuple:
		items = x
	case *python.List:
		items = x.Elems()
	default:
		return query.Filter{}, python.NewError(python.TypeError, "cannot unpack non-iterable %s object", a.Type())
	}
	switch {
	case len(items) > 2:
		return query.Filter{}, python.NewError(python.ValueError, "too many values to unpack (expected 2)")
	case len(items) < 2:
		return query.Filter{}, python.NewError(python.ValueError, "not enough values to unpack (expected 2, got %d)", len(items))
	}
	name, ok := items[0].(python.String)
	if !ok {
		return query.Filter{}, python.NewError(python.AttributeError, "'%s' object has no attribute 'split'", items[0].Type())
	}
	return query.Filter{Lookup: string(name), Value: e.toGo(items[1])}, nil
}

// chained returns a new QuerySet instance of self's class.
func (e *Env) chained(self *python.Instance, qs *orm.QuerySet) *python.Instance {
	return e.newQuerySetOfClass(qs, self.Class)
}

// buildQuerySetClass makes django.db.models.query.QuerySet.
func (e *Env) buildQuerySetClass() {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.query"))
	def := func(name string, fn qsMethodFn) {
		d.SetStr(name, builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			qs, self, ok := querySetOf(args[0])
			if !ok {
				return nil, python.NewError(python.TypeError, "descriptor '%s' requires a 'QuerySet' object", name)
			}
			if qs.Query.Combinator != "" && notAfterCombinator[name] {
				// QuerySet._not_support_combined_queries.
				return nil, python.NewError(e.excs.notSupported, "Calling QuerySet.%s() after %s() is not supported.", name, qs.Query.Combinator)
			}
			return fn(th, self, qs, args[1:], kw)
		}))
	}
	noArgs := func(name string, fn func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error)) {
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if err := python.UnpackArgs(name, args, kw); err != nil {
				return nil, err
			}
			return fn(th, self, qs)
		})
	}

	def("__repr__", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var data []python.Value
		if qs.Evaluated() {
			all, err := e.results(qs)
			if err != nil {
				return nil, err
			}
			data = all
			if len(data) > replOutputSize+1 {
				data = data[:replOutputSize+1]
			}
		} else {
			s, err := qs.Slice(0, replOutputSize+1)
			if err != nil {
				return nil, e.pyErr(err)
			}
			if qs.Query.IsSliced() {
				// Slicing a sliced query narrows its window.
				s = qs.Clone()
				s.Query.SetLimits(0, replOutputSize+1)
			}
			if data, err = e.results(s); err != nil {
				return nil, err
			}
		}
		if len(data) > replOutputSize {
			data[len(data)-1] = python.String("...(remaining elements truncated)...")
		}
		r, err := python.Repr(th, python.NewList(data))
		if err != nil {
			return nil, err
		}
		return python.String("<" + self.Class.Name + " " + r + ">"), nil
	})
	noArgs("__len__", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		n, err := qs.Len()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.MakeInt(int64(n)), nil
	})
	noArgs("__bool__", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		n, err := qs.Len()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.Bool(n > 0), nil
	})
	noArgs("__iter__", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		all, err := e.results(qs)
		if err != nil {
			return nil, err
		}
		return python.GetIterator(th, python.NewList(all))
	})
	def("__getitem__", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(args) != 1 {
			return nil, python.NewError(python.TypeError, "__getitem__ expected 1 argument")
		}
		return e.getItem(th, self, qs, args[0])
	})
	noArgs("all", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		return e.chained(self, qs.Clone()), nil
	})
	for _, name := range []string{"filter", "exclude"} {
		name := name
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			qargs, kvs, err := e.filterArgs(name, args, kw)
			if err != nil {
				return nil, err
			}
			c, err := qs.FilterKW(qargs, kvs, name == "exclude")
			if err != nil {
				return nil, e.pyErr(err)
			}
			return e.chained(self, c), nil
		})
	}
	def("get", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if qs.Query.Combinator != "" && (len(args) > 0 || len(kw) > 0) {
			return nil, python.NewError(e.excs.notSupported, "Calling QuerySet.get(...) with filters after %s() is not supported.", qs.Query.Combinator)
		}
		qargs, kvs, err := e.filterArgs("get", args, kw)
		if err != nil {
			return nil, err
		}
		r, err := qs.GetResult(qargs, kvs)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.result(r, qs.Kind), nil
	})
	def("create", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(args) > 0 {
			return nil, python.NewError(python.TypeError, "create() takes 1 positional argument but %d were given", len(args)+1)
		}
		obj, err := python.Call(th, e.classFor(qs.Model), nil, kw)
		if err != nil {
			return nil, err
		}
		if _, err := python.CallMethod(th, obj, "save", nil, []python.Kwarg{{Name: "force_insert", Value: python.Bool(true)}, {Name: "using", Value: python.String("default")}}); err != nil {
			return nil, err
		}
		return obj, nil
	})
	for _, name := range []string{"get_or_create", "update_or_create"} {
		name := name
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var defaults, createDefaults python.Value = python.None, python.None
			hasCreate := name == "update_or_create" && e.Features.UpdateOrCreateCreateDefaults
			maxArgs := 1
			if hasCreate {
				maxArgs = 2
			}
			if len(args) > maxArgs {
				return nil, python.NewError(python.TypeError, "%s() takes from 1 to %d positional arguments but %d were given", name, maxArgs+1, len(args)+1)
			}
			if len(args) >= 1 {
				defaults = args[0]
			}
			if len(args) == 2 {
				createDefaults = args[1]
			}
			var rest []python.Kwarg
			for _, k := range kw {
				if k.Name == "defaults" {
					defaults = k.Value
					continue
				}
				if k.Name == "create_defaults" && hasCreate {
					createDefaults = k.Value
					continue
				}
				rest = append(rest, k)
			}
			dkv, err := e.dictKVs(defaults)
			if err != nil {
				return nil, err
			}
			isProp := func(n string) bool { return e.isProperty(e.classFor(qs.Model), n) }
			var obj *orm.Instance
			var created bool
			if name == "get_or_create" {
				obj, created, err = qs.GetOrCreate(dkv, e.kwargsToGo(rest), isProp)
			} else {
				setAttr := func(o *orm.Instance, n string, v any) error {
					return python.SetAttr(th, e.wrap(o), n, e.toPy(v))
				}
				var ckv []orm.KV
				if createDefaults != python.None {
					if ckv, err = e.dictKVs(createDefaults); err != nil {
						return nil, err
					}
				}
				obj, created, err = qs.UpdateOrCreate(dkv, ckv, createDefaults != python.None, e.kwargsToGo(rest), isProp, setAttr)
			}
			if err != nil {
				return nil, e.pyErr(err)
			}
			return python.Tuple{e.wrap(obj), python.Bool(created)}, nil
		})
	}
	def("bulk_create", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var objsV python.Value
		var batchV python.Value = python.None
		var updateFieldsV, uniqueFieldsV python.Value = python.None, python.None
		var o orm.BulkCreateOptions
		var err error
		if e.Features.BulkCreateUpdateConflicts {
			err = python.UnpackArgs("bulk_create", args, kw, "objs", &objsV, "batch_size?", &batchV, "ignore_conflicts?", &o.IgnoreConflicts,
				"update_conflicts?", &o.UpdateConflicts, "update_fields?", &updateFieldsV, "unique_fields?", &uniqueFieldsV)
		} else {
			err = python.UnpackArgs("bulk_create", args, kw, "objs", &objsV, "batch_size?", &batchV, "ignore_conflicts?", &o.IgnoreConflicts)
		}
		if err != nil {
			return nil, err
		}
		if batchV != python.None {
			n, ok := batchV.(python.Int)
			if !ok {
				op := "'>'"
				if e.Features.AssertsAreExceptions {
					op = "'<='"
				}
				return nil, python.NewError(python.TypeError, "%s not supported between instances of '%s' and 'int'", op, batchV.Type())
			}
			b, _ := n.Int64()
			if b <= 0 {
				if e.Features.AssertsAreExceptions {
					return nil, python.NewError(python.ValueError, "Batch size must be a positive integer.")
				}
				return nil, python.NewError(python.AssertionError, "")
			}
			o.BatchSize = int(b)
		}
		for _, x := range []struct {
			v   python.Value
			dst *[]string
		}{{uniqueFieldsV, &o.UniqueFields}, {updateFieldsV, &o.UpdateFields}} {
			if x.v == python.None {
				continue
			}
			if *x.dst, err = e.iterStrings(x.v); err != nil {
				return nil, err
			}
		}
		var pyObjs []python.Value
		var objs []*orm.Instance
		err = python.Iterate(th, objsV, func(v python.Value) error {
			o, ok := e.ormInstance(v)
			if !ok {
				return python.NewError(python.AttributeError, "'%s' object has no attribute 'pk'", v.Type())
			}
			pyObjs = append(pyObjs, v)
			objs = append(objs, o)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if _, err := qs.BulkCreate(objs, o); err != nil {
			return nil, e.pyErr(err)
		}
		return python.NewList(pyObjs), nil
	})
	if e.Features.FetchModes {
		def("fetch_mode", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var mode python.Value
			if err := python.UnpackArgs("fetch_mode", args, kw, "fetch_mode", &mode); err != nil {
				return nil, err
			}
			if m, ok := e.fetchModeOf(mode); ok {
				return e.chained(self, qs.SetFetchMode(m)), nil
			}
			// ModelIterable reads fetch_mode.track_peers once the query
			// has run.
			err := python.NewError(python.AttributeError, "'%s' object has no attribute 'track_peers'", mode.Type())
			return e.chained(self, qs.SetFetchModeError(err)), nil
		})
	}
	noArgs("count", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		n, err := qs.Count()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.MakeInt(n), nil
	})
	if e.Features.QuerySetContains {
		def("contains", e.contains)
	}
	noArgs("exists", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		b, err := qs.Exists()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.Bool(b), nil
	})
	for _, name := range []string{"first", "last"} {
		name := name
		noArgs(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
			var r any
			var err error
			if name == "first" {
				r, err = qs.First()
			} else {
				r, err = qs.Last()
			}
			if err != nil {
				return nil, e.pyErr(err)
			}
			if r == nil {
				return python.None, nil
			}
			return e.result(r, qs.Kind), nil
		})
	}
	def("order_by", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		items, err := e.orderingArgs(th, args, kw)
		if err != nil {
			return nil, err
		}
		c, err := qs.OrderBy(items...)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.chained(self, c), nil
	})
	noArgs("reverse", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		c, err := qs.Reverse()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.chained(self, c), nil
	})
	def("distinct", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		names, err := e.strArgs("distinct", args, kw)
		if err != nil {
			return nil, err
		}
		c, err := qs.Distinct(names...)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.chained(self, c), nil
	})
	def("values", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		names, err := e.strArgs("values", args, nil)
		if err != nil {
			return nil, err
		}
		src := qs
		if len(kw) > 0 {
			// _values annotates with the expressions.
			aliases, exprs, err := e.namedExprs("annotate", kw)
			if err != nil {
				return nil, err
			}
			if src, err = qs.Annotate(aliases, exprs); err != nil {
				return nil, e.pyErr(err)
			}
			names = append(names, aliases...)
		}
		c, err := src.Values(names...)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.chained(self, c), nil
	})
	def("values_list", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		flat, named := false, false
		for _, k := range kw {
			switch k.Name {
			case "flat":
				flat, _ = python.Truth(th, k.Value)
			case "named":
				named, _ = python.Truth(th, k.Value)
			default:
				return nil, python.UnexpectedKeyword(th, "QuerySet.values_list", k.Name, "self", "flat", "named")
			}
		}
		// Expressions get an alias from their default_alias or class
		// name and a counter ("upper1"), and are annotated first.
		fieldNames := map[string]bool{}
		for _, a := range args {
			if s, ok := a.(python.String); ok {
				fieldNames[string(s)] = true
			}
		}
		var names, aliases []string
		var exprs []query.Expression
		counter := 1
		for _, a := range args {
			x, ok := a.(*Expr)
			if !ok {
				s, isStr := a.(python.String)
				if !isStr {
					return nil, python.NewError(python.TypeError, "values_list() arguments must be strings or expressions, not '%s'", a.Type())
				}
				names = append(names, string(s))
				continue
			}
			prefix := strings.ToLower(x.Type())
			if agg, isAgg := x.expr.(*query.Aggregate); isAgg && x.name != "" && x.name != "*" && agg.Filter == nil {
				prefix = agg.DefaultAlias(x.name)
			}
			var id string
			for {
				id = fmt.Sprintf("%s%d", prefix, counter)
				counter++
				if !fieldNames[id] {
					break
				}
			}
			aliases, exprs = append(aliases, id), append(exprs, x.expr)
			names = append(names, id)
		}
		src := qs
		if len(aliases) > 0 {
			var err error
			if src, err = qs.Annotate(aliases, exprs); err != nil {
				return nil, e.pyErr(err)
			}
		}
		c, err := src.ValuesList(flat, named, names...)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.chained(self, c), nil
	})
	def("update", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(args) > 0 {
			return nil, python.NewError(python.TypeError, "update() takes 1 positional argument but %d were given", len(args)+1)
		}
		n, err := qs.Update(e.kwargsToGo(kw)...)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.MakeInt(n), nil
	})
	noArgs("delete", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		n, counts, err := qs.Delete()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.deleteResult(n, counts), nil
	})
	noArgs("none", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet) (python.Value, error) {
		return e.chained(self, qs.None()), nil
	})
	for _, name := range []string{"only", "defer"} {
		name := name
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if name == "only" && len(args) == 1 && args[0] == python.None && qs.Kind == orm.ModelResults {
				return nil, python.NewError(python.TypeError, "Cannot pass None as an argument to only().")
			}
			if name == "defer" && len(args) == 1 && args[0] == python.None {
				c, err := qs.Defer()
				if err != nil {
					return nil, e.pyErr(err)
				}
				return e.chained(self, c), nil
			}
			names, err := e.strArgs(name, args, kw)
			if err != nil {
				return nil, err
			}
			var c *orm.QuerySet
			if name == "only" {
				c, err = qs.Only(names...)
			} else {
				c, err = qs.Defer(names...)
			}
			if err != nil {
				return nil, e.pyErr(err)
			}
			return e.chained(self, c), nil
		})
	}
	def("aggregate", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		// kwargs first, then each positional aggregate under its
		// default alias (replacing a keyword of the same name in place).
		values := append([]python.Value(nil), args...)
		for _, k := range kw {
			values = append(values, k.Value)
		}
		if err := e.validateExpressions("aggregate", values); err != nil {
			return nil, err
		}
		aliases, exprs, err := e.namedExprs("aggregate", kw)
		if err != nil {
			return nil, err
		}
		posAliases, posExprs, err := e.aggregateArgs("aggregate", args, nil)
		if err != nil {
			return nil, err
		}
		for i, a := range posAliases {
			replaced := false
			for j := range aliases {
				if aliases[j] == a {
					exprs[j], replaced = posExprs[i], true
				}
			}
			if !replaced {
				aliases = append(aliases, a)
				exprs = append(exprs, posExprs[i])
			}
		}
		vals, err := qs.Aggregate(aliases, exprs)
		if err != nil {
			return nil, e.pyErr(err)
		}
		d := python.NewDict()
		for i, a := range aliases {
			d.SetStr(a, e.toPy(vals[i]))
		}
		return d, nil
	})
	for _, name := range []string{"annotate", "alias"} {
		name := name
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			// FilteredRelations go to the query's filtered relations
			// (add_filtered_relation), in their turn among the
			// annotations, which may use them.
			c := qs
			var batch []python.Kwarg
			flush := func(args python.Tuple) error {
				aliases, exprs, err := e.aggregateArgs(name, args, batch)
				if err != nil {
					return err
				}
				batch = nil
				if name == "annotate" {
					c, err = c.Annotate(aliases, exprs)
				} else {
					c, err = c.Alias(aliases, exprs)
				}
				if err != nil {
					return e.pyErr(err)
				}
				return nil
			}
			for _, k := range kw {
				fr, ok := k.Value.(*filteredRelation)
				if !ok {
					batch = append(batch, k)
					continue
				}
				if err := flush(args); err != nil {
					return nil, err
				}
				args = nil
				f := *fr.fr
				f.Alias = k.Name
				if err := c.Query.AddFilteredRelation(&f); err != nil {
					return nil, e.pyErr(err)
				}
			}
			if err := flush(args); err != nil {
				return nil, err
			}
			return e.chained(self, c), nil
		})
	}
	def("in_bulk", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var ids python.Value = python.None
		fieldName := "pk"
		if err := python.UnpackArgs("in_bulk", args, kw, "id_list?", &ids, "*", nil, "field_name?", &fieldName); err != nil {
			return nil, err
		}
		if qs.Query.IsSliced() {
			return nil, e.assertErr(python.TypeError, "Cannot use 'limit' or 'offset' with in_bulk().", "Cannot use 'limit' or 'offset' with in_bulk")
		}
		if qs.Kind != orm.ModelResults && e.Features.InBulkRefusesValues && !e.Features.InBulkValues {
			return nil, python.NewError(python.TypeError, "in_bulk() cannot be used with values() or values_list().")
		}
		if fieldName != "pk" {
			f, _, err := qs.Model.Meta.GetField(fieldName)
			if err != nil {
				return nil, e.pyErr(&orm.Error{Class: "FieldDoesNotExist", Msg: err.Error()})
			}
			if f == nil || !e.uniqueField(qs.Model, f) {
				return nil, python.NewError(python.ValueError, "in_bulk()'s field_name must be a unique field but '%s' isn't.", fieldName)
			}
		}
		if qs.Kind != orm.ModelResults && e.Features.InBulkValues {
			return e.inBulkValues(th, self, qs, ids, fieldName)
		}
		// The results of the queryset's own kind: values() gives dicts,
		// which have no attribute to key them by (AttributeError).
		var objs []python.Value
		if ids != python.None {
			list := e.toGo(ids)
			items, _ := list.([]any)
			if len(items) == 0 {
				return python.NewDict(), nil
			}
			// SQLite's max_query_params: batches of 999.
			for start := 0; start < len(items); start += 999 {
				batch := items[start:min(start+999, len(items))]
				c, err := qs.FilterKW(nil, []orm.KV{{Name: fieldName + "__in", Value: batch}}, false)
				if err != nil {
					return nil, e.pyErr(err)
				}
				if !e.Features.InBulkKeepsOrdering {
					if c, err = c.OrderBy(); err != nil {
						return nil, e.pyErr(err)
					}
				}
				got, err := e.results(c)
				if err != nil {
					return nil, err
				}
				objs = append(objs, got...)
			}
		} else {
			got, err := e.results(qs.Clone())
			if err != nil {
				return nil, err
			}
			objs = got
		}
		d := python.NewDict()
		for _, w := range objs {
			key, err := python.GetAttr(th, w, fieldName)
			if err != nil {
				return nil, err
			}
			if err := d.SetKey(th, key, w); err != nil {
				return nil, err
			}
		}
		return d, nil
	})
	def("iterator", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var chunkSize python.Value = python.MakeInt(2000)
		if err := python.UnpackArgs("iterator", args, kw, "chunk_size?", &chunkSize); err != nil {
			return nil, err
		}
		// QuerySet.iterator(chunk_size=2000): SQLite reads in chunks, so
		// the size changes nothing but must be positive.
		if notPositive, err := python.Compare(th, python.LE, chunkSize, python.MakeInt(0)); err != nil {
			return nil, err
		} else if notPositive {
			return nil, python.NewError(python.ValueError, "Chunk size must be strictly positive.")
		}
		c := qs.Clone()
		all, err := e.results(c)
		if err != nil {
			return nil, err
		}
		return python.GetIterator(th, python.NewList(all))
	})
	for _, name := range []string{"latest", "earliest"} {
		name := name
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			fields, err := e.strArgs(name, args, kw)
			if err != nil {
				return nil, err
			}
			if e.Features.AssertsAreExceptions && qs.Query.IsSliced() {
				// earliest() and latest() check the slice first.
				return nil, python.NewError(python.TypeError, "Cannot change a query once a slice has been taken.")
			}
			src := qs
			if name == "latest" {
				// QuerySet.latest is self.reverse()._earliest(*fields).
				if src, err = qs.Reverse(); err != nil {
					return nil, e.pyErr(err)
				}
			}
			// _earliest
			if len(fields) == 0 {
				fields = append([]string(nil), qs.Model.Meta.GetLatestBy...)
			}
			if len(fields) == 0 {
				return nil, python.NewError(python.ValueError, "earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.")
			}
			if src.Query.IsSliced() {
				return nil, python.NewError(python.AssertionError, "Cannot change a query once a slice has been taken.")
			}
			c := src.Clone()
			c.Query.SetLimits(0, 1)
			c.Query.ClearOrdering(true, true)
			items := make([]any, len(fields))
			for i, f := range fields {
				items[i] = f
			}
			if err := c.Query.AddOrdering(items...); err != nil {
				return nil, e.pyErr(err)
			}
			obj, err := c.GetResult(nil, nil)
			if err != nil {
				return nil, e.pyErr(err)
			}
			return e.result(obj, c.Kind), nil
		})
	}
	def("using", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return e.chained(self, qs.Clone()), nil
	})
	def("select_related", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(kw) > 0 {
			return nil, python.NewError(python.TypeError, "select_related() got an unexpected keyword argument '%s'", kw[0].Name)
		}
		clear := len(args) == 1 && args[0] == python.None
		var names []string
		if !clear {
			var err error
			if names, err = e.strArgs("select_related", args, nil); err != nil {
				return nil, err
			}
		}
		c, err := qs.SelectRelated(clear, names...)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.chained(self, c), nil
	})
	def("prefetch_related", e.prefetchRelated)
	for _, name := range []string{"union", "intersection", "difference"} {
		name := name
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return e.combinator(th, self, qs, name, args, kw)
		})
	}
	def("bulk_update", e.bulkUpdate)
	for _, name := range []string{"dates", "datetimes"} {
		name := name
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return e.dates(th, self, qs, name, args, kw)
		})
	}
	def("extra", e.extra)
	def("raw", e.raw)
	def("explain", func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		// explain(*, format=None, **options): SQLite knows no format and
		// no option (DatabaseOperations.explain_query_prefix).
		var opts []string
		for _, k := range kw {
			if k.Name == "format" {
				if k.Value == python.None {
					continue
				}
				s, err := python.Str(th, k.Value)
				if err != nil {
					return nil, err
				}
				return nil, python.NewError(python.ValueError, "%s is not a recognized format. SQLite does not support any formats.", strings.ToUpper(s))
			}
			opts = append(opts, k.Name)
		}
		if len(args) > 0 {
			return nil, python.NewError(python.TypeError, "QuerySet.explain() takes 1 positional argument but %d were given", len(args)+1)
		}
		if len(opts) > 0 {
			sort.Strings(opts)
			return nil, python.NewError(python.ValueError, "Unknown options: %s", strings.Join(opts, ", "))
		}
		s, err := qs.Explain()
		if err != nil {
			return nil, e.pyErr(err)
		}
		return python.String(s), nil
	})
	for _, name := range []string{"select_for_update", "complex_filter"} {
		name := name
		def(name, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if name == "select_for_update" {
				// SQLite has no SELECT ... FOR UPDATE: Django ignores it.
				return e.chained(self, qs.Clone()), nil
			}
			return nil, python.NewError(python.NotImplementedError, "QuerySet.%s() is not supported by ormfiddle yet", name)
		})
	}
	ops := []string{"__and__", "__or__"}
	if e.Features.QXor {
		ops = append(ops, "__xor__")
	}
	for _, op := range ops {
		op := op
		def(op, func(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, python.NewError(python.TypeError, "expected 1 argument")
			}
			other, _, ok := querySetOf(args[0])
			if e.Features.QuerySetOperatorCheck {
				// _check_operator_queryset.
				if !ok {
					return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'query'", args[0].Type())
				}
				if qs.Query.Combinator != "" || other.Query.Combinator != "" {
					sym := map[string]string{"__and__": "&", "__or__": "|", "__xor__": "^"}[op]
					return nil, python.NewError(python.TypeError, "Cannot use %s operator with combined queryset.", sym)
				}
			}
			if !ok {
				return nil, python.NewError(python.AttributeError, "'%s' object has no attribute '_known_related_objects'", args[0].Type())
			}
			var c *orm.QuerySet
			var err error
			switch op {
			case "__or__":
				c, err = qs.Or(other)
			case "__xor__":
				c, err = qs.Xor(other)
			default:
				c, err = qs.And(other)
			}
			if err != nil {
				return nil, e.pyErr(err)
			}
			if c == other {
				return args[0], nil
			}
			if c == qs {
				return self, nil
			}
			return e.chained(self, c), nil
		})
	}
	d.SetStr("ordered", &qsProperty{func(qs *orm.QuerySet) python.Value { return python.Bool(qs.Query.Ordered()) }})
	d.SetStr("db", &qsProperty{func(qs *orm.QuerySet) python.Value { return python.String("default") }})
	d.SetStr("query", &qsProperty{func(qs *orm.QuerySet) python.Value { return &QueryValue{e: e, qs: qs} }})
	e.addAsyncMethods(d, "QuerySet", asyncQuerySetMethods)
	d.SetStr("as_manager", &python.ClassMethod{Func: builtin("as_manager", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if err := python.UnpackArgs("as_manager", args[1:], kw); err != nil {
			return nil, err
		}
		return e.asManager(th, args[0].(*python.Class))
	})})
	pyMethods(d, "QuerySet")
	cls, _ := python.NewClass("QuerySet", nil, d)
	// QuerySet(model=None, query=None, using=None, hints=None), as a
	// custom manager's get_queryset() calls a QuerySet subclass.
	cls.New = func(th *python.Thread, c *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var model, q, using, hints python.Value = python.None, python.None, python.None, python.None
		if err := python.UnpackArgs("QuerySet.__init__", args, kw, "model?", &model, "query?", &q, "using?", &using, "hints?", &hints); err != nil {
			return nil, err
		}
		mc, _ := model.(*python.Class)
		m := e.modelOf[mc]
		if m == nil {
			return nil, python.NewError(python.NotImplementedError, "a QuerySet without a model is not supported by ormfiddle")
		}
		db, err := e.db()
		if err != nil {
			return nil, err
		}
		return e.newQuerySetOfClass(db.All(m), c), nil
	}
	e.querySetClass = cls
	e.managerFromQS.Dict.SetStr("_queryset_class", cls)
	e.buildEmptyQuerySet()
}

// buildEmptyQuerySet makes django.db.models.query.EmptyQuerySet: a marker
// class that isinstance() matches for querysets made by none(), and that
// cannot be instantiated.
func (e *Env) buildEmptyQuerySet() {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.query"))
	c, _ := python.NewClass("EmptyQuerySet", nil, d)
	c.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return nil, python.NewError(python.TypeError, "EmptyQuerySet can't be instantiated")
	}
	c.InstanceCheck = func(v python.Value) bool {
		qs, _, ok := querySetOf(v)
		return ok && qs.Query.IsEmpty()
	}
	e.emptyQuerySetClass = c
}

// getItem is QuerySet.__getitem__: an index runs LIMIT 1 OFFSET i (or
// reads the cache), a slice returns a sliced queryset (or a list with a
// step).
func (e *Env) getItem(th *python.Thread, self *python.Instance, qs *orm.QuerySet, key python.Value) (python.Value, error) {
	switch k := key.(type) {
	case python.Int:
		i, _ := k.Int64()
		if i < 0 {
			return nil, e.assertErr(python.ValueError, "Negative indexing is not supported.", "Negative indexing is not supported.")
		}
		r, err := qs.Index(int(i))
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.result(r, qs.Kind), nil
	case *python.Slice:
		bound := func(v python.Value) (int, bool, error) {
			if v == nil || v == python.None {
				return 0, false, nil
			}
			n, ok := v.(python.Int)
			if !ok {
				return 0, false, python.NewError(python.TypeError, "QuerySet indices must be integers or slices, not %s.", v.Type())
			}
			x, _ := n.Int64()
			if x < 0 {
				return 0, false, e.assertErr(python.ValueError, "Negative indexing is not supported.", "Negative indexing is not supported.")
			}
			return int(x), true, nil
		}
		start, _, err := bound(k.Start)
		if err != nil {
			return nil, err
		}
		stop, hasStop, err := bound(k.Stop)
		if err != nil {
			return nil, err
		}
		if !hasStop {
			stop = -1
		}
		// `list(qs)[::k.step] if k.step else qs`: any true step (even 1,
		// or -1) gives a list; the step itself is not checked.
		withStep := false
		if k.Step != nil {
			t, err := python.Truth(th, k.Step)
			if err != nil {
				return nil, err
			}
			withStep = t
		}
		if qs.Evaluated() {
			all, err := e.results(qs)
			if err != nil {
				return nil, err
			}
			return python.GetItem(th, python.NewList(all), key)
		}
		c, err := qs.Slice(start, stop)
		if err != nil {
			return nil, e.pyErr(err)
		}
		if withStep {
			all, err := e.results(c)
			if err != nil {
				return nil, err
			}
			return python.GetItem(th, python.NewList(all), &python.Slice{Start: python.None, Stop: python.None, Step: k.Step})
		}
		return e.chained(self, c), nil
	}
	return nil, python.NewError(python.TypeError, "QuerySet indices must be integers or slices, not %s.", key.Type())
}

// qsProperty is a read-only attribute of QuerySet computed from the ORM
// queryset.
type qsProperty struct {
	get func(qs *orm.QuerySet) python.Value
}

func (p *qsProperty) Type() string { return "property" }

func (p *qsProperty) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	qs, _, ok := querySetOf(inst)
	if !ok {
		return p, nil
	}
	return p.get(qs), nil
}

func (p *qsProperty) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	return python.NewError(python.AttributeError, "can't set attribute")
}

func (p *qsProperty) DescriptorDelete(th *python.Thread, inst python.Value) error {
	return python.NewError(python.AttributeError, "can't delete attribute")
}

// QueryValue is qs.query: str() gives the SQL as Django prints it
// (parameters substituted with %, unquoted).
type QueryValue struct {
	e  *Env
	qs *orm.QuerySet
}

func (q *QueryValue) Type() string { return "Query" }

// Str is Query.__str__.
func (q *QueryValue) Str(th *python.Thread) (string, error) {
	sql, params, err := q.qs.SQL()
	if err != nil {
		if err == query.ErrEmptyResult {
			return "", python.NewError(q.e.excs.emptyResultSet(), "")
		}
		return "", q.e.pyErr(err)
	}
	parts := strings.Split(sql, "%s")
	var b strings.Builder
	b.WriteString(parts[0])
	for i, p := range parts[1:] {
		if i < len(params) {
			s, _ := python.Str(th, q.e.toPy(params[i]))
			b.WriteString(s)
		}
		b.WriteString(p)
	}
	return b.String(), nil
}

// Attr gives a few sql.Query attributes users read.
func (q *QueryValue) Attr(th *python.Thread, name string) (python.Value, error) {
	query := q.qs.Query
	switch name {
	case "combinator":
		if query.Combinator == "" {
			return python.None, nil
		}
		return python.String(query.Combinator), nil
	case "combinator_all":
		return python.Bool(query.CombinatorAll), nil
	case "distinct":
		return python.Bool(query.Distinct), nil
	case "low_mark":
		return python.MakeInt(int64(query.LowMark)), nil
	case "high_mark":
		if query.HighMark < 0 {
			return python.None, nil
		}
		return python.MakeInt(int64(query.HighMark)), nil
	case "is_sliced":
		return python.Bool(query.IsSliced()), nil
	case "default_ordering":
		return python.Bool(query.DefaultOrdering), nil
	case "standard_ordering":
		return python.Bool(query.Standard), nil
	case "model":
		return q.e.classFor(q.qs.Model), nil
	case "order_by":
		out := make(python.Tuple, len(query.OrderBy))
		for i, o := range query.OrderBy {
			out[i] = q.e.orderingItem(o)
		}
		return out, nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (q *QueryValue) AttrNames() []string {
	return []string{"combinator", "combinator_all", "default_ordering", "distinct", "high_mark", "is_sliced", "low_mark", "model", "order_by", "standard_ordering"}
}

// Repr is "<django.db.models.sql.query.Query object>".
func (q *QueryValue) Repr(th *python.Thread) (string, error) {
	return "<django.db.models.sql.query.Query object>", nil
}

// deleteResult is delete()'s return value: (total, {'myapp.Person': n}).
func (e *Env) deleteResult(n int64, counts []orm.LabelCount) python.Value {
	d := python.NewDict()
	for _, c := range counts {
		d.SetStr(c.Label, python.MakeInt(c.Count))
	}
	return python.Tuple{python.MakeInt(n), d}
}

// strArgs reads positional string arguments (field names).
func (e *Env) strArgs(method string, args python.Tuple, kw []python.Kwarg) ([]string, error) {
	if len(kw) > 0 {
		return nil, python.NewError(python.TypeError, "%s() got an unexpected keyword argument '%s'", method, kw[0].Name)
	}
	var out []string
	for _, a := range args {
		s, ok := a.(python.String)
		if !ok {
			if x, ok := a.(*Expr); ok {
				if f, ok := x.expr.(*query.F); ok {
					out = append(out, f.Name)
					continue
				}
			}
			return nil, python.NewError(python.TypeError, "%s() arguments must be strings, not '%s'", method, a.Type())
		}
		out = append(out, string(s))
	}
	return out, nil
}

// uniqueField reports whether f is unique on its own: unique=True, a
// primary key, or the single field of a UniqueConstraint
// (Options.total_unique_constraints).
func (e *Env) uniqueField(m *schema.Model, f *schema.Field) bool {
	if f.Unique() {
		return true
	}
	for _, c := range m.Meta.Constraints {
		if c.Total() && len(c.Fields) == 1 && c.Fields[0] == f.Name {
			return true
		}
	}
	return false
}

// dictKVs converts a defaults dict to keyword values.
func (e *Env) dictKVs(v python.Value) ([]orm.KV, error) {
	if v == python.None {
		return nil, nil
	}
	d, ok := v.(*python.Dict)
	if !ok {
		return nil, python.NewError(python.TypeError, "'%s' object is not a mapping", v.Type())
	}
	var out []orm.KV
	for _, kv := range d.Items() {
		k, err := python.Str(e.Th, kv[0])
		if err != nil {
			return nil, err
		}
		val := kv[1]
		if python.IsCallable(val) {
			// resolve_callables
			if _, isCls := val.(*python.Class); !isCls {
				r, err := python.Call(e.Th, val, nil, nil)
				if err != nil {
					return nil, err
				}
				val = r
			}
		}
		out = append(out, orm.KV{Name: k, Value: e.toGoStore(val)})
	}
	return out, nil
}

// isProperty reports whether name is a property of cls (Options._property_names).
func (e *Env) isProperty(cls *python.Class, name string) bool {
	v, _ := cls.Lookup(name)
	switch v.(type) {
	case *python.Property, *pkDescriptor:
		// Model.pk is a property too (Options._property_names).
		return true
	}
	return false
}

var _ = schema.Repr

// orderingArgs reads order_by()'s arguments: names and expressions
// (Query.add_ordering's checks on expressions: an aggregate must be
// annotated first; anything else is an invalid argument).
func (e *Env) orderingArgs(th *python.Thread, args python.Tuple, kw []python.Kwarg) ([]any, error) {
	if len(kw) > 0 {
		return nil, python.NewError(python.TypeError, "order_by() got an unexpected keyword argument '%s'", kw[0].Name)
	}
	items := make([]any, 0, len(args))
	var errs []string
	for _, a := range args {
		switch x := a.(type) {
		case python.String:
			items = append(items, string(x))
		case *Expr:
			if query.ContainsAggregate(x.expr) {
				s, err := python.Str(th, x)
				if err != nil {
					return nil, err
				}
				return nil, python.NewError(e.excs.fieldError, "Using an aggregate in order_by() without also including it in annotate() is not allowed: %s", s)
			}
			items = append(items, x.expr)
		default:
			r, err := python.Repr(th, a)
			if err != nil {
				return nil, err
			}
			errs = append(errs, r)
		}
	}
	if len(errs) > 0 {
		return nil, python.NewError(e.excs.fieldError, "Invalid order_by arguments: [%s]", strings.Join(errs, ", "))
	}
	return items, nil
}

// notAfterCombinator are the QuerySet methods that refuse a combined query
// (_not_support_combined_queries).
var notAfterCombinator = map[string]bool{
	"filter": true, "exclude": true, "select_related": true, "prefetch_related": true, "annotate": true,
	"alias": true, "distinct": true, "extra": true, "defer": true, "only": true, "delete": true, "update": true,
	"contains": true,
}

// combinator is QuerySet.union(*other_qs, all=False), intersection() and
// difference(), with their rules for empty querysets
// (isinstance(qs, EmptyQuerySet)).
func (e *Env) combinator(th *python.Thread, self *python.Instance, qs *orm.QuerySet, name string, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	all := false
	for _, k := range kw {
		if k.Name != "all" || name != "union" {
			return nil, python.NewError(python.TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
		all, _ = python.Truth(th, k.Value)
	}
	type operand struct {
		qs   *orm.QuerySet
		self *python.Instance
	}
	var others []operand
	for _, a := range args {
		o, inst, ok := querySetOf(a)
		if !ok {
			return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'query'", a.Type())
		}
		others = append(others, operand{o, inst})
	}
	first := operand{qs, self}
	switch name {
	case "union":
		if qs.Query.IsEmpty() {
			var rest []operand
			for _, o := range others {
				if !o.qs.Query.IsEmpty() {
					rest = append(rest, o)
				}
			}
			if len(rest) == 0 {
				return self, nil
			}
			if len(rest) == 1 {
				return rest[0].self, nil
			}
			first, others = rest[0], rest[1:]
		}
	case "intersection":
		if qs.Query.IsEmpty() {
			return self, nil
		}
		for _, o := range others {
			if o.qs.Query.IsEmpty() {
				return o.self, nil
			}
		}
	case "difference":
		if qs.Query.IsEmpty() {
			return self, nil
		}
	}
	qss := make([]*orm.QuerySet, len(others))
	for i, o := range others {
		qss[i] = o.qs
	}
	return e.chained(first.self, first.qs.Combinator(name, all, qss...)), nil
}

// filteredRelation is a FilteredRelation(relation_name, condition=Q())
// waiting for annotate() or alias() to give it its alias.
type filteredRelation struct {
	python.Value
	fr *query.FilteredRelation
}

// filteredRelationClass is django.db.models.FilteredRelation.
func (e *Env) filteredRelationClass() *python.Class {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.query_utils"))
	c, _ := python.NewClass("FilteredRelation", nil, d)
	c.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var name python.Value
		var cond python.Value = &QValue{e: e, q: &query.Q{Connector: query.AND}}
		if err := python.UnpackArgs("FilteredRelation.__init__", args, kw, "relation_name", &name, "*", nil, "condition?", &cond); err != nil {
			return nil, err
		}
		if t, _ := python.Truth(th, name); !t {
			return nil, python.NewError(python.ValueError, "relation_name cannot be empty.")
		}
		q, ok := cond.(*QValue)
		if !ok {
			return nil, python.NewError(python.ValueError, "condition argument must be a Q() instance.")
		}
		s, err := python.Str(th, name)
		if err != nil {
			return nil, err
		}
		return &filteredRelation{Value: python.NewInstance(cls, nil), fr: &query.FilteredRelation{RelationName: s, Condition: q.q}}, nil
	}
	return c
}
