// Package query builds SQL the way Django's django.db.models.sql does: a
// Query holds the tables (aliases and joins), the where tree, ordering,
// limits and the selected columns; lookups, Q objects and F expressions
// become where nodes; the compiler turns a Query into SELECT, and the DML
// builders give INSERT, UPDATE and DELETE. Join creation, reuse, trimming
// and promotion (INNER vs LEFT OUTER) follow Django's Query.setup_joins,
// trim_joins and JoinPromoter, so table aliases (T3, U0) and join types come
// out as Django's.
//
// The files follow Django's split: query.go (Query: aliases, limits,
// ordering, annotations, set_values, set_group_by), path.go
// (names_to_path, setup_joins, trim_joins), filter.go (Q, build_filter,
// split_exclude, JoinPromoter, check_related_objects), lookups.go
// (lookups and transforms on SQLite), expressions.go (Col, F, Value,
// CombinedExpression with date arithmetic, aggregates, output fields),
// where.go (WhereNode, split_having), subquery.go (querysets used inside
// queries: resolve_expression, bump_prefix, Subquery, Exists), ordering.go
// (OrderBy: asc()/desc() with NULLS FIRST/LAST), functions.go (Func and
// the classes of django.db.models.functions, Cast, ExpressionWrapper),
// conditional.go (Case, When), combinator.go (union, intersection,
// difference, RawSQL), combine.go (qs1 | qs2),
// related.go (select_related), compiler.go (SQLCompiler: get_select,
// get_order_by, get_group_by, as_sql; get_aggregation and get_count),
// converters.go (values read back from SQLite) and dml.go.
//
// SQL uses Django's `%s` placeholders; parameters are already prepared for
// the database (engine/schema Field.DBPrepValue).
package query

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/features"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// JoinType is INNER JOIN or LEFT OUTER JOIN ("" for the base table).
type JoinType string

// The join types of a Join.
const (
	Inner  JoinType = "INNER JOIN"
	LOuter JoinType = "LEFT OUTER JOIN"
)

// Join is one entry of the FROM clause: the base table (JoinType "") or a
// join to TableName under TableAlias from ParentAlias, over JoinField (a
// forward *schema.Field or a reverse *schema.Rel).
type Join struct {
	TableName   string
	TableAlias  string
	ParentAlias string
	JoinType    JoinType
	JoinField   any // *schema.Field (direct) or *schema.Rel (reverse)
	Nullable    bool
	// JoinCols pairs the parent's column with this table's column.
	JoinCols [][2]string
	// Filtered is the FilteredRelation joined here (its alias is the
	// table's first alias), Condition its resolved condition, ANDed into
	// the ON clause.
	Filtered     *FilteredRelation
	Condition    *WhereNode
	FilteredPath []string // the aliases from the base to this join
}

// equals is Join.__eq__: the same table, parent and join field (the join
// type and alias do not matter).
func (j *Join) equals(o *Join) bool {
	return j.JoinType != "" && o.JoinType != "" && j.TableName == o.TableName && j.ParentAlias == o.ParentAlias && j.JoinField == o.JoinField
}

