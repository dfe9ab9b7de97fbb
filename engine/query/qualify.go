package query

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// qualifySQL is SQLCompiler.get_qualify_sql (Django 4.2): filters on
// window functions run over the query wrapped as a subquery, `SELECT *
// FROM ( inner ) "qualify" WHERE "rn" = 1`, the inner query selecting
// its columns under aliases (and, as qual0, qual1..., the expressions
// the filters need that it does not select, masked again by an outer
// SELECT). The ordering is repeated outside, on the aliases.
func (c *Compiler) qualifySQL(order []orderItem) (string, []any, error) {
	q := c.Query
	inner := q.Clone()
	inner.Subquery = true
	w := NewWhere(AND)
	for _, part := range []*WhereNode{c.where, c.having} {
		if part != nil {
			w.Children = append(w.Children, part)
		}
	}
	inner.Where = w
	sel := &Compiler{Query: q, parent: c.parent}
	if err := sel.getSelect(true); err != nil {
		return "", nil, err
	}
	selectAliases := map[string]bool{}
	for _, s := range sel.Select {
		selectAliases[s.Alias] = true
	}
	type replacement struct {
		expr  Expression
		alias string
	}
	var replacements []replacement
	var qualAliases []string
	find := func(e Expression) (string, bool) {
		for _, r := range replacements {
			if exprEqual(r.expr, e) {
				return r.alias, true
			}
		}
		return "", false
	}
	collect := func(exprs []Expression) {
		for len(exprs) > 0 {
			e := exprs[len(exprs)-1]
			exprs = exprs[:len(exprs)-1]
			if _, done := find(e); done {
				continue
			}
			alias := ""
			for _, s := range sel.Select {
				if exprEqual(s.Expr, e) {
					alias = s.Alias
				}
			}
			if alias != "" {
				replacements = append(replacements, replacement{e, alias})
				continue
			}
			if r, ok := e.(*Ref); ok {
				if !selectAliases[r.Name] {
					exprs = append(exprs, r.Source)
				}
				continue
			}
			if r, ok := e.(*positionRef); ok {
				// A PositionRef is a Ref to its alias.
				if !selectAliases[r.Name] {
					exprs = append(exprs, r.Source)
				}
				continue
			}
			alias = fmt.Sprintf("qual%d", len(qualAliases))
			qualAliases = append(qualAliases, alias)
			if inner.Annotations == nil {
				inner.Annotations = map[string]Expression{}
			}
			inner.Annotations[alias] = e
			inner.AnnotationOrder = append(inner.AnnotationOrder, alias)
			if inner.AnnotationMask != nil {
				inner.AnnotationMask[alias] = true
			}
			if len(inner.Selected) > 0 {
				inner.setSelected(SelectedCol{Name: alias, Index: -1, Annotation: alias})
			}
			replacements = append(replacements, replacement{e, alias})
		}
	}
	// The leaves of the qualify filters are lookups: their sides.
	var leaves func(n *WhereNode)
	leaves = func(n *WhereNode) {
		for _, ch := range n.Children {
			switch x := ch.(type) {
			case *WhereNode:
				leaves(x)
			case *Lookup:
				exprs := []Expression{x.LHS}
				if r, ok := x.RHS.(Expression); ok {
					exprs = append(exprs, r)
				}
				collect(exprs)
			}
		}
	}
	leaves(c.qualify)
	replace := func(e Expression) Expression {
		return replaceExprs(e, func(x Expression) (Expression, bool) {
			if alias, ok := find(x); ok {
				return &Ref{Name: alias, Source: x}, true
			}
			return nil, false
		})
	}
	qualify := replaceWhereExprs(c.qualify, replace)
	var ordering []Expression
	for _, o := range order {
		collect(sourceExpressions(o.expr))
		ordering = append(ordering, replace(o.expr))
	}
	inner.ClearLimits()
	ic := &Compiler{Query: inner, parent: c.parent}
	innerSQL, innerParams, err := ic.AsSQL(true)
	if err != nil {
		return "", nil, err
	}
	qsql, qparams, err := c.Compile(qualify)
	if err != nil {
		return "", nil, err
	}
	result := []string{"SELECT * FROM (", innerSQL, ")", schema.QuoteName("qualify"), "WHERE", qsql}
	if len(qualAliases) > 0 {
		var cols []string
		for _, s := range sel.Select {
			cols = append(cols, schema.QuoteName(s.Alias))
		}
		result = append([]string{"SELECT", strings.Join(cols, ", "), "FROM ("}, append(result, ")", schema.QuoteName("qualify_mask"))...)
	}
	params := append(innerParams, qparams...)
	if len(ordering) > 0 {
		var parts []string
		for _, o := range ordering {
			s, p, err := c.Compile(o)
			if err != nil {
				return "", nil, err
			}
			parts = append(parts, s)
			params = append(params, p...)
		}
		result = append(result, "ORDER BY", strings.Join(parts, ", "))
	}
	return strings.Join(result, " "), params, nil
}

// replaceExprs is replace_expressions: f's replacement for e or any of
// its sources.
func replaceExprs(e Expression, f func(Expression) (Expression, bool)) Expression {
	if r, ok := f(e); ok {
		return r
	}
	srcs := sourceExpressions(e)
	if len(srcs) == 0 {
		return e
	}
	n := make([]Expression, len(srcs))
	for i, s := range srcs {
		n[i] = replaceExprs(s, f)
	}
	return withSources(e, n)
}

// replaceWhereExprs copies a where tree with its lookups' sides replaced.
func replaceWhereExprs(w *WhereNode, f func(Expression) Expression) *WhereNode {
	n := &WhereNode{Connector: w.Connector, Negated: w.Negated, Resolved: w.Resolved}
	for _, ch := range w.Children {
		switch x := ch.(type) {
		case *WhereNode:
			n.Children = append(n.Children, replaceWhereExprs(x, f))
		case *Lookup:
			l := *x
			l.LHS = f(x.LHS)
			if r, ok := x.RHS.(Expression); ok {
				l.RHS = f(r)
			}
			n.Children = append(n.Children, &l)
		default:
			n.Children = append(n.Children, ch)
		}
	}
	return n
}
