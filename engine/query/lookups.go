package query

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// ModelInstance is what lookups need of a model instance used as a value
// (filter(reporter=r)): its model and attribute values.
type ModelInstance interface {
	ModelOf() *schema.Model
	AttValue(attname string) any
}

// QueryValue is a queryset used as a value (filter(reporter__in=qs)).
type QueryValue interface {
	SubQuery() *Query
}

// sqliteOperators are the SQLite backend's lookup operators.
var sqliteOperators = map[string]string{
	"exact":       "= %s",
	"iexact":      `LIKE %s ESCAPE '\'`,
	"contains":    `LIKE %s ESCAPE '\'`,
	"icontains":   `LIKE %s ESCAPE '\'`,
	"regex":       "REGEXP %s",
	"iregex":      "REGEXP '(?i)' || %s",
	"gt":          "> %s",
	"gte":         ">= %s",
	"lt":          "< %s",
	"lte":         "<= %s",
	"startswith":  `LIKE %s ESCAPE '\'`,
	"endswith":    `LIKE %s ESCAPE '\'`,
	"istartswith": `LIKE %s ESCAPE '\'`,
	"iendswith":   `LIKE %s ESCAPE '\'`,
}

// patternOps are the operators used when the right-hand side is an
// expression rather than a value (pattern_ops).
var patternOps = map[string]string{
	"contains":    `LIKE '%%' || {} || '%%' ESCAPE '\'`,
	"icontains":   `LIKE '%%' || UPPER({}) || '%%' ESCAPE '\'`,
	"startswith":  `LIKE {} || '%%' ESCAPE '\'`,
	"istartswith": `LIKE UPPER({}) || '%%' ESCAPE '\'`,
	"endswith":    `LIKE '%%' || {} ESCAPE '\'`,
	"iendswith":   `LIKE '%%' || UPPER({}) ESCAPE '\'`,
}

// patternEsc is the SQLite backend's pattern_esc.
const patternEsc = `REPLACE(REPLACE(REPLACE({}, '\', '\\'), '%%', '\%%'), '_', '\_')`

var likePatterns = map[string]string{
	"contains": "%%%s%%", "icontains": "%%%s%%",
	"startswith": "%s%%", "istartswith": "%s%%",
	"endswith": "%%%s", "iendswith": "%%%s",
	"iexact": "%s",
}

var lookupNames = []string{"contains", "endswith", "exact", "gt", "gte", "icontains", "iendswith", "iexact", "in", "iregex", "isnull", "istartswith", "lt", "lte", "range", "regex", "startswith"}

// relatedLookups are the lookups a relation accepts (RelatedLookupMixin).
var relatedLookups = map[string]bool{"exact": true, "gt": true, "gte": true, "lt": true, "lte": true, "in": true, "isnull": true}

// transformNames are the registered transforms by field kind group.
var dateTransforms = []string{"year", "iso_year", "month", "day", "week_day", "iso_week_day", "week", "quarter"}
var timeTransforms = []string{"hour", "minute", "second"}

// LookupRegistry holds what Field.register_lookup() registered
// (Django's class_lookups, merged along a field class's MRO): transforms
// and lookups by name for a field. The query asks it for a name that is no
// built-in lookup or transform of the field.
type LookupRegistry interface {
	// Transform applies the transform registered as name for f to lhs
	// (ok is false when there is none).
	Transform(f *schema.Field, name string, lhs Expression) (e Expression, ok bool, err error)
	// Lookup returns the SQL of the lookup registered as name for f
	// (ok is false when there is none): a custom Lookup's as_sql.
	Lookup(f *schema.Field, name string) (sql CustomLookup, ok bool)
	// Names lists the names registered for f (get_lookups()), for the
	// suggestion of an unsupported lookup.
	Names(f *schema.Field) []string
}

// registeredNames lists the names registered for f.
func registeredNames(r LookupRegistry, f *schema.Field) []string {
	if r == nil {
		return nil
	}
	return r.Names(f)
}