// Query is Django's sql.Query for one model.
type Query struct {
	Model *schema.Model

	aliasOrder    []string // alias_map keys in insertion order
	aliasMap      map[string]*Join
	aliasRefcount map[string]int
	tableMap      map[string][]string
	AliasPrefix   string // "T", or "U", "V"... in subqueries
	usedAliases   map[string]bool
	joinErr       error // an error resolving a FilteredRelation's condition
	// noJoinPromotion counts the FilteredRelation conditions being built
	// (_add_q with update_join_types=False).
	noJoinPromotion int
	// NoAliasCols is alias_cols=False: columns render unqualified
	// ("pages" rather than "myapp_book"."pages"), as in the SQL of a
	// check constraint or a partial index's condition.
	NoAliasCols bool
	// lookupRel names the relation class (ForeignKey, ManyToOneRel) of
	// the filter being built, for its lookup errors.
	lookupRel string

	Where *WhereNode

	// Select lists explicit columns (values()/values_list()); nil means
	// the model's default columns.
	Select       []Expression
	ValuesSelect []string
	DefaultCols  bool
	// Selected is Query.selected (features.ValuesSelectedAliases): the
	// names values()/values_list() selected, in their order, each a
	// column of Select, an annotation or an extra select; nil when no
	// names were given (the select list is then extra columns, the
	// default or Select columns, then the annotations).
	Selected []SelectedCol

	// FilteredRelations are annotate()'s FilteredRelations by alias.
	FilteredRelations map[string]*FilteredRelation
	// Annotations (annotate/aggregate) by name, in order.
	Annotations     map[string]Expression
	AnnotationOrder []string
	AnnotationMask  map[string]bool // nil: all annotations selected

	// GroupByMode and GroupBy are Django's group_by: None, True (group by
	// the selected columns) or a tuple of expressions (the minimal set;
	// the compiler adds the selected and ordering columns).
	GroupByMode GroupByMode
	GroupBy     []Expression

	// ExtraSelect holds `(1) AS "a"` style columns (exists(),
	// extra(select=...)), in order; ExtraMask, when not nil, selects only
	// the named ones (extra_select_mask, set by values()).
	ExtraSelect []ExtraCol
	ExtraMask   map[string]bool
	// ExtraTables are extra(tables=...), ExtraOrderBy extra(order_by=...)
	// (which replaces any other ordering).
	ExtraTables  []string
	ExtraOrderBy []string

	// OrderBy is order_by(): field names ("-name", "?") and expressions
	// (OrderBy, or any expression, ordered ascending).
	OrderBy         []any
	DefaultOrdering bool
	Standard        bool // ordering from Meta applies (standard_ordering)
	Distinct        bool
	DistinctFields  []string

	LowMark  int
	HighMark int // -1: no upper limit

	// DeferredNames and DeferredIsDefer are Django's deferred_loading:
	// the field names deferred (defer()) or, when DeferredIsDefer is
	// false, the only ones loaded (only()).
	DeferredNames   []string
	DeferredIsDefer bool

	Subquery bool
	// Combinator is "union", "intersection" or "difference" for a
	// combined query (qs1.union(qs2)), whose parts are CombinedQueries;
	// CombinatorAll is union(all=True).
	Combinator      string
	CombinatorAll   bool
	CombinedQueries []*Query
	// SelectRelated is select_related: nil for none, else the relations
	// to follow (Query.select_related's True or nested dict).
	SelectRelated *RelatedTree
	// FilterIsSticky keeps the multi-valued joins of the last filter
	// reusable by the next one (QuerySet._next_is_sticky, used by m2m
	// managers).
	FilterIsSticky bool

	lookupJoins []string // the joins of the last filter built (Query._lookup_joins)

	// subqAliases are the alias prefixes used by this query and its
	// subqueries (subq_aliases); externalAliases are the outer query's
	// aliases a subquery may refer to, true when they are aliases rather
	// than table names (external_aliases).
	subqAliases     map[string]bool
	externalAliases map[string]bool
}

// GroupByMode is the state of Query.group_by.
type GroupByMode uint8

const (
	// NoGroupBy is group_by = None.
	NoGroupBy GroupByMode = iota
	// GroupBySelect is group_by = True: group by every selected column.
	GroupBySelect
	// GroupByList is group_by = (expressions...).
	GroupByList
)

// SelectedCol is one entry of Query.selected: a values() name and what it
// selects, a column of Select (Index), an annotation (Annotation) or an
// extra select (Extra).
type SelectedCol struct {
	Name       string
	Index      int // the column of Select; -1 for an annotation or extra
	Annotation string
	Extra      Expression
}

// setSelected is `selected[name] = value`: an existing name keeps its
// place.
func (q *Query) setSelected(s SelectedCol) {
	for i := range q.Selected {
		if q.Selected[i].Name == s.Name {
			q.Selected[i] = s
			return
		}
	}
	q.Selected = append(q.Selected, s)
}

// SelectedNames lists the names of Query.selected, in order (nil when
// not set).
func (q *Query) SelectedNames() []string {
	var out []string
	for _, s := range q.Selected {
		out = append(out, s.Name)
	}
	return out
}

// ExtraCol is an extra select column: SQL (parenthesised, as RawSQL
// writes it), its parameters and its alias.
type ExtraCol struct {
	SQL    string
	Params []any
	Alias  string
}

// New returns the Query for all rows of model: no filter, default
// columns, default ordering.
func New(model *schema.Model) *Query {
	return &Query{
		Model:           model,
		aliasMap:        map[string]*Join{},
		aliasRefcount:   map[string]int{},
		tableMap:        map[string][]string{},
		AliasPrefix:     "T",
		usedAliases:     map[string]bool{},
		Where:           NewWhere(AND),
		DefaultCols:     true,
		DefaultOrdering: true,
		Standard:        true,
		HighMark:        -1,
		DeferredIsDefer: true,
		subqAliases:     map[string]bool{"T": true},
	}
}

