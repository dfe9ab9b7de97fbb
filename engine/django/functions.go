package django

import (
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// The expression classes of django.db.models.expressions and
// django.db.models.functions: each is a Python class whose constructor
// checks its arguments as Django's __init__ does and builds the
// engine/query expression.

// exprClass makes an expression class in module whose constructor is fn.
func (e *Env) exprClass(name, module string, base *python.Class, fn func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error)) *python.Class {
	d := python.NewDict()
	d.SetStr("__module__", python.String(module))
	var bases []*python.Class
	if base != nil {
		bases = []*python.Class{base}
	}
	c, _ := python.NewClass(name, bases, d)
	c.New = fn
	e.exprClasses[name] = c
	return c
}

// buildExpressionClasses makes F, Value, the aggregates, Func and the
// functions, Case, When, Subquery, Exists, OuterRef, OrderBy and
// ExpressionWrapper.
func (e *Env) buildExpressionClasses() {
	e.exprClasses = map[string]*python.Class{}
	e.funcPyClasses = map[*query.FuncClass]*python.Class{}
	e.userFuncClasses = map[*python.Class]*query.FuncClass{}
	const exprMod = "django.db.models.expressions"
	notDirect := func(name string) func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return nil, python.NewError(python.NotImplementedError, "%s() is not supported by ormfiddle yet", name)
		}
	}
	base := e.exprClass("BaseExpression", exprMod, nil, notDirect("BaseExpression"))
	combinable := e.exprClass("Combinable", exprMod, nil, notDirect("Combinable"))
	expression := e.exprClass("Expression", exprMod, base, notDirect("Expression"))
	e.fClass = e.exprClass("F", exprMod, combinable, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var name string
		if err := python.UnpackArgs("F", args, kw, "name", &name); err != nil {
			return nil, err
		}
		return &Expr{e: e, expr: &query.F{Name: name}}, nil
	})
	e.exprClass("OuterRef", exprMod, e.fClass, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var name python.Value
		if err := python.UnpackArgs("OuterRef", args, kw, "name", &name); err != nil {
			return nil, err
		}
		if x, ok := name.(*Expr); ok {
			if inner, ok := x.expr.(*query.OuterRef); ok {
				return &Expr{e: e, expr: &query.OuterRef{Name: inner.Name, Nested: inner}}, nil
			}
		}
		s, err := python.Str(th, name)
		if err != nil {
			return nil, err
		}
		return &Expr{e: e, expr: &query.OuterRef{Name: s}}, nil
	})
	e.exprClass("Value", exprMod, expression, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var v python.Value
		var out python.Value = python.None
		if err := python.UnpackArgs("Value.__init__", args, kw, "value", &v, "output_field?", &out); err != nil {
			return nil, err
		}
		val := &query.Value{V: e.toGoStore(v)}
		if f, ok := out.(*Field); ok {
			val.Field = f.f
		}
		return &Expr{e: e, expr: val}, nil
	})
	e.exprClass("CombinedExpression", exprMod, expression, notDirect("CombinedExpression"))
	funcClass := e.exprClass("Func", exprMod, expression, nil)
	funcClass.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		fc := e.funcClassFor(th, cls)
		if init, owner := cls.Lookup("__init__"); init != nil && owner != funcClass && fc.Host != nil {
			// A subclass's own __init__, whose super().__init__()
			// reaches Func.__init__ below.
			x := &Expr{e: e, expr: &query.Func{Class: fc}}
			if err := python.CallInit(th, init, x, args, kw); err != nil {
				return nil, err
			}
			return x, nil
		}
		return e.newFunc(th, fc, args, kw)
	}
	funcClass.Dict.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var self *Expr
		if len(args) > 0 {
			self, _ = args[0].(*Expr)
		}
		if self == nil {
			return nil, python.NewError(python.TypeError, "descriptor '__init__' requires a 'Func' object")
		}
		r, err := e.newFunc(th, e.funcClassFor(th, self.Class()), args[1:], kw)
		if err != nil {
			return nil, err
		}
		*self = *r.(*Expr)
		return python.None, nil
	}))
	e.buildAggregateClass(funcClass)
	for _, a := range aggregates {
		fn := e.aggregate(a.name, a.fn)
		e.exprClass(a.name, "django.db.models.aggregates", e.exprClasses["Aggregate"], func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return fn(th, args, kw)
		})
	}
	for _, name := range []string{"StdDev", "Variance"} {
		fn := e.aggregate(name, "")
		e.exprClass(name, "django.db.models.aggregates", e.exprClasses["Aggregate"], func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return fn(th, args, kw)
		})
	}
	e.exprClass("When", exprMod, expression, e.newWhen)
	e.exprClass("Case", exprMod, expression, e.newCase)
	subquery := e.exprClass("Subquery", exprMod, base, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var qsV, out python.Value = nil, python.None
		if err := python.UnpackArgs("Subquery.__init__", args, kw, "queryset", &qsV, "output_field?", &out); err != nil {
			return nil, err
		}
		q, err := e.subqueryQuery(qsV)
		if err != nil {
			return nil, err
		}
		s := &query.Subquery{Query: q}
		if f, ok := out.(*Field); ok {
			s.Field = f.f
		}
		return &Expr{e: e, expr: s}, nil
	})
	e.exprClass("Exists", exprMod, subquery, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var qsV python.Value
		negated := false
		if err := python.UnpackArgs("Exists.__init__", args, kw, "queryset", &qsV, "negated?", &negated); err != nil {
			return nil, err
		}
		q, err := e.subqueryQuery(qsV)
		if err != nil {
			return nil, err
		}
		return &Expr{e: e, expr: &query.Exists{Query: q, Negated: negated}}, nil
	})
	e.exprClass("OrderBy", exprMod, base, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var exV python.Value
		desc, nullsFirst, nullsLast := false, false, false
		if err := python.UnpackArgs("OrderBy.__init__", args, kw, "expression", &exV, "descending?", &desc, "nulls_first?", &nullsFirst, "nulls_last?", &nullsLast); err != nil {
			return nil, err
		}
		if nullsFirst && nullsLast {
			return nil, python.NewError(python.ValueError, "nulls_first and nulls_last are mutually exclusive")
		}
		x, ok := exV.(*Expr)
		if !ok {
			return nil, python.NewError(python.ValueError, "expression must be an expression type")
		}
		return &Expr{e: e, expr: &query.OrderBy{Expr: x.expr, Descending: desc, NullsFirst: nullsFirst, NullsLast: nullsLast}}, nil
	})
	e.exprClass("ExpressionWrapper", exprMod, expression, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var exV, out python.Value
		if err := python.UnpackArgs("ExpressionWrapper.__init__", args, kw, "expression", &exV, "output_field", &out); err != nil {
			return nil, err
		}
		f, err := e.outputFieldArg(out)
		if err != nil {
			return nil, err
		}
		return &Expr{e: e, expr: &query.ExpressionWrapper{Expr: e.parseExpression(exV), Field: f}}, nil
	})
	e.exprClass("NegatedExpression", exprMod, e.exprClasses["ExpressionWrapper"], func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var exV python.Value
		if err := python.UnpackArgs("NegatedExpression.__init__", args, kw, "expression", &exV); err != nil {
			return nil, err
		}
		return &Expr{e: e, expr: &query.ExpressionWrapper{Expr: e.parseExpression(exV), Field: &schema.Field{Kind: schema.BooleanField}, Negated: true}}, nil
	})
	e.exprClass("Sliced", exprMod, e.fClass, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var obj, sub python.Value
		if err := python.UnpackArgs("Sliced.__init__", args, kw, "obj", &obj, "subscript", &sub); err != nil {
			return nil, err
		}
		x, ok := obj.(*Expr)
		if !ok {
			return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'name'", obj.Type())
		}
		return x.sliced(sub)
	})
	e.exprClass("RawSQL", exprMod, expression, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var sql string
		var params, out python.Value = nil, python.None
		if err := python.UnpackArgs("RawSQL.__init__", args, kw, "sql", &sql, "params", &params, "output_field?", &out); err != nil {
			return nil, err
		}
		var ps []any
		if err := python.Iterate(th, params, func(v python.Value) error {
			ps = append(ps, e.toGo(v))
			return nil
		}); err != nil {
			return nil, err
		}
		f, err := e.outputFieldArg(out)
		if err != nil {
			return nil, err
		}
		return &Expr{e: e, expr: &query.RawSQL{Text: sql, Params: ps, Field: f}, rawParams: params}, nil
	})
	e.exprClass("ExpressionList", exprMod, expression, notDirect("ExpressionList"))
	e.buildWindowClasses(expression)
	// django.db.models.functions
	names := make([]string, 0, len(query.FuncClasses))
	for name := range query.FuncClasses {
		if name != "Func" && name != "Transform" {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	for _, name := range names {
		fc := query.FuncClasses[name]
		c := e.exprClass(name, "django.db.models.functions."+funcModule(name), funcClass, nil)
		if fc.Transform {
			// A Transform's lookup_name (register_lookup's default).
			c.Dict.SetStr("lookup_name", python.String(strings.ToLower(name)))
		}
		c.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if cls != c {
				return e.newFunc(th, e.funcClassFor(th, cls), args, kw)
			}
			return e.newFunc(th, fc, args, kw)
		}
		e.funcPyClasses[fc] = c
	}
	e.funcPyClasses[query.FuncClasses["Func"]] = funcClass
	for _, name := range []string{"Collate", "JSONObject"} {
		e.exprClass(name, "django.db.models.functions."+funcModule(name), funcClass, notDirect(name))
	}
}

