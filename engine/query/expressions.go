package query

import (
	"fmt"
	"strings"
	"time"

	"github.com/cockroachdb/apd/v3"
	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// Expression is a SQL expression: a column, a value, F(), arithmetic, an
// aggregate, a subquery. Names follow django.db.models.expressions.
type Expression interface {
	// SQL renders the expression with `%s` placeholders (as_sql, or
	// as_sqlite where Django has one).
	SQL(c *Compiler) (string, []any, error)
	// Resolve binds names (F) to columns of q, adding joins
	// (resolve_expression).
	Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error)
	// Output is the field describing the value (output_field); nil when
	// unknown.
	Output() *schema.Field
	// relabel returns a copy with table aliases renamed.
	relabel(m map[string]string) Expression
}

// Col is a column of a table alias (Django's Col). Target is the field
// whose column it is; OutputField describes the value (a ForeignKey for
// "reporter", whose Target is the reporter_id column).
type Col struct {
	Alias       string
	Target      *schema.Field
	OutputField any // *schema.Field or *schema.Rel; nil means Target
	// PossiblyMultivalued marks a column resolved from an OuterRef across
	// a relation (ResolvedOuterRef).
	PossiblyMultivalued bool
}

// SQL is `"alias"."column"` (generated aliases such as T3 unquoted).
func (c *Col) SQL(comp *Compiler) (string, []any, error) {
	if c.Alias == "" {
		return schema.QuoteName(c.Target.Column), nil, nil
	}
	return comp.quoteNameUnlessAlias(c.Alias) + "." + schema.QuoteName(c.Target.Column), nil, nil
}

func (c *Col) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) { return c, nil }

// Output is the field of the column's value.
func (c *Col) Output() *schema.Field {
	if f, ok := c.OutputField.(*schema.Field); ok && f != nil {
		return f
	}
	return c.Target
}

func (c *Col) relabel(m map[string]string) Expression {
	n := *c
	if a, ok := m[c.Alias]; ok {
		n.Alias = a
	}
	return &n
}

// F references a field by name ("price", "reporter__name").
type F struct{ Name string }

func (f *F) SQL(*Compiler) (string, []any, error) {
	return "", nil, fmt.Errorf("F(%s) used before it was resolved", f.Name)
}

// Resolve is F.resolve_expression → Query.resolve_ref.
func (f *F) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	return q.resolveRef(f.Name, allowJoins, reuse, summarize)
}

func (f *F) Output() *schema.Field                { return nil }
func (f *F) relabel(map[string]string) Expression { return f }

// OuterRef is OuterRef(name): a reference to a field of the outer query
// from inside a subquery. Resolving it in the subquery gives a
// ResolvedOuterRef, which the outer query resolves.
type OuterRef struct {
	Name string
	// Nested is set for OuterRef(OuterRef(name)): a reference two queries
	// out, which resolves to the inner OuterRef.
	Nested *OuterRef
}

// SQL: the inner OuterRef of OuterRef(OuterRef(name)) that no outer
// query resolved has no as_sql in Django: it is a parameter, which SQLite
// cannot bind.
func (o *OuterRef) SQL(*Compiler) (string, []any, error) {
	return "%s", []any{sqlite.Unbindable{Type: "OuterRef", Str: "OuterRef(" + o.Name + ")"}}, nil
}

// Resolve is OuterRef.resolve_expression.
func (o *OuterRef) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) {
	if o.Nested != nil {
		return o.Nested, nil
	}
	return &ResolvedOuterRef{Name: o.Name}, nil
}

func (o *OuterRef) Output() *schema.Field                { return nil }
func (o *OuterRef) relabel(map[string]string) Expression { return o }

// ResolvedOuterRef is an outer reference waiting for the outer query: it
// is resolved when the subquery is resolved against it.
type ResolvedOuterRef struct{ Name string }

func (o *ResolvedOuterRef) SQL(*Compiler) (string, []any, error) {
	return "", nil, &ValueError{"This queryset contains a reference to an outer query and may only be used in a subquery."}
}

// Resolve is ResolvedOuterRef.resolve_expression: q is the outer query.
func (o *ResolvedOuterRef) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	e, err := q.resolveRef(o.Name, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	if col, ok := e.(*Col); ok {
		n := *col
		n.PossiblyMultivalued = strings.Contains(o.Name, LookupSep)
		return &n, nil
	}
	return e, nil
}

func (o *ResolvedOuterRef) Output() *schema.Field                { return nil }
func (o *ResolvedOuterRef) relabel(map[string]string) Expression { return o }

// Value is a literal parameter (Django's Value). Field, when set, prepares
// it for the database; otherwise the field is inferred from the Go type of
// V as Value._resolve_output_field does.
type Value struct {
	V     any
	Field *schema.Field
}

