package django

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// QValue is a Q object: filters combined with | and &, negated with ~.
type QValue struct {
	e *Env
	q *query.Q
}

// Type is "Q".
func (v *QValue) Type() string { return "Q" }

// Class is django.db.models.Q.
func (v *QValue) Class() *python.Class { return v.e.qClass }

// Repr is "<Q: (AND: ('name', 'x'))>".
func (v *QValue) Repr(th *python.Thread) (string, error) {
	return "<Q: " + v.q.String(func(x any) string {
		r, err := python.Repr(th, v.e.toPyFilterValue(x))
		if err != nil {
			return "?"
		}
		return r
	}) + ">", nil
}

// Truth is bool(q): false when empty.
func (v *QValue) Truth(th *python.Thread) (bool, error) { return !v.q.Empty(), nil }

// Binary implements q1 | q2 and q1 & q2.
func (v *QValue) Binary(th *python.Thread, op python.BinaryOp, y python.Value, side python.Side) (python.Value, error) {
	o, ok := y.(*QValue)
	if !ok {
		if (op.String() != "|" && op.String() != "&") || side == python.Right {
			return python.NotImplemented, nil
		}
		// Q._combine: raise TypeError(other).
		s, err := python.Str(th, y)
		if err != nil {
			return nil, err
		}
		return nil, python.NewError(python.TypeError, "%s", s)
	}
	l, r := v, o
	if side == python.Right {
		l, r = o, v
	}
	switch op.String() {
	case "|":
		return &QValue{e: v.e, q: l.q.Combine(r.q, query.OR)}, nil
	case "&":
		return &QValue{e: v.e, q: l.q.Combine(r.q, query.AND)}, nil
	}
	return python.NotImplemented, nil
}

// Unary implements ~q.
func (v *QValue) Unary(th *python.Thread, op python.UnaryOp) (python.Value, error) {
	if op == python.UInvert {
		return &QValue{e: v.e, q: v.q.Invert()}, nil
	}
	return python.NotImplemented, nil
}

// Attr gives connector, negated and children.
func (v *QValue) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "connector":
		return python.String(string(v.q.Connector)), nil
	case "negated":
		return python.Bool(v.q.Negated), nil
	case "children":
		var out []python.Value
		for _, ch := range v.q.Children {
			switch c := ch.(type) {
			case *query.Q:
				out = append(out, &QValue{e: v.e, q: c})
			case query.Filter:
				out = append(out, python.Tuple{python.String(c.Lookup), v.e.toPyFilterValue(c.Value)})
			}
		}
		return python.NewList(out), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (v *QValue) AttrNames() []string { return []string{"children", "connector", "negated"} }

// toPyFilterValue converts a filter value back for reprs.
func (e *Env) toPyFilterValue(x any) python.Value {
	if l, ok := x.([]any); ok {
		return python.NewList(e.toPyList(l))
	}
	return e.toPy(x)
}

// newQ is Q(*args, **kwargs).
func (e *Env) newQ(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var qs []*query.Q
	var extra []query.Filter
	for _, a := range args {
		switch x := a.(type) {
		case *QValue:
			qs = append(qs, x.q)
		case python.Tuple:
			if len(x) == 2 {
				if s, ok := x[0].(python.String); ok {
					extra = append(extra, query.Filter{Lookup: string(s), Value: e.toGo(x[1])})
					continue
				}
			}
			return nil, python.NewError(python.TypeError, "cannot unpack non-iterable %s object", a.Type())
		default:
			return nil, python.NewError(python.TypeError, "cannot unpack non-iterable %s object", a.Type())
		}
	}
	var fs []query.Filter
	for _, k := range kw {
		fs = append(fs, query.Filter{Lookup: k.Name, Value: e.toGo(k.Value)})
	}
	q := query.NewQ(qs, fs)
	if len(extra) > 0 {
		// Positional (name, value) pairs come first, unsorted.
		children := make([]any, 0, len(q.Children)+len(extra))
		for _, c := range q.Children {
			if _, isQ := c.(*query.Q); isQ {
				children = append(children, c)
			}
		}
		for _, f := range extra {
			children = append(children, f)
		}
		for _, c := range q.Children {
			if _, isQ := c.(*query.Q); !isQ {
				children = append(children, c)
			}
		}
		q.Children = children
	}
	return &QValue{e: e, q: q}, nil
}

// Expr is a query expression: F("name"), Value(1), arithmetic on them, or
// an aggregate (Count, Sum, Avg, Max, Min).
type Expr struct {
	e    *Env
	expr query.Expression
	// name is the source field name of an aggregate (for its default
	// alias "price__avg").
	name string
}

// Type is the expression class name.
func (x *Expr) Type() string {
	switch v := x.expr.(type) {
	case *query.F:
		return "F"
	case *query.Value:
		return "Value"
	case *query.Aggregate:
		return v.Name
	}
	return "CombinedExpression"
}

// Class is the expression class.
func (x *Expr) Class() *python.Class {
	if c := x.e.exprClasses[x.Type()]; c != nil {
		return c
	}
	return x.e.fClass
}

