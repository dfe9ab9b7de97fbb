package query

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Q is Django's Q object: filters combined with AND/OR, possibly negated.
// Children are *Q or Filter.
type Q struct {
	Connector Connector
	Negated   bool
	Children  []any
}

// Filter is one keyword filter: a lookup path ("reporter__name__startswith")
// and its value. Values are Go values in the engine's representation, a
// ModelInstance, a QueryValue, an Expression (F), or []any for in/range.
type Filter struct {
	Lookup string
	Value  any
}

// NewQ is Q(*args, **kwargs): the positional Qs, then the keyword filters
// sorted by name, ANDed.
func NewQ(args []*Q, kwargs []Filter) *Q {
	q := &Q{Connector: AND}
	for _, a := range args {
		q.Children = append(q.Children, a)
	}
	kw := append([]Filter(nil), kwargs...)
	sort.SliceStable(kw, func(i, j int) bool { return kw[i].Lookup < kw[j].Lookup })
	for _, f := range kw {
		q.Children = append(q.Children, f)
	}
	return q
}

// Empty reports whether the Q has no children.
func (q *Q) Empty() bool { return len(q.Children) == 0 }

func (q *Q) copy() *Q {
	c := *q
	c.Children = append([]any(nil), q.Children...)
	return &c
}

// add is tree.Node.add for Q.
func (q *Q) add(data *Q, conn Connector) {
	if q.Connector == conn {
		if !data.Negated && (data.Connector == conn || len(data.Children) == 1) {
			q.Children = append(q.Children, data.Children...)
			return
		}
		q.Children = append(q.Children, data)
		return
	}
	obj := &Q{Connector: q.Connector, Negated: q.Negated, Children: q.Children}
	q.Connector = conn
	q.Negated = false
	q.Children = []any{obj, data}
}

// Combine is Q._combine (`|` and `&`).
func (q *Q) Combine(other *Q, conn Connector) *Q {
	if other.Empty() {
		return q.copy()
	}
	if q.Empty() {
		return other.copy()
	}
	obj := &Q{Connector: conn}
	obj.add(q, conn)
	obj.add(other, conn)
	return obj
}

// Invert is `~q`.
func (q *Q) Invert() *Q {
	obj := &Q{Connector: AND}
	obj.add(q, AND)
	obj.Negated = !obj.Negated
	return obj
}

// String renders the Q as Django's repr does: (AND: ('a', 1), (NOT (OR: ...))).
func (q *Q) String(repr func(any) string) string {
	var parts []string
	for _, ch := range q.Children {
		switch c := ch.(type) {
		case *Q:
			parts = append(parts, c.String(repr))
		case Filter:
			parts = append(parts, "('"+c.Lookup+"', "+repr(c.Value)+")")
		}
	}
	s := "(" + string(q.Connector) + ": " + strings.Join(parts, ", ") + ")"
	if q.Negated {
		s = "(NOT " + s + ")"
	}
	return s
}

// AddQ is Query.add_q: build the Q into the where tree, then promote and
// demote joins as Django does.
func (q *Query) AddQ(qo *Q) error {
	var existingInner []string
	for _, a := range q.aliasOrder {
		if q.aliasMap[a].JoinType == Inner {
			existingInner = append(existingInner, a)
		}
	}
	clause, _, err := q.addQ(qo, q.usedAliases, false, false, true, true)
	if err != nil {
		return err
	}
	if clause != nil && len(clause.Children) > 0 {
		q.Where.Add(clause, AND)
	}
	q.demoteJoins(existingInner)
	return nil
}

// BuildWhere is Query.build_where: the where tree of a Q that may not
// join other tables (the check of a constraint, a partial index's
// condition), left out of q's own where.
func (q *Query) BuildWhere(qo *Q) (*WhereNode, error) {
	clause, _, err := q.addQ(qo, map[string]bool{}, false, false, false, true)
	if err != nil {
		return nil, err
	}
	if clause == nil {
		clause = NewWhere(AND)
	}
	return clause, nil
}

// colAlias is _get_col's alias: none with NoAliasCols.
func (q *Query) colAlias(alias string) string {
	if q.NoAliasCols {
		return ""
	}
	return alias
}