// NewValue is Value(v) with its output field inferred from v.
func NewValue(v any) *Value { return &Value{V: v} }

// SQL is a single `%s` placeholder with the prepared value.
func (v *Value) SQL(c *Compiler) (string, []any, error) {
	val := v.V
	if f := v.Output(); f != nil {
		p, err := f.In(c.apps()).DBPrepValue(val)
		if err != nil {
			return "", nil, err
		}
		val = p
		if v.V == nil && f.Kind == schema.JSONField && c != nil && c.Query.features().JSONValueNoneIsNull {
			// JSONField.get_db_prep_value(None): JSON null.
			val = "null"
		}
	}
	if c != nil && c.Query.features().DecimalCastValueCaseWrapper {
		// Value is a SQLiteNumericMixin.
		if f := v.Output(); f != nil && f.InternalType() == schema.DecimalField && c.Query.features().DecimalValueCastReal {
			if _, isDecimal := v.V.(*apd.Decimal); isDecimal {
				return "(CAST(%s AS REAL))", []any{val}, nil
			}
		}
		return sqliteNumeric(c, v, "%s"), []any{val}, nil
	}
	return "%s", []any{val}, nil
}

func (v *Value) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) { return v, nil }

// Output is the given field, or the one Value._resolve_output_field infers.
func (v *Value) Output() *schema.Field {
	if v.Field != nil {
		return v.Field
	}
	return valueField(v.V)
}

func (v *Value) relabel(map[string]string) Expression { return v }

var (
	intField      = &schema.Field{Kind: schema.IntegerField}
	floatField    = &schema.Field{Kind: schema.FloatField}
	decimalField  = &schema.Field{Kind: schema.DecimalField}
	charField     = &schema.Field{Kind: schema.CharField}
	boolField     = &schema.Field{Kind: schema.BooleanField}
	dateField     = &schema.Field{Kind: schema.DateField}
	dateTimeField = &schema.Field{Kind: schema.DateTimeField}
	timeField     = &schema.Field{Kind: schema.TimeField}
	durationField = &schema.Field{Kind: schema.DurationField}
	uuidField     = &schema.Field{Kind: schema.UUIDField}
	binaryField   = &schema.Field{Kind: schema.BinaryField}
)

// valueField is Value._resolve_output_field: the field class for a Python
// value's type (nil when it has none, e.g. None).
func valueField(v any) *schema.Field {
	switch v.(type) {
	case string:
		return charField
	case bool:
		return boolField
	case int64, int:
		return intField
	case float64:
		return floatField
	case time.Time:
		return dateTimeField
	case schema.Date:
		return dateField
	case schema.TimeOfDay:
		return timeField
	case time.Duration:
		return durationField
	case *apd.Decimal:
		return decimalField
	case []byte:
		return binaryField
	case schema.UUID:
		return uuidField
	}
	return nil
}

// Star is the `*` of COUNT(*).
type Star struct{}

func (Star) SQL(*Compiler) (string, []any, error)                              { return "*", nil, nil }
func (s Star) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) { return s, nil }
func (Star) Output() *schema.Field                                             { return nil }
func (s Star) relabel(map[string]string) Expression                            { return s }

// Combined is `lhs op rhs` for arithmetic on expressions
// (CombinedExpression), always parenthesised as Django writes it.
type Combined struct {
	LHS, RHS Expression
	Op       string
	// IsSummary marks an expression of aggregate() (is_summary).
	IsSummary bool
	// Temporal is set by Resolve for date arithmetic: "duration"
	// (DurationExpression: a date and a timedelta) or "subtraction"
	// (TemporalSubtraction: two dates, datetimes or times).
	Temporal string
	// ByConnector is CombinedOutputByConnector, set by Resolve: the
	// output field comes from the connector's table alone.
	ByConnector bool
}

