package query

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Compiler turns a Query into SQL (Django's SQLCompiler). Like Django's it
// works on the query it is given: joins it adds while compiling (parents
// of the selected fields, ordering across relations) stay in the alias map
// with their reference counts restored afterwards.
type Compiler struct {
	Query  *Query
	parent *Compiler

	// After AsSQL: Fields lists the model fields of the default columns
	// (klass_info's select_fields), Related the select_related models,
	// AnnotationCols the position of each selected annotation
	// (annotation_col_map) and ColCount the number of selected columns.
	Fields         []*schema.Field
	FieldsStart    int
	Related        []*RelatedSelection
	AnnotationCols map[string]int
	ColCount       int
	// Select is the select list (expression and alias), after AsSQL.
	Select []SelectColumn

	where, having *WhereNode
	// qualify holds the filters on window functions (Django 4.2).
	qualify      *WhereNode
	metaOrdering bool
}

// SelectColumn is one column of the SELECT list: the expression, its
// alias ("" when none) and its compiled SQL.
type SelectColumn struct {
	Expr   Expression
	Alias  string
	sql    string
	params []any
}

// NewCompiler returns a compiler for q.
func NewCompiler(q *Query) *Compiler { return &Compiler{Query: q} }

// Compile renders an expression or condition.
func (c *Compiler) Compile(e any) (string, []any, error) {
	switch x := e.(type) {
	case Expression:
		return x.SQL(c)
	case Condition:
		return x.SQL(c)
	case *WhereNode:
		return x.SQL(c)
	}
	return "", nil, fmt.Errorf("cannot compile %T", e)
}

// subquerySQL compiles a subquery with c as its parent compiler (for the
// outer aliases it refers to).
func (c *Compiler) subquerySQL(q *Query) (string, []any, error) {
	sub := &Compiler{Query: q, parent: c}
	return sub.AsSQL(false)
}

// quoteNameUnlessAlias quotes table names but not generated aliases (T3),
// looking through the outer queries for external aliases.
func (c *Compiler) quoteNameUnlessAlias(name string) string {
	if c.Query.features().QuoteTableAliases {
		// SQLCompiler.quote_name: aliases are quoted too.
		return schema.QuoteName(name)
	}
	for q := c; q != nil; q = q.parent {
		if _, isAlias := q.Query.aliasMap[name]; isAlias {
			if _, isTable := q.Query.tableMap[name]; !isTable {
				return name
			}
			return schema.QuoteName(name)
		}
		if aliased := q.Query.externalAliases[name]; aliased {
			if _, isTable := q.Query.tableMap[name]; !isTable {
				return name
			}
		}
	}
	return schema.QuoteName(name)
}

// aliasName is how FROM writes a table alias: as it is, or quoted with
// features.QuoteTableAliases.
func (c *Compiler) aliasName(alias string) string {
	if c.Query.features().QuoteTableAliases {
		return schema.QuoteName(alias)
	}
	return alias
}

// setupQuery is SQLCompiler.setup_query.
func (c *Compiler) setupQuery(withColAliases bool) error {
	q := c.Query
	allZero := true
	for _, a := range q.aliasOrder {
		if q.aliasRefcount[a] != 0 {
			allZero = false
		}
	}
	if allZero {
		q.InitialAlias()
	}
	return c.getSelect(withColAliases)
}

// getDefaultColumns is get_default_columns: the concrete fields of opts'
// model with their parents' tables joined, deferred fields left out.
// fromParent skips the fields of a parent already selected (select_related
// from a parent to a child).
func (c *Compiler) getDefaultColumns(startAlias string, opts *schema.Options, fromParent *schema.Model) ([]Expression, []*schema.Field) {
	q := c.Query
	if opts == nil {
		opts = q.Meta()
	}
	if startAlias == "" {
		startAlias = q.InitialAlias()
	}
	seen := map[*schema.Model]string{nil: startAlias}
	var cols []Expression
	var fields []*schema.Field
	// getSelect has reported loadedColumns' error.
	onlyLoad, _ := q.loadedColumns()
	for _, f := range opts.ConcreteFields() {
		model := f.Model.Meta.ConcreteModel
		if model == opts.Model {
			model = nil
		}
		if fromParent != nil && model != nil && fromParent.Meta.ConcreteModel.Meta.IsSubclassOf(model.Meta.ConcreteModel) {
			continue
		}
		if load, ok := onlyLoad[f.Model]; ok && !load[f.Attname] {
			continue
		}
		alias := startAlias
		if model != nil {
			alias = q.joinParentModel(opts, model, startAlias, seen)
		}
		cols = append(cols, &Col{Alias: alias, Target: f})
		fields = append(fields, f)
	}
	return cols, fields
}

// getSelect is get_select: extra columns, the model's default columns (or
// the explicit select), the selected annotations, then the select_related
// columns; each compiled (a column that can match nothing is `0`). With
// Query.selected the columns are the selected names, in order, each
// under its name. With withColAliases and features.ColAliasesQuoted the
// columns without an alias are named col1, col2...
func (c *Compiler) getSelect(withColAliases bool) error {
	q := c.Query
	if q.Selected != nil {
		if err := c.getSelected(); err != nil {
			return err
		}
		return c.compileSelect(withColAliases)
	}
	var sel []SelectColumn
	c.AnnotationCols = map[string]int{}
	for _, e := range q.extraSelect() {
		// Extra columns are set on instances like annotations.
		c.AnnotationCols[e.Alias] = len(sel)
		sel = append(sel, SelectColumn{Expr: &rawExpr{sql: e.SQL, params: e.Params}, Alias: e.Alias})
	}
	var cols []Expression
	if q.DefaultCols {
		if _, err := q.loadedColumns(); err != nil {
			return err
		}
		c.FieldsStart = len(sel)
		cols, c.Fields = c.getDefaultColumns("", nil, nil)
	} else {
		cols = q.Select
	}
	for _, col := range cols {
		sel = append(sel, SelectColumn{Expr: col})
	}
	for _, a := range q.annotationSelect() {
		c.AnnotationCols[a] = len(sel)
		sel = append(sel, SelectColumn{Expr: q.Annotations[a], Alias: a})
	}
	if q.SelectRelated != nil && q.DefaultCols {
		related, err := c.getRelatedSelections(&sel, nil, "", 1, nil, false)
		if err != nil {
			return err
		}
		positions := make([]int, len(c.Fields))
		for i := range positions {
			positions[i] = c.FieldsStart + i
		}
		selectFromParent(c.Fields, positions, related)
		c.Related = related
	}
	c.Select = sel
	return c.compileSelect(withColAliases)
}

// getSelected is get_select's columns from Query.selected: values()
// fields, annotations and extra selects in the order values() named
// them, each aliased by its name.
func (c *Compiler) getSelected() error {
	q := c.Query
	var sel []SelectColumn
	c.AnnotationCols = map[string]int{}
	cols := q.Select
	if q.DefaultCols {
		if _, err := q.loadedColumns(); err != nil {
			return err
		}
		cols, _ = c.getDefaultColumns("", nil, nil)
	}
	for _, s := range q.Selected {
		var e Expression
		switch {
		case s.Annotation != "":
			e = q.Annotations[s.Annotation]
		case s.Index >= 0 && s.Index < len(cols):
			e = cols[s.Index]
		case s.Extra != nil:
			e = s.Extra
		default:
			continue
		}
		c.AnnotationCols[s.Name] = len(sel)
		sel = append(sel, SelectColumn{Expr: e, Alias: s.Name})
	}
	c.Select = sel
	return nil
}

// compileSelect compiles the columns of the select list (get_select's
// last loop).
func (c *Compiler) compileSelect(withColAliases bool) error {
	sel := c.Select
	colIdx := 1
	for i := range sel {
		s, p, err := c.Compile(sel[i].Expr)
		if err == ErrEmptyResult {
			s, p = "0", nil
		} else if err != nil {
			return err
		} else if err := outputError(sel[i].Expr); err != nil {
			// select_format needs the output field.
			return err
		}
		sel[i].sql, sel[i].params = s, p
		if sel[i].Alias == "" && withColAliases && c.Query.features().ColAliasesQuoted {
			sel[i].Alias = fmt.Sprintf("col%d", colIdx)
			colIdx++
		}
	}
	c.Select = sel
	c.ColCount = len(sel)
	return nil
}

// rawExpr is SQL text used as a select column (extra select).
type rawExpr struct {
	sql    string
	params []any
}

func (r *rawExpr) SQL(*Compiler) (string, []any, error) { return r.sql, r.params, nil }
func (r *rawExpr) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) {
	return r, nil
}
func (r *rawExpr) Output() *schema.Field                { return nil }
func (r *rawExpr) relabel(map[string]string) Expression { return r }