// CustomLookup compiles a registered lookup (its as_sql) for l.
type CustomLookup func(c *Compiler, l *Lookup) (string, []any, error)

// registry is the model's registered lookups (nil: none).
func (q *Query) registry() LookupRegistry {
	if q != nil && q.Model != nil {
		if r, ok := q.Model.Apps().Lookups.(LookupRegistry); ok {
			return r
		}
	}
	return nil
}

// registeredTransform applies the registered transform name to lhs.
func registeredTransform(r LookupRegistry, name string, lhs Expression) (Expression, bool, error) {
	if r == nil {
		return nil, false, nil
	}
	return r.Transform(lhs.Output(), name, lhs)
}

// Lookup is a condition `lhs <lookup> rhs` (django.db.models.lookups).
type Lookup struct {
	Name string
	LHS  Expression
	// RHS is the prepared parameter, []any for in/range, an Expression,
	// or a *Query for a subquery.
	RHS     any
	rhsExpr bool
	// yearLookup marks a YearLookup: the source compared with the bounds
	// of the year (the rhs), computed when compiled.
	yearLookup bool
	// notBool marks an isnull lookup given a value that is no bool, an
	// error once compiled (IsNullRequiresBool).
	notBool bool
	// Custom is the as_sql of a lookup registered with register_lookup
	// (nil: a built-in lookup).
	Custom CustomLookup
}

// ProcessRHS is Lookup.process_rhs for a custom lookup: an expression
// compiled in parentheses, a value as a parameter.
func (l *Lookup) ProcessRHS(c *Compiler) (string, []any, error) {
	switch r := l.RHS.(type) {
	case Expression:
		s, p, err := c.Compile(r)
		if err != nil {
			return "", nil, err
		}
		if c.Query.features().LookupRHSParenthesized {
			s = "(" + s + ")"
		}
		return s, p, nil
	case *Query:
		s, p, err := c.subquerySQL(r)
		if err != nil {
			return "", nil, err
		}
		return "(" + s + ")", p, nil
	}
	return "%s", []any{l.RHS}, nil
}

// LookupName is the lookup's name ("exact", "in", ...).
func (l *Lookup) LookupName() string { return l.Name }

func (l *Lookup) relabelCond(m map[string]string) Condition {
	n := *l
	n.LHS = l.LHS.relabel(m)
	switch r := l.RHS.(type) {
	case Expression:
		n.RHS = r.relabel(m)
	case *Query:
		n.RHS = r.relabeledClone(m)
	case []any:
		items := make([]any, len(r))
		for i, it := range r {
			if e, ok := it.(Expression); ok {
				it = e.relabel(m)
			}
			items[i] = it
		}
		n.RHS = items
	}
	return &n
}

func (l *Lookup) equal(o Condition) bool {
	ol, ok := o.(*Lookup)
	if !ok || ol.Name != l.Name {
		return false
	}
	return reflect.DeepEqual(l.LHS, ol.LHS) && reflect.DeepEqual(l.RHS, ol.RHS) && l.yearLookup == ol.yearLookup
}