// SQL is "(lhs op rhs)", cast to NUMERIC when the result is a decimal
// (SQLiteNumericMixin).
func (e *Combined) SQL(c *Compiler) (string, []any, error) {
	l, lp, err := c.Compile(e.LHS)
	if err != nil {
		return "", nil, err
	}
	r, rp, err := c.Compile(e.RHS)
	if err != nil {
		return "", nil, err
	}
	switch e.Temporal {
	case "duration":
		// DurationExpression.as_sql with the SQLite
		// combine_duration_expression.
		if e.Op != "+" && e.Op != "-" {
			return "", nil, &DatabaseError{"Invalid connector for timedelta: " + e.Op + "."}
		}
		return "(django_format_dtdelta('" + e.Op + "', " + l + ", " + r + "))", append(lp, rp...), nil
	case "subtraction":
		// TemporalSubtraction: subtract_temporals on SQLite.
		if f := e.LHS.Output(); f != nil && f.InternalType() == schema.TimeField {
			return "django_time_diff(" + l + ", " + r + ")", append(lp, rp...), nil
		}
		return "django_timestamp_diff(" + l + ", " + r + ")", append(lp, rp...), nil
	}
	// DatabaseOperations.combine_expression on SQLite: no ^ operator.
	var sql string
	switch e.Op {
	case "^":
		sql = "(POWER(" + l + "," + r + "))"
	case "#":
		sql = "(BITXOR(" + l + "," + r + "))"
	default:
		sql = "(" + l + " " + e.Op + " " + r + ")"
	}
	return sqliteNumeric(c, e, sql), append(lp, rp...), nil
}

func (e *Combined) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	l, err := e.LHS.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	r, err := e.RHS.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	c := &Combined{LHS: l, RHS: r, Op: e.Op, IsSummary: summarize, Temporal: e.Temporal, ByConnector: q.features().CombinedOutputByConnector}
	if c.Temporal == "" {
		// CombinedExpression.resolve_expression: date arithmetic becomes
		// a DurationExpression or a TemporalSubtraction.
		lt, rt := internalType(l), internalType(r)
		switch {
		case (lt == schema.DurationField || rt == schema.DurationField) && lt != rt:
			c.Temporal = "duration"
		case e.Op == "-" && lt == rt && (lt == schema.DateField || lt == schema.DateTimeField || lt == schema.TimeField):
			c.Temporal = "subtraction"
		}
	}
	return c, nil
}

func internalType(e Expression) schema.Kind {
	if f := e.Output(); f != nil {
		return f.InternalType()
	}
	return ""
}

// Output is CombinedExpression._resolve_output_field: the sources' field
// when they agree, else the combined type for the connector (an integer
// and a decimal give a decimal), nil when the types cannot be combined.
func (e *Combined) Output() *schema.Field {
	if e.Temporal == "subtraction" {
		return durationField
	}
	l, r := e.LHS.Output(), e.RHS.Output()
	if e.ByConnector {
		return connectorType(e.Op, l, r)
	}
	switch {
	case l == nil:
		return r
	case r == nil:
		return l
	case l.IsInstance(r.Kind):
		// isinstance(output_field, source.__class__): a
		// PositiveIntegerField with an IntegerField, a DateTimeField
		// with a DateField.
		return l
	}
	return combinedType(e.Op, l, r)
}

func (e *Combined) relabel(m map[string]string) Expression {
	return &Combined{LHS: e.LHS.relabel(m), RHS: e.RHS.relabel(m), Op: e.Op, IsSummary: e.IsSummary, Temporal: e.Temporal, ByConnector: e.ByConnector}
}

// outputError is the FieldError Django raises when it needs the output
// field of an expression (select_format in get_select) and the types of
// its sources cannot be combined.
func outputError(e Expression) error {
	switch x := e.(type) {
	case *Value:
		// Value(None) has no output field of its own.
		if x.Output() == nil {
			return &FieldError{unknownOutput}
		}
	case *Combined:
		// A source of unknown type is left out (_output_field_or_none).
		if err := outputError(x.LHS); err != nil && !isUnknownOutput(err) {
			return err
		}
		if err := outputError(x.RHS); err != nil && !isUnknownOutput(err) {
			return err
		}
		if x.Temporal == "subtraction" {
			return nil
		}
		l, r := x.LHS.Output(), x.RHS.Output()
		if x.ByConnector {
			if connectorType(x.Op, l, r) != nil {
				return nil
			}
			// The message reads lhs.output_field, then rhs's: an
			// unknown one raises first.
			if l == nil || r == nil {
				return &FieldError{unknownOutput}
			}
			return &FieldError{fmt.Sprintf("Cannot infer type of %s expression involving these types: %s, %s. You must set output_field.", pyQuote(x.Op), l.Kind, r.Kind)}
		}
		switch {
		case l == nil && r == nil:
			return &FieldError{"Cannot resolve expression type, unknown output_field"}
		case l == nil || r == nil || l.IsInstance(r.Kind):
			return nil
		}
		if combinedType(x.Op, l, r) == nil {
			return &FieldError{fmt.Sprintf("Expression contains mixed types: %s, %s. You must set output_field.", l.Kind, r.Kind)}
		}
	case *Aggregate:
		if x.Source != nil && x.Field == nil {
			return outputError(x.Source)
		}
	case *Func:
		_, err := x.resolveOutput()
		return err
	case *Case:
		_, err := x.resolveOutput()
		return err
	case *When:
		return outputError(x.Result)
	case *Subquery:
		if x.Output() == nil {
			return &FieldError{unknownOutput}
		}
	case *Ref:
		return outputError(x.Source)
	}
	return nil
}

