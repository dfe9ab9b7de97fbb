package django

import (
	"sort"
	"strconv"
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
	return "<Q: " + v.str(th) + ">", nil
}

// str is str(q), Node.__str__: "(AND: ('name', 'x'))".
func (v *QValue) str(th *python.Thread) string {
	return v.q.String(func(x any) string {
		r, err := python.Repr(th, v.e.toPyFilterValue(x))
		if err != nil {
			return "?"
		}
		return r
	})
}

// Truth is bool(q): false when empty.
func (v *QValue) Truth(th *python.Thread) (bool, error) { return !v.q.Empty(), nil }

// Binary implements q1 | q2 and q1 & q2.
func (v *QValue) Binary(th *python.Thread, op python.BinaryOp, y python.Value, side python.Side) (python.Value, error) {
	xor := op.String() == "^" && v.e.Features.QXor
	o, ok := y.(*QValue)
	if x, isExpr := y.(*Expr); !ok && isExpr && v.e.Features.QCombinesConditional && query.IsConditional(x.expr) && (op.String() == "|" || op.String() == "&" || xor) {
		// Q._combine takes a conditional expression as a child (an
		// empty Q gives the expression back).
		if v.q.Empty() && side == python.Left {
			return x, nil
		}
		o, ok = &QValue{e: v.e, q: &query.Q{Connector: query.AND, Children: []any{x.expr}}}, true
	}
	if !ok {
		if (op.String() != "|" && op.String() != "&" && !xor) || side == python.Right {
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
	case "^":
		if xor {
			return &QValue{e: v.e, q: l.q.Combine(r.q, query.XOR)}, nil
		}
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
		case *Expr:
			// An expression child (Q(Exists(...))).
			qs = append(qs, &query.Q{Connector: query.AND, Children: []any{x.expr}})
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

// Expr is a query expression: F("name"), Value(1), arithmetic on them, an
// aggregate, a database function, Case/When, Subquery/Exists, OrderBy.
type Expr struct {
	e    *Env
	expr query.Expression
	// name is the source field name of an aggregate (for its default
	// alias "price__avg").
	name string
	// extra is the **extra of a Func, for its repr (sorted keys).
	extra []exprExtra
	// rawParams are RawSQL's params as given, for its repr.
	rawParams python.Value
}

type exprExtra struct {
	key   string
	value string
}

// Type is the expression class name.
func (x *Expr) Type() string { return exprClassName(x.expr) }

// exprClassName is the Django class of an expression.
func exprClassName(ex query.Expression) string {
	switch v := ex.(type) {
	case *query.F:
		return "F"
	case *query.Value:
		return "Value"
	case *query.Aggregate:
		if v.ClassName != "" {
			return v.ClassName
		}
		return v.Name
	case *query.RawSQL:
		return "RawSQL"
	case *query.Func:
		return v.Class.Name
	case *query.Case:
		return "Case"
	case *query.When:
		return "When"
	case *query.Subquery:
		return "Subquery"
	case *query.Exists:
		return "Exists"
	case *query.OrderBy:
		return "OrderBy"
	case *query.ExpressionWrapper:
		if v.Negated {
			return "NegatedExpression"
		}
		return "ExpressionWrapper"
	case *query.Sliced:
		return "Sliced"
	case *query.KeyTransform:
		if v.Text {
			return "KeyTextTransform"
		}
		return "KeyTransform"
	case *query.Cast:
		return "Cast"
	case *query.OuterRef:
		return "OuterRef"
	case *query.Col:
		return "Col"
	case *query.Ref:
		return "Ref"
	case *query.QExpr:
		return "Q"
	case *query.Window:
		return "Window"
	}
	return "CombinedExpression"
}

// Class is the expression class.
func (x *Expr) Class() *python.Class {
	if a, ok := x.expr.(*query.Aggregate); ok && a.Host != nil {
		return a.Host.(*python.Class)
	}
	if f, ok := x.expr.(*query.Func); ok && f.Class.Host != nil {
		if c, ok := f.Class.Host.(*python.Class); ok {
			return c
		}
	}
	if c := x.e.exprClasses[x.Type()]; c != nil {
		return c
	}
	return x.e.fClass
}

// Repr follows Django's reprs: F(name), Value(1), Count(F(id)),
// <CombinedExpression: F(a) + Value(1)>, <Case: CASE WHEN ... ELSE ...>.
func (x *Expr) Repr(th *python.Thread) (string, error) {
	if r, ok := x.expr.(*query.RawSQL); ok {
		// RawSQL(sql, params).
		return "RawSQL(" + r.Text + ", " + reprOr(th, x.rawParams) + ")", nil
	}
	return x.e.exprRepr(th, x.expr, x.extra)
}

// Str is str(expression): as the repr, except for the classes whose
// __str__ differs (CombinedExpression, Case, When).
func (x *Expr) Str(th *python.Thread) (string, error) {
	return x.e.exprStr(th, x.expr, x.extra)
}

func (e *Env) exprRepr(th *python.Thread, ex query.Expression, extra []exprExtra) (string, error) {
	switch v := ex.(type) {
	case *query.Combined, *query.Case, *query.When, *query.Window:
		s, err := e.exprStr(th, v, extra)
		return "<" + exprClassName(v) + ": " + s + ">", err
	case *query.Subquery, *query.Exists:
		return "<django.db.models.expressions." + exprClassName(v) + " object>", nil
	case *query.DatabaseDefault:
		// object.__repr__, its address left out.
		return "<django.db.models.expressions.DatabaseDefault object>", nil
	}
	return e.exprStr(th, ex, extra)
}

// exprStr is str(expression) (Expression.__str__ falls back to
// __repr__; Func.__repr__ joins str() of its arguments).
func (e *Env) exprStr(th *python.Thread, ex query.Expression, extra []exprExtra) (string, error) {
	switch v := ex.(type) {
	case *query.F:
		return "F(" + v.Name + ")", nil
	case *query.OuterRef:
		if v.Nested != nil {
			s, err := e.exprStr(th, v.Nested, nil)
			return "OuterRef(" + s + ")", err
		}
		return "OuterRef(" + v.Name + ")", nil
	case *query.Value:
		show := python.Str
		if e.Features.ValueReprQuoted {
			show = python.Repr
		}
		r, err := show(th, e.toPy(v.V))
		return "Value(" + r + ")", err
	case *query.Combined:
		l, err := e.exprStr(th, v.LHS, nil)
		if err != nil {
			return "", err
		}
		r, err := e.exprStr(th, v.RHS, nil)
		if err != nil {
			return "", err
		}
		op := v.Op
		switch op {
		case "^":
			op = "^"
		case "%%":
			op = "%%"
		}
		return l + " " + op + " " + r, nil
	case *query.Aggregate:
		var args string
		if v.Star {
			args = "'*'"
		} else {
			s, err := e.exprStr(th, v.Source, nil)
			if err != nil {
				return "", err
			}
			args = s
		}
		if v.Distinct {
			args += ", distinct=True"
		}
		sample := ""
		switch v.Function {
		case "STDDEV_SAMP", "VAR_SAMP":
			sample = ", sample=True"
		case "STDDEV_POP", "VAR_POP":
			sample = ", sample=False"
		}
		filter := ""
		if v.Filter != nil {
			filter = v.Filter.String(func(x any) string {
				r, err := python.Repr(th, e.toPyFilterValue(x))
				if err != nil {
					return "?"
				}
				return r
			})
		}
		if v.ClassName != "" {
			// Func.__repr__: **extra and the repr options, sorted.
			opts := append([]exprExtra(nil), extra...)
			if v.Distinct {
				opts = append(opts, exprExtra{"distinct", "True"})
			}
			if filter != "" {
				opts = append(opts, exprExtra{"filter", filter})
			}
			sort.SliceStable(opts, func(i, j int) bool { return opts[i].key < opts[j].key })
			args = strings.TrimSuffix(args, ", distinct=True")
			for _, o := range opts {
				args += ", " + o.key + "=" + o.value
			}
			return v.ClassName + "(" + args + ")", nil
		}
		if filter != "" {
			args += ", filter=" + filter
		}
		return v.Name + "(" + args + sample + ")", nil
	case *query.Func:
		parts := make([]string, 0, len(v.Sources))
		for _, s := range v.Sources {
			r, err := e.exprStr(th, s, nil)
			if err != nil {
				return "", err
			}
			parts = append(parts, r)
		}
		out := v.Class.Name + "(" + strings.Join(parts, ", ")
		for _, x := range extra {
			out += ", " + x.key + "=" + x.value
		}
		return out + ")", nil
	case *query.Cast:
		s, err := e.exprStr(th, v.Source, nil)
		return "Cast(" + s + ")", err
	case *query.ExpressionWrapper:
		s, err := e.exprStr(th, v.Expr, nil)
		return exprClassName(v) + "(" + s + ")", err
	case *query.KeyTransform:
		s, err := e.exprStr(th, v.Source, nil)
		return exprClassName(v) + "(" + s + ")", err
	case *query.Sliced:
		// Sliced(F(name), slice(1, 5, None)).
		obj, err := e.exprStr(th, v.Obj, nil)
		stop := "None"
		if v.Length != nil {
			stop = strconv.FormatInt(v.Start-1+*v.Length, 10)
		}
		return "Sliced(" + obj + ", slice(" + strconv.FormatInt(v.Start-1, 10) + ", " + stop + ", None))", err
	case *query.OrderBy:
		s, err := e.exprStr(th, v.Expr, nil)
		desc := "False"
		if v.Descending {
			desc = "True"
		}
		return "OrderBy(" + s + ", descending=" + desc + ")", err
	case *query.When:
		var cond string
		switch c := v.Condition.(type) {
		case *query.Q:
			r, err := (&QValue{e: e, q: c}).Repr(th)
			if err != nil {
				return "", err
			}
			cond = r
		case query.Expression:
			r, err := e.exprRepr(th, c, nil)
			if err != nil {
				return "", err
			}
			cond = r
		}
		res, err := e.exprRepr(th, v.Result, nil)
		return "WHEN " + cond + " THEN " + res, err
	case *query.Case:
		var cases []string
		for _, w := range v.Cases {
			s, err := e.exprStr(th, w, nil)
			if err != nil {
				return "", err
			}
			cases = append(cases, s)
		}
		d, err := e.exprRepr(th, v.Default, nil)
		return "CASE " + strings.Join(cases, ", ") + ", ELSE " + d, err
	case *query.QExpr:
		return (&QValue{e: e, q: v.Q}).Repr(th)
	case *query.Window:
		var err error
		s := query.WindowString(v, func(x query.Expression) string {
			r, xerr := e.exprStr(th, x, nil)
			if xerr != nil && err == nil {
				err = xerr
			}
			return r
		})
		return s, err
	case *query.Col:
		return "Col(" + v.Alias + ", " + v.Target.String() + ")", nil
	}
	return e.exprRepr(th, ex, extra)
}

// Binary implements arithmetic (F("n") + 1) and, for conditional
// expressions, & and | as Q(self) & Q(other) (Combinable.__and__).
func (x *Expr) Binary(th *python.Thread, op python.BinaryOp, y python.Value, side python.Side) (python.Value, error) {
	sym := op.String()
	switch sym {
	case "+", "-", "*", "/", "%", "**", "&", "|":
	default:
		return python.NotImplemented, nil
	}
	if sym == "&" || sym == "|" {
		other, ok := y.(*Expr)
		if ok && query.IsConditional(x.expr) && query.IsConditional(other.expr) {
			l, r := x.expr, other.expr
			if side == python.Right {
				l, r = r, l
			}
			lq := &query.Q{Connector: query.AND, Children: []any{l}}
			rq := &query.Q{Connector: query.AND, Children: []any{r}}
			conn := query.AND
			if sym == "|" {
				conn = query.OR
			}
			return &QValue{e: x.e, q: lq.Combine(rq, conn)}, nil
		}
		if _, isQ := y.(*QValue); isQ {
			return python.NotImplemented, nil
		}
		if x.e.Features.BitwiseHintNamesBitxor {
			return nil, python.NewError(python.NotImplementedError, "Use .bitand(), .bitor(), and .bitxor() for bitwise logical operations.")
		}
		return nil, python.NewError(python.NotImplementedError, "Use .bitand() and .bitor() for bitwise logical operations.")
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

// Unary implements -F("n") as F("n") * -1, ~Exists(...) and, with
// features.ExpressionInversion, ~expression as a NegatedExpression (whose
// own inversion is its expression).
func (x *Expr) Unary(th *python.Thread, op python.UnaryOp) (python.Value, error) {
	switch op {
	case python.UMinus:
		return &Expr{e: x.e, expr: &query.Combined{LHS: x.expr, RHS: &query.Value{V: int64(-1)}, Op: "*"}}, nil
	case python.UInvert:
		switch ex := x.expr.(type) {
		case *query.Exists:
			return &Expr{e: x.e, expr: &query.Exists{Query: ex.Query, Negated: !ex.Negated}}, nil
		case *query.ExpressionWrapper:
			if ex.Negated {
				return &Expr{e: x.e, expr: ex.Expr}, nil
			}
		}
		if x.e.Features.ExpressionInversion {
			return &Expr{e: x.e, expr: &query.ExpressionWrapper{Expr: x.expr, Field: &schema.Field{Kind: schema.BooleanField}, Negated: true}}, nil
		}
	}
	return python.NotImplemented, nil
}

// sourceExpressions is get_source_expressions(): an aggregate's also
// lists its filter (always with features.AggregateSourcesListFilter, then
// its order_by with features.AggregateOrderBy).
func (x *Expr) sourceExpressions() *python.List {
	var out []python.Value
	agg, isAgg := x.expr.(*query.Aggregate)
	for _, s := range query.SourceExpressions(x.expr) {
		if _, star := s.(query.Star); star {
			out = append(out, python.String("*"))
			continue
		}
		out = append(out, &Expr{e: x.e, expr: s})
	}
	if isAgg {
		switch {
		case agg.Filter != nil && x.e.Features.AggregateOrderBy:
			q := &QValue{e: x.e, q: agg.Filter}
			out = append(out, aggregateFilter("AggregateFilter("+q.str(x.e.Th)+")"))
		case agg.Filter != nil:
			out = append(out, &QValue{e: x.e, q: agg.Filter})
		case x.e.Features.AggregateSourcesListFilter:
			out = append(out, python.None)
		}
		if x.e.Features.AggregateOrderBy {
			out = append(out, python.None)
		}
	}
	return python.NewList(out)
}

// aggregateFilter is Django 6.0's AggregateFilter as get_source_expressions()
// shows it, by its repr.
type aggregateFilter string

func (a aggregateFilter) Type() string                           { return "AggregateFilter" }
func (a aggregateFilter) Repr(th *python.Thread) (string, error) { return string(a), nil }

// GetItem is F.__getitem__ (features.FSlicing): F("name")[1:5] is a
// Sliced expression.
func (x *Expr) GetItem(th *python.Thread, key python.Value) (python.Value, error) {
	switch x.expr.(type) {
	case *query.F, *query.OuterRef, *query.Sliced:
		if x.e.Features.FSlicing {
			return x.sliced(key)
		}
	}
	return nil, python.NewError(python.TypeError, "'%s' object is not subscriptable", x.Type())
}

// sliced is Sliced(self, subscript).
func (x *Expr) sliced(sub python.Value) (python.Value, error) {
	var name string
	switch f := x.expr.(type) {
	case *query.F:
		name = f.Name
	case *query.OuterRef:
		name = f.Name
	case *query.Sliced:
		name = f.Name
	}
	s := &query.Sliced{Obj: x.expr, Name: name}
	negative := python.NewError(python.ValueError, "Negative indexing is not supported.")
	switch k := sub.(type) {
	case python.Int, python.Bool:
		i, _ := python.AsInt64(k)
		if i < 0 {
			return nil, negative
		}
		one := int64(1)
		s.Start, s.Length = i+1, &one
	case *python.Slice:
		start, okStart := k.Start.(python.Int)
		stop, okStop := k.Stop.(python.Int)
		if okStart && start.Sign() < 0 || okStop && stop.Sign() < 0 {
			return nil, negative
		}
		if k.Step != python.None {
			return nil, python.NewError(python.ValueError, "Step argument is not supported.")
		}
		var a, b int64
		if okStart {
			a, _ = python.AsInt64(start)
		}
		if okStop {
			b, _ = python.AsInt64(stop)
		}
		if a != 0 && b != 0 && b < a {
			return nil, python.NewError(python.ValueError, "Slice stop must be greater than slice start.")
		}
		s.Start = a + 1
		if okStop {
			n := b - a
			s.Length = &n
		}
	default:
		return nil, python.NewError(python.TypeError, "Argument to slice must be either int or slice instance.")
	}
	return &Expr{e: x.e, expr: s}, nil
}

// Attr exposes name (F), the expression methods users call (asc, desc,
// resolve_expression is not offered) and a few attributes.
func (x *Expr) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "name":
		switch f := x.expr.(type) {
		case *query.F:
			return python.String(f.Name), nil
		case *query.OuterRef:
			return python.String(f.Name), nil
		}
	case "asc", "desc":
		if _, ok := x.expr.(*query.OrderBy); ok {
			// OrderBy.asc()/desc() set the direction in place.
			return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
				if err := python.UnpackArgs(name, args, kw); err != nil {
					return nil, err
				}
				x.expr.(*query.OrderBy).Descending = name == "desc"
				return python.None, nil
			}), nil
		}
		return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return x.e.orderBy(th, x.expr, name == "desc", args, kw)
		}), nil
	case "bitand", "bitor", "bitxor", "bitleftshift", "bitrightshift":
		// Combinable's bitwise methods: a CombinedExpression with the
		// connector ('#' is BITXOR, BITXOR(...) on SQLite).
		connector := map[string]string{"bitand": "&", "bitor": "|", "bitxor": "#", "bitleftshift": "<<", "bitrightshift": ">>"}[name]
		return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var other python.Value
			if err := python.UnpackArgs(name, args, kw, "other", &other); err != nil {
				return nil, err
			}
			rhs, err := x.e.asExpression(other)
			if err != nil {
				return nil, err
			}
			return &Expr{e: x.e, expr: &query.Combined{LHS: x.expr, RHS: rhs, Op: connector}}, nil
		}), nil
	case "descending", "nulls_first", "nulls_last":
		if o, ok := x.expr.(*query.OrderBy); ok {
			switch name {
			case "descending":
				return python.Bool(o.Descending), nil
			case "nulls_first":
				return python.Bool(o.NullsFirst), nil
			}
			return python.Bool(o.NullsLast), nil
		}
	case "reverse_ordering":
		if o, ok := x.expr.(*query.OrderBy); ok {
			return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
				if err := python.UnpackArgs(name, args, kw); err != nil {
					return nil, err
				}
				*o = *o.Reversed()
				return x, nil
			}), nil
		}
	case "expression":
		switch v := x.expr.(type) {
		case *query.OrderBy:
			return &Expr{e: x.e, expr: v.Expr}, nil
		case *query.ExpressionWrapper:
			return &Expr{e: x.e, expr: v.Expr}, nil
		}
	case "negated":
		if ex, ok := x.expr.(*query.Exists); ok {
			return python.Bool(ex.Negated), nil
		}
	case "value":
		if v, ok := x.expr.(*query.Value); ok {
			return x.e.toPy(v.V), nil
		}
	case "function":
		if f, ok := x.expr.(*query.Func); ok {
			if fn, ok := f.Extra["function"]; ok {
				return python.String(fn), nil
			}
			if f.Class.Function == "" {
				return python.None, nil
			}
			return python.String(f.Class.Function), nil
		}
	case "source_expressions":
		if f, ok := x.expr.(*query.Func); ok {
			out := make([]python.Value, len(f.Sources))
			for i, s := range f.Sources {
				out[i] = &Expr{e: x.e, expr: s}
			}
			return python.NewList(out), nil
		}
	case "cases":
		if c, ok := x.expr.(*query.Case); ok {
			out := make([]python.Value, len(c.Cases))
			for i, w := range c.Cases {
				out[i] = &Expr{e: x.e, expr: w}
			}
			return python.NewList(out), nil
		}
	case "default":
		if c, ok := x.expr.(*query.Case); ok {
			return &Expr{e: x.e, expr: c.Default}, nil
		}
	case "result":
		if w, ok := x.expr.(*query.When); ok {
			return &Expr{e: x.e, expr: w.Result}, nil
		}
	case "condition":
		if w, ok := x.expr.(*query.When); ok {
			switch c := w.Condition.(type) {
			case *query.Q:
				return &QValue{e: x.e, q: c}, nil
			case query.Expression:
				return &Expr{e: x.e, expr: c}, nil
			}
		}
	case "conditional":
		return python.Bool(query.IsConditional(x.expr)), nil
	case "get_source_expressions":
		switch x.expr.(type) {
		case *query.F, *query.OuterRef, *query.Sliced:
			// F is Combinable, not an Expression.
			return nil, nil
		}
		return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if err := python.UnpackArgs(name, args, kw); err != nil {
				return nil, err
			}
			return x.sourceExpressions(), nil
		}), nil
	case "contains_aggregate":
		return python.Bool(query.ContainsAggregate(x.expr)), nil
	case "output_field":
		return x.e.outputFieldValue(x.expr)
	case "lookup_name":
		if f, ok := x.expr.(*query.Func); ok && f.Kind != "" {
			return python.String(f.Kind), nil
		}
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (x *Expr) AttrNames() []string {
	return []string{"asc", "conditional", "contains_aggregate", "desc", "name", "output_field"}
}