// SQL is Lookup.as_sql for SQLite.
func (l *Lookup) SQL(c *Compiler) (string, []any, error) {
	if l.Custom != nil {
		return l.Custom(c, l)
	}
	// process_lhs resolves the left-hand side again.
	lhs, params, err := c.Compile(markResolved(l.LHS))
	if err != nil {
		return "", nil, err
	}
	if l.yearLookup {
		src, _ := yearLookupSource(l.LHS)
		col, cp, err := c.Compile(src)
		if err != nil {
			return "", nil, err
		}
		bounds := c.yearBounds(src.Output(), int(l.RHS.(int64)), isIsoYear(l.LHS))
		switch l.Name {
		case "exact":
			return col + " BETWEEN %s AND %s", append(cp, bounds...), nil
		case "gt":
			return col + " > %s", append(cp, bounds[1]), nil
		case "gte":
			return col + " >= %s", append(cp, bounds[0]), nil
		case "lt":
			return col + " < %s", append(cp, bounds[0]), nil
		case "lte":
			return col + " <= %s", append(cp, bounds[1]), nil
		}
	}
	if s, p, handled, err := l.jsonSQL(c); handled {
		return s, p, err
	}
	switch l.Name {
	case "isnull":
		if l.notBool {
			return "", nil, &ValueError{"The QuerySet value for an isnull lookup must be True or False."}
		}
		if v, ok := l.LHS.(*Value); ok && c.Query.features().IsNullOnValueDecided {
			// IsNull.as_sql: a value's nullness is known, the
			// condition matches everything ("") or nothing.
			if (v.V == nil) == l.RHS.(bool) {
				return "", nil, nil
			}
			return "", nil, ErrEmptyResult
		}
		if l.RHS.(bool) {
			return lhs + " IS NULL", params, nil
		}
		return lhs + " IS NOT NULL", params, nil
	case "in":
		switch r := l.RHS.(type) {
		case *Query:
			sub := &Compiler{Query: r, parent: c}
			sql, sp, err := sub.AsSQL(false)
			if err != nil {
				return "", nil, err
			}
			return lhs + " IN (" + sql + ")", append(params, sp...), nil
		case []any:
			if len(r) == 0 {
				return "", nil, ErrEmptyResult
			}
			ph := make([]string, len(r))
			for i := range ph {
				ph[i] = "%s"
			}
			return lhs + " IN (" + strings.Join(ph, ", ") + ")", append(params, r...), nil
		}
	case "range":
		// Range.get_rhs_op over batch_process_rhs: each bound is a
		// parameter or an expression's SQL; extra values are passed as
		// parameters all the same (SQLite then refuses the bindings).
		var sqls []string
		for _, it := range l.RHS.([]any) {
			if e, ok := it.(Expression); ok {
				s, p, err := c.Compile(e)
				if err != nil {
					return "", nil, err
				}
				sqls = append(sqls, s)
				params = append(params, p...)
				continue
			}
			sqls = append(sqls, "%s")
			params = append(params, it)
		}
		// batch_process_rhs zips the bounds into a tuple.
		if len(sqls) == 0 {
			return "", nil, &ValueError{"not enough values to unpack (expected 2, got 0)"}
		}
		if len(sqls) < 2 {
			return "", nil, &IndexError{"tuple index out of range"}
		}
		return lhs + " BETWEEN " + sqls[0] + " AND " + sqls[1], params, nil
	}
	if b, ok := l.RHS.(bool); ok && l.Name == "exact" && isConditional(l.LHS) && conditionalInWhere(c, l.LHS) {
		// Exact.as_sql: "WHERE boolean_field" rather than "= True".
		if b {
			return lhs, params, nil
		}
		return "NOT " + lhs, params, nil
	}
	if e, ok := l.RHS.(Expression); ok {
		rs, rp, err := c.Compile(e)
		if err != nil {
			return "", nil, err
		}
		_, isValue := e.(*Value)
		if _, param := e.(*OuterRef); param {
			isValue = true // a plain parameter (OuterRef.SQL)
		}
		if !isValue && rs != "" && rs[0] != '(' && c.Query.features().LookupRHSParenthesized {
			rs = "(" + rs + ")"
		}
		if pat, ok := patternOps[l.Name]; ok {
			// PatternLookup.get_rhs_op: the expression's value is
			// escaped for LIKE (pattern_esc) inside the pattern.
			esc := strings.Replace(patternEsc, "{}", rs, 1)
			return lhs + " " + strings.Replace(pat, "{}", esc, 1), append(params, rp...), nil
		}
		op := sqliteOperators[l.Name]
		if l.Name == "in" {
			// In.get_rhs_op.
			op = "IN %s"
		}
		return lhs + " " + strings.Replace(op, "%s", rs, 1), append(params, rp...), nil
	}
	if q, ok := l.RHS.(*Query); ok {
		sub := &Compiler{Query: q, parent: c}
		sql, sp, err := sub.AsSQL(false)
		if err != nil {
			return "", nil, err
		}
		return lhs + " " + strings.Replace(sqliteOperators[l.Name], "%s", "("+sql+")", 1), append(params, sp...), nil
	}
	if b, ok := l.RHS.(bool); ok && l.Name == "exact" && isConditional(l.LHS) && conditionalInWhere(c, l.LHS) {
		// Exact.as_sql: "WHERE boolfield" rather than "= true".
		if b {
			return lhs, params, nil
		}
		return "NOT " + lhs, params, nil
	}
	return lhs + " " + sqliteOperators[l.Name], append(params, l.RHS), nil
}