// isUnknownOutput reports whether err is the FieldError of an expression
// whose output field resolved to None.
func isUnknownOutput(err error) bool {
	fe, ok := err.(*FieldError)
	return ok && fe.Msg == unknownOutput
}

// fieldFamily is the class a field is a subclass of, for the combinator
// table: every integer flavour is an IntegerField.
func fieldFamily(f *schema.Field) schema.Kind {
	switch f.InternalType() {
	case schema.IntegerField, schema.SmallIntegerField, schema.BigIntegerField, schema.PositiveIntegerField,
		schema.PositiveSmallIntegerField, schema.PositiveBigIntegerField, schema.AutoField, schema.BigAutoField, schema.SmallAutoField:
		return schema.IntegerField
	}
	return f.InternalType()
}

// combinedType is _resolve_combined_type with Django 3.2's table: for
// + - * /, integers with decimals give decimals and integers with floats
// give floats; other mixes have no type (FieldError in Django).
func combinedType(op string, l, r *schema.Field) *schema.Field {
	switch op {
	case "+", "-", "*", "/":
	default:
		return nil
	}
	lf, rf := fieldFamily(l), fieldFamily(r)
	switch {
	case lf == schema.IntegerField && rf == schema.IntegerField:
		return intField
	case lf == schema.IntegerField && rf == schema.DecimalField, lf == schema.DecimalField && rf == schema.IntegerField:
		return decimalField
	case lf == schema.IntegerField && rf == schema.FloatField, lf == schema.FloatField && rf == schema.IntegerField:
		return floatField
	}
	return nil
}

// connectorCombinations is Django 4.1+'s _connector_combinations: per
// connector, (lhs, rhs, result) field classes, matched in order with
// issubclass; "" stands for NoneType (a source of unknown type).
var connectorCombinations = func() map[string][][3]schema.Kind {
	t := map[string][][3]schema.Kind{}
	add := func(ops []string, rows ...[3]schema.Kind) {
		for _, op := range ops {
			t[op] = append(t[op], rows...)
		}
	}
	const (
		pos   = schema.PositiveIntegerField
		intK  = schema.IntegerField
		flt   = schema.FloatField
		dec   = schema.DecimalField
		date  = schema.DateField
		dt    = schema.DateTimeField
		dur   = schema.DurationField
		tim   = schema.TimeField
		none  = schema.Kind("")
		add_  = "+"
		sub   = "-"
		mul   = "*"
		div   = "/"
		mod   = "%%"
		power = "^"
	)
	add([]string{add_, mul, div, mod, power}, [3]schema.Kind{pos, pos, pos})
	add([]string{add_, sub, mul, div, mod, power}, [3]schema.Kind{intK, intK, intK}, [3]schema.Kind{flt, flt, flt}, [3]schema.Kind{dec, dec, dec})
	add([]string{add_, sub, mul, div, mod}, [3]schema.Kind{intK, dec, dec}, [3]schema.Kind{dec, intK, dec}, [3]schema.Kind{intK, flt, flt}, [3]schema.Kind{flt, intK, flt})
	add([]string{"&", "|", "<<", ">>", "#"}, [3]schema.Kind{intK, intK, intK})
	for _, k := range []schema.Kind{intK, dec, flt} {
		add([]string{add_, sub, mul, div, mod, power}, [3]schema.Kind{k, none, k}, [3]schema.Kind{none, k, k})
	}
	add([]string{add_},
		[3]schema.Kind{date, dur, dt}, [3]schema.Kind{dt, dur, dt}, [3]schema.Kind{dur, date, dt}, [3]schema.Kind{dur, dt, dt},
		[3]schema.Kind{dur, dur, dur}, [3]schema.Kind{tim, dur, tim}, [3]schema.Kind{dur, tim, tim})
	add([]string{sub},
		[3]schema.Kind{date, dur, dt}, [3]schema.Kind{dt, dur, dt}, [3]schema.Kind{date, date, dur}, [3]schema.Kind{date, dt, dur},
		[3]schema.Kind{dt, date, dur}, [3]schema.Kind{dt, dt, dur}, [3]schema.Kind{dur, dur, dur}, [3]schema.Kind{tim, dur, tim},
		[3]schema.Kind{tim, tim, dur})
	return t
}()