// orderBy is Expression.asc()/desc() and F.asc()/desc(): OrderBy(self,
// descending=..., nulls_first=..., nulls_last=...).
func (e *Env) orderBy(th *python.Thread, ex query.Expression, desc bool, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	nullsFirst, nullsLast := false, false
	if len(args) > 0 {
		return nil, python.NewError(python.TypeError, "OrderBy.__init__() takes from 2 to 3 positional arguments but %d were given", len(args)+2)
	}
	for _, k := range kw {
		switch k.Name {
		case "nulls_first":
			nullsFirst, _ = python.Truth(th, k.Value)
		case "nulls_last":
			nullsLast, _ = python.Truth(th, k.Value)
		case "descending":
			return nil, python.NewError(python.TypeError, "OrderBy.__init__() got multiple values for keyword argument 'descending'")
		default:
			return nil, python.UnexpectedKeyword(th, "OrderBy.__init__", k.Name, "self", "expression", "descending", "nulls_first", "nulls_last")
		}
	}
	o, err := query.NewOrderBy(ex, desc, nullsFirst, nullsLast)
	if err != nil {
		return nil, e.pyErr(err)
	}
	return &Expr{e: e, expr: o}, nil
}

// outputFieldValue is expression.output_field: the field (a field object
// of its class), or Django's FieldError.
func (e *Env) outputFieldValue(ex query.Expression) (python.Value, error) {
	f := ex.Output()
	if f == nil {
		return nil, python.NewError(e.excs.fieldError, "Cannot resolve expression type, unknown output_field")
	}
	if fv, ok := f.Host.(python.Value); ok {
		return fv, nil
	}
	return &Field{e: e, f: f, cls: e.fieldClasses[f.Kind]}, nil
}

