package query

import (
	"github.com/ormfiddle/ormfiddle/engine/internal/lazyre"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// OrderBy is django.db.models.expressions.OrderBy: an expression with a
// direction and, optionally, where NULLs go. F("x").desc() and
// Lower("x").asc() make one; order_by() and Meta.ordering accept them next
// to field names.
type OrderBy struct {
	Expr                  Expression
	Descending            bool
	NullsFirst, NullsLast bool
}

// NewOrderBy is OrderBy(expression, descending, nulls_first, nulls_last);
// the error is Django's ValueError for both nulls options.
func NewOrderBy(e Expression, descending, nullsFirst, nullsLast bool) (*OrderBy, error) {
	if nullsFirst && nullsLast {
		return nil, &ValueError{"nulls_first and nulls_last are mutually exclusive"}
	}
	return &OrderBy{Expr: e, Descending: descending, NullsFirst: nullsFirst, NullsLast: nullsLast}, nil
}

// SQL is OrderBy.as_sql on SQLite (>= 3.30 supports NULLS FIRST/LAST):
// "expr ASC", "expr DESC NULLS LAST".
func (o *OrderBy) SQL(c *Compiler) (string, []any, error) {
	s, p, err := c.Compile(o.Expr)
	if err != nil {
		return "", nil, err
	}
	s += " " + o.direction()
	switch {
	case o.NullsLast:
		s += " NULLS LAST"
	case o.NullsFirst:
		s += " NULLS FIRST"
	}
	return s, p, nil
}

func (o *OrderBy) direction() string {
	if o.Descending {
		return "DESC"
	}
	return "ASC"
}

// Resolve resolves the ordered expression.
func (o *OrderBy) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	e, err := o.Expr.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	n := *o
	n.Expr = e
	return &n, nil
}

// Output is the ordered expression's.
func (o *OrderBy) Output() *schema.Field { return o.Expr.Output() }

func (o *OrderBy) relabel(m map[string]string) Expression {
	n := *o
	n.Expr = o.Expr.relabel(m)
	return &n
}

// Reversed is a copy with reverse_ordering applied: the direction flips,
// and so does a NULLS FIRST/LAST placement.
func (o *OrderBy) Reversed() *OrderBy {
	n := *o
	n.Descending = !n.Descending
	if n.NullsFirst || n.NullsLast {
		n.NullsFirst, n.NullsLast = !n.NullsFirst, !n.NullsLast
	}
	return &n
}

// Random is django.db.models.functions.Random: RAND() on SQLite (the
// function Django's backend registers).
type Random struct{}

func (Random) SQL(*Compiler) (string, []any, error) { return "RAND()", nil, nil }
func (r Random) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) {
	return r, nil
}
func (Random) Output() *schema.Field                  { return floatField }
func (r Random) relabel(map[string]string) Expression { return r }

// orderingParts is SQLCompiler.ordering_parts: the SQL of an ORDER BY term
// without its direction, for deduplication.
var orderingParts = lazyre.New(`(?s)^(.*)\s(?:ASC|DESC).*`)

func withoutOrdering(sql string) string {
	if m := orderingParts().FindStringSubmatch(sql); m != nil {
		return m[1]
	}
	return sql
}

// asOrderBy is what get_order_by does with an expression given to
// order_by(): a Value is cast to its output field, anything else not an
// OrderBy becomes ascending.
func asOrderBy(e Expression) *OrderBy {
	if v, ok := e.(*Value); ok {
		e = &Cast{Source: v, Field: v.Output()}
	}
	if o, ok := e.(*OrderBy); ok {
		return o
	}
	return &OrderBy{Expr: e}
}