// AddCondition ANDs a prepared condition into the where tree.
func (q *Query) AddCondition(c Condition) { q.Where.Add(c, AND) }

// SetEmpty makes the query match nothing (QuerySet.none()).
func (q *Query) SetEmpty() { q.Where.Add(Nothing{}, AND) }

// IsEmpty reports whether the query was made empty with SetEmpty.
func (q *Query) IsEmpty() bool {
	for _, c := range q.Where.Children {
		if _, ok := c.(Nothing); ok {
			return true
		}
	}
	return false
}

// addQ is Query._add_q.
func (q *Query) addQ(qo *Q, used map[string]bool, branchNegated, currentNegated, allowJoins, splitSubq bool) (*WhereNode, []string, error) {
	currentNegated = currentNegated != qo.Negated
	branchNegated = branchNegated || qo.Negated
	target := &WhereNode{Connector: qo.Connector, Negated: qo.Negated}
	jp := newJoinPromoter(qo.Connector, len(qo.Children), currentNegated)
	for _, ch := range qo.Children {
		var clause *WhereNode
		var needed []string
		var err error
		switch c := ch.(type) {
		case *Q:
			clause, needed, err = q.addQ(c, used, branchNegated, currentNegated, allowJoins, splitSubq)
		case Filter:
			clause, needed, err = q.buildFilter(c, branchNegated, currentNegated, used, allowJoins, splitSubq)
		case Expression:
			clause, err = q.buildFilterExpression(c, allowJoins)
		}
		if err != nil {
			return nil, nil, err
		}
		jp.addVotes(needed)
		if clause != nil && len(clause.Children) > 0 {
			target.Add(clause, qo.Connector)
		}
	}
	if q.noJoinPromotion > 0 {
		return target, nil, nil
	}
	return target, jp.updateJoinTypes(q), nil
}

