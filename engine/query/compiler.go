package query

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Compiler turns a Query into SQL (Django's SQLCompiler). It works on its
// own copy of the query, because compiling adds joins (parents of the
// selected fields, ordering across relations).
type Compiler struct {
	Query  *Query
	parent *Compiler

	// Columns describes the SELECT list after AsSQL: for default columns
	// the model fields in order (Fields), otherwise the selected expressions.
	Fields      []*schema.Field
	ColumnNames []string
}

// NewCompiler returns a compiler for a copy of q.
func NewCompiler(q *Query) *Compiler { return &Compiler{Query: q.Clone()} }

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

// quoteNameUnlessAlias quotes table names but not generated aliases (T3).
func (c *Compiler) quoteNameUnlessAlias(name string) string {
	for q := c; q != nil; q = q.parent {
		if _, isAlias := q.Query.aliasMap[name]; isAlias {
			if _, isTable := q.Query.tableMap[name]; !isTable {
				return name
			}
			return schema.QuoteName(name)
		}
	}
	return schema.QuoteName(name)
}

type selectCol struct {
	expr  Expression
	alias string
}

// defaultColumns is get_default_columns: the concrete fields of the model
// with their parents' tables joined.
func (c *Compiler) defaultColumns() []selectCol {
	q := c.Query
	opts := q.Meta()
	start := q.InitialAlias()
	seen := map[*schema.Model]string{nil: start}
	var out []selectCol
	onlyLoad := q.loadedColumns()
	for _, f := range opts.ConcreteFields() {
		if cols, ok := onlyLoad[f.Model]; ok && !cols[f.Attname] {
			continue
		}
		model := f.Model.Meta.ConcreteModel
		alias := start
		if model != opts.Model {
			alias = q.joinParentModel(opts, model, start, seen)
		}
		out = append(out, selectCol{expr: &Col{Alias: alias, Target: f}})
		c.Fields = append(c.Fields, f)
	}
	return out
}

func (c *Compiler) selectList() []selectCol {
	q := c.Query
	var cols []selectCol
	for _, e := range q.ExtraSelect {
		cols = append(cols, selectCol{expr: &rawExpr{sql: e.SQL}, alias: e.Alias})
	}
	if q.DefaultCols && len(q.Select) == 0 {
		cols = append(cols, c.defaultColumns()...)
	} else {
		for _, e := range q.Select {
			cols = append(cols, selectCol{expr: e})
		}
	}
	for _, a := range q.annotationSelect() {
		cols = append(cols, selectCol{expr: q.Annotations[a], alias: a})
	}
	return cols
}

// rawExpr is SQL text used as a select column (extra select).
type rawExpr struct{ sql string }

func (r *rawExpr) SQL(*Compiler) (string, []any, error) { return r.sql, nil, nil }
func (r *rawExpr) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) {
	return r, nil
}
func (r *rawExpr) Output() *schema.Field                { return nil }
func (r *rawExpr) relabel(map[string]string) Expression { return r }

type orderItem struct {
	expr       Expression
	descending bool
	isRef      bool
	random     bool
}

// getOrderDir is get_order_dir: "-name" flips the default direction.
func getOrderDir(field string, asc bool) (string, bool) {
	if strings.HasPrefix(field, "-") {
		return field[1:], !asc
	}
	return field, asc
}

// orderBy is get_order_by.
func (c *Compiler) orderBy() ([]orderItem, error) {
	q := c.Query
	var ordering []string
	switch {
	case !q.DefaultOrdering:
		ordering = q.OrderBy
	case len(q.OrderBy) > 0:
		ordering = q.OrderBy
	default:
		ordering = q.Meta().Ordering
	}
	asc := q.Standard
	var items []orderItem
	for _, field := range ordering {
		if field == "?" {
			items = append(items, orderItem{random: true})
			continue
		}
		col, ascending := getOrderDir(field, asc)
		if q.Annotations != nil {
			if ann, ok := q.Annotations[col]; ok {
				selected := false
				for _, a := range q.annotationSelect() {
					if a == col {
						selected = true
					}
				}
				if selected {
					items = append(items, orderItem{expr: &Ref{Name: col, Source: ann}, descending: !ascending, isRef: true})
				} else {
					items = append(items, orderItem{expr: ann, descending: !ascending})
				}
				continue
			}
		}
		found, err := c.findOrderingName(field, q.Meta(), "", asc, map[string]bool{})
		if err != nil {
			return nil, err
		}
		items = append(items, found...)
	}
	return items, nil
}

