package django

import (
	"sort"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
)

// Aggregate subclasses defined in the shell or models.py: the class
// attributes (function, template, name, allow_distinct, arity,
// output_field) read as Aggregate.__init__ and Func.__init__ read them,
// **extra kept for the template, and a subclass's own __init__ run with
// super().__init__() reaching Aggregate's.

// buildAggregateClass makes django.db.models.Aggregate constructible and
// subclassable.
func (e *Env) buildAggregateClass(funcClass *python.Class) {
	agg := e.exprClass("Aggregate", "django.db.models.aggregates", funcClass, nil)
	agg.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		x := &Expr{e: e, expr: &query.Aggregate{ClassName: cls.Name, Host: cls}}
		if init, owner := cls.Lookup("__init__"); init != nil && owner != agg {
			if err := python.CallInit(th, init, x, args, kw); err != nil {
				return nil, err
			}
			return x, nil
		}
		return x, e.initAggregate(th, x, cls, args, kw)
	}
	agg.Dict.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		x, ok := python.Value(nil), false
		if len(args) > 0 {
			x = args[0]
		}
		self, ok := x.(*Expr)
		if !ok {
			return nil, python.NewError(python.TypeError, "descriptor '__init__' requires a 'Aggregate' object")
		}
		return python.None, e.initAggregate(th, self, self.Class(), args[1:], kw)
	}))
}

// initAggregate is Aggregate.__init__(self, *expressions, distinct=False,
// filter=None, default=None, **extra) for a class of the user's.
func (e *Env) initAggregate(th *python.Thread, x *Expr, cls *python.Class, args python.Tuple, kw []python.Kwarg) error {
	attr := func(name string) python.Value {
		v, _ := cls.Lookup(name)
		return v
	}
	str := func(name string) string {
		if s, ok := attr(name).(python.String); ok {
			return string(s)
		}
		return ""
	}
	agg := &query.Aggregate{Function: str("function"), Name: str("name"), ClassName: cls.Name, Host: cls, Template: str("template"), Extra: map[string]string{}}
	var filter, def python.Value = python.None, python.None
	for _, k := range kw {
		switch k.Name {
		case "distinct":
			agg.Distinct, _ = python.Truth(th, k.Value)
		case "filter":
			filter = k.Value
		case "default":
			if !e.Features.AggregateDefault {
				agg.Extra[k.Name], _ = python.Str(th, k.Value)
				continue
			}
			def = k.Value
		case "output_field":
			f, err := e.outputFieldArg(k.Value)
			if err != nil {
				return err
			}
			agg.Field = f
		default:
			s, err := python.Str(th, k.Value)
			if err != nil {
				return err
			}
			agg.Extra[k.Name] = s
			x.extra = append(x.extra, exprExtra{k.Name, s})
		}
	}
	allow := false
	if v := attr("allow_distinct"); v != nil {
		allow, _ = python.Truth(th, v)
	}
	if agg.Distinct && !allow {
		return python.NewError(python.TypeError, "%s does not allow distinct.", cls.Name)
	}
	if n, ok := attr("arity").(python.Int); ok {
		if a, _ := n.Int64(); int(a) != len(args) {
			word := "arguments"
			if a == 1 {
				word = "argument"
			}
			return python.NewError(python.TypeError, "'%s' takes exactly %d %s (%d given)", cls.Name, a, word, len(args))
		}
	}
	if f, ok := attr("output_field").(*Field); ok && agg.Field == nil {
		agg.Field = f.f
	}
	switch len(args) {
	case 0:
	case 1:
		agg.Source = e.parseExpression(args[0])
		if f, ok := agg.Source.(*query.F); ok {
			x.name = f.Name
		}
	default:
		return python.NewError(python.NotImplementedError, "an Aggregate of more than one expression is not supported by ormfiddle yet")
	}
	if filter != python.None {
		q, ok := filter.(*QValue)
		if !ok {
			return python.NewError(python.NotImplementedError, "%s(filter=%s) is not supported by ormfiddle yet: use a Q object", cls.Name, filter.Type())
		}
		agg.Filter = q.q
	}
	if def != python.None {
		if d, ok := def.(*Expr); ok {
			agg.Default = d.expr
		} else {
			agg.Default = e.toGo(def)
		}
	}
	sort.Slice(x.extra, func(i, j int) bool { return x.extra[i].key < x.extra[j].key })
	x.expr = agg
	return nil
}
