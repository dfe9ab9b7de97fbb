package query

import (
	"fmt"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// SubQuery makes a Query usable as a filter value (QueryValue): Django
// accepts a bare sql.Query wherever it accepts a QuerySet.
func (q *Query) SubQuery() *Query { return q }

// HasSelectFields is Query.has_select_fields: explicit columns or selected
// annotations (values(), values_list()); with Query.selected, whether
// values() named columns.
func (q *Query) HasSelectFields() bool {
	if q.features().ValuesSelectedAliases {
		return q.Selected != nil
	}
	return len(q.Select) > 0 || len(q.AnnotationMask) > 0
}

// ClearSelectClause is Query.clear_select_clause: no columns, no
// annotations selected, no select_related.
func (q *Query) ClearSelectClause() {
	q.Select = nil
	q.DefaultCols = false
	q.SelectRelated = nil
	q.ExtraSelect = nil
	q.SetAnnotationMask(nil)
	q.Selected = nil
}

// resolveSubquery is Query.resolve_expression: a copy of q to be used
// inside outer, its aliases renamed to another prefix (U0, U1...), the
// ordering dropped when it does not change the result, and its references
// to the outer query (OuterRef) resolved.
func (q *Query) resolveSubquery(outer *Query, allowJoins bool, reuse map[string]bool) (*Query, error) {
	c := q.Clone()
	c.bumpPrefix(outer)
	c.Subquery = true
	f := q.features()
	if !f.SubqueryKeepsOrdering && !c.IsSliced() && len(c.DistinctFields) == 0 {
		c.ClearOrdering(true, true)
	}
	if err := c.Where.resolveExpressions(outer, allowJoins, reuse); err != nil {
		return nil, err
	}
	if f.SubqueryKeepsOrdering && c.Combinator != "" {
		// Resolve the combined queries (their own aliases).
		for i, cq := range c.CombinedQueries {
			r, err := cq.resolveSubquery(outer, allowJoins, reuse)
			if err != nil {
				return nil, err
			}
			c.CombinedQueries[i] = r
		}
	}
	for _, name := range c.AnnotationOrder {
		r, err := c.Annotations[name].Resolve(outer, allowJoins, reuse, false)
		if err != nil {
			return nil, err
		}
		c.Annotations[name] = r
	}
	if c.externalAliases == nil {
		c.externalAliases = map[string]bool{}
	}
	for _, a := range outer.aliasOrder {
		c.externalAliases[a] = outer.aliasMap[a].TableName != a
	}
	return c, nil
}

// prefixes is bump_prefix's prefix_gen: the letter after prefix, then
// every letter from it on, then pairs, triples...
func prefixes(prefix string, n int) []string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	first := string(rune(prefix[0] + 1))
	out := []string{first}
	seq := alphabet
	for i := range alphabet {
		if string(alphabet[i]) == first {
			seq = alphabet[i:]
		}
	}
	var product func(prefix string, repeat int)
	product = func(p string, repeat int) {
		if len(out) >= n {
			return
		}
		if repeat == 0 {
			out = append(out, p)
			return
		}
		for i := 0; i < len(seq); i++ {
			product(p+string(seq[i]), repeat-1)
		}
	}
	for r := 1; len(out) < n; r++ {
		product("", r)
		seq = alphabet
	}
	return out
}

// bumpPrefix is Query.bump_prefix: rename every alias of q (a subquery of
// outer) to the next free prefix ("U0", "U1"...), so that the outer
// query's aliases and q's cannot clash. Prefixes used by q's own
// subqueries are skipped.
func (q *Query) bumpPrefix(outer *Query) {
	if q.AliasPrefix != outer.AliasPrefix {
		return
	}
	for _, p := range prefixes(q.AliasPrefix, 1000) {
		if !q.subqAliases[p] {
			q.AliasPrefix = p
			break
		}
	}
	own := map[string]bool{}
	for k := range q.subqAliases {
		own[k] = true
	}
	own[q.AliasPrefix] = true
	q.subqAliases = own
	union := map[string]bool{}
	for k := range outer.subqAliases {
		union[k] = true
	}
	for k := range own {
		union[k] = true
	}
	outer.subqAliases = union
	m := map[string]string{}
	for i, a := range q.aliasOrder {
		m[a] = fmt.Sprintf("%s%d", q.AliasPrefix, i)
	}
	q.changeAliases(m)
}