// orderItem is one ORDER BY entry: the resolved OrderBy expression, whether
// it refers to a selected annotation by alias, and its compiled SQL (with
// and without the direction).
type orderItem struct {
	expr   *OrderBy
	isRef  bool
	sql    string // with the direction
	bare   string // without it
	params []any
}

// getOrderDir is get_order_dir: "-name" flips the default direction.
func getOrderDir(field string, asc bool) (string, bool) {
	if strings.HasPrefix(field, "-") {
		return field[1:], !asc
	}
	return field, asc
}

// orderEntry is an OrderBy before resolution, and whether it is a Ref.
type orderEntry struct {
	expr  *OrderBy
	isRef bool
}

// getOrderBy is get_order_by: the ordering (explicit, or the model's
// Meta.ordering) as resolved and compiled OrderBy entries, duplicates
// removed. Items are field names or expressions.
func (c *Compiler) getOrderBy() ([]orderItem, error) {
	q := c.Query
	var ordering []any
	switch {
	case len(q.ExtraOrderBy) > 0:
		for _, o := range q.ExtraOrderBy {
			ordering = append(ordering, o)
		}
	case !q.DefaultOrdering:
		ordering = q.OrderBy
	case len(q.OrderBy) > 0:
		ordering = q.OrderBy
	case len(q.Meta().Ordering) > 0:
		ordering = q.Meta().Ordering
		c.metaOrdering = true
	}
	asc := q.Standard
	var entries []orderEntry
	annSelect := q.annotationSelect()
	positions := c.selectedPositions(len(ordering) > 0)
	for _, item := range ordering {
		if e, ok := item.(Expression); ok {
			o := asOrderBy(e)
			if !q.Standard {
				o = o.Reversed()
			}
			if ref := positions.find(q, o.Expr); ref != nil {
				n := *o
				n.Expr = ref
				entries = append(entries, orderEntry{expr: &n, isRef: true})
				continue
			}
			entries = append(entries, orderEntry{expr: o})
			continue
		}
		field, _ := item.(string)
		if field == "?" {
			entries = append(entries, orderEntry{expr: &OrderBy{Expr: Random{}}})
			continue
		}
		col, ascending := getOrderDir(field, asc)
		if ref := positions.byAlias[col]; ref != nil {
			// A reference to a column of the select list.
			entries = append(entries, orderEntry{expr: &OrderBy{Expr: ref, Descending: !ascending}, isRef: true})
			continue
		}
		if contains(annSelect, col) {
			entries = append(entries, orderEntry{expr: &OrderBy{Expr: &Ref{Name: col, Source: q.Annotations[col]}, Descending: !ascending}, isRef: true})
			continue
		}
		if ann, ok := q.Annotations[col]; ok {
			if q.Combinator != "" && len(c.Select) > 0 {
				ann = &F{Name: col}
			} else if v, ok := ann.(*Value); ok {
				ann = &Cast{Source: v, Field: v.Output()}
			}
			entries = append(entries, orderEntry{expr: &OrderBy{Expr: ann, Descending: !ascending}})
			continue
		}
		if strings.Contains(field, ".") && contains(q.ExtraOrderBy, field) {
			// An extra(order_by=...) "table.column", verbatim.
			table, column, _ := strings.Cut(col, ".")
			entries = append(entries, orderEntry{expr: &OrderBy{Expr: &RawSQL{Text: c.quoteNameUnlessAlias(table) + "." + column}, Descending: !ascending}})
			continue
		}
		if ex, ok := q.extraCol(col); ok {
			raw := &rawExpr{sql: ex.SQL, params: ex.Params}
			if contains(q.ExtraSelectNames(), col) {
				entries = append(entries, orderEntry{expr: &OrderBy{Expr: &Ref{Name: col, Source: raw}, Descending: !ascending}, isRef: true})
			} else {
				entries = append(entries, orderEntry{expr: &OrderBy{Expr: raw, Descending: !ascending}})
			}
			continue
		}
		if q.Combinator != "" && len(c.Select) > 0 {
			entries = append(entries, orderEntry{expr: &OrderBy{Expr: &F{Name: col}, Descending: !ascending}})
			continue
		}
		found, err := c.findOrderingName(field, q.Meta(), "", asc, map[string]bool{})
		if err != nil {
			return nil, err
		}
		entries = append(entries, found...)
	}
	var result []orderItem
	seen := map[string]bool{}
	for _, en := range entries {
		r, err := en.expr.Resolve(q, true, nil, false)
		if err != nil {
			return nil, err
		}
		resolved := r.(*OrderBy)
		if q.Combinator != "" && len(c.Select) > 0 {
			relabel := c.relabelCombinatorOrder
			if q.features().CombinedColAliases {
				relabel = c.relabelCombinedOrder
			}
			if !en.isRef || !q.features().OrderBySelectedPosition {
				if resolved, err = relabel(en, resolved); err != nil {
					return nil, err
				}
			}
		}
		s, p, err := c.Compile(resolved)
		if err != nil {
			return nil, err
		}
		bare := withoutOrdering(s)
		key := bare + "\x00" + fmt.Sprint(p)
		if seen[key] {
			continue
		}
		seen[key] = true
		result = append(result, orderItem{expr: resolved, isRef: en.isRef, sql: s, bare: bare, params: p})
	}
	return result, nil
}