// connectorType is Django 4.1+'s CombinedExpression._resolve_output_field
// (_resolve_combined_type): the first row of the connector's table whose
// classes the sources' output fields are instances of (nil matching
// NoneType); nil when none matches (FieldError "Cannot infer type").
func connectorType(op string, l, r *schema.Field) *schema.Field {
	is := func(f *schema.Field, k schema.Kind) bool {
		if f == nil {
			return k == ""
		}
		return k != "" && f.IsInstance(k)
	}
	for _, row := range connectorCombinations[op] {
		if is(l, row[0]) && is(r, row[1]) {
			switch row[2] {
			case schema.IntegerField:
				return intField
			case schema.FloatField:
				return floatField
			case schema.DecimalField:
				return decimalField
			case schema.DateTimeField:
				return dateTimeField
			case schema.DurationField:
				return durationField
			case schema.TimeField:
				return timeField
			}
			return &schema.Field{Kind: row[2]}
		}
	}
	return nil
}

// pyQuote is repr() of a connector string: '+'.
func pyQuote(s string) string { return "'" + s + "'" }

// sqliteNumeric is SQLiteNumericMixin.as_sqlite: a decimal result is cast
// to NUMERIC.
func sqliteNumeric(c *Compiler, e Expression, sql string) string {
	if f := e.Output(); f != nil && f.InternalType() == schema.DecimalField {
		return numericCast(c, sql)
	}
	return sql
}

// numericCast is `CAST(sql AS NUMERIC)`, parenthesised with
// features.NumericCastParenthesized.
func numericCast(c *Compiler, sql string) string {
	if c.Query.features().NumericCastParenthesized {
		return "(CAST(" + sql + " AS NUMERIC))"
	}
	return "CAST(" + sql + " AS NUMERIC)"
}

// Aggregate is COUNT/SUM/AVG/MAX/MIN over an expression (or `*`).
type Aggregate struct {
	Function string // "COUNT", "SUM", "AVG", "MAX", "MIN"
	Name     string // Django's class name: "Count", "Sum", ...
	Source   Expression
	Star     bool
	Distinct bool
	// Field is the output field: IntegerField for Count, FloatField or
	// DecimalField for Avg (NumericOutputFieldMixin), the source's for
	// Max/Min/Sum. Resolve sets it when nil.
	Field *schema.Field
	// IsSummary marks an aggregate of aggregate() (is_summary).
	IsSummary bool
	// Default is the default= argument (Django 4.0): a value or an
	// expression; Resolve wraps the aggregate in Coalesce with it.
	Default any
	// Filter is the filter= argument; Resolve turns it into where,
	// rendered as `FILTER (WHERE ...)`.
	Filter *Q
	where  *WhereNode
	// SourceRepr is the repr of a source expression that has no name (a
	// CombinedExpression, a Func), for the error refusing an aggregate
	// over an aggregate.
	SourceRepr string
	// A subclass of Aggregate defined in the shell or models.py: its
	// class name (Name is its name attribute, "" for None), its class
	// object (Host, for the language binding), its template class
	// attribute and its **extra (template keys); with either, the SQL is
	// rendered as Aggregate.as_sql renders its template.
	ClassName string
	Host      any
	Template  string
	Extra     map[string]string
}

// SQL is FUNCTION([DISTINCT ]source) [FILTER (WHERE ...)], cast to
// NUMERIC for decimals (SQLite >= 3.30 supports the FILTER clause).
func (a *Aggregate) SQL(c *Compiler) (string, []any, error) {
	// The SQLite backend's check_expression_support.
	switch a.Function {
	case "SUM", "AVG", "STDDEV_POP", "STDDEV_SAMP", "VAR_POP", "VAR_SAMP":
		if a.Source != nil {
			if f := a.Source.Output(); f != nil && (f.IsInstance(schema.DateField) || f.IsInstance(schema.TimeField)) {
				if c.Query.features().DatetimeAggregateErrorNamesClass {
					return "", nil, &NotSupportedError{fmt.Sprintf("SQLite does not support %s on date or time fields, because they are stored as text.", a.Name)}
				}
				return "", nil, &NotSupportedError{"You cannot use Sum, Avg, StdDev, and Variance aggregations on date/time fields in sqlite3 since date/time is saved as text."}
			}
		}
	}
	distinct := ""
	if a.Distinct {
		distinct = "DISTINCT "
	}
	if a.Template != "" || a.Extra != nil {
		return a.render(c, distinct)
	}
	var sql string
	var params []any
	if a.Star {
		sql = a.Function + "(" + distinct + "*)"
	} else {
		s, p, err := c.Compile(a.Source)
		if err != nil {
			return "", nil, err
		}
		sql, params = a.Function+"("+distinct+s+")", p
	}
	if a.where != nil {
		fs, fp, err := c.Compile(a.where)
		if err != nil {
			return "", nil, err
		}
		sql += " FILTER (WHERE " + fs + ")"
		params = append(params, fp...)
	}
	return sqliteNumeric(c, a, sql), params, nil
}