// funcModule is the submodule of django.db.models.functions defining a
// class.
func funcModule(name string) string {
	switch name {
	case "Cast", "Coalesce", "Collate", "Greatest", "JSONObject", "Least", "NullIf":
		return "comparison"
	case "Chr", "Concat", "ConcatPair", "Left", "Length", "Lower", "LPad", "LTrim", "MD5", "Ord", "Repeat", "Replace",
		"Reverse", "Right", "RPad", "RTrim", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "StrIndex", "Substr", "Trim", "Upper":
		return "text"
	case "CumeDist", "DenseRank", "FirstValue", "Lag", "LastValue", "Lead", "NthValue", "Ntile", "PercentRank", "Rank", "RowNumber":
		return "window"
	}
	if len(name) > 5 && (name[:5] == "Trunc" || name[:5] == "Extra") || name == "Now" || name == "Extract" || name == "Trunc" {
		return "datetime"
	}
	return "math"
}

// funcClassFor is the FuncClass of a Python class: a built-in function
// class, or a subclass defined in models.py whose class attributes
// (function, template, arg_joiner, arity, output_field) change its base's.
func (e *Env) funcClassFor(th *python.Thread, cls *python.Class) *query.FuncClass {
	for fc, c := range e.funcPyClasses {
		if c == cls {
			return fc
		}
	}
	if fc, ok := e.userFuncClasses[cls]; ok {
		return fc
	}
	// The nearest built-in base.
	base := query.FuncClasses["Func"]
	for _, m := range cls.MRO {
		found := false
		for fc, c := range e.funcPyClasses {
			if c == m {
				base, found = fc, true
				break
			}
		}
		if found {
			break
		}
	}
	str := func(name string) string {
		if v, owner := cls.Lookup(name); v != nil && e.funcPyClasses[base] != owner {
			if s, ok := v.(python.String); ok {
				return string(s)
			}
		}
		return ""
	}
	arity := -2
	if v, _ := cls.Lookup("arity"); v != nil {
		if n, ok := v.(python.Int); ok {
			a, _ := n.Int64()
			arity = int(a)
		}
	}
	var out *schema.Field
	if v, _ := cls.Lookup("output_field"); v != nil {
		if f, ok := v.(*Field); ok {
			out = f.f
		}
	}
	fc := base.Subclass(cls.Name, str("function"), str("template"), str("arg_joiner"), max(arity, -1), out)
	if arity == -2 {
		fc.Arity = base.Arity
	}
	fc.Host = cls
	e.userFuncClasses[cls] = fc
	return fc
}

