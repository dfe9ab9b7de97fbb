package query

import "github.com/ormfiddle/ormfiddle/engine/schema"

// Sliced is django.db.models.expressions.Sliced, F("name")[1:5] (Django
// 5.1): the field named Name, of Obj (an F, an OuterRef or another
// Sliced), from the 1-based position Start, Length characters long (to
// the end when Length is nil), as the field's slice_expression makes it:
// Substr for a CharField or TextField.
type Sliced struct {
	Obj    Expression
	Name   string
	Start  int64
	Length *int64
}

func (s *Sliced) SQL(*Compiler) (string, []any, error) {
	return "", nil, &ValueError{"F(" + s.Name + ") used before it was resolved"}
}

// Resolve is Sliced.resolve_expression.
func (s *Sliced) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	resolved, err := q.resolveRef(s.Name, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	expr := resolved
	switch s.Obj.(type) {
	case *OuterRef, *Sliced:
		if expr, err = s.Obj.Resolve(q, allowJoins, reuse, summarize); err != nil {
			return nil, err
		}
	}
	f := resolved.Output()
	if f == nil || !(f.IsInstance(schema.CharField) || f.IsInstance(schema.TextField)) {
		return nil, &NotSupportedError{"This field does not support slicing."}
	}
	args := []Expression{expr, &Value{V: s.Start}}
	if s.Length != nil {
		args = append(args, &Value{V: *s.Length})
	}
	return NewFunc("Substr", args...).Resolve(q, allowJoins, reuse, summarize)
}

func (s *Sliced) Output() *schema.Field                { return nil }
func (s *Sliced) relabel(map[string]string) Expression { return s }

// negatedSQL is NegatedExpression.as_sql: NOT expr, or where the backend
// cannot take the expression bare (features.BooleanExactCompares: a
// column), CASE WHEN expr = 0 THEN 1 ELSE 0 END.
func negatedSQL(c *Compiler, w *ExpressionWrapper, sql string) string {
	if !conditionalInWhere(c, w.Expr) {
		return "CASE WHEN " + sql + " = 0 THEN 1 ELSE 0 END"
	}
	return "NOT " + sql
}