// findOrderingName is SQLCompiler.find_ordering_name: ordering by a
// relation uses the related model's Meta.ordering (or its primary key).
func (c *Compiler) findOrderingName(name string, opts *schema.Options, alias string, asc bool, seen map[string]bool) ([]orderItem, error) {
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
	if len(info.transforms) > 0 {
		return nil, &FieldError{fmt.Sprintf("Cannot resolve keyword '%s' into field. Join on '%s' not permitted.", info.transforms[0], pieces[len(pieces)-len(info.transforms)-1])}
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
	if isRel && len(info.opts.Ordering) > 0 && attname != pieces[len(pieces)-1] && name != "pk" {
		var key []string
		for _, j := range info.joins {
			key = append(key, fmt.Sprint(q.aliasMap[j].JoinCols))
		}
		k := strings.Join(key, "|")
		if seen[k] {
			return nil, &FieldError{"Infinite loop caused by ordering."}
		}
		seen[k] = true
		var results []orderItem
		for _, item := range info.opts.Ordering {
			r, err := c.findOrderingName(item, info.opts, alias, ascending, seen)
			if err != nil {
				return nil, err
			}
			results = append(results, r...)
		}
		return results, nil
	}
	targets, alias, _ := q.trimJoins(info.targets, info.joins, info.path)
	var out []orderItem
	for _, t := range targets {
		out = append(out, orderItem{expr: &Col{Alias: alias, Target: t}, descending: !ascending})
	}
	return out, nil
}

// AsSQL is SQLCompiler.as_sql for a SELECT; withColAliases names the
// columns Col1, Col2... (for a query wrapped in a subquery).
func (c *Compiler) AsSQL(withColAliases bool) (string, []any, error) {
	q := c.Query
	cols := c.selectList()
	order, err := c.orderBy()
	if err != nil {
		return "", nil, err
	}
	if q.Subquery && !q.IsSliced() {
		order = nil
	}
	where, wparams, err := c.Compile(q.Where)
	if err != nil {
		return "", nil, err
	}
	var params []any
	var out []string
	for i, sc := range cols {
		s, p, err := c.Compile(sc.expr)
		if err != nil {
			return "", nil, err
		}
		if sc.alias != "" {
			s += " AS " + schema.QuoteName(sc.alias)
		} else if withColAliases {
			s += fmt.Sprintf(" AS Col%d", i+1)
		}
		out = append(out, s)
		params = append(params, p...)
	}
	var groupBy []string
	var gparams []any
	if g := c.groupBy(cols, order); g != nil {
		for _, e := range g {
			s, p, err := c.Compile(e)
			if err != nil {
				return "", nil, err
			}
			if !contains(groupBy, s) {
				groupBy = append(groupBy, s)
				gparams = append(gparams, p...)
			}
		}
	}
	var ordSQL []string
	var oparams []any
	seen := map[string]bool{}
	for _, o := range order {
		if o.random {
			ordSQL = append(ordSQL, "RANDOM() ASC")
			continue
		}
		s, p, err := c.Compile(o.expr)
		if err != nil {
			return "", nil, err
		}
		if seen[s] {
			continue
		}
		seen[s] = true
		if o.descending {
			s += " DESC"
		} else {
			s += " ASC"
		}
		ordSQL = append(ordSQL, s)
		oparams = append(oparams, p...)
	}
	from, err := c.fromClause()
	if err != nil {
		return "", nil, err
	}
	var b strings.Builder
	b.WriteString("SELECT ")
	if q.Distinct {
		b.WriteString("DISTINCT ")
	}
	b.WriteString(strings.Join(out, ", "))
	b.WriteString(" FROM ")
	b.WriteString(from)
	if where != "" {
		b.WriteString(" WHERE " + where)
		params = append(params, wparams...)
	}
	if len(groupBy) > 0 {
		b.WriteString(" GROUP BY " + strings.Join(groupBy, ", "))
		params = append(params, gparams...)
	}
	if len(ordSQL) > 0 {
		b.WriteString(" ORDER BY " + strings.Join(ordSQL, ", "))
		params = append(params, oparams...)
	}
	if lim := limitOffset(q.LowMark, q.HighMark); lim != "" {
		b.WriteString(" " + lim)
	}
	return b.String(), params, nil
}

// groupBy is get_group_by for SQLite: when aggregates are annotated, group
// by every selected column and ordering column that is not an aggregate.
func (c *Compiler) groupBy(cols []selectCol, order []orderItem) []Expression {
	q := c.Query
	hasAgg := false
	for _, a := range q.annotationSelect() {
		if containsAggregate(q.Annotations[a]) {
			hasAgg = true
		}
	}
	if !hasAgg && len(q.GroupBy) == 0 {
		return nil
	}
	var out []Expression
	out = append(out, q.GroupBy...)
	for _, sc := range cols {
		if !containsAggregate(sc.expr) {
			if _, raw := sc.expr.(*rawExpr); !raw {
				out = append(out, sc.expr)
			}
		}
	}
	for _, o := range order {
		if !o.random && !o.isRef && !containsAggregate(o.expr) {
			out = append(out, o.expr)
		}
	}
	return out
}

func containsAggregate(e Expression) bool {
	switch x := e.(type) {
	case *Aggregate:
		return true
	case *Combined:
		return containsAggregate(x.LHS) || containsAggregate(x.RHS)
	case *Ref:
		return containsAggregate(x.Source)
	}
	return false
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
func (c *Compiler) fromClause() (string, error) {
	q := c.Query
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
				s += " " + a
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
		aliasStr := ""
		if j.TableAlias != j.TableName {
			aliasStr = " " + j.TableAlias
		}
		parts = append(parts, fmt.Sprintf("%s %s%s ON (%s)", j.JoinType, schema.QuoteName(j.TableName), aliasStr, strings.Join(conds, " AND ")))
	}
	return strings.Join(parts, " "), nil
}

// CountSQL is the SQL of QuerySet.count() (Query.get_count →
// get_aggregation): COUNT(*) AS "__count", wrapped in a subquery when the
// query is distinct, sliced or grouped. It returns ErrEmptyResult when no
// query needs to run.
func CountSQL(q *Query) (string, []any, error) {
	obj := q.Clone()
	return obj.aggregationSQL([]string{"__count"}, []Expression{&Aggregate{Function: "COUNT", Name: "Count", Star: true, Field: intField}})
}

// AggregateSQL is the SQL of QuerySet.aggregate(): one aggregate per alias,
// over a subquery when the query is distinct, sliced or already annotated.
func AggregateSQL(q *Query, aliases []string, aggs []Expression) (string, []any, error) {
	return q.Clone().aggregationSQL(aliases, aggs)
}

// aggregationSQL is Query.get_aggregation.
func (q *Query) aggregationSQL(aliases []string, aggs []Expression) (string, []any, error) {
	existing := len(q.annotationSelect()) > 0
	if q.IsSliced() || q.Distinct || existing || len(q.GroupBy) > 0 {
		inner := q.Clone()
		inner.Subquery = true
		if !inner.IsSliced() {
			inner.ClearOrdering(true)
		}
		if !inner.Distinct && !existing {
			// Only the pk is needed.
			if inner.DefaultCols {
				inner.Select = []Expression{&Col{Alias: inner.InitialAlias(), Target: inner.Meta().Pk}}
				inner.DefaultCols = false
			}
		}
		ic := &Compiler{Query: inner}
		sql, params, err := ic.AsSQL(true)
		if err != nil {
			return "", nil, err
		}
		var cols []string
		outer := &Compiler{Query: New(q.Model)}
		for _, a := range aggs {
			s, p, err := outer.Compile(a)
			if err != nil {
				return "", nil, err
			}
			// SQLAggregateCompiler selects the aggregates without aliases.
			params = append(p, params...)
			cols = append(cols, s)
		}
		return "SELECT " + strings.Join(cols, ", ") + " FROM (" + sql + ") subquery", params, nil
	}
	q.Select = nil
	q.DefaultCols = false
	q.ClearOrdering(true)
	q.Annotations = nil
	q.AnnotationOrder = nil
	q.AnnotationMask = nil
	for i, a := range aggs {
		if err := q.AddAnnotation(aliases[i], a, true); err != nil {
			return "", nil, err
		}
	}
	c := &Compiler{Query: q}
	return c.AsSQL(false)
}

// ExistsSQL is the SQL of QuerySet.exists(): `SELECT (1) AS "a" ... LIMIT 1`.
func ExistsSQL(q *Query) (string, []any, error) {
	obj := q.Clone()
	if !obj.Distinct {
		obj.Select = nil
		obj.DefaultCols = false
		obj.AnnotationMask = map[string]bool{}
	}
	obj.ClearOrdering(true)
	obj.SetLimits(0, 1)
	obj.ExtraSelect = []ExtraCol{{SQL: "(1)", Alias: "a"}}
	c := &Compiler{Query: obj}
	return c.AsSQL(false)
}

// SelectSQL compiles q as a SELECT; the compiler's Fields lists the model
// fields of the default columns (empty for values()).
func SelectSQL(q *Query) (*Compiler, string, []any, error) {
	c := NewCompiler(q)
	sql, params, err := c.AsSQL(false)
	return c, sql, params, err
}