// positionRef is PositionRef: a column of the select list written as its
// position (ORDER BY 2, GROUP BY 1).
type positionRef struct {
	Ordinal int
	Name    string
	Source  Expression
}

func (p *positionRef) SQL(*Compiler) (string, []any, error) { return fmt.Sprint(p.Ordinal), nil, nil }
func (p *positionRef) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) {
	return p, nil
}
func (p *positionRef) Output() *schema.Field                { return p.Source.Output() }
func (p *positionRef) relabel(map[string]string) Expression { return p }

// selectPositions is _order_by_pairs' selected_exprs: the columns of the
// select list by alias and by expression, as PositionRefs
// (features.OrderBySelectedPosition).
type selectPositions struct {
	byAlias map[string]*positionRef
	exprs   []*positionRef
}

func (c *Compiler) selectedPositions(ordering bool) *selectPositions {
	p := &selectPositions{byAlias: map[string]*positionRef{}}
	if !ordering || !c.Query.features().OrderBySelectedPosition {
		return p
	}
	for i, s := range c.Select {
		ref := &positionRef{Ordinal: i + 1, Name: s.Alias, Source: s.Expr}
		if s.Alias != "" {
			p.byAlias[s.Alias] = ref
		}
		p.exprs = append(p.exprs, ref)
	}
	return p
}