// buildFilter is Query.build_filter for one keyword filter.
func (q *Query) buildFilter(f Filter, branchNegated, currentNegated bool, canReuse map[string]bool, allowJoins, splitSubq bool) (*WhereNode, []string, error) {
	if f.Lookup == "" {
		return nil, nil, &FieldError{"Cannot parse keyword query ''"}
	}
	parts := splitLookup(f.Lookup)
	value := f.Value
	// Resolve expressions in the value first (they may add joins).
	preRef := map[string]int{}
	for k, v := range q.aliasRefcount {
		preRef[k] = v
	}
	value, err := q.resolveLookupValue(value, canReuse, allowJoins)
	if err != nil {
		return nil, nil, err
	}
	if err := q.checkFilterable(value); err != nil {
		return nil, nil, err
	}
	var usedJoins []string
	for _, a := range q.aliasOrder {
		if q.aliasRefcount[a] > preRef[a] {
			usedJoins = append(usedJoins, a)
		}
	}
	// An annotation reference.
	if q.Annotations != nil {
		if ann, ok := q.Annotations[parts[0]]; ok {
			if err := q.checkFilterable(ann); err != nil {
				return nil, nil, err
			}
			lookup, err := q.buildLookup(parts[1:], ann, value, false)
			if err != nil {
				return nil, nil, err
			}
			clause := NewWhere(AND)
			clause.Add(lookup, AND)
			return clause, nil, nil
		}
	}
	alias := q.InitialAlias()
	allowMany := !branchNegated || !splitSubq
	info, err := q.setupJoins(parts, q.Meta(), alias, canReuse, allowMany)
	if err != nil {
		if mj, ok := err.(*multiJoin); ok {
			return q.splitExclude(f, canReuse, mj.namesWithPath)
		}
		return nil, nil, err
	}
	if err := checkRelatedObjects(info.finalField, value, info.opts); err != nil {
		return nil, nil, err
	}
	lookupJoins := info.joins
	for _, j := range info.joins {
		if !contains(usedJoins, j) {
			usedJoins = append(usedJoins, j)
		}
	}
	targets, alias, joinList := q.trimJoins(info.targets, info.joins, info.path)
	if canReuse != nil {
		for _, j := range joinList {
			canReuse[j] = true
		}
	}
	q.lookupJoins = lookupJoins
	related := false
	var outField any = info.finalField
	switch ff := info.finalField.(type) {
	case *schema.Field:
		related = ff.IsRelation()
		if related {
			q.lookupRel = string(ff.Kind)
		}
	case *schema.Rel:
		related = true
		q.lookupRel = relClassName(ff)
	}
	defer func() { q.lookupRel = "" }()
	if related && len(info.transforms) > 1 && !q.features().RelatedLookupsAsTransforms {
		return nil, nil, &FieldError{"Related Field got invalid lookup: " + info.transforms[0]}
	}
	if ff, ok := info.finalField.(*schema.Field); ok && ff.Composite != nil {
		// A lookup on a CompositePrimaryKey (Django 5.2).
		condition, err := q.buildTupleLookup(ff, q.colAlias(alias), info.transforms, value)
		if err != nil {
			return nil, nil, err
		}
		clause := NewWhere(AND)
		clause.Add(condition, AND)
		return clause, usedJoins, nil
	}
	if ff, ok := info.finalField.(*schema.Field); ok && ff.ForeignObject() && len(targets) > 1 {
		clause, err := q.buildMultiColLookup(ff, q.colAlias(alias), targets, info.transforms, value)
		if err != nil {
			return nil, nil, err
		}
		if currentNegated && targets[0].Null && value != nil && (len(info.transforms) == 0 || info.transforms[len(info.transforms)-1] != "isnull") {
			clause.Add(&Lookup{Name: "isnull", LHS: &Col{Alias: q.colAlias(alias), Target: targets[0], OutputField: targets[0]}, RHS: false}, AND)
		}
		return clause, usedJoins, nil
	}
	col := &Col{Alias: q.colAlias(alias), Target: targets[0], OutputField: outField}
	if rel, ok := info.finalField.(*schema.Rel); ok {
		// Filtering on a reverse relation compares the related model's pk.
		col.OutputField = rel.Field.Model.Meta.Pk
		related = true
	}
	condition, err := q.buildLookup(info.transforms, col, value, related)
	if err != nil {
		return nil, nil, err
	}
	clause := NewWhere(AND)
	clause.Add(condition, AND)
	lookupType := condition.Name
	rhsTrue, _ := condition.RHS.(bool)
	requireOuter := lookupType == "isnull" && rhsTrue && !currentNegated
	if currentNegated && (lookupType != "isnull" || !rhsTrue) && condition.RHS != nil {
		requireOuter = true
		if lookupType != "isnull" {
			last := q.aliasMap[joinList[len(joinList)-1]]
			if targets[0].Null || last.JoinType == LOuter {
				clause.Add(&Lookup{Name: "isnull", LHS: &Col{Alias: q.colAlias(alias), Target: targets[0], OutputField: info.targets[0]}, RHS: false}, AND)
			}
			if vc, ok := value.(*Col); ok && vc.Target.Null {
				clause.Add(&Lookup{Name: "isnull", LHS: vc, RHS: false}, AND)
			}
		}
	}
	if requireOuter {
		return clause, nil, nil
	}
	return clause, usedJoins, nil
}

// buildFilterExpression is build_filter for an expression given as a
// filter (filter(Exists(...))): it must be conditional, and becomes an
// exact lookup against True (written as the expression alone).
func (q *Query) buildFilterExpression(e Expression, allowJoins bool) (*WhereNode, error) {
	if !isConditionalExpr(e) {
		return nil, &TypeError{"Cannot filter against a non-conditional expression."}
	}
	r, err := e.Resolve(q, allowJoins, nil, false)
	if err != nil {
		return nil, err
	}
	l, err := q.buildLookup([]string{"exact"}, r, true, false)
	if err != nil {
		return nil, err
	}
	clause := NewWhere(AND)
	clause.Add(l, AND)
	return clause, nil
}

// isConditionalExpr is BaseExpression.conditional before resolution: a
// boolean output field (When and OrderBy are never conditional).
func isConditionalExpr(e Expression) bool {
	switch e.(type) {
	case *When, *OrderBy, *F:
		return false
	case *Exists:
		return true
	}
	return isConditional(e)
}

// IsConditional is BaseExpression.conditional: the expression can stand
// as a condition (When(condition), filter(expression)).
func IsConditional(e Expression) bool { return isConditionalExpr(e) }