// parseExpression is BaseExpression._parse_expressions for one argument:
// an expression as it is, a string as F(name), a Q object as a condition,
// a queryset as its query, anything else as Value(v).
func (e *Env) parseExpression(v python.Value) query.Expression {
	switch x := v.(type) {
	case *Expr:
		return x.expr
	case python.String:
		return &query.F{Name: string(x)}
	case *QValue:
		return &query.QExpr{Q: x.q}
	}
	if qs, _, ok := querySetOf(v); ok {
		return &query.Subquery{Query: qs.Query}
	}
	return &query.Value{V: e.toGoStore(v)}
}

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
		function := fn
		var src python.Value
		distinct := false
		var filter python.Value = python.None
		var outputField python.Value = python.None
		if name == "StdDev" || name == "Variance" {
			// StdDev(expression, sample=False, **extra), Variance(...).
			sample := false
			var rest []python.Kwarg
			for _, k := range kw {
				if k.Name == "sample" {
					sample, _ = python.Truth(th, k.Value)
					continue
				}
				rest = append(rest, k)
			}
			if len(args) > 1 {
				sample, _ = python.Truth(th, args[1])
				args = args[:1]
			}
			kw = rest
			switch {
			case name == "StdDev" && sample:
				function = "STDDEV_SAMP"
			case name == "StdDev":
				function = "STDDEV_POP"
			case sample:
				function = "VAR_SAMP"
			default:
				function = "VAR_POP"
			}
		}
		if len(args) == 0 && !hasKwarg(kw, "expression") {
			// Python's message for a def (Aggregate.__init__ or Count's).
			return nil, python.NewError(python.TypeError, "%s.__init__() missing 1 required positional argument: 'expression'", name)
		}
		var def python.Value = python.None
		if e.Features.AggregateDefault {
			if err := python.UnpackArgs(name, args, kw, "expression", &src, "distinct?", &distinct, "filter?", &filter, "default?", &def, "output_field?", &outputField); err != nil {
				return nil, err
			}
		} else {
			// Django 3.2 takes default= as one of **extra, which
			// changes nothing.
			var rest []python.Kwarg
			for _, k := range kw {
				if k.Name != "default" {
					rest = append(rest, k)
				}
			}
			if err := python.UnpackArgs(name, args, rest, "expression", &src, "distinct?", &distinct, "filter?", &filter, "output_field?", &outputField); err != nil {
				return nil, err
			}
		}
		agg := &query.Aggregate{Function: function, Name: name, Distinct: distinct}
		if def != python.None {
			// Count's empty_result_set_value is 0.
			if function == "COUNT" {
				return nil, python.NewError(python.TypeError, "%s does not allow default.", name)
			}
			if d, ok := def.(*Expr); ok {
				agg.Default = d.expr
			} else {
				agg.Default = e.toGo(def)
			}
		}
		if function == "COUNT" {
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
			switch src := s.expr.(type) {
			case *query.F:
				x.name = src.Name
			case *query.Aggregate:
				// default_alias takes the source's name attribute,
				// which aggregates have: Sum(Count('x')) is
				// "Count__sum".
				x.name = src.Name
			default:
				// For "Cannot compute Max('<CombinedExpression: ...>')".
				if r, err := e.exprRepr(th, s.expr, s.extra); err == nil {
					agg.SourceRepr = r
				}
			}
		default:
			return nil, python.NewError(python.TypeError, "%s() expects a field name or an expression, not '%s'", name, src.Type())
		}
		// Count, Sum and Avg have allow_distinct.
		if distinct && function != "COUNT" && function != "SUM" && function != "AVG" {
			return nil, python.NewError(python.TypeError, "%s does not allow distinct.", name)
		}
		return x, nil
	}
}