// Repr follows Django's reprs: F(name), Value(1), Count(F(id)).
func (x *Expr) Repr(th *python.Thread) (string, error) {
	return x.e.exprRepr(th, x.expr)
}

func (e *Env) exprRepr(th *python.Thread, ex query.Expression) (string, error) {
	switch v := ex.(type) {
	case *query.F:
		return "F(" + v.Name + ")", nil
	case *query.Value:
		r, err := python.Repr(th, e.toPy(v.V))
		return "Value(" + r + ")", err
	case *query.Combined:
		l, err := e.exprRepr(th, v.LHS)
		if err != nil {
			return "", err
		}
		r, err := e.exprRepr(th, v.RHS)
		if err != nil {
			return "", err
		}
		return l + " " + v.Op + " " + r, nil
	case *query.Aggregate:
		if v.Star {
			return v.Name + "('*')", nil
		}
		s, err := e.exprRepr(th, v.Source)
		if err != nil {
			return "", err
		}
		if v.Distinct {
			s += ", distinct=True"
		}
		return v.Name + "(" + s + ")", nil
	case *query.Col:
		return "Col(" + v.Alias + ", " + v.Target.String() + ")", nil
	}
	return "<expression>", nil
}

// Binary implements arithmetic: F("n") + 1.
func (x *Expr) Binary(th *python.Thread, op python.BinaryOp, y python.Value, side python.Side) (python.Value, error) {
	sym := op.String()
	switch sym {
	case "+", "-", "*", "/", "%", "**", "&", "|":
	default:
		return python.NotImplemented, nil
	}
	if sym == "**" {
		sym = "^"
	}
	if sym == "%" {
		sym = "%%"
	}
	other, err := x.e.asExpression(y)
	if err != nil {
		return python.NotImplemented, nil
	}
	l, r := x.expr, other
	if side == python.Right {
		l, r = other, x.expr
	}
	return &Expr{e: x.e, expr: &query.Combined{LHS: l, RHS: r, Op: sym}}, nil
}

// Unary implements -F("n") as F("n") * -1.
func (x *Expr) Unary(th *python.Thread, op python.UnaryOp) (python.Value, error) {
	if op == python.UMinus {
		return &Expr{e: x.e, expr: &query.Combined{LHS: x.expr, RHS: &query.Value{V: int64(-1)}, Op: "*"}}, nil
	}
	return python.NotImplemented, nil
}

// Attr exposes name (F) and the expression methods users call.
func (x *Expr) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "name":
		if f, ok := x.expr.(*query.F); ok {
			return python.String(f.Name), nil
		}
	case "asc", "desc":
		return nil, python.NewError(python.NotImplementedError, "F().%s() is not supported by ormfiddle yet", name)
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (x *Expr) AttrNames() []string { return []string{"name"} }

// asExpression turns an operand into an expression (numbers become Value).
func (e *Env) asExpression(v python.Value) (query.Expression, error) {
	if x, ok := v.(*Expr); ok {
		return x.expr, nil
	}
	g, ok := e.toGoScalar(v)
	if !ok {
		return nil, python.NewError(python.TypeError, "unsupported operand")
	}
	return &query.Value{V: g}, nil
}

// aggregate builds Count/Sum/Avg/Max/Min(expression, distinct=False).
func (e *Env) aggregate(name, fn string) func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	return func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var src python.Value
		distinct := false
		var filter python.Value = python.None
		var outputField python.Value = python.None
		if err := python.UnpackArgs(name, args, kw, "expression", &src, "distinct?", &distinct, "filter?", &filter, "output_field?", &outputField); err != nil {
			return nil, err
		}
		agg := &query.Aggregate{Function: fn, Name: name, Distinct: distinct}
		if fn == "COUNT" {
			agg.Field = &schema.Field{Kind: schema.IntegerField}
		}
		if filter != python.None {
			q, ok := filter.(*QValue)
			if !ok {
				return nil, python.NewError(python.NotImplementedError, "%s(filter=%s) is not supported by ormfiddle yet: use a Q object", name, filter.Type())
			}
			if s, ok := src.(python.String); ok && s == "*" {
				return nil, python.NewError(python.ValueError, "Star cannot be used with filter. Please specify a field.")
			}
			agg.Filter = q.q
		}
		if outputField != python.None {
			f, ok := outputField.(*Field)
			if !ok {
				return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'get_internal_type'", outputField.Type())
			}
			agg.Field = f.f
		}
		x := &Expr{e: e, expr: agg}
		switch s := src.(type) {
		case python.String:
			if s == "*" {
				agg.Star = true
				x.name = "*"
			} else {
				agg.Source = &query.F{Name: string(s)}
				x.name = string(s)
			}
		case *Expr:
			agg.Source = s.expr
			if f, ok := s.expr.(*query.F); ok {
				x.name = f.Name
			}
		default:
			return nil, python.NewError(python.TypeError, "%s() expects a field name or an expression, not '%s'", name, src.Type())
		}
		if distinct && fn != "COUNT" {
			return nil, python.NewError(python.TypeError, "%s does not allow distinct.", name)
		}
		return x, nil
	}
}