// changeAliases is Query.change_aliases: rename aliases in the where tree,
// the select, the annotations, GROUP BY and the joins.
func (q *Query) changeAliases(m map[string]string) {
	q.Where = q.Where.relabel(m)
	for i, e := range q.Select {
		q.Select[i] = e.relabel(m)
	}
	for k, e := range q.Annotations {
		q.Annotations[k] = e.relabel(m)
	}
	for i, e := range q.GroupBy {
		q.GroupBy[i] = e.relabel(m)
	}
	newMap := map[string]*Join{}
	newRef := map[string]int{}
	for i, a := range q.aliasOrder {
		n, ok := m[a]
		if !ok {
			n = a
		}
		j := *q.aliasMap[a]
		j.TableAlias = n
		if p, ok := m[j.ParentAlias]; ok {
			j.ParentAlias = p
		}
		newMap[n] = &j
		newRef[n] = q.aliasRefcount[a]
		q.aliasOrder[i] = n
	}
	q.aliasMap, q.aliasRefcount = newMap, newRef
	for t, list := range q.tableMap {
		nl := append([]string(nil), list...)
		for i, a := range nl {
			if n, ok := m[a]; ok {
				nl[i] = n
			}
		}
		q.tableMap[t] = nl
	}
	if q.externalAliases != nil {
		ext := map[string]bool{}
		for a, aliased := range q.externalAliases {
			n, changed := m[a]
			if !changed {
				n = a
			}
			ext[n] = aliased || changed
		}
		q.externalAliases = ext
	}
}

// relabeledClone is Query.relabeled_clone.
func (q *Query) relabeledClone(m map[string]string) *Query {
	c := q.Clone()
	c.changeAliases(m)
	return c
}

// Subquery is django.db.models.Subquery: a queryset used as a value,
// `(SELECT ...)`. Query is the user's query until Resolve, then the copy
// resolved against the outer query (OuterRef references bound).
type Subquery struct {
	Query *Query
	Field *schema.Field // output_field; nil: the query's
}

// SQL is Subquery.as_sql.
func (s *Subquery) SQL(c *Compiler) (string, []any, error) {
	sql, params, err := c.subquerySQL(s.Query)
	if err != nil {
		return "", nil, err
	}
	return "(" + sql + ")", params, nil
}

// Resolve is Subquery.resolve_expression: Query.resolve_expression on a
// copy of the query.
func (s *Subquery) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	sub, err := s.Query.resolveSubquery(q, allowJoins, reuse)
	if err != nil {
		return nil, err
	}
	return &Subquery{Query: sub, Field: s.Field}, nil
}

// Output is the given output field or Query.output_field: the single
// selected column's field, or the single selected annotation's.
func (s *Subquery) Output() *schema.Field {
	if s.Field != nil {
		return s.Field
	}
	return s.Query.outputField()
}

// outputField is Query.output_field.
func (q *Query) outputField() *schema.Field {
	if len(q.Select) == 1 {
		if col, ok := q.Select[0].(*Col); ok {
			return col.Target
		}
		return q.Select[0].Output()
	}
	if sel := q.annotationSelect(); len(sel) == 1 {
		return q.Annotations[sel[0]].Output()
	}
	return nil
}

func (s *Subquery) relabel(m map[string]string) Expression {
	return &Subquery{Query: s.Query.relabeledClone(m), Field: s.Field}
}

// Exists is django.db.models.Exists: EXISTS(subquery), NOT EXISTS when
// negated (~Exists(...)). It is a boolean expression, and also a where
// condition (split_exclude adds one). Query is resolved like a
// Subquery's.
type Exists struct {
	Query   *Query
	Negated bool
}

// SQL is Exists.as_sql: the query reduced with Query.exists().
func (e *Exists) SQL(c *Compiler) (string, []any, error) {
	sql, params, err := c.subquerySQL(e.Query.existsQuery(true))
	if err == ErrEmptyResult && c.Query.features().ExistsEmptyIsFalse {
		// compiler.compile(Value(False)).
		sql, params = "%s", []any{false}
		if e.Negated {
			sql = "NOT " + sql
		}
		return sql, params, nil
	}
	if err != nil {
		return "", nil, err
	}
	sql = "EXISTS(" + sql + ")"
	if e.Negated {
		sql = "NOT " + sql
	}
	return sql, params, nil
}

// Resolve resolves the subquery against q.
func (e *Exists) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	sub, err := e.Query.resolveSubquery(q, allowJoins, reuse)
	if err != nil {
		return nil, err
	}
	return &Exists{Query: sub, Negated: e.Negated}, nil
}

// Output is a BooleanField.
func (e *Exists) Output() *schema.Field { return boolField }

