package query

import (
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// When is django.db.models.When: WHEN condition THEN result, a branch of a
// Case. Condition is a *Q before resolution (then a *WhereNode) or a
// conditional expression (Exists, a boolean field).
type When struct {
	Condition any
	Result    Expression
}

// SQL is When.as_sql.
func (w *When) SQL(c *Compiler) (string, []any, error) {
	cs, cp, err := c.Compile(w.Condition)
	if err != nil {
		return "", nil, err
	}
	rs, rp, err := c.Compile(w.Result)
	if err != nil {
		return "", nil, err
	}
	return "WHEN " + cs + " THEN " + rs, append(cp, rp...), nil
}

// Resolve is When.resolve_expression: a Q condition is built into a where
// node whose joins are promoted to LEFT OUTER (Q.resolve_expression); a
// where node resolved again is marked resolved (it is then parenthesised,
// as Django's WhereNode.resolved does).
func (w *When) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	n := &When{Condition: w.Condition}
	switch c := w.Condition.(type) {
	case *Q:
		clause, joins, err := q.addQ(c, reuse, false, false, allowJoins, false)
		if err != nil {
			return nil, err
		}
		q.promoteJoins(joins)
		n.Condition = clause
	case *WhereNode:
		r := c.clone()
		if err := r.resolveExpressions(q, allowJoins, reuse); err != nil {
			return nil, err
		}
		r.Resolved = true
		n.Condition = r
	case Expression:
		r, err := c.Resolve(q, allowJoins, reuse, summarize)
		if err != nil {
			return nil, err
		}
		n.Condition = r
	}
	r, err := w.Result.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	n.Result = r
	return n, nil
}

// Output is the result's output field.
func (w *When) Output() *schema.Field { return w.Result.Output() }

func (w *When) relabel(m map[string]string) Expression {
	n := &When{Condition: w.Condition, Result: w.Result.relabel(m)}
	switch c := w.Condition.(type) {
	case *WhereNode:
		n.Condition = c.relabel(m)
	case Expression:
		n.Condition = c.relabel(m)
	}
	return n
}

// Case is django.db.models.Case: CASE WHEN ... THEN ... ELSE default END.
type Case struct {
	Cases   []*When
	Default Expression
	Field   *schema.Field // output_field
	// Extra holds **extra (a "template" key replaces the template).
	Extra     map[string]string
	IsSummary bool
}

// SQL is Case.as_sql: with no branches (or none that can match) the
// default alone.
func (e *Case) SQL(c *Compiler) (string, []any, error) {
	s, p, err := e.caseSQL(c)
	if err == nil && c.Query.features().DecimalCastValueCaseWrapper {
		// Case is a SQLiteNumericMixin.
		s = sqliteNumeric(c, e, s)
	}
	return s, p, err
}

func (e *Case) caseSQL(c *Compiler) (string, []any, error) {
	if len(e.Cases) == 0 {
		return c.Compile(e.Default)
	}
	var parts []string
	var params []any
	for _, w := range e.Cases {
		s, p, err := c.Compile(w)
		if err == ErrEmptyResult {
			continue
		}
		if err != nil {
			return "", nil, err
		}
		parts = append(parts, s)
		params = append(params, p...)
	}
	if len(parts) == 0 {
		if v, ok := e.Default.(*Value); ok && v.Output() != nil && c.Query.features().CaseDefaultValueCast {
			// Every branch is empty: the default Value cast to its
			// output field.
			return c.Compile(&Cast{Source: v, Field: v.Output()})
		}
		return c.Compile(e.Default)
	}
	ds, dp, err := c.Compile(e.Default)
	if err != nil {
		return "", nil, err
	}
	data := map[string]string{}
	for k, v := range e.Extra {
		data[k] = v
	}
	data["cases"] = joinStrings(parts, " ")
	data["default"] = ds
	template := data["template"]
	if template == "" {
		template = "CASE %(cases)s ELSE %(default)s END"
	}
	sql, err := pyFormat(template, data)
	if err != nil {
		return "", nil, err
	}
	return sql, append(params, dp...), nil
}

func joinStrings(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

// Resolve is Case.resolve_expression.
func (e *Case) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	n := &Case{Field: e.Field, Extra: e.Extra, IsSummary: summarize}
	for _, w := range e.Cases {
		r, err := w.Resolve(q, allowJoins, reuse, summarize)
		if err != nil {
			return nil, err
		}
		n.Cases = append(n.Cases, r.(*When))
	}
	d, err := e.Default.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	n.Default = d
	return n, nil
}

// Output is the given output field, or the one the results and the
// default agree on.
func (e *Case) Output() *schema.Field {
	f, _ := e.resolveOutput()
	return f
}

func (e *Case) resolveOutput() (*schema.Field, error) {
	if e.Field != nil {
		return e.Field, nil
	}
	var srcs []Expression
	for _, w := range e.Cases {
		srcs = append(srcs, w.Result)
	}
	srcs = append(srcs, e.Default)
	fields, err := sourceFields(srcs)
	if err != nil {
		return nil, err
	}
	return mixedOutput(fields)
}

func (e *Case) relabel(m map[string]string) Expression {
	n := *e
	n.Cases = make([]*When, len(e.Cases))
	for i, w := range e.Cases {
		n.Cases[i] = w.relabel(m).(*When)
	}
	n.Default = e.Default.relabel(m)
	return &n
}

// markResolved is what Lookup.process_lhs's resolve_expression does to a
// Case's conditions: a where node resolved a second time is marked
// resolved, so that it is parenthesised.
func markResolved(e Expression) Expression {
	switch x := e.(type) {
	case *When:
		n := &When{Condition: x.Condition, Result: markResolved(x.Result)}
		if w, ok := x.Condition.(*WhereNode); ok {
			c := w.clone()
			c.Resolved = true
			n.Condition = c
		}
		return n
	case *Case:
		n := *x
		n.Cases = make([]*When, len(x.Cases))
		for i, w := range x.Cases {
			n.Cases[i] = markResolved(w).(*When)
		}
		n.Default = markResolved(x.Default)
		return &n
	}
	srcs := sourceExpressions(e)
	if len(srcs) == 0 {
		return e
	}
	changed := false
	out := make([]Expression, len(srcs))
	for i, s := range srcs {
		out[i] = markResolved(s)
		if out[i] != s {
			changed = true
		}
	}
	if !changed {
		return e
	}
	return withSources(e, out)
}