// aggregateArgs reads annotate() arguments: positional aggregates get
// their default alias ("price__avg") and come first, then the keywords.
func (e *Env) aggregateArgs(args python.Tuple, kw []python.Kwarg) ([]string, []query.Expression, error) {
	var aliases []string
	var exprs []query.Expression
	for _, a := range args {
		x, ok := a.(*Expr)
		if !ok {
			return nil, nil, python.NewError(python.TypeError, "QuerySet.annotate() received non-expression(s): %s.", reprOr(e.Th, a))
		}
		agg, isAgg := x.expr.(*query.Aggregate)
		// default_alias needs a single named source (a filter= counts as
		// a second source expression).
		if !isAgg || x.name == "" || x.name == "*" || agg.Filter != nil {
			if kw == nil {
				return nil, nil, python.NewError(python.TypeError, "Complex aggregates require an alias")
			}
			return nil, nil, python.NewError(python.TypeError, "Complex annotations require an alias")
		}
		alias := agg.DefaultAlias(x.name)
		for _, k := range kw {
			if k.Name == alias {
				return nil, nil, python.NewError(python.ValueError, "The named annotation '%s' conflicts with the default name for another annotation.", alias)
			}
		}
		aliases = append(aliases, alias)
		exprs = append(exprs, x.expr)
	}
	a2, e2, err := e.namedExprs("annotate", kw)
	if err != nil {
		return nil, nil, err
	}
	return append(aliases, a2...), append(exprs, e2...), nil
}

// namedExprs reads alias=expression keyword arguments.
func (e *Env) namedExprs(method string, kw []python.Kwarg) ([]string, []query.Expression, error) {
	var aliases []string
	var exprs []query.Expression
	for _, k := range kw {
		x, ok := k.Value.(*Expr)
		if !ok {
			return nil, nil, python.NewError(python.TypeError, "QuerySet.%s() received non-expression(s): %s.", method, reprOr(e.Th, k.Value))
		}
		aliases = append(aliases, k.Name)
		exprs = append(exprs, x.expr)
	}
	return aliases, exprs, nil
}

// IndexValue is models.Index(fields=[...], name=...).
type IndexValue struct {
	ix *schema.Index
}

// Type is "Index".
func (v *IndexValue) Type() string { return "Index" }

// Repr is Index.__repr__ in Django 3.2: "<Index: fields='a, -b'>" (the
// name is not shown).
func (v *IndexValue) Repr(th *python.Thread) (string, error) {
	return "<Index: fields='" + strings.Join(v.ix.Fields, ", ") + "'>", nil
}

// ConstraintValue is models.UniqueConstraint(fields=[...], name=...).
type ConstraintValue struct {
	c *schema.Constraint
}

// Type is "UniqueConstraint".
func (v *ConstraintValue) Type() string { return "UniqueConstraint" }

// Repr is UniqueConstraint.__repr__: "<UniqueConstraint: fields=('a', 'b')
// name='x'>".
func (v *ConstraintValue) Repr(th *python.Thread) (string, error) {
	fields := make(python.Tuple, len(v.c.Fields))
	for i, f := range v.c.Fields {
		fields[i] = python.String(f)
	}
	fr, err := python.Repr(th, fields)
	if err != nil {
		return "", err
	}
	nr, err := python.Repr(th, python.String(v.c.Name))
	if err != nil {
		return "", err
	}
	return "<UniqueConstraint: fields=" + fr + " name=" + nr + ">", nil
}

func (e *Env) newIndex(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var fields python.Value = python.Tuple{}
	name := ""
	if len(args) > 0 {
		return nil, python.NewError(python.NotImplementedError, "Index(expressions) is not supported by ormfiddle yet")
	}
	if err := python.UnpackArgs("Index", nil, kw, "*", nil, "fields?", &fields, "name?", &name); err != nil {
		return nil, err
	}
	names, err := e.iterStrings(fields)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, python.NewError(python.ValueError, "At least one field or expression is required to define an index.")
	}
	return &IndexValue{ix: &schema.Index{Fields: names, Name: name}}, nil
}

func (e *Env) newUniqueConstraint(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var fields python.Value = python.Tuple{}
	name := ""
	if err := python.UnpackArgs("UniqueConstraint", args, kw, "*", nil, "fields?", &fields, "name?", &name); err != nil {
		return nil, err
	}
	names, err := e.iterStrings(fields)
	if err != nil {
		return nil, err
	}
	if name == "" {
		return nil, python.NewError(python.ValueError, "A unique constraint must be named.")
	}
	return &ConstraintValue{c: &schema.Constraint{Name: name, Fields: names}}, nil
}

func (e *Env) iterStrings(v python.Value) ([]string, error) {
	var out []string
	err := python.Iterate(e.Th, v, func(x python.Value) error {
		s, ok := x.(python.String)
		if !ok {
			return python.NewError(python.TypeError, "expected a field name, got %s", x.Type())
		}
		out = append(out, string(s))
		return nil
	})
	return out, err
}