// Clone returns a deep enough copy for chaining (Query.clone).
func (q *Query) Clone() *Query {
	c := *q
	c.aliasOrder = append([]string(nil), q.aliasOrder...)
	c.aliasMap = make(map[string]*Join, len(q.aliasMap))
	for k, v := range q.aliasMap {
		j := *v
		c.aliasMap[k] = &j
	}
	c.aliasRefcount = make(map[string]int, len(q.aliasRefcount))
	for k, v := range q.aliasRefcount {
		c.aliasRefcount[k] = v
	}
	c.tableMap = make(map[string][]string, len(q.tableMap))
	for k, v := range q.tableMap {
		c.tableMap[k] = append([]string(nil), v...)
	}
	c.usedAliases = map[string]bool{}
	if q.FilterIsSticky {
		for k, v := range q.usedAliases {
			c.usedAliases[k] = v
		}
	}
	c.FilterIsSticky = false
	c.Where = q.Where.clone()
	c.Select = append([]Expression(nil), q.Select...)
	c.ValuesSelect = append([]string(nil), q.ValuesSelect...)
	if q.Selected != nil {
		c.Selected = append([]SelectedCol(nil), q.Selected...)
	}
	c.OrderBy = append([]any(nil), q.OrderBy...)
	if q.CombinedQueries != nil {
		c.CombinedQueries = make([]*Query, len(q.CombinedQueries))
		for i, cq := range q.CombinedQueries {
			c.CombinedQueries[i] = cq.Clone()
		}
	}
	c.DeferredNames = append([]string(nil), q.DeferredNames...)
	c.ExtraSelect = append([]ExtraCol(nil), q.ExtraSelect...)
	c.ExtraTables = append([]string(nil), q.ExtraTables...)
	c.ExtraOrderBy = append([]string(nil), q.ExtraOrderBy...)
	if q.ExtraMask != nil {
		c.ExtraMask = map[string]bool{}
		for k, v := range q.ExtraMask {
			c.ExtraMask[k] = v
		}
	}
	if q.FilteredRelations != nil {
		c.FilteredRelations = make(map[string]*FilteredRelation, len(q.FilteredRelations))
		for k, v := range q.FilteredRelations {
			c.FilteredRelations[k] = v
		}
	}
	if q.Annotations != nil {
		c.Annotations = make(map[string]Expression, len(q.Annotations))
		for k, v := range q.Annotations {
			c.Annotations[k] = v
		}
		c.AnnotationOrder = append([]string(nil), q.AnnotationOrder...)
	}
	if q.AnnotationMask != nil {
		c.AnnotationMask = make(map[string]bool, len(q.AnnotationMask))
		for k, v := range q.AnnotationMask {
			c.AnnotationMask[k] = v
		}
	}
	c.GroupBy = append([]Expression(nil), q.GroupBy...)
	if q.externalAliases != nil {
		c.externalAliases = make(map[string]bool, len(q.externalAliases))
		for k, v := range q.externalAliases {
			c.externalAliases[k] = v
		}
	}
	return &c
}

// features are the behaviour of the Django version the query's model
// runs (connection.features); Django 3.2's for a query without a model.
func (q *Query) features() *features.Features {
	if q.Model == nil {
		return features.Django32
	}
	return q.Model.Meta.Features()
}

// Meta is the model's Options (get_meta).
func (q *Query) Meta() *schema.Options { return q.Model.Meta }

// InitialAlias returns the base table's alias, creating it on first use
// (get_initial_alias).
func (q *Query) InitialAlias() string {
	if len(q.aliasOrder) > 0 {
		alias := q.aliasOrder[0]
		q.aliasRefcount[alias]++
		return alias
	}
	return q.join(&Join{TableName: q.Meta().DBTable}, nil)
}

// baseAlias is the base table's alias without taking a reference.
func (q *Query) baseAlias() string {
	if len(q.aliasOrder) == 0 {
		q.InitialAlias()
	}
	return q.aliasOrder[0]
}

// tableAlias is Query.table_alias: the first use of a table is its name,
// later ones "<prefix><n>" with n = number of aliases + 1.
// A filtered relation's alias is its table's first.
func (q *Query) tableAlias(table string, create bool, fr *FilteredRelation) (string, bool) {
	list := q.tableMap[table]
	if !create && len(list) > 0 {
		alias := list[0]
		q.aliasRefcount[alias]++
		return alias, false
	}
	var alias string
	if len(list) > 0 {
		alias = fmt.Sprintf("%s%d", q.AliasPrefix, len(q.aliasMap)+1)
		q.tableMap[table] = append(list, alias)
	} else {
		alias = table
		if fr != nil {
			alias = fr.Alias
		}
		q.tableMap[table] = []string{alias}
	}
	q.aliasRefcount[alias] = 1
	return alias, true
}

// join is Query.join: reuse an equal join (any when reuse is nil, else
// only aliases in reuse), or create one; a new join is LEFT OUTER when
// nullable or when its parent is.
func (q *Query) join(j *Join, reuse map[string]bool) string {
	var reusable []string
	for _, a := range q.aliasOrder {
		if (reuse == nil || reuse[a]) && q.aliasMap[a].equals(j) && q.aliasMap[a].Filtered == j.Filtered {
			reusable = append(reusable, a)
		}
	}
	if len(reusable) > 0 {
		alias := reusable[len(reusable)-1]
		for _, a := range reusable {
			if a == j.TableAlias {
				alias = a
			}
		}
		q.aliasRefcount[alias]++
		return alias
	}
	alias, _ := q.tableAlias(j.TableName, true, j.Filtered)
	if j.ParentAlias != "" {
		if q.aliasMap[j.ParentAlias].JoinType == LOuter || j.Nullable {
			j.JoinType = LOuter
		} else {
			j.JoinType = Inner
		}
	}
	j.TableAlias = alias
	q.aliasMap[alias] = j
	q.aliasOrder = append(q.aliasOrder, alias)
	if j.Filtered != nil && j.Condition == nil && q.features().FilteredRelationResolvedOnJoin {
		n := len(q.aliasOrder)
		var r map[string]bool
		if reuse != nil {
			r = map[string]bool{alias: true}
			for a := range reuse {
				r[a] = true
			}
		}
		if err := q.resolveFiltered(j, r); err != nil {
			q.joinErr = err
		}
		if len(q.aliasOrder) > n {
			// Joins made by the condition come before this one.
			q.aliasOrder = append(append(q.aliasOrder[:n-1:n-1], q.aliasOrder[n:]...), alias)
		}
	}
	return alias
}