// render is Aggregate.as_sql through Func.as_sql: the template (the
// class's, or **extra's template=), filled with **extra, the function,
// distinct and the expressions; a filter adds FILTER (WHERE ...) to the
// class's template (filter_template).
func (a *Aggregate) render(c *Compiler, distinct string) (string, []any, error) {
	data := map[string]string{}
	for k, v := range a.Extra {
		data[k] = v
	}
	data["distinct"] = distinct
	if _, ok := data["function"]; !ok {
		data["function"] = a.Function
	}
	template := a.Template
	orderBy := c.Query.features().AggregateOrderBy
	if template == "" {
		template = "%(function)s(%(distinct)s%(expressions)s)"
		if orderBy {
			template = "%(function)s(%(distinct)s%(expressions)s%(order_by)s)%(filter)s"
		}
	}
	if t, ok := data["template"]; ok && (a.where == nil || orderBy) {
		template = t
	}
	if orderBy {
		data["order_by"], data["filter"] = "", ""
	}
	var params []any
	data["expressions"] = "*"
	if !a.Star && a.Source != nil {
		s, p, err := c.Compile(a.Source)
		if err != nil {
			return "", nil, err
		}
		data["expressions"], params = s, p
	}
	data["field"] = data["expressions"]
	if a.where != nil {
		fs, fp, err := c.Compile(a.where)
		if err != nil {
			return "", nil, err
		}
		if orderBy {
			data["filter"] = " FILTER (WHERE " + fs + ")"
		} else {
			template += " FILTER (WHERE %(filter)s)"
			data["filter"] = fs
		}
		params = append(params, fp...)
	}
	sql, err := pyFormat(template, data)
	if err != nil {
		return "", nil, err
	}
	return sqliteNumeric(c, a, sql), params, nil
}

// Resolve is Aggregate.resolve_expression: the source is resolved, an
// aggregate over an aggregate is refused unless summarizing.
func (a *Aggregate) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	n := *a
	n.IsSummary = summarize
	if a.Source != nil {
		s, err := a.Source.Resolve(q, allowJoins, reuse, summarize)
		if err != nil {
			return nil, err
		}
		if !summarize && containsAggregate(s) {
			name := a.SourceRepr
			switch src := a.Source.(type) {
			case *F:
				name = src.Name
			case *Aggregate:
				// Aggregate classes have a name attribute ("Count").
				name = src.Name
			}
			return nil, &FieldError{fmt.Sprintf("Cannot compute %s('%s'): '%s' is an aggregate", a.Name, name, name)}
		}
		n.Source = s
	}
	if a.Filter != nil && a.where == nil {
		// Q.resolve_expression: the joins it needs become LEFT OUTER, so
		// that rows are not filtered out by them.
		clause, joins, err := q.addQ(a.Filter, reuse, false, false, allowJoins, false)
		if err != nil {
			return nil, err
		}
		q.promoteJoins(joins)
		n.where = clause
	}
	if n.Field == nil {
		n.Field = n.resolveOutput()
	}
	if n.Default != nil {
		// Aggregate.resolve_expression: Coalesce(aggregate, default),
		// the default taking the aggregate's output field.
		var def Expression
		if d, ok := n.Default.(Expression); ok {
			r, err := d.Resolve(q, allowJoins, reuse, summarize)
			if err != nil {
				return nil, err
			}
			def = r
			if def.Output() == nil {
				def = withOutputField(def, n.Field)
			}
		} else {
			def = &Value{V: n.Default, Field: n.Field}
		}
		n.Default = nil
		c := NewFunc("Coalesce", &n, def)
		c.Field = n.Field
		c.IsSummary = n.IsSummary
		return c, nil
	}
	return &n, nil
}

// resolveOutput is the aggregate's _resolve_output_field.
func (a *Aggregate) resolveOutput() *schema.Field {
	if a.Function == "COUNT" {
		return intField
	}
	var src *schema.Field
	if a.Source != nil {
		src = a.Source.Output()
	}
	switch a.Function {
	case "AVG", "STDDEV_POP", "STDDEV_SAMP", "VAR_POP", "VAR_SAMP":
		// NumericOutputFieldMixin
		switch {
		case src == nil:
			return floatField
		case src.InternalType() == schema.DecimalField:
			return decimalField
		case fieldFamily(src) == schema.IntegerField:
			return floatField
		}
	}
	return src
}

func (a *Aggregate) Output() *schema.Field {
	if a.Field != nil {
		return a.Field
	}
	return a.resolveOutput()
}