// conditionalInWhere is connection.ops.conditional_expression_supported_in_where_clause:
// any conditional expression, or with features.BooleanExactCompares only
// EXISTS, lookups, where nodes (and expression wrappers of those) and
// raw SQL; a boolean column is then compared `= 1` / `= 0`.
func conditionalInWhere(c *Compiler, e Expression) bool {
	if !c.Query.features().BooleanExactCompares {
		return true
	}
	switch x := e.(type) {
	case *Exists, *whereExpr, *RawSQL:
		return true
	case *ExpressionWrapper:
		return conditionalInWhere(c, x.Expr)
	}
	return false
}

// isConditional is BaseExpression.conditional: a boolean expression.
func isConditional(e Expression) bool {
	f := e.Output()
	return f != nil && (f.InternalType() == schema.BooleanField || f.InternalType() == schema.NullBooleanField)
}

// Transform is a function applied to a column before the lookup (year,
// month, ...), as django.db.models.functions.datetime.Extract on SQLite.
type Transform struct {
	Name   string
	Source Expression
}

func (t *Transform) SQL(c *Compiler) (string, []any, error) {
	s, p, err := c.Compile(t.Source)
	if err != nil {
		return "", nil, err
	}
	f := t.Source.Output()
	kind := schema.DateField
	if f != nil {
		kind = f.InternalType()
	}
	name := t.Name
	switch name {
	case "date":
		s, p = c.dateFunc("django_datetime_cast_date", "", s, p, true, false, nil)
		return s, p, nil
	case "time":
		s, p = c.dateFunc("django_datetime_cast_time", "", s, p, true, false, nil)
		return s, p, nil
	}
	switch kind {
	case schema.DateTimeField:
		s, p = c.dateFunc("django_datetime_extract", name, s, p, true, false, nil)
	case schema.TimeField:
		s, p = c.dateFunc("django_time_extract", name, s, p, false, false, nil)
	default:
		s, p = c.dateFunc("django_date_extract", name, s, p, false, false, nil)
	}
	return s, p, nil
}

func (t *Transform) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	s, err := t.Source.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	return &Transform{Name: t.Name, Source: s}, nil
}

func (t *Transform) Output() *schema.Field {
	switch t.Name {
	case "date":
		return dateField
	case "time":
		return timeField
	}
	return intField
}

func (t *Transform) relabel(m map[string]string) Expression {
	return &Transform{Name: t.Name, Source: t.Source.relabel(m)}
}

// transformsFor lists the transforms a field accepts.
func transformsFor(f *schema.Field) []string {
	if f == nil {
		return nil
	}
	switch f.InternalType() {
	case schema.DateField:
		return dateTransforms
	case schema.DateTimeField:
		return append(append(append([]string{}, dateTransforms...), timeTransforms...), "date", "time")
	case schema.TimeField:
		return timeTransforms
	}
	return nil
}

func isTransform(f *schema.Field, name string) bool {
	for _, t := range transformsFor(f) {
		if t == name {
			return true
		}
	}
	return false
}