// find is selected_exprs.get(expression), or the alias an F() names: the
// expression is resolved to compare it with the selected ones (Django
// compares the expressions' identities, their constructor arguments).
func (p *selectPositions) find(q *Query, e Expression) *positionRef {
	if len(p.exprs) == 0 {
		return nil
	}
	if f, ok := e.(*F); ok {
		return p.byAlias[f.Name]
	}
	r, err := e.Resolve(q, true, nil, false)
	if err != nil {
		return nil
	}
	var found *positionRef
	for _, ref := range p.exprs {
		if exprEqual(r, ref.Source) {
			found = ref
		}
	}
	return found
}

// findOrderingName is SQLCompiler.find_ordering_name: ordering by a
// relation uses the related model's Meta.ordering (or its primary key);
// expressions in that ordering are used as they are (and resolved against
// this query, as Django does).
func (c *Compiler) findOrderingName(name string, opts *schema.Options, alias string, asc bool, seen map[string]bool) ([]orderEntry, error) {
	q := c.Query
	name, ascending := getOrderDir(name, asc)
	pieces := splitLookup(name)
	if alias == "" {
		alias = q.InitialAlias()
	}
	info, err := q.setupJoins(pieces, opts, alias, nil, true)
	if err != nil {
		return nil, err
	}
	alias = info.joins[len(info.joins)-1]
	isRel := false
	attname := ""
	switch ff := info.finalField.(type) {
	case *schema.Field:
		isRel = ff.IsRelation()
		attname = ff.Attname
	case *schema.Rel:
		isRel = true
	}
	// A relation with transforms to apply ("rel__lower") is ordered by
	// them, not by the related model's ordering (Django 4.2, #34012).
	hasTransforms := len(info.transforms) > 0 && q.features().OrderingRelationTransforms
	if isRel && len(info.opts.Ordering) > 0 && attname != pieces[len(pieces)-1] && name != "pk" && !hasTransforms {
		var key []string
		for _, j := range info.joins {
			key = append(key, fmt.Sprint(q.aliasMap[j].JoinCols))
		}
		k := strings.Join(key, "|")
		if seen[k] {
			return nil, &FieldError{"Infinite loop caused by ordering."}
		}
		seen[k] = true
		var results []orderEntry
		prefixed := q.features().RelatedOrderingPrefixed
		for _, item := range info.opts.Ordering {
			if e, ok := item.(Expression); ok {
				o, isOrder := e.(*OrderBy)
				if !isOrder {
					o = &OrderBy{Expr: e, Descending: !ascending}
				}
				if prefixed {
					// prefix_references: F("x") is F("rel__x").
					o = prefixReferences(o, name+LookupSep).(*OrderBy)
				}
				results = append(results, orderEntry{expr: o})
				continue
			}
			s, _ := item.(string)
			r, err := c.findOrderingName(s, info.opts, alias, ascending, seen)
			if err != nil {
				return nil, err
			}
			results = append(results, r...)
		}
		return results, nil
	}
	targets, alias, _ := q.trimJoins(info.targets, info.joins, info.path)
	var out []orderEntry
	for _, t := range expandComposite(targets) {
		e, err := info.transform(&Col{Alias: alias, Target: t})
		if err != nil {
			return nil, err
		}
		out = append(out, orderEntry{expr: &OrderBy{Expr: e, Descending: !ascending}})
	}
	return out, nil
}

// prefixReferences is BaseExpression.prefix_references: every F() in e
// names a field through prefix.
func prefixReferences(e Expression, prefix string) Expression {
	if f, ok := e.(*F); ok {
		return &F{Name: prefix + f.Name}
	}
	srcs := sourceExpressions(e)
	if len(srcs) == 0 {
		return e
	}
	n := make([]Expression, len(srcs))
	for i, s := range srcs {
		n[i] = prefixReferences(s, prefix)
	}
	return withSources(e, n)
}

// transform is setup_joins' transform_function: the names left after the
// fields (transforms: "date", "year", a JSON key) applied to the column,
// or Django's FieldError for a name that is none.
func (info *joinInfo) transform(e Expression) (Expression, error) {
	for _, name := range info.transforms {
		f := e.Output()
		switch {
		case isTransform(f, name):
			e = &Transform{Name: name, Source: e}
		case isJSON(f):
			e = &KeyTransform{Key: name, Source: e}
		default:
			if t, ok, err := registeredTransform(info.reg, name, e); err != nil {
				return nil, err
			} else if ok {
				e = t
				continue
			}
			if _, isField := info.finalField.(*schema.Field); isField && info.lastErr != nil {
				return nil, info.lastErr
			}
			return nil, unsupportedLookup(name, f, info.reg)
		}
	}
	return e, nil
}