func (a *Aggregate) relabel(m map[string]string) Expression {
	n := *a
	if a.Source != nil {
		n.Source = a.Source.relabel(m)
	}
	if a.where != nil {
		n.where = a.where.relabel(m)
	}
	return &n
}

// DefaultAlias is Aggregate.default_alias: "<field>__<name>", e.g.
// "price__avg".
func (a *Aggregate) DefaultAlias(sourceName string) string {
	return sourceName + "__" + strings.ToLower(a.Name)
}

// Ref is a reference to an annotation by name (in GROUP BY / ORDER BY).
type Ref struct {
	Name   string
	Source Expression
}

func (r *Ref) SQL(*Compiler) (string, []any, error) { return schema.QuoteName(r.Name), nil, nil }
func (r *Ref) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) {
	return r, nil
}
func (r *Ref) Output() *schema.Field                  { return r.Source.Output() }
func (r *Ref) relabel(m map[string]string) Expression { return r }

// resolveRef is Query.resolve_ref: an annotation or a field path as a
// column, with joins (trimmed).
func (q *Query) resolveRef(name string, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	if !allowJoins && strings.Contains(name, LookupSep) {
		return nil, &FieldError{"Joined field references are not permitted in this query"}
	}
	if q.Annotations != nil {
		if a, ok := q.Annotations[name]; ok {
			if summarize {
				// Summarize currently means we are doing an aggregate()
				// query which is executed as a wrapped subquery if any of
				// the aggregate() elements reference an existing
				// annotation: refer to it by its alias.
				return &Ref{Name: name, Source: a}, nil
			}
			return a, nil
		}
	}
	parts := splitLookup(name)
	info, err := q.setupJoins(parts, q.Meta(), q.InitialAlias(), reuse, true)
	if err != nil {
		return nil, err
	}
	targets, alias, joins := q.trimJoins(info.targets, info.joins, info.path)
	if !allowJoins && len(joins) > 1 {
		return nil, &FieldError{"Joined field references are not permitted in this query"}
	}
	if len(targets) > 1 {
		return nil, &FieldError{"Referencing multicolumn fields with F() objects isn't supported"}
	}
	if reuse != nil {
		for _, j := range joins {
			reuse[j] = true
		}
	}
	col := &Col{Alias: q.colAlias(alias), Target: targets[0], OutputField: info.finalField}
	if len(info.transforms) > 0 {
		// F("created__date"): transforms in expressions.
		return info.transform(col)
	}
	return col, nil
}

// containsAggregate is contains_aggregate.
func containsAggregate(e any) bool {
	switch x := e.(type) {
	case *Aggregate:
		return true
	case *Subquery, *Exists, *Window:
		return false
	case *Combined:
		return containsAggregate(x.LHS) || containsAggregate(x.RHS)
	case *Ref:
		return containsAggregate(x.Source)
	case *Transform:
		return containsAggregate(x.Source)
	case *When:
		return containsAggregate(x.Condition) || containsAggregate(x.Result)
	case *whereExpr:
		return containsAggregate(x.w)
	case *Func, *Case, *Cast, *ExpressionWrapper, *OrderBy:
		for _, s := range sourceExpressions(x.(Expression)) {
			if containsAggregate(s) {
				return true
			}
		}
	case *Lookup:
		if containsAggregate(x.LHS) {
			return true
		}
		if r, ok := x.RHS.(Expression); ok {
			return containsAggregate(r)
		}
		if r, ok := x.RHS.([]any); ok {
			for _, it := range r {
				if containsAggregate(it) {
					return true
				}
			}
		}
	case *WhereNode:
		for _, ch := range x.Children {
			if containsAggregate(ch) {
				return true
			}
		}
	}
	return false
}

// groupByCols is get_group_by_cols: the expressions an expression adds to
// GROUP BY. Aggregates and constants add nothing; an expression without
// aggregates adds itself; one with aggregates adds its sources' columns.
func groupByCols(e any) []Expression {
	switch x := e.(type) {
	case *Aggregate, *Window, *Value, Star, Random, nil:
		return nil
	case *Col, *Ref, *RawSQL:
		return []Expression{x.(Expression)}
	case *Exists:
		return subqueryGroupByCols(x, x.Query)
	case *Subquery:
		return subqueryGroupByCols(x, x.Query)
	case *OrderBy:
		return groupByCols(x.Expr)
	case *ExpressionWrapper:
		return groupByCols(x.Expr)
	case *whereExpr:
		return groupByCols(x.w)
	case *When:
		return append(groupByCols(x.Condition), groupByCols(x.Result)...)
	case *Case:
		if len(x.Cases) == 0 {
			return groupByCols(x.Default)
		}
		if !containsAggregate(x) {
			return []Expression{x}
		}
		var cols []Expression
		for _, w := range x.Cases {
			cols = append(cols, groupByCols(w)...)
		}
		return append(cols, groupByCols(x.Default)...)
	case *Lookup:
		cols := groupByCols(x.LHS)
		if r, ok := x.RHS.(Expression); ok {
			cols = append(cols, groupByCols(r)...)
		}
		return cols
	case *WhereNode:
		var cols []Expression
		for _, ch := range x.Children {
			cols = append(cols, groupByCols(ch)...)
		}
		return cols
	case Expression:
		if !containsAggregate(x) {
			return []Expression{x}
		}
		var cols []Expression
		for _, s := range sourceExpressions(x) {
			cols = append(cols, groupByCols(s)...)
		}
		return cols
	}
	return nil
}