func isLookup(name string) bool {
	for _, n := range lookupNames {
		if n == name {
			return true
		}
	}
	return false
}

// prepForLike is DatabaseOperations.prep_for_like_query.
func prepForLike(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "%", `\%`)
	return strings.ReplaceAll(s, "_", `\_`)
}

// buildLookup is Query.build_lookup: apply transforms and the final lookup
// (default "exact") to lhs with the value rhs, preparing the value with
// the lhs field (get_prep_lookup + get_db_prep_lookup).
func (q *Query) buildLookup(lookups []string, lhs Expression, rhs any, related bool) (*Lookup, error) {
	if len(lookups) == 0 {
		lookups = []string{"exact"}
	}
	name := lookups[len(lookups)-1]
	transforms := lookups[:len(lookups)-1]
	for i, t := range transforms {
		f := lhs.Output()
		if !related && !isTransform(f, t) && !isJSON(f) {
			if e, ok, err := registeredTransform(q.registry(), t, lhs); err != nil {
				return nil, err
			} else if ok {
				lhs = e
				continue
			}
		}
		switch {
		case !related && isTransform(f, t):
			lhs = &Transform{Name: t, Source: lhs}
		case !related && isJSON(f):
			// JSONField.get_transform: any other name is a key.
			lhs = &KeyTransform{Key: t, Source: lhs}
		default:
			// try_transform(lhs, name, lookups) names the rest of the
			// lookups from the first occurrence of name.
			first := i
			for j, u := range lookups {
				if u == t {
					first = j
					break
				}
			}
			return nil, q.unsupportedLookup(t, lookups[first:], f, related)
		}
	}
	var custom CustomLookup
	if r := q.registry(); r != nil && !related && !isLookup(name) {
		custom, _ = r.Lookup(lhs.Output(), name)
	}
	if custom == nil && !isLookup(name) && !(jsonLookups[name] && isJSON(lhs.Output())) {
		// Not a lookup: try it as a transform, with exact.
		f := lhs.Output()
		if !related && !isTransform(f, name) && !isJSON(f) {
			if e, ok, err := registeredTransform(q.registry(), name, lhs); err != nil {
				return nil, err
			} else if ok {
				return q.buildLookup([]string{"exact"}, e, rhs, related)
			}
		}
		switch {
		case !related && isTransform(f, name):
			lhs = &Transform{Name: name, Source: lhs}
		case !related && isJSON(f):
			lhs = &KeyTransform{Key: name, Source: lhs}
		default:
			return nil, q.unsupportedLookup(name, nil, f, related)
		}
		name = "exact"
	}
	if related && !relatedLookups[name] {
		return nil, &FieldError{"Related Field got invalid lookup: " + name}
	}
	field := lhs.Output()
	if q.Model != nil {
		// An expression's output field prepares values under the
		// project's settings and Django version.
		field = field.In(q.Model.Apps())
	}

	if _, isKey := lhs.(*KeyTransform); isJSON(field) || isKey {
		if _, isExpr := rhs.(Expression); !isExpr {
			if _, isQuery := rhs.(QueryValue); !isQuery {
				l := &Lookup{Name: name, LHS: lhs}
				handled, err := prepareJSONLookup(l, rhs)
				if err != nil {
					return nil, err
				}
				if handled {
					return l, nil
				}
			}
		}
	}
	// Interpret None as isnull for exact and iexact.
	if rhs == nil {
		if name == "in" || name == "range" {
			// The iterable lookups' get_prep_lookup iterates the value
			// first.
			return nil, &TypeError{"'NoneType' object is not iterable"}
		}
		if name != "exact" && name != "iexact" {
			return nil, &ValueError{"Cannot use None as a query value"}
		}
		return &Lookup{Name: "isnull", LHS: lhs, RHS: true}, nil
	}
	l := &Lookup{Name: name, LHS: lhs, Custom: custom}
	if custom != nil {
		switch v := rhs.(type) {
		case Expression:
			l.RHS, l.rhsExpr = v, true
		case *Query:
			l.RHS = v
		default:
			p, err := prepValue(field, rhs)
			if err != nil {
				return nil, err
			}
			l.RHS = p
		}
		return l, nil
	}
	switch v := rhs.(type) {
	case Expression:
		// Already resolved by resolveLookupValue.
		l.RHS, l.rhsExpr = v, true
		return l, nil
	case *Query:
		if err := prepareSubqueryRHS(name, v, field, related); err != nil {
			return nil, err
		}
		l.RHS = v
		return l, nil
	}
	var err error
	switch name {
	case "isnull":
		b, ok := rhs.(bool)
		if !ok {
			b = truthy(rhs)
			l.notBool = q.features().IsNullRequiresBool
		}
		l.RHS = b
	case "in":
		items, ok := rhs.([]any)
		if str, isStr := rhs.(string); isStr {
			// A string is an iterable of its characters.
			for _, r := range str {
				items = append(items, string(r))
			}
			ok = true
		}
		if !ok {
			return nil, &TypeError{fmt.Sprintf("'%s' object is not iterable", typeName(rhs))}
		}
		var out []any
		seen := map[string]bool{}
		for _, it := range items {
			if it == nil {
				continue
			}
			if related {
				it = normalizeRelated(it, field)
			}
			p, err := prepValue(field, it)
			if err != nil {
				return nil, err
			}
			key := fmt.Sprintf("%T:%v", p, p)
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, p)
		}
		if out == nil {
			out = []any{}
		}
		l.RHS = out
	case "range":
		items, ok := rhs.([]any)
		if !ok {
			return nil, &TypeError{fmt.Sprintf("'%s' object is not iterable", typeName(rhs))}
		}
		var out []any
		for _, it := range items {
			if e, ok := it.(Expression); ok {
				out = append(out, e)
				continue
			}
			p, err := prepValue(field, it)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
		l.RHS = out
	case "exact", "gt", "gte", "lt", "lte":
		if related {
			rhs = normalizeRelated(rhs, field)
		}
		// YearLookup (registered for ExtractYear and ExtractIsoYear).
		if source, ok := yearLookupSource(lhs); ok {
			if src := source.Output(); src != nil && (src.InternalType() == schema.DateField || src.InternalType() == schema.DateTimeField) {
				year, err := intField.ToPython(rhs)
				if err != nil {
					return nil, err
				}
				l.yearLookup = true
				// The year stays the lookup's rhs (build_filter tests it).
				l.RHS = year
				return l, nil
			}
		}
		l.RHS, err = prepValue(field, rhs)
		if err == nil && l.RHS == nil {
			// The value prepared to None (a nullable BooleanField's ""):
			// build_lookup checks lookup.rhs after preparation.
			if name != "exact" {
				return nil, &ValueError{"Cannot use None as a query value"}
			}
			return &Lookup{Name: "isnull", LHS: lhs, RHS: true}, nil
		}
	case "regex", "iregex":
		l.RHS = schema.Str(rhs)
	default: // pattern lookups and iexact
		v := rhs
		if field != nil {
			if v, err = field.ToPython(rhs); err != nil {
				return nil, err
			}
		}
		l.RHS = fmt.Sprintf(likePatterns[name], prepForLike(schema.Str(v)))
	}
	if err != nil {
		return nil, err
	}
	return l, nil
}