// getExtraSelect is get_extra_select: with DISTINCT, ordering columns not
// in the select list are selected too.
func (c *Compiler) getExtraSelect(order []orderItem) []SelectColumn {
	var extra []SelectColumn
	if !c.Query.Distinct || len(c.Query.DistinctFields) > 0 {
		return nil
	}
	for _, o := range order {
		if o.isRef {
			continue
		}
		found := false
		for _, s := range c.Select {
			if s.sql == o.bare && fmt.Sprint(s.params) == fmt.Sprint(o.params) {
				found = true
			}
		}
		if !found {
			extra = append(extra, SelectColumn{Expr: o.expr, sql: o.bare, params: o.params})
		}
	}
	return extra
}

// groupByEntry is one compiled GROUP BY expression.
type groupByEntry struct {
	sql    string
	params []any
}

// getGroupBy is SQLCompiler.get_group_by: the query's minimal group_by,
// plus the grouping columns of the select list, the ordering and HAVING
// (SQLite can't group by primary key only, so nothing is collapsed).
func (c *Compiler) getGroupBy(sel []SelectColumn, order []orderItem) ([]groupByEntry, error) {
	q := c.Query
	if q.GroupByMode == NoGroupBy {
		return nil, nil
	}
	f := q.features()
	var exprs []Expression
	// groupByRefs are the aliases group_by refers to (Django 4.2), whose
	// expressions are grouped by once.
	groupByRefs := map[string]bool{}
	if q.GroupByMode == GroupByList {
		for _, e := range q.GroupBy {
			if r, ok := e.(*Ref); ok && f.GroupBySelectedPosition {
				if !groupByRefs[r.Name] {
					groupByRefs[r.Name] = true
					exprs = append(exprs, r.Source)
				}
				continue
			}
			exprs = append(exprs, e)
		}
	}
	var refSources []Expression
	for _, e := range exprs {
		if r, ok := e.(*Ref); ok {
			refSources = append(refSources, r.Source)
		}
	}
	for _, s := range sel {
		skip := s.Alias != "" && groupByRefs[s.Alias]
		for _, r := range refSources {
			if exprEqual(r, s.Expr) {
				skip = true
			}
		}
		if skip {
			continue
		}
		if _, raw := s.Expr.(*rawExpr); raw {
			exprs = append(exprs, s.Expr)
			continue
		}
		exprs = append(exprs, groupByCols(s.Expr)...)
	}
	if !f.GroupByIgnoresMetaOrdering || !c.metaOrdering {
		for _, o := range order {
			if !o.isRef {
				exprs = append(exprs, groupByCols(o.expr)...)
			}
		}
	}
	if c.having != nil {
		exprs = append(exprs, groupByCols(c.having)...)
	}
	var result []groupByEntry
	seen := map[string]bool{}
	for _, e := range exprs {
		s, p, err := c.Compile(e)
		if err != nil {
			return nil, err
		}
		if f.GroupBySelectedPosition {
			// allows_group_by_select_index: a selected expression by
			// its position.
			for i, col := range sel {
				if col.Alias != "" && exprEqual(e, col.Expr) {
					s, p = fmt.Sprint(i+1), nil
				}
			}
		}
		key := s + "\x00" + fmt.Sprint(p)
		if seen[key] {
			continue
		}
		seen[key] = true
		result = append(result, groupByEntry{s, p})
	}
	return result, nil
}

// preSQLSetup is SQLCompiler.pre_sql_setup.
func (c *Compiler) preSQLSetup(withColAliases bool) ([]SelectColumn, []orderItem, []groupByEntry, error) {
	if err := c.setupQuery(withColAliases); err != nil {
		return nil, nil, nil, err
	}
	order, err := c.getOrderBy()
	if err != nil {
		return nil, nil, nil, err
	}
	if c.Query.features().WindowFiltering {
		c.where, c.having, c.qualify, err = c.Query.Where.splitHavingQualify(false, c.Query.GroupByMode != NoGroupBy)
		if err != nil {
			return nil, nil, nil, err
		}
	} else {
		c.where, c.having = c.Query.Where.splitHaving(false)
	}
	extra := c.getExtraSelect(order)
	groupBy, err := c.getGroupBy(append(append([]SelectColumn(nil), c.Select...), extra...), order)
	if err != nil {
		return nil, nil, nil, err
	}
	return extra, order, groupBy, nil
}