func (e *Exists) relabel(m map[string]string) Expression {
	return &Exists{Query: e.Query.relabeledClone(m), Negated: e.Negated}
}

func (e *Exists) relabelCond(m map[string]string) Condition {
	return &Exists{Query: e.Query.relabeledClone(m), Negated: e.Negated}
}

func (e *Exists) equal(o Condition) bool { return o == Condition(e) }

// subqueryGroupByCols is Subquery.get_group_by_cols without an alias
// (Query.get_group_by_cols): the outer columns the subquery refers to, or
// the whole subquery when one may be multivalued.
func subqueryGroupByCols(self Expression, q *Query) []Expression {
	cols := q.externalCols()
	for _, c := range cols {
		if c.PossiblyMultivalued {
			return []Expression{self}
		}
	}
	out := make([]Expression, len(cols))
	for i, c := range cols {
		out[i] = c
	}
	return out
}

// externalCols is Query.get_external_cols: the columns of the where tree
// and annotations that belong to the outer query.
func (q *Query) externalCols() []*Col {
	var out []*Col
	var walk func(any)
	walk = func(x any) {
		switch v := x.(type) {
		case *WhereNode:
			for _, ch := range v.Children {
				walk(ch)
			}
		case *Lookup:
			walk(v.LHS)
			walk(v.RHS)
		case *Col:
			if _, ext := q.externalAliases[v.Alias]; ext {
				out = append(out, v)
			}
		case *When:
			walk(v.Condition)
			walk(v.Result)
		case Expression:
			for _, s := range sourceExpressions(v) {
				walk(s)
			}
		}
	}
	for _, a := range q.AnnotationOrder {
		walk(q.Annotations[a])
	}
	walk(q.Where)
	return out
}

// existsQuery is Query.exists(): no columns but `(1) AS "a"`, no
// ordering, LIMIT 1 when limit.
func (q *Query) existsQuery(limit bool) *Query {
	c := q.Clone()
	valueOne := q.features().ExistsSelectsOne
	if !c.Distinct || (valueOne && !c.IsSliced()) {
		if c.GroupByMode == GroupBySelect {
			c.addFieldsNoErr(concreteAttnames(c.Meta()))
			c.SetGroupBy(false)
		}
		c.ClearSelectClause()
	}
	if len(c.CombinedQueries) > 0 && c.Combinator == "union" {
		// SQLite cannot limit the parts of a compound statement.
		for i, cq := range c.CombinedQueries {
			c.CombinedQueries[i] = cq.existsQuery(false)
		}
	}
	c.ClearOrdering(true, true)
	if limit {
		c.SetLimits(0, 1)
	}
	if valueOne {
		c.addAnnotationNoErr("a", NewValue(int64(1)))
		return c
	}
	c.ExtraSelect = append(c.ExtraSelect, ExtraCol{SQL: "(1)", Alias: "a"})
	c.ExtraMask = map[string]bool{"a": true}
	return c
}

func concreteAttnames(opts *schema.Options) []string {
	var out []string
	for _, f := range opts.ConcreteFields() {
		out = append(out, f.Attname)
	}
	return out
}

// addAnnotationNoErr adds an annotation that always resolves.
func (q *Query) addAnnotationNoErr(alias string, e Expression) {
	_ = q.AddAnnotation(alias, e, false)
}

func (q *Query) addFieldsNoErr(names []string) {
	_ = q.AddFields(names, false)
}

// resolveExpressions is WhereNode.resolve_expression: resolve the
// expressions of every lookup (outer references, nested subqueries)
// against query.
func (w *WhereNode) resolveExpressions(query *Query, allowJoins bool, reuse map[string]bool) error {
	for i, ch := range w.Children {
		switch c := ch.(type) {
		case *WhereNode:
			if err := c.resolveExpressions(query, allowJoins, reuse); err != nil {
				return err
			}
		case *Lookup:
			n := *c
			lhs, err := c.LHS.Resolve(query, allowJoins, reuse, false)
			if err != nil {
				return err
			}
			n.LHS = lhs
			switch r := c.RHS.(type) {
			case Expression:
				if n.RHS, err = r.Resolve(query, allowJoins, reuse, false); err != nil {
					return err
				}
			case *Query:
				if n.RHS, err = r.resolveSubquery(query, allowJoins, reuse); err != nil {
					return err
				}
			}
			w.Children[i] = &n
		case *Exists:
			sub, err := c.Query.resolveSubquery(query, allowJoins, reuse)
			if err != nil {
				return err
			}
			w.Children[i] = &Exists{Query: sub}
		}
	}
	return nil
}