// yearLookupSource is the expression a YearLookup compares with the year's
// bounds (self.lhs.lhs): the source of a year or iso_year transform, or of
// an ExtractYear or ExtractIsoYear call (an annotation filtered on, as in
// annotate(y=ExtractYear('day')).filter(y__gt=2021)). Extract(..., 'year')
// is not one: Django registers the year lookups on the two classes only.
func yearLookupSource(lhs Expression) (Expression, bool) {
	switch t := lhs.(type) {
	case *Transform:
		if t.Name == "year" || t.Name == "iso_year" {
			return t.Source, true
		}
	case *Func:
		if t.Class.Name == "ExtractYear" || t.Class.Name == "ExtractIsoYear" {
			return t.Sources[0], true
		}
	}
	return nil, false
}

// prepValue is get_db_prep_lookup for one value: the field's
// get_db_prep_value. Unlike saving, a decimal is not quantized to the
// field's places: the sqlite3 adapter passes str(Decimal).
func prepValue(f *schema.Field, v any) (any, error) {
	if f == nil {
		return v, nil
	}
	if f.Rel == nil && f.InternalType() == schema.DecimalField {
		p, err := f.ToPython(v)
		if err != nil || p == nil {
			return p, err
		}
		return schema.Str(p), nil
	}
	return f.DBPrepValue(v)
}