// sourceExpressions is get_source_expressions.
func sourceExpressions(e Expression) []Expression {
	switch x := e.(type) {
	case *Combined:
		return []Expression{x.LHS, x.RHS}
	case *Aggregate:
		if x.Star {
			return []Expression{Star{}}
		}
		if x.Source != nil {
			return []Expression{x.Source}
		}
	case *Transform:
		return []Expression{x.Source}
	case *Func:
		return x.Sources
	case *Cast:
		return []Expression{x.Source}
	case *ExpressionWrapper:
		return []Expression{x.Expr}
	case *OrderBy:
		return []Expression{x.Expr}
	case *When:
		return []Expression{x.Result}
	case *Case:
		var out []Expression
		for _, w := range x.Cases {
			out = append(out, w)
		}
		return append(out, x.Default)
	}
	return nil
}

// withSources is a copy of e with its source expressions replaced
// (set_source_expressions on a copy).
func withSources(e Expression, srcs []Expression) Expression {
	switch x := e.(type) {
	case *Combined:
		return &Combined{LHS: srcs[0], RHS: srcs[1], Op: x.Op, IsSummary: x.IsSummary, Temporal: x.Temporal, ByConnector: x.ByConnector}
	case *Aggregate:
		n := *x
		if _, star := srcs[0].(Star); !star {
			n.Source = srcs[0]
		}
		return &n
	case *Transform:
		return &Transform{Name: x.Name, Source: srcs[0]}
	case *Func:
		n := x.copy()
		n.Sources = append([]Expression(nil), srcs...)
		return n
	case *Cast:
		return &Cast{Source: srcs[0], Field: x.Field}
	case *ExpressionWrapper:
		return &ExpressionWrapper{Expr: srcs[0], Field: x.Field, Negated: x.Negated}
	case *OrderBy:
		n := *x
		n.Expr = srcs[0]
		return &n
	case *When:
		return &When{Condition: x.Condition, Result: srcs[0]}
	case *Case:
		n := *x
		n.Cases = make([]*When, len(x.Cases))
		for i := range x.Cases {
			n.Cases[i] = srcs[i].(*When)
		}
		n.Default = srcs[len(srcs)-1]
		return &n
	}
	return e
}

// exprEqual is Expression.__eq__ for the expressions the compiler compares
// (GROUP BY and ORDER BY deduplication).
func exprEqual(a, b Expression) bool {
	switch x := a.(type) {
	case *Col:
		y, ok := b.(*Col)
		return ok && x.Alias == y.Alias && x.Target == y.Target
	case *Ref:
		y, ok := b.(*Ref)
		return ok && x.Name == y.Name && exprEqual(x.Source, y.Source)
	case *Value:
		y, ok := b.(*Value)
		return ok && fmt.Sprint(x.V) == fmt.Sprint(y.V)
	case Star:
		_, ok := b.(Star)
		return ok
	case *Combined:
		y, ok := b.(*Combined)
		return ok && x.Op == y.Op && exprEqual(x.LHS, y.LHS) && exprEqual(x.RHS, y.RHS)
	case *Aggregate:
		y, ok := b.(*Aggregate)
		if !ok || x.Function != y.Function || x.Distinct != y.Distinct || x.Star != y.Star {
			return false
		}
		if x.Source == nil || y.Source == nil {
			return x.Source == nil && y.Source == nil
		}
		return exprEqual(x.Source, y.Source)
	case *Transform:
		y, ok := b.(*Transform)
		return ok && x.Name == y.Name && exprEqual(x.Source, y.Source)
	case *Func:
		y, ok := b.(*Func)
		if !ok || x.Class != y.Class || len(x.Sources) != len(y.Sources) || x.Kind != y.Kind {
			return false
		}
		for i := range x.Sources {
			if !exprEqual(x.Sources[i], y.Sources[i]) {
				return false
			}
		}
		return true
	}
	return a == b
}