// resolveLookupValue is Query.resolve_lookup_value: expressions are
// resolved against q (adding joins), querysets become subqueries, and the
// items of a list are resolved one by one.
func (q *Query) resolveLookupValue(value any, canReuse map[string]bool, allowJoins bool) (any, error) {
	switch v := value.(type) {
	case *Query:
		return v.resolveSubquery(q, allowJoins, canReuse)
	case Expression:
		return v.Resolve(q, allowJoins, canReuse, false)
	case QueryValue:
		if fv, ok := value.(interface{ Fields() []string }); ok && len(fv.Fields()) > 1 && !q.features().SubqueryLookupCountsFields {
			return nil, &TypeError{"Cannot use multi-field values as a filter value."}
		}
		return v.SubQuery().resolveSubquery(q, allowJoins, canReuse)
	case []any:
		out := make([]any, len(v))
		for i, it := range v {
			r, err := q.resolveLookupValue(it, canReuse, allowJoins)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return out, nil
	}
	return value, nil
}

// splitExclude is Query.split_exclude: a negated filter across a
// multi-valued relation becomes NOT EXISTS(SELECT 1 FROM child WHERE
// <filter> AND child.parent_id = parent.id LIMIT 1), the subquery's
// leading joins trimmed.
func (q *Query) splitExclude(f Filter, canReuse map[string]bool, namesWithPath []nameWithPath) (*WhereNode, []string, error) {
	if fv, ok := f.Value.(*F); ok {
		f.Value = &OuterRef{Name: fv.Name}
	}
	inner := New(q.Model)
	if err := inner.AddQ(NewQ(nil, []Filter{f})); err != nil {
		return nil, nil, err
	}
	inner.ClearOrdering(true, true)
	prefix, containsLouter := inner.trimStart(namesWithPath)
	col := inner.Select[0].(*Col)
	selectField := col.Target
	if canReuse[col.Alias] {
		pk := selectField.Model.Meta.Pk
		outerAlias := col.Alias
		inner.bumpPrefix(q)
		innerCol := inner.Select[0].(*Col)
		inner.Where.Add(&Lookup{Name: "exact", LHS: &Col{Alias: innerCol.Alias, Target: pk}, RHS: &Col{Alias: outerAlias, Target: pk}, rhsExpr: true}, AND)
		if inner.externalAliases == nil {
			inner.externalAliases = map[string]bool{}
		}
		inner.externalAliases[outerAlias] = true
		// Django keeps using the column taken before bump_prefix, so the
		// condition below refers to the outer query's alias.
	}
	inner.Where.Add(&Lookup{Name: "exact", LHS: col, RHS: &ResolvedOuterRef{Name: prefix}, rhsExpr: true}, AND)
	sub, err := inner.resolveSubquery(q, true, nil)
	if err != nil {
		return nil, nil, err
	}
	condition := NewWhere(AND)
	condition.Add(&Exists{Query: sub}, AND)
	if containsLouter {
		orNull, _, err := q.buildFilter(Filter{Lookup: prefix + "__isnull", Value: true}, true, true, canReuse, true, true)
		if err != nil {
			return nil, nil, err
		}
		condition.Add(orNull, OR)
	}
	return condition, nil, nil
}

// trimStart is Query.trim_start: remove the leading joins of a split
// exclude's inner query, returning the outer filter prefix.
func (q *Query) trimStart(namesWithPath []nameWithPath) (string, bool) {
	var allPaths []PathInfo
	for _, nw := range namesWithPath {
		allPaths = append(allPaths, nw.path...)
	}
	containsLouter := false
	var lookupTables []string
	for _, a := range q.aliasOrder {
		if a == q.aliasOrder[0] || contains(q.lookupJoins, a) {
			lookupTables = append(lookupTables, a)
		}
	}
	trimmed := 0
	var path PathInfo
	for trimmed, path = range allPaths {
		if path.M2M {
			break
		}
		if q.aliasMap[lookupTables[trimmed+1]].JoinType == LOuter {
			containsLouter = true
		}
		q.unrefAlias(lookupTables[trimmed])
	}
	var joinField *schema.Field
	switch jf := path.JoinField.(type) {
	case *schema.Rel:
		joinField = jf.Field
	case *schema.Field:
		joinField = jf
	}
	pathsInPrefix := trimmed
	var prefix []string
	for _, nw := range namesWithPath {
		if pathsInPrefix-len(nw.path) < 0 {
			break
		}
		prefix = append(prefix, nw.name)
		pathsInPrefix -= len(nw.path)
	}
	prefix = append(prefix, joinField.TargetField().Name)
	firstJoin := q.aliasMap[lookupTables[trimmed+1]]
	var selectField *schema.Field
	var selectAlias string
	if firstJoin.JoinType != LOuter {
		selectField = joinField
		selectAlias = lookupTables[trimmed+1]
		q.unrefAlias(lookupTables[trimmed])
	} else {
		selectField = joinField.TargetField()
		selectAlias = lookupTables[trimmed]
	}
	for _, a := range q.aliasOrder {
		if q.aliasRefcount[a] > 0 {
			j := q.aliasMap[a]
			j.JoinType = ""
			j.ParentAlias = ""
			j.JoinCols = nil
			break
		}
	}
	q.Select = []Expression{&Col{Alias: selectAlias, Target: selectField}}
	q.DefaultCols = false
	return strings.Join(prefix, LookupSep), containsLouter
}

// joinPromoter is Django's JoinPromoter: decides, per Q level, which joins
// must be INNER and which may be LEFT OUTER.
type joinPromoter struct {
	effective   Connector
	numChildren int
	votes       map[string]int
	order       []string
}

func newJoinPromoter(conn Connector, n int, negated bool) *joinPromoter {
	eff := conn
	if negated {
		if conn == AND {
			eff = OR
		} else {
			eff = AND
		}
	}
	return &joinPromoter{effective: eff, numChildren: n, votes: map[string]int{}}
}

func (j *joinPromoter) addVotes(aliases []string) {
	for _, a := range aliases {
		if _, ok := j.votes[a]; !ok {
			j.order = append(j.order, a)
		}
		j.votes[a]++
	}
}

func (j *joinPromoter) updateJoinTypes(q *Query) []string {
	var promote, demote []string
	for _, a := range j.order {
		v := j.votes[a]
		if j.effective == OR && v < j.numChildren {
			promote = append(promote, a)
		}
		if j.effective == AND || (j.effective == OR && v == j.numChildren) {
			demote = append(demote, a)
		}
	}
	q.promoteJoins(promote)
	q.demoteJoins(demote)
	return demote
}

// ObjectTypeError is the ValueError of check_query_object_type: a model
// instance of the wrong model used as the value of a relation lookup
// (`Cannot query "x": Must be "Chef" instance.`, with str(x)).
type ObjectTypeError struct {
	Value      ModelInstance
	ObjectName string
}

func (e *ObjectTypeError) Error() string {
	return fmt.Sprintf("ValueError: Cannot query %q: Must be %q instance.", e.Value.ModelOf().Name, e.ObjectName)
}

// checkRelLookupCompatibility is check_rel_lookup_compatibility: model is
// opts' model, a parent of it or a child of it (or field is a primary key
// and the same holds for its model).
func checkRelLookupCompatibility(model *schema.Model, opts *schema.Options, field any) bool {
	check := func(o *schema.Options) bool {
		if model.Meta.ConcreteModel == o.ConcreteModel {
			return true
		}
		for _, p := range model.Meta.ParentList() {
			if p == o.ConcreteModel {
				return true
			}
		}
		for _, p := range o.ParentList() {
			if p == model {
				return true
			}
		}
		return false
	}
	if check(opts) {
		return true
	}
	f, ok := field.(*schema.Field)
	return ok && f.PrimaryKey && check(f.Model.Meta)
}

// checkRelatedObjects is Query.check_related_objects: the instances (or
// the queryset) given to a relation lookup must be of its model.
func checkRelatedObjects(field any, value any, opts *schema.Options) error {
	switch f := field.(type) {
	case *schema.Field:
		if !f.IsRelation() {
			return nil
		}
	case *schema.Rel:
	default:
		return nil
	}
	checkOne := func(v any) error {
		if inst, ok := v.(ModelInstance); ok && !checkRelLookupCompatibility(inst.ModelOf(), opts, field) {
			return &ObjectTypeError{Value: inst, ObjectName: opts.ObjectName}
		}
		return nil
	}
	switch v := value.(type) {
	case *Query:
		if !v.HasSelectFields() && !checkRelLookupCompatibility(v.Model, opts, field) {
			return &ValueError{fmt.Sprintf(`Cannot use QuerySet for "%s": Use a QuerySet for "%s".`, v.Meta().ObjectName, opts.ObjectName)}
		}
	case []any:
		for _, it := range v {
			if err := checkOne(it); err != nil {
				return err
			}
		}
	default:
		return checkOne(v)
	}
	return nil
}

// buildMultiColLookup is RelatedLookupMixin.as_sql (and RelatedIn's) for
// a ForeignObject over several columns (a MultiColSource): the lookup on
// each (local column, value) pair ANDed, and for in an OR of such groups,
// the values being get_normalized_value's (an instance's target fields,
// or a tuple).
func (q *Query) buildMultiColLookup(f *schema.Field, alias string, targets []*schema.Field, lookups []string, value any) (*WhereNode, error) {
	name := "exact"
	if len(lookups) > 0 {
		name = lookups[len(lookups)-1]
	}
	if len(lookups) > 1 || (name != "exact" && name != "in" && name != "isnull") {
		return nil, &NotImplementedError{fmt.Sprintf("the %s lookup on the ForeignObject %s is not supported by ormfiddle yet", strings.Join(lookups, "__"), f.Name)}
	}
	if name == "exact" && value == nil {
		// Query.build_lookup: exact None is isnull True.
		name, value = "isnull", true
	}
	if name == "isnull" {
		null, ok := value.(bool)
		if !ok {
			return nil, &NotImplementedError{fmt.Sprintf("the isnull lookup on the ForeignObject %s with a %T is not supported by ormfiddle yet", f.Name, value)}
		}
		w := NewWhere(AND)
		if !q.features().ForeignObjectTupleLookups {
			// (True,) zipped with the columns: the first one alone.
			l, err := q.buildLookup([]string{"isnull"}, &Col{Alias: alias, Target: targets[0], OutputField: targets[0]}, null, false)
			if err != nil {
				return nil, err
			}
			w.Add(l, AND)
			return w, nil
		}
		t := &TupleLookup{Name: name, Null: null}
		for _, c := range targets {
			t.Cols = append(t.Cols, &Col{Alias: alias, Target: c})
		}
		w.Add(t, AND)
		return w, nil
	}
	pairs := f.RelatedFields()
	normalize := func(v any) ([]any, error) {
		if inst, ok := v.(ModelInstance); ok {
			var out []any
			for _, pair := range pairs {
				out = append(out, inst.AttValue(pair[1].Attname))
			}
			return out, nil
		}
		if t, ok := v.([]any); ok {
			return t, nil
		}
		if _, ok := v.(Expression); ok {
			return nil, &NotImplementedError{fmt.Sprintf("an expression compared with the ForeignObject %s is not supported by ormfiddle yet", f.Name)}
		}
		return []any{v}, nil
	}
	// exact and in are tuple lookups (TupleExact, TupleIn): row values
	// where the version has them, else ANDs (ORed for in).
	t := &TupleLookup{Name: name, RowValues: q.features().TupleLookupRowValues}
	for _, c := range targets {
		t.Cols = append(t.Cols, &Col{Alias: alias, Target: c})
	}
	items := []any{value}
	if name == "in" {
		var ok bool
		if items, ok = value.([]any); !ok {
			return nil, &NotImplementedError{fmt.Sprintf("the in lookup on the ForeignObject %s with a %T is not supported by ormfiddle yet: pass a list", f.Name, value)}
		}
	}
	for _, it := range items {
		vals, err := normalize(it)
		if err != nil {
			return nil, err
		}
		if len(vals) != len(targets) {
			return nil, &NotImplementedError{fmt.Sprintf("comparing the ForeignObject %s with %d values is not supported by ormfiddle yet", f.Name, len(vals))}
		}
		row := make([]any, len(vals))
		for i, v := range vals {
			if row[i], err = prepValue(targets[i], v); err != nil {
				return nil, err
			}
		}
		t.Rows = append(t.Rows, row)
	}
	w := NewWhere(AND)
	w.Add(t, AND)
	return w, nil
}
