package query

import (
	"fmt"
	"github.com/ormfiddle/ormfiddle/engine/features"
	"strings"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// FuncClass describes one class of django.db.models.Func: its SQL function
// and template (as the class attributes function, template, arg_joiner),
// its arity, its output field, and its SQLite rendering where the class
// has an as_sqlite. Func values point at their class; FuncClasses lists
// them by name.
type FuncClass struct {
	Name      string // the class name, "Lower"
	Function  string // "LOWER"
	Template  string // "" is "%(function)s(%(expressions)s)"
	ArgJoiner string // "" is ", "
	// Arity is the number of arguments the class accepts (-1: any).
	Arity int
	// Output is the class's output_field (nil: resolved from the sources).
	Output *schema.Field
	// NumericOutput is NumericOutputFieldMixin: a decimal source gives a
	// decimal, an integer source a float.
	NumericOutput bool
	// Transform marks a Transform subclass (one source: repr and lookups).
	Transform bool
	// Window is window_compatible: a window function, usable (only) as
	// the expression of a Window.
	Window bool
	// FirstSourceOutput is a _resolve_output_field returning the first
	// source's output field (Lag, Lead, NthValue).
	FirstSourceOutput bool
	// sqlite is the class's as_sqlite; nil is SQLiteNumericMixin's (a
	// decimal result is cast to NUMERIC).
	sqlite func(f *Func, c *Compiler) (string, []any, error)
	// resolved checks a resolved copy (Extract, Trunc).
	resolved func(q *Query, f *Func) error
	// versionOutput is an output field the class declares only in some
	// versions (nil: none), set on the resolved copy.
	versionOutput func(f *features.Features) *schema.Field
	// trunc marks Trunc and its subclasses (TruncBase.convert_value).
	trunc bool
	// Host is free for the language binding (its class object, for a
	// subclass defined in models.py).
	Host any
}

// Subclass returns a class deriving from c with the attributes given
// (a Func subclass defined by the user: function, template, arg_joiner,
// arity, output_field); zero values keep c's.
func (c *FuncClass) Subclass(name, function, template, argJoiner string, arity int, output *schema.Field) *FuncClass {
	n := *c
	n.Name = name
	if function != "" {
		n.Function = function
		n.sqlite = nil
	}
	if template != "" {
		n.Template = template
		n.sqlite = nil
	}
	if argJoiner != "" {
		n.ArgJoiner = argJoiner
	}
	if arity >= 0 {
		n.Arity = arity
	}
	if output != nil {
		n.Output = output
	}
	n.Host = nil
	return &n
}

// Func is a database function call (django.db.models.Func and the classes
// of django.db.models.functions): its class, its source expressions, the
// output field given to it, and the extra template values of a generic
// Func(function=..., template=..., arg_joiner=...).
type Func struct {
	Class   *FuncClass
	Sources []Expression
	// Field is the output_field argument (nil: the class's or the
	// sources').
	Field *schema.Field
	// Extra holds **extra: "function", "template", "arg_joiner" and any
	// other template key.
	Extra map[string]string
	// Kind is Extract's lookup_name or Trunc's kind ("year").
	Kind string
	// TZInfo is an Extract's or Trunc's tzinfo (nil: the current time
	// zone).
	TZInfo    *time.Location
	IsSummary bool
}

// NewFunc returns a call of the named class (a key of FuncClasses).
func NewFunc(class string, sources ...Expression) *Func {
	c := FuncClasses[class]
	if c == nil {
		panic("query: unknown function class " + class)
	}
	return &Func{Class: c, Sources: sources}
}

func (f *Func) copy() *Func {
	n := *f
	n.Sources = append([]Expression(nil), f.Sources...)
	return &n
}

// SQL is the class's as_sqlite, or Func.as_sql with SQLiteNumericMixin.
func (f *Func) SQL(c *Compiler) (string, []any, error) {
	if f.Class.sqlite != nil {
		return f.Class.sqlite(f, c)
	}
	s, p, err := f.render(c, nil)
	if err != nil {
		return "", nil, err
	}
	return sqliteNumeric(c, f, s), p, nil
}

// render is Func.as_sql: the sources compiled and joined with the arg
// joiner, put in the template with the function name; ctx overrides the
// class attributes and **extra (as as_sql's extra_context does).
func (f *Func) render(c *Compiler, ctx map[string]string) (string, []any, error) {
	var parts []string
	var params []any
	for _, s := range f.Sources {
		sql, p, err := c.Compile(s)
		if err != nil {
			return "", nil, err
		}
		parts = append(parts, sql)
		params = append(params, p...)
	}
	data := map[string]string{}
	for k, v := range f.Extra {
		data[k] = v
	}
	for k, v := range ctx {
		data[k] = v
	}
	if _, ok := ctx["function"]; !ok {
		if _, ok := data["function"]; !ok {
			data["function"] = f.Class.Function
		}
	}
	template := data["template"]
	if template == "" {
		template = f.Class.Template
	}
	if template == "" {
		template = "%(function)s(%(expressions)s)"
	}
	joiner, ok := data["arg_joiner"]
	if !ok {
		joiner = f.Class.ArgJoiner
		if joiner == "" {
			joiner = ", "
		}
	}
	data["expressions"] = strings.Join(parts, joiner)
	data["field"] = data["expressions"]
	sql, err := pyFormat(template, data)
	return sql, params, err
}

// pyFormat is Python's `template % data` for %(key)s and %%.
func pyFormat(template string, data map[string]string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(template); i++ {
		ch := template[i]
		if ch != '%' {
			b.WriteByte(ch)
			continue
		}
		if i+1 < len(template) && template[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		if i+1 < len(template) && template[i+1] == '(' {
			end := strings.Index(template[i:], ")s")
			if end > 0 {
				key := template[i+2 : i+end]
				v, ok := data[key]
				if !ok {
					return "", &KeyError{key}
				}
				b.WriteString(v)
				i += end + 1
				continue
			}
		}
		return "", &ValueError{fmt.Sprintf("unsupported format character '%c' (0x%x) at index %d", template[min(i+1, len(template)-1)], template[min(i+1, len(template)-1)], i+1)}
	}
	return b.String(), nil
}

// KeyError is Python's KeyError (a template key missing).
type KeyError struct{ Key string }

func (e *KeyError) Error() string { return "KeyError: '" + e.Key + "'" }

// Resolve is Func.resolve_expression: every source resolved, then the
// class's checks.
func (f *Func) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	n := f.copy()
	n.IsSummary = summarize
	for i, s := range n.Sources {
		r, err := s.Resolve(q, allowJoins, reuse, summarize)
		if err != nil {
			return nil, err
		}
		n.Sources[i] = r
	}
	if f.Class.versionOutput != nil && n.Field == nil {
		n.Field = f.Class.versionOutput(q.features())
	}
	if f.Class.resolved != nil {
		if err := f.Class.resolved(q, n); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// Output is the output field, nil when it cannot be resolved.
func (f *Func) Output() *schema.Field {
	out, _ := f.resolveOutput()
	return out
}

// resolveOutput is output_field: the one given, the class's, or
// _resolve_output_field over the sources.
func (f *Func) resolveOutput() (*schema.Field, error) {
	if f.Field != nil {
		return f.Field, nil
	}
	if f.Class.Output != nil {
		return f.Class.Output, nil
	}
	if f.Class.FirstSourceOutput && len(f.Sources) > 0 {
		return f.Sources[0].Output(), nil
	}
	srcs, err := sourceFields(f.Sources)
	if err != nil {
		return nil, err
	}
	if f.Class.NumericOutput {
		for _, s := range srcs {
			if s != nil && s.IsInstance(schema.DecimalField) {
				return decimalField, nil
			}
		}
		for _, s := range srcs {
			if s != nil && s.IsInstance(schema.IntegerField) {
				return floatField, nil
			}
		}
		if len(srcs) == 0 {
			return floatField, nil
		}
	}
	return mixedOutput(srcs)
}

// sourceFields is get_source_fields: each source's _output_field_or_none
// (an unknown type is nil; mixed types are an error).
func sourceFields(srcs []Expression) ([]*schema.Field, error) {
	out := make([]*schema.Field, len(srcs))
	for i, s := range srcs {
		if err := outputError(s); err != nil {
			if isUnknownOutput(err) {
				continue
			}
			return nil, err
		}
		out[i] = s.Output()
	}
	return out, nil
}

const unknownOutput = "Cannot resolve expression type, unknown output_field"

// mixedOutput is BaseExpression._resolve_output_field: the first known
// source field, provided every other one is of its class (or a subclass:
// isinstance(output_field, source.__class__)).
func mixedOutput(srcs []*schema.Field) (*schema.Field, error) {
	var first *schema.Field
	for _, s := range srcs {
		if s == nil {
			continue
		}
		if first == nil {
			first = s
			continue
		}
		if !first.IsInstance(s.Kind) {
			return nil, &FieldError{fmt.Sprintf("Expression contains mixed types: %s, %s. You must set output_field.", first.Kind, s.Kind)}
		}
	}
	if first == nil {
		return nil, &FieldError{unknownOutput}
	}
	return first, nil
}

func (f *Func) relabel(m map[string]string) Expression {
	n := f.copy()
	for i, s := range n.Sources {
		n.Sources[i] = s.relabel(m)
	}
	return n
}

// Cast is django.db.models.functions.Cast: CAST(expression AS db_type) on
// SQLite, with strftime() for datetimes and times and date() for dates.
type Cast struct {
	Source Expression
	Field  *schema.Field
}

// SQL is Cast.as_sqlite.
func (c *Cast) SQL(comp *Compiler) (string, []any, error) {
	s, p, err := comp.Compile(c.Source)
	if err != nil {
		return "", nil, err
	}
	switch c.Field.DBType(schema.SQLite) {
	case "datetime":
		return "strftime(%s, " + s + ")", append([]any{"%Y-%m-%d %H:%M:%f"}, p...), nil
	case "time":
		return "strftime(%s, " + s + ")", append([]any{"%H:%M:%f"}, p...), nil
	case "date":
		return "date(" + s + ")", p, nil
	}
	return "CAST(" + s + " AS " + c.Field.CastDBType() + ")", p, nil
}

// Resolve resolves the cast expression.
func (c *Cast) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	s, err := c.Source.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	return &Cast{Source: s, Field: c.Field}, nil
}

// Output is the field cast to.
func (c *Cast) Output() *schema.Field { return c.Field }

func (c *Cast) relabel(m map[string]string) Expression {
	return &Cast{Source: c.Source.relabel(m), Field: c.Field}
}

// ExpressionWrapper is django.db.models.ExpressionWrapper: an expression
// with an output field, compiled as the expression itself.
type ExpressionWrapper struct {
	Expr  Expression
	Field *schema.Field
	// Negated makes it a NegatedExpression, ~F("active") (Django 4.2):
	// the negation of a conditional expression.
	Negated bool
}

// SQL is the wrapped expression's.
func (w *ExpressionWrapper) SQL(c *Compiler) (string, []any, error) {
	s, p, err := c.Compile(w.Expr)
	if err == nil && w.Negated {
		s = negatedSQL(c, w, s)
	}
	if err == nil && c.Query.features().DecimalCastValueCaseWrapper {
		// ExpressionWrapper is a SQLiteNumericMixin.
		s = sqliteNumeric(c, w, s)
	}
	return s, p, err
}

// Resolve resolves the wrapped expression.
func (w *ExpressionWrapper) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	e, err := w.Expr.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	if w.Negated && !isConditional(e) {
		return nil, &TypeError{"Cannot negate non-conditional expressions."}
	}
	return &ExpressionWrapper{Expr: e, Field: w.Field, Negated: w.Negated}, nil
}

// Output is the given output field.
func (w *ExpressionWrapper) Output() *schema.Field { return w.Field }

func (w *ExpressionWrapper) relabel(m map[string]string) Expression {
	return &ExpressionWrapper{Expr: w.Expr.relabel(m), Field: w.Field, Negated: w.Negated}
}

// FuncClasses are the classes of django.db.models.functions (and Func
// itself) by name.
var FuncClasses = map[string]*FuncClass{}

func init() {
	add := func(c *FuncClass) {
		if c.Arity == 0 {
			c.Arity = -1
		}
		FuncClasses[c.Name] = c
	}
	charOut := &schema.Field{Kind: schema.CharField}
	// Func itself (function= given as extra), and Transform, a Func of
	// one expression (lookups.Transform).
	add(&FuncClass{Name: "Func"})
	add(&FuncClass{Name: "Transform", Transform: true, Arity: 1})
	// comparison.py (Cast is built as a Cast expression; the class is
	// listed for the bindings).
	add(&FuncClass{Name: "Cast", Function: "CAST", Arity: 1})
	add(&FuncClass{Name: "Coalesce", Function: "COALESCE"})
	add(&FuncClass{Name: "Greatest", Function: "GREATEST", sqlite: sqliteWithFunction("MAX")})
	add(&FuncClass{Name: "Least", Function: "LEAST", sqlite: sqliteWithFunction("MIN")})
	add(&FuncClass{Name: "NullIf", Function: "NULLIF", Arity: 2})
	// text.py
	add(&FuncClass{Name: "Chr", Function: "CHR", Transform: true, sqlite: plainWithFunction("CHAR"),
		versionOutput: func(f *features.Features) *schema.Field {
			if f.ChrOutputCharField {
				return charField
			}
			return nil
		}})
	add(&FuncClass{Name: "ConcatPair", Function: "CONCAT", sqlite: concatPairSQLite})
	add(&FuncClass{Name: "Concat", Template: "%(expressions)s"})
	add(&FuncClass{Name: "Left", Function: "LEFT", Arity: 2, Output: charOut, sqlite: leftSQLite})
	add(&FuncClass{Name: "Right", Function: "RIGHT", Arity: 2, Output: charOut, sqlite: rightSQLite})
	add(&FuncClass{Name: "Length", Function: "LENGTH", Transform: true, Output: intField})
	add(&FuncClass{Name: "Lower", Function: "LOWER", Transform: true})
	add(&FuncClass{Name: "Upper", Function: "UPPER", Transform: true})
	add(&FuncClass{Name: "LPad", Function: "LPAD", Output: charOut})
	add(&FuncClass{Name: "RPad", Function: "RPAD", Output: charOut})
	add(&FuncClass{Name: "LTrim", Function: "LTRIM", Transform: true})
	add(&FuncClass{Name: "RTrim", Function: "RTRIM", Transform: true})
	add(&FuncClass{Name: "Trim", Function: "TRIM", Transform: true})
	add(&FuncClass{Name: "MD5", Function: "MD5", Transform: true})
	add(&FuncClass{Name: "SHA1", Function: "SHA1", Transform: true})
	add(&FuncClass{Name: "SHA224", Function: "SHA224", Transform: true})
	add(&FuncClass{Name: "SHA256", Function: "SHA256", Transform: true})
	add(&FuncClass{Name: "SHA384", Function: "SHA384", Transform: true})
	add(&FuncClass{Name: "SHA512", Function: "SHA512", Transform: true})
	add(&FuncClass{Name: "Ord", Function: "ASCII", Transform: true, Output: intField, sqlite: plainWithFunction("UNICODE")})
	add(&FuncClass{Name: "Repeat", Function: "REPEAT", Output: charOut})
	add(&FuncClass{Name: "Replace", Function: "REPLACE"})
	add(&FuncClass{Name: "Reverse", Function: "REVERSE", Transform: true})
	add(&FuncClass{Name: "StrIndex", Function: "INSTR", Arity: 2, Output: intField})
	add(&FuncClass{Name: "Substr", Function: "SUBSTRING", Output: charOut, sqlite: plainWithFunction("SUBSTR")})
	// math.py
	for _, m := range []struct {
		name, fn string
		numeric  bool
	}{
		{"Abs", "ABS", false}, {"ACos", "ACOS", true}, {"ASin", "ASIN", true}, {"ATan", "ATAN", true},
		{"Ceil", "CEILING", false}, {"Cos", "COS", true}, {"Cot", "COT", true}, {"Degrees", "DEGREES", true},
		{"Exp", "EXP", true}, {"Floor", "FLOOR", false}, {"Ln", "LN", true}, {"Radians", "RADIANS", true},
		{"Round", "ROUND", false}, {"Sign", "SIGN", false}, {"Sin", "SIN", true}, {"Sqrt", "SQRT", true},
		{"Tan", "TAN", true},
	} {
		add(&FuncClass{Name: m.name, Function: m.fn, Transform: true, NumericOutput: m.numeric})
	}
	// Round(expression, precision=0): the output is the expression's.
	FuncClasses["Round"].sqlite = roundSQLite
	FuncClasses["Round"].FirstSourceOutput = true
	add(&FuncClass{Name: "ATan2", Function: "ATAN2", Arity: 2, NumericOutput: true})
	add(&FuncClass{Name: "Log", Function: "LOG", Arity: 2, NumericOutput: true})
	add(&FuncClass{Name: "Mod", Function: "MOD", Arity: 2, NumericOutput: true})
	add(&FuncClass{Name: "Power", Function: "POWER", Arity: 2, NumericOutput: true})
	add(&FuncClass{Name: "Pi", Function: "PI", Arity: 0, NumericOutput: true})
	FuncClasses["Pi"].Arity = 0
	add(&FuncClass{Name: "Random", Function: "RANDOM", NumericOutput: true, sqlite: plainWithFunction("RAND")})
	FuncClasses["Random"].Arity = 0
	// datetime.py
	add(&FuncClass{Name: "Now", Template: "CURRENT_TIMESTAMP", Output: dateTimeField, sqlite: nowSQLite})
	add(&FuncClass{Name: "Extract", Transform: true, Output: intField, sqlite: extractSQLite, resolved: extractResolved})
	for _, k := range []string{"Year", "IsoYear", "Month", "Day", "Week", "WeekDay", "IsoWeekDay", "Quarter", "Hour", "Minute", "Second"} {
		add(&FuncClass{Name: "Extract" + k, Transform: true, Output: intField, sqlite: extractSQLite, resolved: extractResolved})
	}
	add(&FuncClass{Name: "Trunc", Transform: true, sqlite: truncSQLite, resolved: truncResolved, trunc: true})
	for _, k := range []string{"Year", "Quarter", "Month", "Week", "Day", "Hour", "Minute", "Second"} {
		add(&FuncClass{Name: "Trunc" + k, Transform: true, sqlite: truncSQLite, resolved: truncResolved, trunc: true})
	}
	add(&FuncClass{Name: "TruncDate", Transform: true, Output: dateField, sqlite: truncSQLite, resolved: truncResolved, trunc: true})
	add(&FuncClass{Name: "TruncTime", Transform: true, Output: timeField, sqlite: truncSQLite, resolved: truncResolved, trunc: true})
}

// sqliteWithFunction is an as_sqlite that calls SQLiteNumericMixin's with
// another function name (Greatest as MAX, Least as MIN).
func sqliteWithFunction(name string) func(f *Func, c *Compiler) (string, []any, error) {
	return func(f *Func, c *Compiler) (string, []any, error) {
		s, p, err := f.render(c, map[string]string{"function": name})
		if err != nil {
			return "", nil, err
		}
		return sqliteNumeric(c, f, s), p, nil
	}
}

// plainWithFunction is an as_sqlite that calls Func.as_sql directly with
// another function name (no NUMERIC cast).
func plainWithFunction(name string) func(f *Func, c *Compiler) (string, []any, error) {
	return func(f *Func, c *Compiler) (string, []any, error) {
		return f.render(c, map[string]string{"function": name})
	}
}

// concatPairSQLite is ConcatPair.as_sqlite: each side wrapped in
// COALESCE(x, ”), joined with ||.
func concatPairSQLite(f *Func, c *Compiler) (string, []any, error) {
	co := f.copy()
	for i, s := range co.Sources {
		co.Sources[i] = NewFunc("Coalesce", s, &Value{V: ""})
	}
	template := "%(expressions)s"
	if c.Query.features().ConcatParenthesized {
		template = "(%(expressions)s)"
	}
	return co.render(c, map[string]string{"template": template, "arg_joiner": " || "})
}

// nowSQLite is Now.as_sqlite: with features.NowSubsecond, STRFTIME with
// fractional seconds instead of CURRENT_TIMESTAMP.
func nowSQLite(f *Func, c *Compiler) (string, []any, error) {
	if c.Query.features().NowSubsecond {
		return f.render(c, map[string]string{"template": "STRFTIME('%%%%Y-%%%%m-%%%%d %%%%H:%%%%M:%%%%f', 'NOW')"})
	}
	s, p, err := f.render(c, nil)
	if err != nil {
		return "", nil, err
	}
	return sqliteNumeric(c, f, s), p, nil
}

// roundSQLite is Round.as_sqlite: SQLite refuses a negative precision.
func roundSQLite(f *Func, c *Compiler) (string, []any, error) {
	if len(f.Sources) > 1 {
		if v, ok := f.Sources[1].(*Value); ok {
			if n, ok := v.V.(int64); ok && n < 0 {
				return "", nil, &ValueError{"SQLite does not support negative precision."}
			}
		}
	}
	s, p, err := f.render(c, nil)
	if err != nil {
		return "", nil, err
	}
	return sqliteNumeric(c, f, s), p, nil
}

// leftSQLite is Left.as_sqlite: Substr(expression, Value(1), length).
func leftSQLite(f *Func, c *Compiler) (string, []any, error) {
	return c.Compile(NewFunc("Substr", f.Sources[0], &Value{V: int64(1)}, f.Sources[1]))
}

// rightSQLite is Right.as_sqlite: Substr(expression, length * Value(-1)),
// and the length again with features.RightSubstrLength.
func rightSQLite(f *Func, c *Compiler) (string, []any, error) {
	sub := NewFunc("Substr", f.Sources[0], &Combined{LHS: f.Sources[1], RHS: &Value{V: int64(-1)}, Op: "*"})
	if c.Query.features().RightSubstrLength {
		sub.Sources = append(sub.Sources, f.Sources[1])
	}
	return c.Compile(sub)
}

// extractKinds are Extract classes' lookup_name.
func extractKind(f *Func) string {
	if f.Kind != "" {
		return f.Kind
	}
	return extractNames[f.Class.Name]
}

var extractNames = map[string]string{
	"ExtractYear": "year", "ExtractIsoYear": "iso_year", "ExtractMonth": "month", "ExtractDay": "day",
	"ExtractWeek": "week", "ExtractWeekDay": "week_day", "ExtractIsoWeekDay": "iso_week_day",
	"ExtractQuarter": "quarter", "ExtractHour": "hour", "ExtractMinute": "minute", "ExtractSecond": "second",
	"TruncYear": "year", "TruncQuarter": "quarter", "TruncMonth": "month", "TruncWeek": "week", "TruncDay": "day",
	"TruncHour": "hour", "TruncMinute": "minute", "TruncSecond": "second", "TruncDate": "date", "TruncTime": "time",
}

// extractSQLite is Extract.as_sql: the backend's date, datetime or time
// extract function for the source's field.
func extractSQLite(f *Func, c *Compiler) (string, []any, error) {
	kind := extractKind(f)
	if !c.dateFunctionParams() && !extractTruncPattern(kind) {
		return "", nil, &ValueError{"Invalid lookup_name: " + kind}
	}
	s, p, err := c.Compile(f.Sources[0])
	if err != nil {
		return "", nil, err
	}
	src := f.Sources[0].Output()
	switch {
	case src != nil && src.IsInstance(schema.DateTimeField):
		s, p = c.dateFunc("django_datetime_extract", kind, s, p, true, false, f.TZInfo)
		return s, p, nil
	case f.TZInfo != nil:
		return "", nil, errTZInfo
	case src != nil && src.IsInstance(schema.DateField):
		s, p = c.dateFunc("django_date_extract", kind, s, p, false, false, nil)
		return s, p, nil
	case src != nil && src.IsInstance(schema.TimeField):
		s, p = c.dateFunc("django_time_extract", kind, s, p, false, false, nil)
		return s, p, nil
	}
	return "", nil, &ValueError{"Extract requires native DurationField database support."}
}

// extractTruncPattern is extract_trunc_lookup_pattern: \w+.
func extractTruncPattern(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// extractResolved is Extract.resolve_expression's checks.
func extractResolved(q *Query, f *Func) error {
	field := f.Sources[0].Output()
	kind := extractKind(f)
	ok := field != nil && (field.IsInstance(schema.DateField) || field.IsInstance(schema.TimeField) || field.IsInstance(schema.DurationField))
	if !ok {
		return &ValueError{"Extract input expression must be DateField, DateTimeField, TimeField, or DurationField."}
	}
	if field.Kind == schema.DateField && (kind == "hour" || kind == "minute" || kind == "second") {
		return &ValueError{fmt.Sprintf("Cannot extract time component '%s' from DateField '%s'.%s", kind, field.Name, q.trailingSpace())}
	}
	if field.IsInstance(schema.DurationField) {
		switch kind {
		case "year", "iso_year", "month", "week", "week_day", "iso_week_day", "quarter":
			return &ValueError{fmt.Sprintf("Cannot extract component '%s' from DurationField '%s'.", kind, field.Name)}
		}
	}
	return nil
}

// truncOutput is a Trunc's output field: the one given or the class's,
// else the source's.
func truncOutput(f *Func) *schema.Field {
	if f.Field != nil {
		return f.Field
	}
	if f.Class.Output != nil {
		return f.Class.Output
	}
	return f.Sources[0].Output()
}

// truncSQLite is TruncBase.as_sql (TruncDate and TruncTime cast instead).
func truncSQLite(f *Func, c *Compiler) (string, []any, error) {
	kind := extractKind(f)
	s, p, err := c.Compile(f.Sources[0])
	if err != nil {
		return "", nil, err
	}
	switch f.Class.Name {
	case "TruncDate":
		s, p = c.dateFunc("django_datetime_cast_date", "", s, p, true, false, f.TZInfo)
		return s, p, nil
	case "TruncTime":
		s, p = c.dateFunc("django_datetime_cast_time", "", s, p, true, false, f.TZInfo)
		return s, p, nil
	}
	if !c.dateFunctionParams() && !extractTruncPattern(kind) {
		return "", nil, &ValueError{"Invalid kind: " + kind}
	}
	// The time zone applies to a DateTimeField source only.
	noTZ := true
	if src := f.Sources[0].Output(); src != nil && src.IsInstance(schema.DateTimeField) {
		noTZ = false
	} else if f.TZInfo != nil {
		return "", nil, errTZInfo
	}
	out := truncOutput(f)
	var fn string
	switch {
	case out != nil && out.IsInstance(schema.DateTimeField):
		fn = "django_datetime_trunc"
	case out != nil && out.IsInstance(schema.DateField):
		fn = "django_date_trunc"
	case out != nil && out.IsInstance(schema.TimeField):
		fn = "django_time_trunc"
	}
	if fn != "" {
		s, p = c.dateFunc(fn, kind, s, p, true, noTZ, f.TZInfo)
		return s, p, nil
	}
	return "", nil, &ValueError{"Trunc only valid on DateField, TimeField, or DateTimeField."}
}

// truncResolved is TruncBase.resolve_expression's checks.
func truncResolved(q *Query, f *Func) error {
	field := f.Sources[0].Output()
	name := ""
	if field != nil {
		name = field.Name
	}
	if field == nil || !(field.IsInstance(schema.DateField) || field.IsInstance(schema.TimeField)) {
		return q.assertErr(fmt.Sprintf("'%s' isn't a DateField, TimeField, or DateTimeField.", name))
	}
	out := truncOutput(f)
	if out == nil || !(out.IsInstance(schema.DateField) || out.IsInstance(schema.TimeField)) {
		return &ValueError{"output_field must be either DateField, TimeField, or DateTimeField"}
	}
	explicit := f.Class.Output != nil || field.Kind != out.Kind
	kind := extractKind(f)
	target := "DateTimeField"
	if explicit {
		target = string(out.Kind)
	}
	if field.Kind == schema.DateField && (out.IsInstance(schema.DateTimeField) || kind == "hour" || kind == "minute" || kind == "second" || kind == "time") {
		return &ValueError{fmt.Sprintf("Cannot truncate DateField '%s' to %s.%s", field.Name, target, q.trailingSpace())}
	}
	if field.IsInstance(schema.TimeField) && (out.IsInstance(schema.DateTimeField) || kind == "year" || kind == "quarter" || kind == "month" || kind == "week" || kind == "day" || kind == "date") {
		return &ValueError{fmt.Sprintf("Cannot truncate TimeField '%s' to %s.%s", field.Name, target, q.trailingSpace())}
	}
	return nil
}

// QExpr is a Q object used as an expression (ExpressionWrapper(Q(...),
// output_field=BooleanField())): Q.resolve_expression builds it into a
// where node, its joins promoted to LEFT OUTER.
type QExpr struct{ Q *Q }

// SQL fails: a Q is compiled once resolved.
func (x *QExpr) SQL(*Compiler) (string, []any, error) {
	return "", nil, &AttributeError{"'Q' object has no attribute 'as_sql'"}
}

// Resolve is Q.resolve_expression.
func (x *QExpr) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	clause, joins, err := q.addQ(x.Q, reuse, false, false, allowJoins, false)
	if err != nil {
		return nil, err
	}
	q.promoteJoins(joins)
	return &whereExpr{clause}, nil
}

// Output is a BooleanField (a Q is conditional).
func (x *QExpr) Output() *schema.Field                { return boolField }
func (x *QExpr) relabel(map[string]string) Expression { return x }

// whereExpr is a resolved Q used as an expression: its where node.
type whereExpr struct{ w *WhereNode }

func (x *whereExpr) SQL(c *Compiler) (string, []any, error) { return x.w.SQL(c) }
func (x *whereExpr) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	w := x.w.clone()
	if err := w.resolveExpressions(q, allowJoins, reuse); err != nil {
		return nil, err
	}
	w.Resolved = true
	return &whereExpr{w}, nil
}
func (x *whereExpr) Output() *schema.Field                  { return boolField }
func (x *whereExpr) relabel(m map[string]string) Expression { return &whereExpr{x.w.relabel(m)} }