// AsSQL is SQLCompiler.as_sql for a SELECT; withColAliases names the
// columns Col1, Col2... (for a query wrapped in a subquery). It returns
// ErrEmptyResult when the query can match nothing.
func (c *Compiler) AsSQL(withColAliases bool) (string, []any, error) {
	q := c.Query
	before := make(map[string]int, len(q.aliasRefcount))
	for k, v := range q.aliasRefcount {
		before[k] = v
	}
	defer q.resetRefcounts(before)

	f := q.features()
	extra, order, groupBy, err := c.preSQLSetup(withColAliases || (q.Combinator != "" && f.CombinedColAliases))
	if err != nil {
		return "", nil, err
	}
	if q.Combinator != "" {
		sql, params, err := c.combinatorSQL()
		if err != nil {
			return "", nil, err
		}
		result := []string{sql}
		if len(order) > 0 {
			var ordering []string
			for _, o := range order {
				ordering = append(ordering, o.sql)
				params = append(params, o.params...)
			}
			result = append(result, "ORDER BY "+strings.Join(ordering, ", "))
		}
		if lim := limitOffset(q.LowMark, q.HighMark); lim != "" {
			result = append(result, lim)
		}
		return strings.Join(result, " "), params, nil
	}
	if c.qualify != nil {
		sql, params, err := c.qualifySQL(order)
		if err != nil {
			return "", nil, err
		}
		if lim := limitOffset(q.LowMark, q.HighMark); lim != "" {
			sql += " " + lim
		}
		return sql, params, nil
	}
	from, fparams, err := c.fromClause()
	if err != nil {
		return "", nil, err
	}
	var where, having string
	var wparams, hparams []any
	if c.where != nil {
		if where, wparams, err = c.Compile(c.where); err != nil {
			return "", nil, err
		}
	}
	if c.having != nil {
		if having, hparams, err = c.Compile(c.having); err != nil {
			return "", nil, err
		}
	}
	var params []any
	result := []string{"SELECT"}
	if q.Distinct {
		if len(q.DistinctFields) > 0 {
			// SQLite's distinct_sql.
			return "", nil, &NotSupportedError{"DISTINCT ON fields is not supported by this database backend"}
		}
		result = append(result, "DISTINCT")
	}
	var outCols []string
	colIdx := 1
	for _, s := range append(append([]SelectColumn(nil), c.Select...), extra...) {
		sql := s.sql
		if s.Alias != "" {
			sql += " AS " + schema.QuoteName(s.Alias)
		} else if withColAliases && !f.ColAliasesQuoted {
			sql += fmt.Sprintf(" AS Col%d", colIdx)
			colIdx++
		}
		params = append(params, s.params...)
		outCols = append(outCols, sql)
	}
	result = append(result, strings.Join(outCols, ", "), "FROM", from)
	params = append(params, fparams...)
	if where != "" {
		result = append(result, "WHERE "+where)
		params = append(params, wparams...)
	}
	if len(groupBy) > 0 {
		var grouping []string
		for _, g := range groupBy {
			grouping = append(grouping, g.sql)
			params = append(params, g.params...)
		}
		result = append(result, "GROUP BY "+strings.Join(grouping, ", "))
		if c.metaOrdering {
			order = nil
		}
	}
	if having != "" {
		result = append(result, "HAVING "+having)
		params = append(params, hparams...)
	}
	if len(order) > 0 {
		var ordering []string
		for _, o := range order {
			ordering = append(ordering, o.sql)
			params = append(params, o.params...)
		}
		result = append(result, "ORDER BY "+strings.Join(ordering, ", "))
	}
	if lim := limitOffset(q.LowMark, q.HighMark); lim != "" {
		result = append(result, lim)
	}
	if q.Subquery && len(extra) > 0 {
		// The extra columns would give the subquery more columns than
		// the left-hand side expects: wrap it.
		var subSelects []string
		var subParams []any
		for i, s := range c.Select {
			alias := s.Alias
			if alias == "" && withColAliases {
				alias = fmt.Sprintf("col%d", i+1)
			}
			if alias != "" {
				subSelects = append(subSelects, schema.QuoteName("subquery")+"."+schema.QuoteName(alias))
				continue
			}
			rel := s.Expr
			if col, ok := rel.(*Col); ok {
				rel = col.relabel(map[string]string{col.Alias: "subquery"})
			}
			ss, sp, err := c.Compile(rel)
			if err != nil {
				return "", nil, err
			}
			subSelects = append(subSelects, ss)
			subParams = append(subParams, sp...)
		}
		return "SELECT " + strings.Join(subSelects, ", ") + " FROM (" + strings.Join(result, " ") + ") subquery", append(subParams, params...), nil
	}
	return strings.Join(result, " "), params, nil
}

// resetRefcounts is Query.reset_refcounts.
func (q *Query) resetRefcounts(to map[string]int) {
	for a := range q.aliasRefcount {
		q.aliasRefcount[a] = to[a]
	}
}

// limitOffset is DatabaseOperations.limit_offset_sql on SQLite.
func limitOffset(low, high int) string {
	var parts []string
	if high >= 0 {
		parts = append(parts, fmt.Sprintf("LIMIT %d", high-low))
	} else if low > 0 {
		parts = append(parts, "LIMIT -1")
	}
	if low > 0 {
		parts = append(parts, fmt.Sprintf("OFFSET %d", low))
	}
	return strings.Join(parts, " ")
}

