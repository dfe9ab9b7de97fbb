package django

import (
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"strings"
)

// FrameValue is RowRange(start, end) or ValueRange(start, end), the frame
// argument of a Window.
type FrameValue struct {
	e     *Env
	frame *query.WindowFrame
}

// Type is "RowRange" or "ValueRange".
func (v *FrameValue) Type() string {
	if v.frame.Type == "ROWS" {
		return "RowRange"
	}
	return "ValueRange"
}

// Class is the frame's class.
func (v *FrameValue) Class() *python.Class { return v.e.exprClasses[v.Type()] }

// Repr is WindowFrame.__repr__: "<RowRange: ROWS BETWEEN 1 PRECEDING AND
// CURRENT ROW>".
func (v *FrameValue) Repr(th *python.Thread) (string, error) {
	return "<" + v.Type() + ": " + v.frame.String() + ">", nil
}

// Str is WindowFrame.__str__.
func (v *FrameValue) Str(th *python.Thread) (string, error) { return v.frame.String(), nil }

// buildWindowClasses makes Window, WindowFrame, RowRange and ValueRange
// (django.db.models.expressions).
func (e *Env) buildWindowClasses(expression *python.Class) {
	const mod = "django.db.models.expressions"
	e.exprClass("Window", mod, expression, e.newWindow)
	frame := e.exprClass("WindowFrame", mod, expression, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return nil, python.NewError(python.NotImplementedError, "WindowFrame() is not supported by ormfiddle yet: use RowRange or ValueRange")
	})
	for _, f := range []struct{ name, typ string }{{"RowRange", "ROWS"}, {"ValueRange", "RANGE"}} {
		f := f
		e.exprClass(f.name, mod, frame, func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var start, end python.Value = python.None, python.None
			if err := python.UnpackArgs(f.name+".__init__", args, kw, "start?", &start, "end?", &end); err != nil {
				return nil, err
			}
			fr := &query.WindowFrame{Type: f.typ, AnyRowBounds: e.Features.RowRangeAnyBounds}
			for _, b := range []struct {
				v    python.Value
				dst  **int64
				name string
			}{{start, &fr.Start, "start"}, {end, &fr.End, "end"}} {
				if b.v == python.None {
					continue
				}
				n, ok := numberArg(b.v)
				if !ok {
					return nil, python.NewError(python.NotImplementedError, "%s(%s=%s) is not supported by ormfiddle yet: give an integer or None", f.name, b.name, b.v.Type())
				}
				*b.dst = &n
			}
			return &FrameValue{e: e, frame: fr}, nil
		})
	}
}

// newWindow is Window(expression, partition_by=None, order_by=None,
// frame=None, output_field=None), with its ValueErrors.
func (e *Env) newWindow(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var exV, partV, orderV, frameV, outV python.Value = python.None, python.None, python.None, python.None, python.None
	if err := python.UnpackArgs("Window.__init__", args, kw, "expression?", &exV, "partition_by?", &partV, "order_by?", &orderV, "frame?", &frameV, "output_field?", &outV); err != nil {
		return nil, err
	}
	x, ok := exV.(*Expr)
	if !ok || !query.WindowCompatible(x.expr) {
		return nil, python.NewError(python.ValueError, "Expression '%s' isn't compatible with OVER clauses.", exV.Type())
	}
	w := &query.Window{Source: x.expr}
	if partV != python.None {
		if !isSequence(partV) {
			partV = python.Tuple{partV}
		}
		list, err := e.expressionList(th, partV)
		if err != nil {
			return nil, err
		}
		w.PartitionBy = list
	}
	w.OrderByList = e.Features.WindowOrderByList
	if orderV != python.None && e.Features.WindowOrderByList {
		// OrderByList(*order_by): "-name" is a descending F("name").
		items := python.Tuple{orderV}
		switch {
		case isSequence(orderV):
			items = nil
			if err := python.Iterate(th, orderV, func(v python.Value) error { items = append(items, v); return nil }); err != nil {
				return nil, err
			}
		case isExprArg(orderV):
		default:
			return nil, python.NewError(python.ValueError, "Window.order_by must be either a string reference to a field, an expression, or a list or tuple of them.")
		}
		for _, it := range items {
			if s, ok := it.(python.String); ok && strings.HasPrefix(string(s), "-") {
				o, err := query.NewOrderBy(&query.F{Name: string(s[1:])}, true, false, false)
				if err != nil {
					return nil, e.pyErr(err)
				}
				w.OrderBy = append(w.OrderBy, o)
				continue
			}
			w.OrderBy = append(w.OrderBy, e.parseExpression(it))
		}
	} else if orderV != python.None {
		if isSequence(orderV) {
			list, err := e.expressionList(th, orderV)
			if err != nil {
				return nil, err
			}
			w.OrderBy = list
		} else if o, ok := orderV.(*Expr); ok {
			w.OrderBy = []query.Expression{o.expr}
		} else {
			return nil, python.NewError(python.ValueError, "order_by must be either an Expression or a sequence of expressions.")
		}
	}
	if frameV != python.None {
		f, ok := frameV.(*FrameValue)
		if !ok {
			return nil, python.NewError(python.NotImplementedError, "Window(frame=%s) is not supported by ormfiddle yet: give a RowRange or a ValueRange", frameV.Type())
		}
		w.Frame = f.frame
	}
	field, err := e.outputFieldArg(outV)
	if err != nil {
		return nil, err
	}
	w.Field = field
	return &Expr{e: e, expr: w}, nil
}

// isExprArg is isinstance(v, (BaseExpression, str)).
func isExprArg(v python.Value) bool {
	switch v.(type) {
	case *Expr, python.String:
		return true
	}
	return false
}

// isSequence is isinstance(v, (tuple, list)).
func isSequence(v python.Value) bool {
	switch v.(type) {
	case python.Tuple, *python.List:
		return true
	}
	return false
}

// expressionList is ExpressionList(*items): each item parsed as an
// expression (a string is F(name)).
func (e *Env) expressionList(th *python.Thread, v python.Value) ([]query.Expression, error) {
	var out []query.Expression
	err := python.Iterate(th, v, func(item python.Value) error {
		out = append(out, e.parseExpression(item))
		return nil
	})
	return out, err
}