// aggregateArgs reads annotate() arguments: positional aggregates get
// their default alias ("price__avg") and come first, then the keywords.
func (e *Env) aggregateArgs(method string, args python.Tuple, kw []python.Kwarg) ([]string, []query.Expression, error) {
	var aliases []string
	var exprs []query.Expression
	values := append([]python.Value(nil), args...)
	for _, k := range kw {
		values = append(values, k.Value)
	}
	if err := e.validateExpressions(method, values); err != nil {
		return nil, nil, err
	}
	for _, a := range args {
		x, ok := a.(*Expr)
		if !ok {
			// A Q object: an expression without default_alias.
			if method == "aggregate" {
				return nil, nil, python.NewError(python.TypeError, "Complex aggregates require an alias")
			}
			if e.Features.AnnotateAliasCatchesAttributeError {
				return nil, nil, python.NewError(python.TypeError, "Complex annotations require an alias")
			}
			return nil, nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'default_alias'", a.Type())
		}
		agg, isAgg := x.expr.(*query.Aggregate)
		// default_alias needs a single named source (a filter= counts as
		// a second source expression).
		if method == "aggregate" && (!isAgg || x.name == "" || x.name == "*" || agg.Filter != nil || agg.Name == "") {
			return nil, nil, python.NewError(python.TypeError, "Complex aggregates require an alias")
		}
		if !isAgg {
			// Only aggregates have a default_alias.
			if e.Features.AnnotateAliasCatchesAttributeError {
				return nil, nil, python.NewError(python.TypeError, "Complex annotations require an alias")
			}
			return nil, nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'default_alias'", x.Type())
		}
		if x.name == "" || x.name == "*" || agg.Filter != nil || agg.Name == "" {
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

// hasKwarg reports whether a keyword argument of that name was given.
func hasKwarg(kw []python.Kwarg, name string) bool {
	for _, k := range kw {
		if k.Name == name {
			return true
		}
	}
	return false
}

// validateExpressions is QuerySet._validate_values_are_expressions: the
// str() of every value that is no expression, sorted, in one TypeError
// "QuerySet.annotate() received non-expression(s): 1, pages.".
func (e *Env) validateExpressions(method string, values []python.Value) error {
	var invalid []string
	for _, v := range values {
		switch v.(type) {
		case *Expr, *QValue:
			continue
		}
		s, err := python.Str(e.Th, v)
		if err != nil {
			return err
		}
		invalid = append(invalid, s)
	}
	if invalid == nil {
		return nil
	}
	sort.Strings(invalid)
	return python.NewError(python.TypeError, "QuerySet.%s() received non-expression(s): %s.", method, strings.Join(invalid, ", "))
}

// namedExprs reads alias=expression keyword arguments.
func (e *Env) namedExprs(method string, kw []python.Kwarg) ([]string, []query.Expression, error) {
	var aliases []string
	var exprs []query.Expression
	for _, k := range kw {
		x, ok := k.Value.(*Expr)
		if !ok {
			if err := e.validateExpressions(method, []python.Value{k.Value}); err != nil {
				return nil, nil, err
			}
			// A Q object resolves to a WhereNode, which is no aggregate
			// and cannot be selected in Django 3.2.
			if method == "aggregate" {
				return nil, nil, python.NewError(python.TypeError, "%s is not an aggregate expression", k.Name)
			}
			if _, isQ := k.Value.(*QValue); isQ && e.Features.QAnnotations {
				// Its WhereNode has a BooleanField output field.
				aliases = append(aliases, k.Name)
				exprs = append(exprs, &query.ExpressionWrapper{Expr: e.parseExpression(k.Value), Field: &schema.Field{Kind: schema.BooleanField}})
				continue
			}
			return nil, nil, python.NewError(python.AttributeError, "'WhereNode' object has no attribute 'select_format'")
		}
		aliases = append(aliases, k.Name)
		exprs = append(exprs, x.expr)
	}
	return aliases, exprs, nil
}

// IndexValue is models.Index(fields=[...], name=...).
type IndexValue struct {
	ix *schema.Index
	// lists is IndexReprLists.
	lists bool
}

// Type is "Index".
func (v *IndexValue) Type() string { return "Index" }

// Repr is Index.__repr__: in Django 3.2 "<Index: fields='a, -b'>" (the
// name is not shown); later "<Index: fields=['a', '-b'] name='...'>"
// (IndexReprLists).
func (v *IndexValue) Repr(th *python.Thread) (string, error) {
	if !v.lists {
		return "<Index: fields='" + strings.Join(v.ix.Fields, ", ") + "'>", nil
	}
	s := "<Index:"
	if len(v.ix.Fields) > 0 {
		q := make([]string, len(v.ix.Fields))
		for i, f := range v.ix.Fields {
			q[i] = strRepr(f)
		}
		s += " fields=[" + strings.Join(q, ", ") + "]"
	}
	if v.ix.Name != "" {
		s += " name=" + strRepr(v.ix.Name)
	}
	return s + ">", nil
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
	return &IndexValue{ix: &schema.Index{Fields: names, Name: name}, lists: e.Features.IndexReprLists}, nil
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

// strRepr is repr() of a str.
func strRepr(s string) string {
	r, _ := python.String(s).Repr(nil)
	return r
}