// normalizeRelated is get_normalized_value: a model instance stands for
// the value of the field the relation targets (its pk by default).
func normalizeRelated(v any, f *schema.Field) any {
	inst, ok := v.(ModelInstance)
	if !ok {
		return v
	}
	target := f
	if target != nil && target.Rel != nil {
		target = target.TargetField()
	}
	if target == nil {
		return inst.AttValue(inst.ModelOf().Meta.Pk.Attname)
	}
	m := inst.ModelOf()
	if m.Meta.ConcreteModel != target.Model.Meta.ConcreteModel && !m.Meta.IsSubclassOf(target.Model) {
		return inst.AttValue(m.Meta.Pk.Attname)
	}
	return inst.AttValue(target.Attname)
}

// prepareSubqueryRHS is what the lookups do with a query as their
// right-hand side (RelatedIn.get_prep_lookup, In.process_rhs,
// Exact.process_rhs): a query selecting nothing explicitly selects the
// relation's target field or the primary key; an exact lookup needs a
// query limited to one row.
func prepareSubqueryRHS(lookup string, sub *Query, field *schema.Field, related bool) error {
	if n := len(sub.ValuesSelect); n > 1 && sub.features().SubqueryLookupCountsFields {
		// In and Exact's get_prep_lookup: one column for one lhs.
		switch lookup {
		case "in":
			return &ValueError{fmt.Sprintf("The QuerySet value for the 'in' lookup must have 1 selected fields (received %d)", n)}
		case "exact":
			if sub.HighMark-sub.LowMark == 1 && sub.HighMark >= 0 {
				return &ValueError{fmt.Sprintf("The QuerySet value for the exact lookup must have 1 selected fields (received %d)", n)}
			}
		}
	}
	switch lookup {
	case "in":
		if sub.features().SubqueryKeepsOrdering {
			// In.get_prep_lookup: an ordering is of no use here.
			sub.ClearOrdering(false, true)
		}
		if !sub.HasSelectFields() {
			target := "pk"
			if related && field != nil && field.Rel != nil && !field.TargetField().PrimaryKey {
				if field.PrimaryKey && field.Model == sub.Model {
					target = field.Name
				} else {
					target = field.TargetField().Name
				}
			}
			sub.ClearSelectClause()
			return sub.AddFields([]string{target}, true)
		}
	case "exact":
		if sub.HighMark-sub.LowMark != 1 || sub.HighMark < 0 {
			return &ValueError{"The QuerySet value for an exact lookup must be limited to one result using slicing."}
		}
		if !sub.HasSelectFields() {
			sub.ClearSelectClause()
			return sub.AddFields([]string{"pk"}, true)
		}
	}
	return nil
}

