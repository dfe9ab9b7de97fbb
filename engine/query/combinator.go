package query

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Combined queries: qs1.union(qs2), intersection(), difference()
// (QuerySet._combinator_query and SQLCompiler.get_combinator_sql).

// setOperators is the SQLite backend's set_operators.
var setOperators = map[string]string{"union": "UNION", "intersection": "INTERSECT", "difference": "EXCEPT"}

// CombinatorQuery is QuerySet._combinator_query: a copy of q (whose select
// list the combined query keeps) without ordering and limits, combining q
// and others with combinator.
func CombinatorQuery(q *Query, combinator string, all bool, others ...*Query) *Query {
	c := q.Clone()
	c.ClearOrdering(true, true)
	c.ClearLimits()
	if q.features().CombinedOrderingCleared {
		// The combined query orders by the model's default ordering;
		// the other queries lose their explicit ordering.
		c.DefaultOrdering = true
		rest := cloneQueries(others)
		for _, o := range rest {
			o.ClearOrdering(false, false)
		}
		c.CombinedQueries = append([]*Query{q.Clone()}, rest...)
		c.Combinator = combinator
		c.CombinatorAll = all
		return c
	}
	c.CombinedQueries = append([]*Query{q.Clone()}, cloneQueries(others)...)
	c.Combinator = combinator
	c.CombinatorAll = all
	return c
}

func cloneQueries(qs []*Query) []*Query {
	out := make([]*Query, len(qs))
	for i, q := range qs {
		out[i] = q.Clone()
	}
	return out
}

// RawSQL is django.db.models.expressions.RawSQL: SQL text (with `%s`
// parameters) used as an expression, parenthesised. Field is its
// output_field (nil: a plain Field, no conversion).
type RawSQL struct {
	Text   string
	Params []any
	Field  *schema.Field
}

// SQL is "(text)".
func (r *RawSQL) SQL(*Compiler) (string, []any, error) { return "(" + r.Text + ")", r.Params, nil }

// Resolve returns r.
func (r *RawSQL) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) {
	return r, nil
}

// Output is the given output field.
func (r *RawSQL) Output() *schema.Field                { return r.Field }
func (r *RawSQL) relabel(map[string]string) Expression { return r }

// relabelCombinatorOrder is get_order_by's handling of a combined query:
// an ORDER BY term is written as the position of the selected column it
// matches; a term matching none is added to every combined query as
// __orderbycol<n> (and to the select list) when the select has no
// aliases, else it is an error.
func (c *Compiler) relabelCombinatorOrder(en orderEntry, resolved *OrderBy) (*OrderBy, error) {
	q := c.Query
	src := resolved.Expr
	exprSrc := en.expr.Expr
	lastAlias := ""
	for idx, sel := range c.Select {
		lastAlias = sel.Alias
		if ref, ok := src.(*Ref); ok && en.isRef && sel.Alias == ref.Name {
			src = ref.Source
		} else if sel.Alias != "" {
			if f, ok := exprSrc.(*F); !ok || f.Name != sel.Alias {
				continue
			}
		}
		if exprEqual(src, sel.Expr) {
			n := *resolved
			n.Expr = &RawSQL{Text: fmt.Sprint(idx + 1)}
			return &n, nil
		}
	}
	if lastAlias != "" {
		return nil, &DatabaseError{"ORDER BY term does not match any column in the result set."}
	}
	idx := len(q.Select) + 1
	name := fmt.Sprintf("__orderbycol%d", idx)
	for _, cq := range q.CombinedQueries {
		if err := cq.AddAnnotation(name, exprSrc, false); err != nil {
			return nil, err
		}
	}
	q.Select = append(q.Select, resolved)
	q.ValuesSelect = append(q.ValuesSelect, name)
	n := *resolved
	n.Expr = &RawSQL{Text: fmt.Sprint(idx)}
	return &n, nil
}