// outputFieldArg reads an output_field argument: a field instance.
func (e *Env) outputFieldArg(v python.Value) (*schema.Field, error) {
	if v == nil || v == python.None {
		return nil, nil
	}
	f, ok := v.(*Field)
	if !ok {
		return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'get_internal_type'", v.Type())
	}
	return f.f, nil
}

// subqueryQuery is Subquery's getattr(queryset, 'query', queryset).
func (e *Env) subqueryQuery(v python.Value) (*query.Query, error) {
	if qs, _, ok := querySetOf(v); ok {
		return qs.Query.Clone(), nil
	}
	return nil, python.NewError(python.NotImplementedError, "Subquery(%s) is not supported by ormfiddle yet: pass a QuerySet", v.Type())
}

// takesNumber reads a numeric argument Django compares with a bound
// (pos < 1): an expression is not checked.
func numberArg(v python.Value) (int64, bool) {
	switch n := v.(type) {
	case python.Int:
		i, _ := n.Int64()
		return i, true
	case python.Bool:
		if n {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// argBelow is the check Substr, Left, Right, LPad, RPad and Repeat make of
// a plain argument (not an expression): v < min, evaluated as Python does,
// so that a string (or None, for Substr, Left and Right) raises TypeError
// "'<' not supported between instances of 'str' and 'int'".
func argBelow(th *python.Thread, v python.Value, min int64) (bool, error) {
	if _, ok := v.(*Expr); ok {
		return false, nil
	}
	return python.Compare(th, python.LT, v, python.MakeInt(min))
}

// newFunc is Func.__init__ and the constructors of the function classes:
// the arguments checked and parsed, the output_field and **extra kept.
func (e *Env) newFunc(th *python.Thread, fc *query.FuncClass, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	name := fc.Name
	var out python.Value = python.None
	var extra []python.Kwarg
	var kinds = map[string]python.Value{}
	takes := func(names ...string) {
		for _, k := range kw {
			for _, n := range names {
				if k.Name == n {
					kinds[n] = k.Value
				}
			}
		}
	}
	// Keyword parameters of the constructors (not **extra).
	switch {
	case name == "Cast":
		takes("expression", "output_field")
	case name == "Extract" || (len(name) > 7 && name[:7] == "Extract"):
		takes("expression", "lookup_name", "tzinfo")
	case name == "Trunc" || (len(name) > 5 && name[:5] == "Trunc"):
		takes("expression", "kind", "output_field", "tzinfo", "is_dst")
	case name == "Substr":
		takes("expression", "pos", "length")
	case name == "Left" || name == "Right":
		takes("expression", "length")
	case name == "LPad" || name == "RPad":
		takes("expression", "length", "fill_text")
	case name == "Repeat":
		takes("expression", "number")
	case name == "Replace":
		takes("expression", "text", "replacement")
	case name == "Lag" || name == "Lead":
		takes("expression", "offset", "default")
	case name == "NthValue":
		takes("expression", "nth")
	case name == "Ntile":
		takes("num_buckets")
	case name == "Round" && e.Features.RoundPrecision:
		takes("expression", "precision")
	}
	for _, k := range kw {
		if _, ok := kinds[k.Name]; ok {
			continue
		}
		if k.Name == "output_field" {
			out = k.Value
			continue
		}
		extra = append(extra, k)
	}
	// Positional parameters after the expressions.
	pos := func(i int, key string, def python.Value) (python.Value, bool) {
		if i < len(args) {
			if _, dup := kinds[key]; dup {
				return nil, false
			}
			return args[i], true
		}
		if v, ok := kinds[key]; ok {
			return v, true
		}
		return def, def != nil
	}
	missing := func(param string) error {
		return python.NewError(python.TypeError, "%s.__init__() missing 1 required positional argument: '%s'", name, param)
	}
	f := &query.Func{Class: fc}
	var exprArgs []python.Value
	switch {
	case name == "Cast":
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		o, ok := pos(1, "output_field", nil)
		if !ok {
			return nil, missing("output_field")
		}
		field, err := e.outputFieldArg(o)
		if err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, python.NewError(python.TypeError, "Cast.__init__() takes 3 positional arguments but %d were given", len(args)+1)
		}
		return &Expr{e: e, expr: &query.Cast{Source: e.parseExpression(ex), Field: field}}, nil
	case name == "Extract" || (len(name) > 7 && name[:7] == "Extract"):
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		if name == "Extract" {
			ln, _ := pos(1, "lookup_name", python.None)
			if s, ok := ln.(python.String); ok {
				f.Kind = string(s)
			}
			if f.Kind == "" {
				return nil, python.NewError(python.ValueError, "lookup_name must be provided")
			}
		}
		tz, _ := pos(2, "tzinfo", python.None)
		tzLoc, err := tzinfoArg(tz)
		if err != nil {
			return nil, err
		}
		f.TZInfo = tzLoc
		exprArgs = []python.Value{ex}
	case name == "Trunc" || (len(name) > 5 && name[:5] == "Trunc"):
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		next := 1
		if name == "Trunc" {
			k, ok := pos(1, "kind", nil)
			if !ok {
				return nil, missing("kind")
			}
			s, _ := python.Str(th, k)
			f.Kind = s
			next = 2
		}
		if o, ok := pos(next, "output_field", python.None); ok && o != python.None {
			out = o
		}
		tz, _ := pos(next+1, "tzinfo", python.None)
		tzLoc, err := tzinfoArg(tz)
		if err != nil {
			return nil, err
		}
		f.TZInfo = tzLoc
		exprArgs = []python.Value{ex}
	case name == "Substr":
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		p, ok := pos(1, "pos", nil)
		if !ok {
			return nil, missing("pos")
		}
		if below, err := argBelow(th, p, 1); err != nil || below {
			if err != nil {
				return nil, err
			}
			return nil, python.NewError(python.ValueError, "'pos' must be greater than 0")
		}
		exprArgs = []python.Value{ex, p}
		if l, ok := pos(2, "length", python.None); ok && l != python.None {
			exprArgs = append(exprArgs, l)
		}
	case name == "Left" || name == "Right":
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		l, ok := pos(1, "length", nil)
		if !ok {
			return nil, missing("length")
		}
		if below, err := argBelow(th, l, 1); err != nil || below {
			if err != nil {
				return nil, err
			}
			return nil, python.NewError(python.ValueError, "'length' must be greater than 0.")
		}
		exprArgs = []python.Value{ex, l}
	case name == "LPad" || name == "RPad":
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		l, ok := pos(1, "length", nil)
		if !ok {
			return nil, missing("length")
		}
		if below, err := argBelow(th, l, 0); l != python.None && (err != nil || below) {
			if err != nil {
				return nil, err
			}
			return nil, python.NewError(python.ValueError, "'length' must be greater or equal to 0.")
		}
		fill, _ := pos(2, "fill_text", &Expr{e: e, expr: &query.Value{V: " "}})
		exprArgs = []python.Value{ex, l, fill}
	case name == "Repeat":
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		n, ok := pos(1, "number", nil)
		if !ok {
			return nil, missing("number")
		}
		if below, err := argBelow(th, n, 0); n != python.None && (err != nil || below) {
			if err != nil {
				return nil, err
			}
			return nil, python.NewError(python.ValueError, "'number' must be greater or equal to 0.")
		}
		exprArgs = []python.Value{ex, n}
	case name == "Lag" || name == "Lead" || name == "NthValue":
		// LagLeadFunction.__init__ and NthValue.__init__.
		ex, ok := pos(0, "expression", python.None)
		if !ok {
			return nil, missing("expression")
		}
		if ex == python.None {
			return nil, python.NewError(python.ValueError, "%s requires a non-null source expression.", name)
		}
		key, what := "offset", "for the offset"
		if name == "NthValue" {
			key, what = "nth", "as for nth"
		}
		n, ok := pos(1, key, python.MakeInt(1))
		if !ok {
			return nil, missing(key)
		}
		if v, isNum := numberArg(n); !isNum || v <= 0 {
			return nil, python.NewError(python.ValueError, "%s requires a positive integer %s.", name, what)
		}
		exprArgs = []python.Value{ex, n}
		if d, ok := pos(2, "default", python.None); ok && d != python.None && name != "NthValue" {
			exprArgs = append(exprArgs, d)
		}
	case name == "Ntile":
		n, ok := pos(0, "num_buckets", python.MakeInt(1))
		if !ok {
			return nil, missing("num_buckets")
		}
		if v, isNum := numberArg(n); !isNum || v <= 0 {
			return nil, python.NewError(python.ValueError, "num_buckets must be greater than 0.")
		}
		exprArgs = []python.Value{n}
	case name == "Round" && e.Features.RoundPrecision:
		// Round(expression, precision=0).
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		p, _ := pos(1, "precision", python.MakeInt(0))
		exprArgs = []python.Value{ex, p}
	case name == "Replace":
		ex, ok := pos(0, "expression", nil)
		if !ok {
			return nil, missing("expression")
		}
		t, ok := pos(1, "text", nil)
		if !ok {
			return nil, missing("text")
		}
		r, _ := pos(2, "replacement", &Expr{e: e, expr: &query.Value{V: ""}})
		exprArgs = []python.Value{ex, t, r}
	default:
		exprArgs = args
		switch name {
		case "Coalesce", "Greatest", "Least", "Concat":
			if len(args) < 2 {
				return nil, python.NewError(python.ValueError, "%s must take at least two expressions", name)
			}
		}
	}
	arity := fc.Arity
	if fc.Transform && arity < 0 && (name != "Round" || !e.Features.RoundPrecision) {
		// Transform's arity = 1 (Round sets None to take a precision).
		arity = 1
	}
	if arity >= 0 && len(exprArgs) != arity {
		word := "arguments"
		if arity == 1 {
			word = "argument"
		}
		return nil, python.NewError(python.TypeError, "'%s' takes exactly %d %s (%d given)", name, arity, word, len(exprArgs))
	}
	for _, a := range exprArgs {
		f.Sources = append(f.Sources, e.parseExpression(a))
	}
	if name == "Concat" {
		f.Sources = []query.Expression{concatPaired(f.Sources)}
	}
	field, err := e.outputFieldArg(out)
	if err != nil {
		return nil, err
	}
	f.Field = field
	x := &Expr{e: e, expr: f}
	if len(extra) > 0 {
		f.Extra = map[string]string{}
		sort.Slice(extra, func(i, j int) bool { return extra[i].Name < extra[j].Name })
		for _, k := range extra {
			s, err := python.Str(th, k.Value)
			if err != nil {
				return nil, err
			}
			f.Extra[k.Name] = s
			x.extra = append(x.extra, exprExtra{key: k.Name, value: s})
		}
	}
	return x, nil
}

// concatPaired is Concat._paired: nested ConcatPairs.
func concatPaired(srcs []query.Expression) query.Expression {
	if len(srcs) == 2 {
		return query.NewFunc("ConcatPair", srcs[0], srcs[1])
	}
	return query.NewFunc("ConcatPair", srcs[0], concatPaired(srcs[1:]))
}

// newWhen is When(condition=None, then=None, **lookups).
func (e *Env) newWhen(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var condition python.Value = python.None
	var then python.Value = python.None
	var lookups []python.Kwarg
	if len(args) > 2 {
		return nil, python.NewError(python.TypeError, "When.__init__() takes from 1 to 3 positional arguments but %d were given", len(args)+1)
	}
	if len(args) > 0 {
		condition = args[0]
	}
	if len(args) > 1 {
		then = args[1]
	}
	for _, k := range kw {
		switch k.Name {
		case "condition":
			if len(args) > 0 {
				return nil, python.NewError(python.TypeError, "When.__init__() got multiple values for argument 'condition'")
			}
			condition = k.Value
		case "then":
			if len(args) > 1 {
				return nil, python.NewError(python.TypeError, "When.__init__() got multiple values for argument 'then'")
			}
			then = k.Value
		default:
			lookups = append(lookups, k)
		}
	}
	conditional := func(v python.Value) bool {
		switch x := v.(type) {
		case *QValue:
			return true
		case *Expr:
			return query.IsConditional(x.expr)
		}
		return false
	}
	var cond any
	if len(lookups) > 0 {
		if condition == python.None {
			q, err := e.newQ(th, nil, lookups)
			if err != nil {
				return nil, err
			}
			condition, lookups = q, nil
		} else if conditional(condition) {
			q, err := e.newQ(th, python.Tuple{condition}, lookups)
			if err != nil {
				return nil, err
			}
			condition, lookups = q, nil
		}
	}
	if condition == python.None || !conditional(condition) || len(lookups) > 0 {
		return nil, python.NewError(python.TypeError, "When() supports a Q object, a boolean expression, or lookups as a condition.")
	}
	switch c := condition.(type) {
	case *QValue:
		if c.q.Empty() {
			return nil, python.NewError(python.ValueError, "An empty Q() can't be used as a When() condition.")
		}
		cond = c.q
	case *Expr:
		cond = c.expr
	}
	return &Expr{e: e, expr: &query.When{Condition: cond, Result: e.parseExpression(then)}}, nil
}

// newCase is Case(*cases, default=None, output_field=None, **extra).
func (e *Env) newCase(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	c := &query.Case{}
	for _, a := range args {
		x, ok := a.(*Expr)
		if !ok {
			return nil, python.NewError(python.TypeError, "Positional arguments must all be When objects.")
		}
		w, ok := x.expr.(*query.When)
		if !ok {
			return nil, python.NewError(python.TypeError, "Positional arguments must all be When objects.")
		}
		c.Cases = append(c.Cases, w)
	}
	var def python.Value = python.None
	for _, k := range kw {
		switch k.Name {
		case "default":
			def = k.Value
		case "output_field":
			f, err := e.outputFieldArg(k.Value)
			if err != nil {
				return nil, err
			}
			c.Field = f
		default:
			s, err := python.Str(th, k.Value)
			if err != nil {
				return nil, err
			}
			if c.Extra == nil {
				c.Extra = map[string]string{}
			}
			c.Extra[k.Name] = s
		}
	}
	c.Default = e.parseExpression(def)
	return &Expr{e: e, expr: c}, nil
}

// functionsModule builds django.db.models.functions (and its submodules).
func (e *Env) functionsModule() *python.Module {
	all := map[string]python.Value{}
	subs := map[string]map[string]python.Value{}
	for name, c := range e.exprClasses {
		mod := c.Module
		const prefix = "django.db.models.functions."
		if len(mod) <= len(prefix) || mod[:len(prefix)] != prefix {
			continue
		}
		sub := mod[len(prefix):]
		if subs[sub] == nil {
			subs[sub] = map[string]python.Value{}
		}
		subs[sub][name] = c
		all[name] = c
	}
	// __all__ names the classes only, as Django's does, so that
	// "from django.db.models.functions import *" binds no submodule
	// (a "datetime" imported before it stays the datetime module).
	names := make([]string, 0, len(all))
	for name := range all {
		names = append(names, name)
	}
	sort.Strings(names)
	exported := make([]python.Value, len(names))
	for i, name := range names {
		exported[i] = python.String(name)
	}
	for sub, names := range subs {
		m := python.NewModule("django.db.models.functions."+sub, names)
		e.modules["django.db.models.functions."+sub] = m
		all[sub] = m
	}
	all["__all__"] = python.NewList(exported)
	m := python.NewModule("django.db.models.functions", all)
	e.modules["django.db.models.functions"] = m
	return m
}