// fromClause is get_from_clause: the referenced aliases in order.
func (c *Compiler) fromClause() (string, []any, error) {
	q := c.Query
	var params []any
	if len(q.aliasOrder) == 0 {
		q.InitialAlias()
	}
	var parts []string
	for _, a := range q.aliasOrder {
		if q.aliasRefcount[a] <= 0 {
			continue
		}
		j := q.aliasMap[a]
		if j.JoinType == "" {
			s := schema.QuoteName(j.TableName)
			if a != j.TableName {
				s += " " + c.aliasName(a)
			}
			parts = append(parts, s)
			continue
		}
		var conds []string
		for _, jc := range j.JoinCols {
			conds = append(conds, fmt.Sprintf("%s.%s = %s.%s",
				c.quoteNameUnlessAlias(j.ParentAlias), schema.QuoteName(jc[0]),
				c.quoteNameUnlessAlias(j.TableAlias), schema.QuoteName(jc[1])))
		}
		if j.Filtered != nil && j.Condition == nil {
			// 3.2 builds a FilteredRelation's condition here, reusing
			// the joins of its path (build_filtered_relation_q).
			reuse := map[string]bool{}
			for _, a := range j.FilteredPath {
				reuse[a] = true
			}
			if err := q.resolveFiltered(j, reuse); err != nil {
				return "", nil, err
			}
		}
		if j.Condition != nil {
			// A FilteredRelation's condition.
			s, p, err := c.Compile(j.Condition)
			if err != nil {
				return "", nil, err
			}
			if s != "" {
				conds = append(conds, "("+s+")")
				params = append(params, p...)
			}
		}
		aliasStr := ""
		if j.TableAlias != j.TableName {
			aliasStr = " " + c.aliasName(j.TableAlias)
		}
		parts = append(parts, fmt.Sprintf("%s %s%s ON (%s)", j.JoinType, schema.QuoteName(j.TableName), aliasStr, strings.Join(conds, " AND ")))
	}
	for _, t := range q.ExtraTables {
		// extra(tables=...): a table not otherwise in the query.
		if _, used := q.tableMap[t]; !used {
			parts = append(parts, ", "+c.quoteNameUnlessAlias(t))
		}
	}
	return strings.Join(parts, " "), params, nil
}

// Aggregation is the compiled query of QuerySet.aggregate() or count():
// the SQL and, per result column, the alias and the expression (for its
// converter).
type Aggregation struct {
	SQL     string
	Params  []any
	Aliases []string
	Exprs   []Expression
}

// CountSQL is the SQL of QuerySet.count() (Query.get_count →
// get_aggregation): COUNT(*) AS "__count", wrapped in a subquery when the
// query is distinct, sliced or grouped. It returns ErrEmptyResult when no
// query needs to run.
func CountSQL(q *Query) (string, []any, error) {
	obj := q.Clone()
	if q.features().AggregationStripsAnnotations {
		agg, err := obj.getAggregationStripped([]string{"__count"}, []Expression{&Aggregate{Function: "COUNT", Name: "Count", Star: true}})
		if err != nil {
			return "", nil, err
		}
		return agg.SQL, agg.Params, nil
	}
	if err := obj.AddAnnotation("__count", &Aggregate{Function: "COUNT", Name: "Count", Star: true}, true); err != nil {
		return "", nil, err
	}
	agg, err := obj.getAggregation([]string{"__count"})
	if err != nil {
		return "", nil, err
	}
	return agg.SQL, agg.Params, nil
}

// AggregateSQL is QuerySet.aggregate(): the aggregates are added as
// summary annotations under their aliases, then get_aggregation runs.
// Errors are Django's: TypeError for a non-aggregate, FieldError for an
// aggregate over another of the same call.
func AggregateSQL(q *Query, aliases []string, aggs []Expression) (*Aggregation, error) {
	obj := q.Clone()
	if q.features().AggregationStripsAnnotations {
		return obj.getAggregationStripped(aliases, aggs)
	}
	for i, alias := range aliases {
		if err := obj.AddAnnotation(alias, aggs[i], true); err != nil {
			return nil, err
		}
		ann := obj.Annotations[alias]
		if !containsAggregate(ann) {
			return nil, &TypeError{alias + " is not an aggregate expression"}
		}
		for _, src := range sourceExpressions(ann) {
			if r, ok := src.(*Ref); ok && containsAggregate(r) && contains(aliases, r.Name) {
				name := ""
				if a, ok := ann.(*Aggregate); ok {
					name = a.Name
				}
				return nil, &FieldError{fmt.Sprintf("Cannot compute %s('%s'): '%s' is an aggregate", name, r.Name, r.Name)}
			}
		}
	}
	return obj.getAggregation(aliases)
}

// isSummary is an expression's is_summary flag.
func isSummary(e Expression) bool {
	switch x := e.(type) {
	case *Aggregate:
		return x.IsSummary
	case *Combined:
		return x.IsSummary
	}
	return false
}

// getAggregation is Query.get_aggregation: a single-row query of the
// aggregates named in added. A query that is grouped, sliced, distinct or
// has other annotations is wrapped as `SELECT ... FROM (...) subquery`.
// The returned error is ErrEmptyResult when the query matches nothing (the
// aggregateSubquery completes agg, whose Exprs are the aggregates over
// inner's columns, as get_aggregation's AggregateQuery does: `SELECT
// aggs FROM (inner) subquery`, inner selecting its pk when it selects
// nothing else.
func (q *Query) aggregateSubquery(agg *Aggregation, inner *Query) error {
	if len(inner.Select) == 0 && !inner.DefaultCols && len(inner.AnnotationMask) == 0 {
		inner.Select = []Expression{&Col{Alias: inner.InitialAlias(), Target: inner.Meta().Pk}}
	}
	outer := &Compiler{Query: New(q.Model)}
	var cols []string
	var params []any
	for _, e := range agg.Exprs {
		s, p, err := outer.Compile(e)
		if err == nil {
			err = outputError(e)
		}
		if err != nil {
			return err
		}
		cols = append(cols, s)
		params = append(params, p...)
	}
	sql, ip, err := (&Compiler{Query: inner}).AsSQL(true)
	if err != nil {
		return err
	}
	agg.SQL = "SELECT " + strings.Join(cols, ", ") + " FROM (" + sql + ") subquery"
	agg.Params = append(params, ip...)
	return nil
}