// relabelCombinedOrder is get_order_by's handling of a combined query
// whose columns have aliases (features.CombinedColAliases): an ORDER BY
// term refers to the alias of the selected column it matches (`ORDER BY
// "col3"`); a term matching none is added to every combined query as
// __orderbycol<n>, which is an error when they name their columns.
func (c *Compiler) relabelCombinedOrder(en orderEntry, resolved *OrderBy) (*OrderBy, error) {
	q := c.Query
	src := resolved.Expr
	exprSrc := en.expr.Expr
	annSelect := q.annotationSelect()
	for _, sel := range c.Select {
		if !exprEqual(src, sel.Expr) {
			continue
		}
		// When values() is used the exact alias must be used to
		// reference annotations.
		if q.HasSelectFields() && contains(annSelect, sel.Alias) {
			if f, ok := exprSrc.(*F); !ok || f.Name != sel.Alias {
				continue
			}
		}
		name := sel.Alias
		if name == "" {
			if col, ok := src.(*Col); ok {
				name = col.Target.Column
			}
		}
		n := *resolved
		n.Expr = &Ref{Name: name, Source: src}
		return &n, nil
	}
	idx := len(q.Select) + 1
	name := fmt.Sprintf("__orderbycol%d", idx)
	for _, cq := range q.CombinedQueries {
		if cq.HasSelectFields() {
			return nil, &DatabaseError{"ORDER BY term does not match any column in the result set."}
		}
		if err := cq.AddAnnotation(name, exprSrc, false); err != nil {
			return nil, err
		}
	}
	if q.Selected == nil {
		// add_select_col assigns to query.selected, which is None.
		return nil, &TypeError{"'NoneType' object does not support item assignment"}
	}
	q.Select = append(q.Select, resolved)
	q.ValuesSelect = append(q.ValuesSelect, name)
	q.setSelected(SelectedCol{Name: name, Index: len(q.Select) - 1})
	n := *resolved
	n.Expr = &Ref{Name: name, Source: src}
	return &n, nil
}

// combinatorSQL is SQLCompiler.get_combinator_sql on SQLite: the combined
// queries compiled (each given the combined query's values() columns when
// it has none), joined with UNION [ALL], INTERSECT or EXCEPT. SQLite
// allows neither ORDER BY nor LIMIT in the parts. An empty part is left
// out of a UNION (and of a DIFFERENCE after the first part).
func (c *Compiler) combinatorSQL() (string, []any, error) {
	q := c.Query
	var parts []string
	var params []any
	var queries []*Query
	for _, cq := range q.CombinedQueries {
		if !cq.IsEmpty() {
			queries = append(queries, cq)
		}
	}
	compilers := make([]*Compiler, len(queries))
	for i, cq := range queries {
		compilers[i] = &Compiler{Query: cq, parent: c.parent}
		if cq.IsSliced() {
			return "", nil, &DatabaseError{"LIMIT/OFFSET not allowed in subqueries of compound statements."}
		}
		order, err := compilers[i].orderByOnly()
		if err != nil {
			return "", nil, err
		}
		if len(order) > 0 {
			return "", nil, &DatabaseError{"ORDER BY not allowed in subqueries of compound statements."}
		}
	}
	colAliases := q.features().CombinedColAliases
	for _, pc := range compilers {
		if q.Selected != nil && pc.Query.Selected == nil {
			// The combined query's values() columns, by name.
			pc.Query = pc.Query.Clone()
			if err := pc.Query.SetValues(q.SelectedNames()); err != nil {
				return "", nil, err
			}
		} else if !q.features().ValuesSelectedAliases && len(pc.Query.ValuesSelect) == 0 && len(q.ValuesSelect) > 0 {
			pc.Query = pc.Query.Clone()
			names := append(extraNames(q), q.ValuesSelect...)
			names = append(names, q.annotationSelect()...)
			if err := pc.Query.SetValues(names); err != nil {
				return "", nil, err
			}
		}
		sql, p, err := pc.AsSQL(colAliases)
		if err == ErrEmptyResult {
			if q.Combinator == "union" || (q.Combinator == "difference" && len(parts) > 0) {
				continue
			}
			return "", nil, err
		}
		if err != nil {
			return "", nil, err
		}
		if pc.Query.Combinator != "" {
			sql = "(" + sql + ")"
		}
		parts = append(parts, sql)
		params = append(params, p...)
	}
	if len(parts) == 0 {
		return "", nil, ErrEmptyResult
	}
	op := setOperators[q.Combinator]
	if q.CombinatorAll && q.Combinator == "union" {
		op += " ALL"
	}
	return strings.Join(parts, " "+op+" "), params, nil
}

func extraNames(q *Query) []string {
	var out []string
	for _, e := range q.ExtraSelect {
		out = append(out, e.Alias)
	}
	return out
}

// orderByOnly is get_order_by on a query whose select list is not needed
// (compiler.get_order_by() in get_combinator_sql), leaving the query's
// reference counts as they were.
func (c *Compiler) orderByOnly() ([]orderItem, error) {
	q := c.Query
	before := make(map[string]int, len(q.aliasRefcount))
	for k, v := range q.aliasRefcount {
		before[k] = v
	}
	defer q.resetRefcounts(before)
	return c.getOrderBy()
}