// unsupportedLookup is try_transform's FieldError for name, a lookup or
// transform the lhs field f does not have; rest are the lookups from name
// on (nil when name is the final lookup). A relation's lhs (related) is
// "Related Field got invalid lookup" unless RelatedLookupsAsTransforms.
func (q *Query) unsupportedLookup(name string, rest []string, f *schema.Field, related bool) error {
	feats := q.features()
	if related && !feats.RelatedLookupsAsTransforms {
		return &FieldError{"Related Field got invalid lookup: " + name}
	}
	shown := name
	if feats.UnsupportedLookupNamesRest && len(rest) > 0 {
		shown = strings.Join(rest, LookupSep)
	}
	kind := "field"
	if f != nil {
		kind = string(f.Kind)
	}
	cands := append([]string{}, lookupNames...)
	if related {
		// The relation's own class: ForeignKey, ManyToOneRel.
		if q.lookupRel != "" {
			kind = q.lookupRel
		}
	} else {
		cands = append(cands, transformsFor(f)...)
		cands = append(cands, registeredNames(q.registry(), f)...)
	}
	return unsupportedLookupError(name, shown, kind, cands)
}

// unsupportedLookup is try_transform's FieldError for a name that is no
// lookup or transform of the (non-relation) field f.
func unsupportedLookup(name string, f *schema.Field, reg LookupRegistry) error {
	kind := "field"
	if f != nil {
		kind = string(f.Kind)
	}
	cands := append(append([]string{}, lookupNames...), transformsFor(f)...)
	return unsupportedLookupError(name, name, kind, append(cands, registeredNames(reg, f)...))
}

// unsupportedLookupError words the FieldError for name, shown as shown,
// with difflib's closest candidate to name suggested.
func unsupportedLookupError(name, shown, kind string, cands []string) error {
	sort.Strings(cands)
	msg := fmt.Sprintf("Unsupported lookup '%s' for %s or join on the field not permitted", shown, kind)
	if best := closeMatch(name, cands); best != "" {
		msg += ", perhaps you meant " + best + "?"
	} else {
		msg += "."
	}
	return &FieldError{msg}
}

// relClassName is the class of a reverse relation: ManyToOneRel,
// OneToOneRel or ManyToManyRel.
func relClassName(r *schema.Rel) string {
	switch {
	case r.Field.ManyToMany():
		return "ManyToManyRel"
	case r.Field.ForeignObject():
		return "ForeignObjectRel"
	case r.Multiple:
		return "ManyToOneRel"
	}
	return "OneToOneRel"
}

// closeMatch is difflib.get_close_matches(name, cands, n=1)'s answer, or "".
func closeMatch(name string, cands []string) string {
	best, bestScore := "", 0.6
	for _, c := range cands {
		if s := ratio(name, c); s >= bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// ratio approximates difflib.SequenceMatcher.ratio with the longest common
// subsequence.
func ratio(a, b string) float64 {
	la, lb := len(a), len(b)
	if la+lb == 0 {
		return 1
	}
	dp := make([][]int, la+1)
	for i := range dp {
		dp[i] = make([]int, lb+1)
	}
	for i := 1; i <= la; i++ {
		for j := 1; j <= lb; j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else {
				dp[i][j] = max(dp[i-1][j], dp[i][j-1])
			}
		}
	}
	return 2 * float64(dp[la][lb]) / float64(la+lb)
}

func truthy(v any) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int64:
		return x != 0
	case string:
		return x != ""
	}
	return true
}

func typeName(v any) string {
	switch v.(type) {
	case int64:
		return "int"
	case string:
		return "str"
	case float64:
		return "float"
	case bool:
		return "bool"
	case nil:
		return "NoneType"
	}
	return fmt.Sprintf("%T", v)
}

// ValueError and TypeError are Python's, raised by lookups.
type ValueError struct{ Msg string }

func (e *ValueError) Error() string { return "ValueError: " + e.Msg }

// DatabaseError is django.db.DatabaseError.
type DatabaseError struct{ Msg string }

func (e *DatabaseError) Error() string { return "DatabaseError: " + e.Msg }

// IndexError is Python's IndexError.
type IndexError struct{ Msg string }

func (e *IndexError) Error() string { return "IndexError: " + e.Msg }

// TypeError is Python's TypeError.
type TypeError struct{ Msg string }

func (e *TypeError) Error() string { return "TypeError: " + e.Msg }