// aggregation still describes the columns).
func (q *Query) getAggregation(added []string) (*Aggregation, error) {
	var existing []Expression
	for _, a := range q.AnnotationOrder {
		if !contains(added, a) {
			existing = append(existing, q.Annotations[a])
		}
	}
	if q.GroupByMode == GroupByList || q.IsSliced() || len(existing) > 0 || q.Distinct || q.Combinator != "" {
		inner := q.Clone()
		inner.Subquery = true
		inner.SetAnnotationMask(inner.annotationSelect())
		inner.ClearOrdering(false, true)
		if !inner.Distinct {
			hasExistingAgg := false
			for _, e := range existing {
				if containsAggregate(e) {
					hasExistingAgg = true
				}
			}
			if inner.DefaultCols && hasExistingAgg {
				inner.GroupByMode = GroupByList
				inner.GroupBy = []Expression{&Col{Alias: inner.InitialAlias(), Target: inner.Meta().Pk}}
			}
			inner.DefaultCols = false
		}
		relabels := map[string]string{"": "subquery"}
		for _, a := range inner.aliasOrder {
			relabels[a] = "subquery"
		}
		agg := &Aggregation{}
		colCnt := 0
		for _, alias := range inner.annotationSelect() {
			expr := inner.Annotations[alias]
			if !isSummary(expr) {
				continue
			}
			expr = inner.rewriteCols(expr, &colCnt)
			agg.Aliases = append(agg.Aliases, alias)
			agg.Exprs = append(agg.Exprs, expr.relabel(relabels))
			delete(inner.Annotations, alias)
			delete(inner.AnnotationMask, alias)
			inner.AnnotationOrder = remove(inner.AnnotationOrder, alias)
		}
		return agg, q.aggregateSubquery(agg, inner)
	}
	q.Select = nil
	q.DefaultCols = false
	q.ExtraSelect = nil
	q.ClearOrdering(true, true)
	q.ClearLimits()
	q.SelectRelated = nil
	agg := &Aggregation{}
	for _, a := range q.annotationSelect() {
		agg.Aliases = append(agg.Aliases, a)
		agg.Exprs = append(agg.Exprs, q.Annotations[a])
	}
	c := &Compiler{Query: q}
	sql, params, err := c.AsSQL(false)
	agg.SQL, agg.Params = sql, params
	return agg, err
}

func remove(list []string, s string) []string {
	var out []string
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// rewriteCols is Query.rewrite_cols: make sure the inner query of an
// aggregation selects what the outer aggregate refers to (columns and
// non-summary aggregates under aliases __col1, __col2...).
func (q *Query) rewriteCols(ann Expression, colCnt *int) Expression {
	srcs := sourceExpressions(ann)
	if len(srcs) == 0 {
		return ann
	}
	newSrcs := make([]Expression, len(srcs))
	for i, e := range srcs {
		if _, ok := e.(*Ref); ok {
			newSrcs[i] = e
			continue
		}
		var found string
		for _, a := range q.annotationSelect() {
			if q.Annotations[a] == e {
				found = a
				break
			}
		}
		switch {
		case found != "":
			newSrcs[i] = &Ref{Name: found, Source: e}
		case isCol(e) || (containsAggregate(e) && !isSummary(e)):
			*colCnt++
			alias := fmt.Sprintf("__col%d", *colCnt)
			q.Annotations[alias] = e
			q.AnnotationOrder = append(q.AnnotationOrder, alias)
			if q.AnnotationMask != nil {
				q.AnnotationMask[alias] = true
			}
			newSrcs[i] = &Ref{Name: alias, Source: e}
		default:
			newSrcs[i] = q.rewriteCols(e, colCnt)
		}
	}
	return withSources(ann, newSrcs)
}

func isCol(e Expression) bool { _, ok := e.(*Col); return ok }

// ExistsSQL is the SQL of QuerySet.exists() (Query.has_results):
// `SELECT (1) AS "a" ... LIMIT 1`.
func ExistsSQL(q *Query) (string, []any, error) {
	c := &Compiler{Query: q.existsQuery(true)}
	return c.AsSQL(false)
}

// SelectSQL compiles q as a SELECT (in place, as Django's compiler
// does); the compiler describes the columns.
func SelectSQL(q *Query) (*Compiler, string, []any, error) {
	c := NewCompiler(q)
	sql, params, err := c.AsSQL(false)
	return c, sql, params, err
}