func (q *Query) unrefAlias(a string) { q.aliasRefcount[a]-- }

// promoteJoins is Query.promote_joins: make nullable joins (and the joins
// hanging off them) LEFT OUTER.
func (q *Query) promoteJoins(aliases []string) {
	for len(aliases) > 0 {
		alias := aliases[0]
		aliases = aliases[1:]
		j := q.aliasMap[alias]
		if j.JoinType == "" {
			continue
		}
		parentLouter := j.ParentAlias != "" && q.aliasMap[j.ParentAlias].JoinType == LOuter
		if (j.Nullable || parentLouter) && j.JoinType != LOuter {
			j.JoinType = LOuter
			for _, a := range q.aliasOrder {
				if q.aliasMap[a].ParentAlias == alias && !contains(aliases, a) {
					aliases = append(aliases, a)
				}
			}
		}
	}
}

// demoteJoins is Query.demote_joins: make LEFT OUTER joins INNER, and their
// INNER parents' chains.
func (q *Query) demoteJoins(aliases []string) {
	for len(aliases) > 0 {
		alias := aliases[0]
		aliases = aliases[1:]
		j := q.aliasMap[alias]
		if j.JoinType == LOuter {
			j.JoinType = Inner
			if p := q.aliasMap[j.ParentAlias]; p != nil && p.JoinType == Inner {
				aliases = append(aliases, j.ParentAlias)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// IsSliced reports whether limits are set.
func (q *Query) IsSliced() bool { return q.LowMark != 0 || q.HighMark != -1 }

// CanFilter reports whether filters may still be added (not sliced).
func (q *Query) CanFilter() bool { return !q.IsSliced() }

// SetLimits is Query.set_limits: low and high are relative to the current
// window; high < 0 means none.
func (q *Query) SetLimits(low, high int) {
	if high >= 0 {
		if q.HighMark != -1 {
			q.HighMark = min(q.HighMark, q.LowMark+high)
		} else {
			q.HighMark = q.LowMark + high
		}
	}
	if low > 0 {
		if q.HighMark != -1 {
			q.LowMark = min(q.HighMark, q.LowMark+low)
		} else {
			q.LowMark = q.LowMark + low
		}
	}
	if q.LowMark == q.HighMark {
		q.SetEmpty()
	}
}

// ClearLimits removes LIMIT and OFFSET.
func (q *Query) ClearLimits() { q.LowMark, q.HighMark = 0, -1 }

// ClearOrdering is Query.clear_ordering: drop order_by unless the query
// is sliced (when not forced); with clearDefault the model's default
// ordering is disabled too.
func (q *Query) ClearOrdering(force, clearDefault bool) {
	if !force && (q.IsSliced() || len(q.DistinctFields) > 0) {
		return
	}
	q.OrderBy = nil
	q.ExtraOrderBy = nil
	if clearDefault {
		q.DefaultOrdering = false
	}
	if q.features().CombinedOrderingCleared {
		// Percolate to the combined queries (union() cleared theirs
		// without clear_default).
		for _, cq := range q.CombinedQueries {
			cq.ClearOrdering(false, clearDefault)
		}
	}
}

// Ordered is QuerySet.ordered: an explicit order_by, or a default ordering
// that applies (a default ordering does not affect GROUP BY queries).
func (q *Query) Ordered() bool {
	if q.IsEmpty() || len(q.OrderBy) > 0 {
		return true
	}
	return q.DefaultOrdering && len(q.Meta().Ordering) > 0 && q.GroupByMode == NoGroupBy
}

// SetGroupBy is Query.set_group_by: group by the selected columns and the
// selected annotations' grouping columns (by alias when allowAliases and
// the alias does not clash with a joined table's column).
func (q *Query) SetGroupBy(allowAliases bool) {
	if q.features().GroupBySelectedPosition {
		q.setGroupByRefs(allowAliases)
		return
	}
	columnNames := map[string]bool{}
	if allowAliases {
		seen := map[*schema.Model]bool{}
		for _, a := range q.aliasOrder[min(1, len(q.aliasOrder)):] {
			j := q.aliasMap[a]
			var model *schema.Model
			switch jf := j.JoinField.(type) {
			case *schema.Field:
				model = jf.Rel.Model
			case *schema.Rel:
				model = jf.Field.Model
			}
			if model == nil || seen[model] {
				continue
			}
			seen[model] = true
			for _, f := range model.Meta.LocalFields {
				columnNames[f.Column] = true
			}
		}
	}
	groupBy := append([]Expression(nil), q.Select...)
	for _, alias := range q.annotationSelect() {
		ann := q.Annotations[alias]
		if isSubquery(ann) && allowAliases && !columnNames[alias] {
			groupBy = append(groupBy, &Ref{Name: alias, Source: ann})
			continue
		}
		groupBy = append(groupBy, groupByCols(ann)...)
	}
	q.GroupByMode = GroupByList
	q.GroupBy = groupBy
}

// setGroupByRefs is Query.set_group_by since Django 4.2: values() columns
// that are not plain columns (transforms) become annotations, and every
// selected annotation that is not an aggregate is grouped by reference
// (which the compiler writes as its position in the select list).
func (q *Query) setGroupByRefs(allowAliases bool) {
	if allowAliases && len(q.ValuesSelect) > 0 {
		var names, annNames []string
		var cols []Expression
		for i, alias := range q.ValuesSelect {
			if i >= len(q.Select) {
				break
			}
			if _, ok := q.Select[i].(*Col); ok {
				names = append(names, alias)
				cols = append(cols, q.Select[i])
				continue
			}
			if q.Annotations == nil {
				q.Annotations = map[string]Expression{}
			}
			if _, exists := q.Annotations[alias]; !exists {
				q.Annotations[alias] = q.Select[i]
			}
			annNames = append(annNames, alias)
		}
		if len(annNames) > 0 {
			// annotations = {**group_by_annotations, **annotations}
			order := append([]string(nil), annNames...)
			for _, a := range q.AnnotationOrder {
				if !contains(annNames, a) {
					order = append(order, a)
				}
			}
			q.AnnotationOrder = order
			if q.AnnotationMask != nil {
				// append_annotation_mask
				q.SetAnnotationMask(append(q.annotationSelect(), annNames...))
			}
		}
		q.Select, q.ValuesSelect = cols, names
		if q.Selected != nil {
			for i, n := range names {
				q.setSelected(SelectedCol{Name: n, Index: i})
			}
		}
	}
	groupBy := append([]Expression(nil), q.Select...)
	for _, alias := range q.annotationSelect() {
		ann := q.Annotations[alias]
		cols := groupByCols(ann)
		if len(cols) == 0 {
			continue
		}
		if allowAliases && !containsAggregate(ann) {
			groupBy = append(groupBy, &Ref{Name: alias, Source: ann})
		} else {
			groupBy = append(groupBy, cols...)
		}
	}
	q.GroupByMode = GroupByList
	q.GroupBy = groupBy
}

// AddOrdering is Query.add_ordering: it appends order_by() items, field
// names ("-field", "rel__field", "?", "pk", validated with names_to_path)
// or expressions.
func (q *Query) AddOrdering(items ...any) error {
	for _, item := range items {
		n, isName := item.(string)
		if !isName {
			if _, ok := item.(Expression); !ok {
				return &FieldError{fmt.Sprintf("Invalid order_by arguments: [%v]", item)}
			}
			continue
		}
		if n == "?" {
			continue
		}
		name := n
		if len(name) > 0 && name[0] == '-' {
			name = name[1:]
		}
		if q.Annotations != nil {
			if _, ok := q.Annotations[name]; ok {
				continue
			}
		}
		if _, ok := q.extraCol(name); ok {
			continue
		}
		// names_to_path validates the first name only; the rest may be
		// transforms, checked when compiling.
		parts := splitLookup(name)
		if _, err := q.namesToPath(parts, q.Meta(), true, false); err != nil {
			return err
		}
	}
	q.OrderBy = append(q.OrderBy, items...)
	return nil
}

// ClearSelectFields is Query.clear_select_fields: no explicit columns (the
// default columns flag is left as it is).
func (q *Query) ClearSelectFields() {
	q.Select = nil
	q.ValuesSelect = nil
	q.Selected = nil
}

// AddFields is Query.add_fields: select the named fields (values(),
// values_list()), joining as needed. With allowM2M false a multi-valued
// relation is an error.
func (q *Query) AddFields(names []string, allowM2M bool) error {
	alias := q.InitialAlias()
	opts := q.Meta()
	var cols []Expression
	for _, name := range names {
		info, err := q.setupJoins(splitLookup(name), opts, alias, nil, allowM2M)
		if err != nil {
			if _, ok := err.(*multiJoin); ok {
				return &FieldError{fmt.Sprintf("Invalid field name: '%s'", name)}
			}
			if strings.Contains(name, LookupSep) {
				return err
			}
			if _, ok := q.Annotations[name]; ok {
				return &FieldError{fmt.Sprintf("Cannot select the '%s' alias. Use annotate() to promote it.", name)}
			}
			available := opts.FieldNames()
			available = append(available, q.annotationSelect()...)
			sort.Strings(available)
			return &FieldError{fmt.Sprintf("Cannot resolve keyword '%s' into field. Choices are: %s", name, strings.Join(available, ", "))}
		}
		if ff, ok := info.finalField.(*schema.Field); ok && ff.ForeignObject() && len(info.targets) > 1 {
			return &NotImplementedError{fmt.Sprintf("values() of the ForeignObject %s is not supported by ormfiddle yet: name its fields", name)}
		}
		targets, final, _ := q.trimJoins(info.targets, info.joins, info.path)
		for _, t := range targets {
			// transform_function: a transform ("published__year"), or
			// the error of the path that did not resolve.
			c, err := info.transform(&Col{Alias: final, Target: t})
			if err != nil {
				return err
			}
			cols = append(cols, c)
		}
	}
	if len(cols) > 0 {
		q.Select = cols
		q.DefaultCols = false
	}
	return nil
}

// SetValues is Query.set_values (values()/values_list()): the named
// fields, annotations and extra columns become the select list; with no
// names every concrete field's attname. A GROUP BY over the model's
// columns (annotate() before values()) is expanded first.
func (q *Query) SetValues(fields []string) error {
	q.SelectRelated = nil
	q.ClearDeferredLoading()
	q.ClearSelectFields()
	var fieldNames []string
	selected := map[string]bool{}
	// sel is Django 5.2's selected: each name with what it selects.
	sel := &Query{}
	if len(fields) > 0 {
		var annotationNames, extraNames []string
		if len(q.ExtraSelect) == 0 && len(q.Annotations) == 0 {
			fieldNames = append(fieldNames, fields...)
			for i, f := range fields {
				sel.setSelected(SelectedCol{Name: f, Index: i})
			}
		} else {
			q.DefaultCols = false
			annSel := q.annotationSelect()
			extraSel := q.ExtraSelectNames()
			for _, f := range fields {
				switch {
				case contains(extraSel, f):
					extraNames = append(extraNames, f)
					ex, _ := q.extraCol(f)
					sel.setSelected(SelectedCol{Name: f, Index: -1, Extra: &rawExpr{sql: ex.SQL, params: ex.Params}})
				case contains(annSel, f):
					annotationNames = append(annotationNames, f)
					sel.setSelected(SelectedCol{Name: f, Index: -1, Annotation: f})
				default:
					sel.setSelected(SelectedCol{Name: f, Index: len(fieldNames)})
					fieldNames = append(fieldNames, f)
				}
			}
		}
		q.ExtraMask = map[string]bool{}
		for _, n := range extraNames {
			q.ExtraMask[n] = true
		}
		q.SetAnnotationMask(annotationNames)
		for _, n := range fields {
			selected[n] = true
		}
	} else {
		fieldNames = concreteAttnames(q.Meta())
		for _, n := range fieldNames {
			selected[n] = true
		}
	}
	switch q.GroupByMode {
	case GroupBySelect:
		if err := q.AddFields(concreteAttnames(q.Meta()), false); err != nil {
			return err
		}
		q.SetGroupBy(false)
		q.ClearSelectFields()
	case GroupByList:
		for i, e := range q.GroupBy {
			if r, ok := e.(*Ref); ok && !selected[r.Name] {
				q.GroupBy[i] = q.Annotations[r.Name]
			}
		}
	}
	q.ValuesSelect = fieldNames
	if err := q.AddFields(fieldNames, true); err != nil {
		return err
	}
	if len(fields) > 0 && q.features().ValuesSelectedAliases {
		q.Selected = sel.Selected
	}
	return nil
}

// AddAnnotation adds an annotation under alias; select says whether it is
// part of the SELECT.
func (q *Query) AddAnnotation(alias string, e Expression, isSummary bool) error {
	resolved, err := e.Resolve(q, true, nil, isSummary)
	if err != nil {
		return err
	}
	if q.Annotations == nil {
		q.Annotations = map[string]Expression{}
	}
	if _, ok := q.Annotations[alias]; !ok {
		q.AnnotationOrder = append(q.AnnotationOrder, alias)
	}
	q.Annotations[alias] = resolved
	if q.AnnotationMask != nil {
		q.AnnotationMask[alias] = true
	}
	if len(q.Selected) > 0 {
		q.setSelected(SelectedCol{Name: alias, Index: -1, Annotation: alias})
	}
	return nil
}

// AddAlias is add_annotation(select=False) (QuerySet.alias()): the
// annotation can be filtered and ordered on but is not selected.
func (q *Query) AddAlias(alias string, e Expression) error {
	selected := q.annotationSelect()
	if err := q.AddAnnotation(alias, e, false); err != nil {
		return err
	}
	var keep []string
	for _, a := range selected {
		if a != alias {
			keep = append(keep, a)
		}
	}
	q.SetAnnotationMask(keep)
	return nil
}

// annotationSelect returns the selected annotations in order.
func (q *Query) annotationSelect() []string {
	var out []string
	for _, a := range q.AnnotationOrder {
		if q.AnnotationMask == nil || q.AnnotationMask[a] {
			out = append(out, a)
		}
	}
	return out
}

// SetAnnotationMask selects only the named annotations.
func (q *Query) SetAnnotationMask(names []string) {
	q.AnnotationMask = map[string]bool{}
	for _, n := range names {
		q.AnnotationMask[n] = true
	}
	if len(q.Selected) > 0 {
		// Prune the masked annotations, append the unmasked ones.
		var keep []SelectedCol
		for _, s := range q.Selected {
			if s.Annotation == "" || q.AnnotationMask[s.Annotation] {
				keep = append(keep, s)
			}
		}
		q.Selected = keep
		for _, n := range names {
			q.setSelected(SelectedCol{Name: n, Index: -1, Annotation: n})
		}
	}
}

// HasJoins reports whether more than the base table is referenced.
func (q *Query) HasJoins() bool {
	n := 0
	for _, a := range q.aliasOrder {
		if q.aliasRefcount[a] > 0 {
			n++
		}
	}
	return n > 1
}

// Tables lists the aliases in FROM order with their joins (referenced
// ones only), for explanations on the page.
func (q *Query) Tables() []*Join {
	var out []*Join
	for _, a := range q.aliasOrder {
		if q.aliasRefcount[a] > 0 {
			out = append(out, q.aliasMap[a])
		}
	}
	return out
}

// AddDeferredLoading is Query.add_deferred_loading (defer()).
func (q *Query) AddDeferredLoading(names []string) {
	if q.DeferredIsDefer {
		for _, n := range names {
			if !contains(q.DeferredNames, n) {
				q.DeferredNames = append(q.DeferredNames, n)
			}
		}
		return
	}
	var keep []string
	for _, n := range q.DeferredNames {
		if !contains(names, n) {
			keep = append(keep, n)
		}
	}
	q.DeferredNames = keep
}

// AddImmediateLoading is Query.add_immediate_loading (only()).
func (q *Query) AddImmediateLoading(names []string) {
	var fixed []string
	for _, n := range names {
		if n == "pk" {
			n = q.Meta().Pk.Name
		}
		fixed = append(fixed, n)
	}
	if q.DeferredIsDefer {
		var keep []string
		for _, n := range fixed {
			if !contains(q.DeferredNames, n) {
				keep = append(keep, n)
			}
		}
		fixed = keep
	}
	q.DeferredNames = fixed
	q.DeferredIsDefer = false
}

// ClearDeferredLoading loads every field again (defer(None)).
func (q *Query) ClearDeferredLoading() {
	q.DeferredNames = nil
	q.DeferredIsDefer = true
}

// loadedColumns is deferred_to_data with get_loaded_field_names_cb: for
// each concrete model whose columns are restricted, the attnames that
// load; a model absent from the map loads every column, and nil means no
// deferred loading at all. only() loads the named fields plus the
// model's pk (and, for names spanning relations, the relation and the
// related pk); every parent in the inheritance chain is mentioned, so a
// parent none of whose fields is named loads nothing (and is not joined).
// defer() loads, per model mentioned, its other local fields.
func (q *Query) loadedColumns() (map[*schema.Model]map[string]bool, error) {
	if len(q.DeferredNames) == 0 {
		return nil, nil
	}
	origOpts := q.Meta()
	type fieldSet struct {
		order  []*schema.Model
		fields map[*schema.Model][]*schema.Field
	}
	add := func(fs *fieldSet, m *schema.Model, f *schema.Field) {
		if _, ok := fs.fields[m]; !ok {
			fs.order = append(fs.order, m)
		}
		for _, x := range fs.fields[m] {
			if x == f {
				return
			}
		}
		fs.fields[m] = append(fs.fields[m], f)
	}
	seen := &fieldSet{fields: map[*schema.Model][]*schema.Field{}}
	must := &fieldSet{fields: map[*schema.Model][]*schema.Field{}}
	add(must, origOpts.ConcreteModel, origOpts.Pk)
	for _, name := range q.DeferredNames {
		parts := strings.Split(name, "__")
		curModel := q.Model.Meta.ConcreteModel
		opts := origOpts
		for i, part := range parts[:len(parts)-1] {
			oldModel := curModel
			f, r, err := opts.GetField(part)
			if err != nil {
				return nil, err
			}
			if r != nil {
				// A reverse relation: only a reverse one-to-one can be
				// followed here.
				curModel = r.Field.Model
			} else if f.Rel != nil {
				curModel = f.Rel.Model
				add(must, oldModel, f)
			} else {
				if q.features().SelectMaskFieldError {
					// _get_only_select_mask: the name after a
					// field that is no relation.
					return nil, &FieldError{parts[i+1]}
				}
				// source.remote_field.model of a plain field.
				return nil, &AttributeError{"'NoneType' object has no attribute 'model'"}
			}
			opts = curModel.Meta
			add(must, curModel.Meta.ConcreteModel, opts.Pk)
		}
		f, r, err := opts.GetField(parts[len(parts)-1])
		if err != nil {
			return nil, err
		}
		if r != nil {
			// is_reverse_o2o fields are not added; other reverse
			// relations are not columns.
			continue
		}
		model := f.Model.Meta.ConcreteModel
		if model == opts.Model {
			model = curModel
		}
		add(seen, model, f)
	}
	out := map[*schema.Model]map[string]bool{}
	put := func(m *schema.Model, fields []*schema.Field) {
		set := map[string]bool{}
		for _, f := range fields {
			set[f.Attname] = true
		}
		out[m] = set
	}
	if q.DeferredIsDefer {
		work := &fieldSet{fields: map[*schema.Model][]*schema.Field{}}
		for _, m := range seen.order {
			for _, f := range m.Meta.LocalFields {
				named := false
				for _, x := range seen.fields[m] {
					if x == f {
						named = true
					}
				}
				if !named {
					add(work, f.Model.Meta.ConcreteModel, f)
				}
			}
		}
		for _, m := range must.order {
			if _, ok := work.fields[m]; ok {
				for _, f := range must.fields[m] {
					add(work, m, f)
				}
			}
		}
		for _, m := range work.order {
			put(m, work.fields[m])
		}
		return out, nil
	}
	for _, m := range must.order {
		for _, f := range must.fields[m] {
			add(seen, m, f)
		}
	}
	for _, p := range origOpts.ParentList() {
		if _, ok := seen.fields[p]; !ok {
			seen.order = append(seen.order, p)
			seen.fields[p] = nil
		}
	}
	for _, m := range seen.order {
		put(m, seen.fields[m])
	}
	return out, nil
}

// isSubquery reports whether e is a Subquery (or an Exists): grouped by
// its alias when possible (Subquery.get_group_by_cols(alias)).
func isSubquery(e Expression) bool {
	switch e.(type) {
	case *Subquery, *Exists:
		return true
	}
	return false
}

// ExtraSelectNames lists the selected extra columns' aliases
// (Query.extra_select).
func (q *Query) ExtraSelectNames() []string {
	var out []string
	for _, e := range q.extraSelect() {
		out = append(out, e.Alias)
	}
	return out
}

// extraSelect is Query.extra_select: the extra columns the mask keeps.
func (q *Query) extraSelect() []ExtraCol {
	if q.ExtraMask == nil {
		return q.ExtraSelect
	}
	var out []ExtraCol
	for _, e := range q.ExtraSelect {
		if q.ExtraMask[e.Alias] {
			out = append(out, e)
		}
	}
	return out
}

// extraCol returns the extra select column named alias, masked or not.
func (q *Query) extraCol(alias string) (ExtraCol, bool) {
	for _, e := range q.ExtraSelect {
		if e.Alias == alias {
			return e, true
		}
	}
	return ExtraCol{}, false
}

// AddExtra is Query.add_extra (QuerySet.extra()): select columns (their
// `%s` markers paired with select_params), where clauses with params, extra
// tables and an ordering.
func (q *Query) AddExtra(selectNames, selectSQL []string, selectParams []any, where []string, params []any, tables, orderBy []string) error {
	for i, name := range selectNames {
		entry := selectSQL[i]
		var entryParams []any
		for pos := strings.Index(entry, "%s"); pos != -1; {
			if pos == 0 || entry[pos-1] != '%' {
				if len(selectParams) == 0 {
					return &StopIteration{}
				}
				entryParams = append(entryParams, selectParams[0])
				selectParams = selectParams[1:]
			}
			next := strings.Index(entry[pos+2:], "%s")
			if next == -1 {
				break
			}
			pos += 2 + next
		}
		col := ExtraCol{SQL: "(" + entry + ")", Params: entryParams, Alias: name}
		replaced := false
		for j, e := range q.ExtraSelect {
			if e.Alias == name {
				q.ExtraSelect[j], replaced = col, true
			}
		}
		if !replaced {
			q.ExtraSelect = append(q.ExtraSelect, col)
		}
		if q.ExtraMask != nil {
			q.ExtraMask[name] = true
		}
	}
	if len(where) > 0 || len(params) > 0 {
		parts := make([]string, len(where))
		for i, w := range where {
			parts[i] = "(" + w + ")"
		}
		q.Where.Add(&RawCondition{Text: strings.Join(parts, " AND "), Params: params}, AND)
	}
	q.ExtraTables = append(q.ExtraTables, tables...)
	if len(orderBy) > 0 {
		q.ExtraOrderBy = orderBy
	}
	return nil
}

// StopIteration is Python's StopIteration (select_params ran out).
type StopIteration struct{}

func (*StopIteration) Error() string { return "StopIteration: " }