// AttributeError is Python's AttributeError.
type AttributeError struct{ Msg string }

func (e *AttributeError) Error() string { return "AttributeError: " + e.Msg }

// LookupExpr is a lookup class used as an expression (Django 4.0):
// GreaterThan(F("a"), F("b")) in filter() or annotate(). Resolved, it is
// the lookup built as filter() builds it, compiled as in a WHERE clause.
type LookupExpr struct {
	Name string
	LHS  Expression
	// RHS is a value or an Expression.
	RHS any
}

func (x *LookupExpr) SQL(c *Compiler) (string, []any, error) {
	return "", nil, &ValueError{"an unresolved lookup cannot be compiled"}
}

func (x *LookupExpr) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	lhs, err := x.LHS.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	rhs := x.RHS
	if e, ok := rhs.(Expression); ok {
		if rhs, err = e.Resolve(q, allowJoins, reuse, summarize); err != nil {
			return nil, err
		}
	}
	l, err := q.buildLookup([]string{x.Name}, lhs, rhs, false)
	if err != nil {
		return nil, err
	}
	return &whereExpr{&WhereNode{Connector: AND, Children: []any{l}}}, nil
}

func (x *LookupExpr) Output() *schema.Field { return boolField }
func (x *LookupExpr) relabel(m map[string]string) Expression {
	n := *x
	n.LHS = x.LHS.relabel(m)
	if e, ok := x.RHS.(Expression); ok {
		n.RHS = e.relabel(m)
	}
	return &n
}
