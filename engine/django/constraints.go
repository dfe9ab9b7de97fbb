package django

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// ConstraintValue is an entry of Meta.constraints:
// models.UniqueConstraint(*expressions, fields=[...], name=...,
// condition=Q(...)) or models.CheckConstraint(condition=Q(...), name=...)
// (check= before Django 5.1).
type ConstraintValue struct {
	e *Env
	c *schema.Constraint
}

// constraintOpts are a constraint's options as given, which _meta's
// constraint objects give back: the expressions of a functional
// UniqueConstraint, nulls_distinct, and BaseConstraint's
// violation_error_message and violation_error_code (None when not
// given).
type constraintOpts struct {
	expressions   []python.Value
	nullsDistinct python.Value
	violationMsg  python.Value
	violationCode python.Value
}

// defaultViolationMessage is BaseConstraint.default_violation_error_message.
const defaultViolationMessage = "Constraint “%(name)s” is violated."

// Type is "UniqueConstraint" or "CheckConstraint".
func (v *ConstraintValue) Type() string {
	if v.c.IsCheck {
		return "CheckConstraint"
	}
	return "UniqueConstraint"
}

func (v *ConstraintValue) opts() *constraintOpts {
	if o := v.e.constraintOpts[v.c.Root()]; o != nil {
		return o
	}
	return &constraintOpts{nullsDistinct: python.None, violationMsg: python.None, violationCode: python.None}
}

// AttrNames lists the attributes.
func (v *ConstraintValue) AttrNames() []string {
	f := v.e.Features
	var out []string
	if v.c.IsCheck {
		out = []string{"check", "name"}
		if f.CheckConstraintCondition {
			out = append(out, "condition")
		}
		if f.CheckConstraintCheckRemoved {
			out = out[1:]
		}
	} else {
		out = []string{"condition", "fields", "name"}
		if f.UniqueConstraintExpressions {
			out = append(out, "expressions", "nulls_distinct")
		}
	}
	if f.ConstraintsViolationError {
		out = append(out, "violation_error_code", "violation_error_message")
	}
	return out
}

// Attr gives name, fields, expressions and the check or condition Q,
// and the violation error options.
func (v *ConstraintValue) Attr(th *python.Thread, name string) (python.Value, error) {
	f := v.e.Features
	o := v.opts()
	switch name {
	case "name":
		return python.String(v.c.Name), nil
	case "fields":
		if !v.c.IsCheck {
			return v.fields(), nil
		}
	case "check":
		// Django 5.1 and 5.2 keep check as a deprecated property for
		// condition; since 6.0 it is the system check method,
		// check(model, connection).
		if v.c.IsCheck && !f.CheckConstraintCheckRemoved {
			return v.e.constraintQ[v.c.Root()], nil
		}
		if f.CheckConstraintCheckRemoved {
			return &constraintCheckMethod{v: v}, nil
		}
	case "condition":
		if v.c.IsCheck {
			if f.CheckConstraintCondition {
				return v.e.constraintQ[v.c.Root()], nil
			}
			return nil, nil
		}
		if q := v.e.constraintQ[v.c.Root()]; q != nil {
			return q, nil
		}
		return python.None, nil
	case "expressions":
		if !v.c.IsCheck && f.UniqueConstraintExpressions {
			return python.Tuple(append([]python.Value{}, o.expressions...)), nil
		}
	case "nulls_distinct":
		if !v.c.IsCheck && f.UniqueConstraintExpressions {
			return o.nullsDistinct, nil
		}
	case "violation_error_message":
		if f.ConstraintsViolationError {
			if o.violationMsg == python.None {
				return python.String(defaultViolationMessage), nil
			}
			return o.violationMsg, nil
		}
	case "violation_error_code":
		if f.ConstraintsViolationError {
			return o.violationCode, nil
		}
	case "default_violation_error_message":
		if f.ConstraintsViolationError {
			return python.String(defaultViolationMessage), nil
		}
	}
	return nil, nil
}

// constraintCheckMethod is BaseConstraint.check bound to a constraint
// (the system checks' method, Django 6.0); calling it is not supported.
type constraintCheckMethod struct{ v *ConstraintValue }

func (m *constraintCheckMethod) Type() string { return "method" }

// Repr is "<bound method CheckConstraint.check of <CheckConstraint: ...>>".
func (m *constraintCheckMethod) Repr(th *python.Thread) (string, error) {
	r, err := m.v.Repr(th)
	if err != nil {
		return "", err
	}
	return "<bound method " + m.v.Type() + ".check of " + r + ">", nil
}

// CallInternal refuses the call: ormfiddle runs the system checks itself.
func (m *constraintCheckMethod) CallInternal(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	return nil, python.NewError(python.NotImplementedError, "%s.check() (the system checks) is not supported by ormfiddle yet", m.v.Type())
}

func (v *ConstraintValue) fields() python.Tuple {
	out := make(python.Tuple, len(v.c.Fields))
	for i, f := range v.c.Fields {
		out[i] = python.String(f)
	}
	return out
}

// Repr is the constraint's __repr__. Django 3.2:
// "<UniqueConstraint: fields=('a', 'b') name='x' condition=(AND: ...)>",
// "<CheckConstraint: check='(AND: ('n__gte', 0))' name='x'>"; Django 5.1
// and later: "<CheckConstraint: condition=(AND: ...) name='x'>", a
// UniqueConstraint shows only the options given (expressions=,
// nulls_distinct=), and both the violation error options when they are
// not the defaults.
func (v *ConstraintValue) Repr(th *python.Thread) (string, error) {
	f := v.e.Features
	o := v.opts()
	nr, err := python.Repr(th, python.String(v.c.Name))
	if err != nil {
		return "", err
	}
	q := v.e.constraintQ[v.c.Root()]
	var violation strings.Builder
	if f.ConstraintsViolationError {
		if o.violationCode != python.None {
			r, err := python.Repr(th, o.violationCode)
			if err != nil {
				return "", err
			}
			violation.WriteString(" violation_error_code=" + r)
		}
		if o.violationMsg != python.None {
			if s, ok := o.violationMsg.(python.String); !ok || string(s) != defaultViolationMessage {
				r, err := python.Repr(th, o.violationMsg)
				if err != nil {
					return "", err
				}
				violation.WriteString(" violation_error_message=" + r)
			}
		}
	}
	if v.c.IsCheck {
		if f.CheckConstraintReprCondition {
			return "<CheckConstraint: condition=" + q.str(th) + " name=" + nr + violation.String() + ">", nil
		}
		return "<CheckConstraint: check='" + q.str(th) + "' name=" + nr + ">", nil
	}
	cond := ""
	if q != nil {
		cond = " condition=" + q.str(th)
	}
	if !f.UniqueConstraintExpressions {
		fr, err := python.Repr(th, v.fields())
		if err != nil {
			return "", err
		}
		return "<UniqueConstraint: fields=" + fr + " name=" + nr + cond + v.deferrable() + ">", nil
	}
	var b strings.Builder
	b.WriteString("<UniqueConstraint:")
	if len(v.c.Fields) > 0 {
		fr, err := python.Repr(th, v.fields())
		if err != nil {
			return "", err
		}
		b.WriteString(" fields=" + fr)
	}
	if len(o.expressions) > 0 {
		er, err := python.Repr(th, python.Tuple(o.expressions))
		if err != nil {
			return "", err
		}
		b.WriteString(" expressions=" + er)
	}
	b.WriteString(" name=" + nr + cond + v.deferrable())
	if o.nullsDistinct != python.None {
		r, err := python.Repr(th, o.nullsDistinct)
		if err != nil {
			return "", err
		}
		b.WriteString(" nulls_distinct=" + r)
	}
	b.WriteString(violation.String() + ">")
	return b.String(), nil
}

// violationOptions reads BaseConstraint's violation_error_code and
// violation_error_message keywords (Django 4.1 and 5.0) out of kw.
func (e *Env) violationOptions(kw []python.Kwarg) ([]python.Kwarg, *constraintOpts) {
	o := &constraintOpts{nullsDistinct: python.None, violationMsg: python.None, violationCode: python.None}
	if !e.Features.ConstraintsViolationError {
		return kw, o
	}
	var rest []python.Kwarg
	for _, k := range kw {
		switch k.Name {
		case "violation_error_message":
			o.violationMsg = k.Value
		case "violation_error_code":
			o.violationCode = k.Value
		default:
			rest = append(rest, k)
		}
	}
	return rest, o
}

// newUniqueConstraint is UniqueConstraint: in Django 3.2 (*, fields,
// name, condition=None); since 4.0 (*expressions, fields=(), name=None,
// condition=None, ...), since 5.0 with nulls_distinct and the violation
// error options. deferrable, include and opclasses change nothing on
// SQLite but the index; they are refused rather than ignored.
func (e *Env) newUniqueConstraint(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	const fn = "UniqueConstraint.__init__"
	var fields python.Value = python.Tuple{}
	var condition python.Value = python.None
	var nullsDistinct python.Value = python.None
	var nameV python.Value = python.None
	deferrable := ""
	var include []string
	var rest []python.Kwarg
	for _, k := range kw {
		switch k.Name {
		case "opclasses":
			return nil, python.NewError(python.NotImplementedError, "UniqueConstraint(%s=...) is not supported by ormfiddle yet", k.Name)
		case "include":
			if k.Value == python.None {
				continue
			}
			_, isList := k.Value.(*python.List)
			_, isTuple := k.Value.(python.Tuple)
			names, err := e.iterStrings(k.Value)
			if err != nil || !isList && !isTuple {
				cls := python.ValueError
				if e.Features.DeferrableRepr {
					cls = python.TypeError
				}
				return nil, python.NewError(cls, "UniqueConstraint.include must be a list or tuple.")
			}
			include = append([]string{}, names...)
			continue
		case "deferrable":
			if k.Value == python.None {
				continue
			}
			d, ok := k.Value.(*deferrableValue)
			if !ok {
				cls := python.ValueError
				if e.Features.DeferrableRepr {
					cls = python.TypeError
				}
				return nil, python.NewError(cls, "UniqueConstraint.deferrable must be a Deferrable instance.")
			}
			deferrable = d.value
			continue
		}
		rest = append(rest, k)
	}
	kw = rest
	if !e.Features.UniqueConstraintExpressions {
		if err := kwOnlyCall(fn, args, kw, []string{"fields", "name", "condition", "deferrable", "include", "opclasses"}, []string{"fields", "name"}); err != nil {
			return nil, err
		}
	}
	kw, opts := e.violationOptions(kw)
	var exprs python.Tuple
	if e.Features.UniqueConstraintExpressions {
		if err := python.UnpackArgs(fn, args, kw, "*", &exprs, "fields?", &fields, "name?", &nameV, "condition?", &condition, "nulls_distinct?", &nullsDistinct); err != nil {
			return nil, err
		}
		if t, _ := python.Truth(th, nameV); !t {
			return nil, python.NewError(python.ValueError, "A unique constraint must be named.")
		}
		hasFields, _ := python.Truth(th, fields)
		if len(exprs) == 0 && !hasFields {
			return nil, python.NewError(python.ValueError, "At least one field or expression is required to define a unique constraint.")
		}
		if len(exprs) > 0 && hasFields {
			return nil, python.NewError(python.ValueError, "UniqueConstraint.fields and expressions are mutually exclusive.")
		}
	} else if err := python.UnpackArgs(fn, args, kw, "*", nil, "fields", &fields, "name", &nameV, "condition?", &condition); err != nil {
		return nil, err
	}
	if condition != python.None {
		if _, ok := condition.(*QValue); !ok {
			return nil, python.NewError(python.ValueError, "UniqueConstraint.condition must be a Q instance.")
		}
	}
	if nullsDistinct != python.None {
		if _, ok := nullsDistinct.(python.Bool); !ok {
			return nil, python.NewError(python.TypeError, "UniqueConstraint.nulls_distinct must be a bool.")
		}
	}
	names, err := e.iterStrings(fields)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 && len(exprs) == 0 {
		return nil, python.NewError(python.ValueError, "At least one field is required to define a unique constraint.")
	}
	name, err := python.Str(th, nameV)
	if err != nil {
		return nil, err
	}
	c := &schema.Constraint{Name: name, Fields: names, Deferrable: deferrable, Include: include}
	if include != nil && deferrable != "" {
		return nil, python.NewError(python.ValueError, "UniqueConstraint with include fields cannot be deferred.")
	}
	if deferrable != "" {
		switch {
		case condition != python.None:
			return nil, python.NewError(python.ValueError, "UniqueConstraint with conditions cannot be deferred.")
		case len(exprs) > 0:
			return nil, python.NewError(python.ValueError, "UniqueConstraint with expressions cannot be deferred.")
		}
	}
	if q, ok := condition.(*QValue); ok {
		c.Partial = true
		e.constraintQ[c] = q
	}
	for _, x := range exprs {
		// Strings name fields: F(expression).
		if s, ok := x.(python.String); ok {
			x = &Expr{e: e, expr: &query.F{Name: string(s)}}
		}
		if _, ok := x.(*Expr); !ok {
			return nil, python.NewError(python.TypeError, "%s is not an expression", reprOr(th, x))
		}
		opts.expressions = append(opts.expressions, x)
	}
	c.Expressions = len(exprs) > 0
	if b, ok := nullsDistinct.(python.Bool); ok {
		v := bool(b)
		c.NullsDistinct = &v
		opts.nullsDistinct = nullsDistinct
	}
	e.constraintOpts[c] = opts
	return &ConstraintValue{e: e, c: c}, nil
}

// newCheckConstraint is CheckConstraint: (*, check, name) in Django 3.2;
// (*, name, condition=None, check=None, ...) in 5.1 and 5.2, check= a
// deprecated alias; (*, name, condition, ...) since 6.0. The condition is
// a Q or a boolean expression.
func (e *Env) newCheckConstraint(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	const fn = "CheckConstraint.__init__"
	f := e.Features
	var check, condition python.Value = python.None, python.None
	name := ""
	params, required := []string{"check", "name"}, []string{"check", "name"}
	switch {
	case f.CheckConstraintCheckRemoved:
		params, required = []string{"name", "condition"}, []string{"name", "condition"}
	case f.CheckConstraintCondition:
		params, required = []string{"name", "condition", "check"}, []string{"name"}
	}
	if f.ConstraintsViolationError {
		params = append(params, "violation_error_code", "violation_error_message")
	}
	if err := kwOnlyCall(fn, args, kw, params, required); err != nil {
		return nil, err
	}
	kw, opts := e.violationOptions(kw)
	var err error
	switch {
	case f.CheckConstraintCheckRemoved:
		err = python.UnpackArgs(fn, args, kw, "*", nil, "name", &name, "condition", &condition)
	case f.CheckConstraintCondition:
		err = python.UnpackArgs(fn, args, kw, "*", nil, "name", &name, "condition?", &condition, "check?", &check)
		if check != python.None {
			condition = check
		}
	default:
		err = python.UnpackArgs(fn, args, kw, "*", nil, "check", &condition, "name", &name)
	}
	if err != nil {
		return nil, err
	}
	var q *QValue
	switch x := condition.(type) {
	case *QValue:
		q = x
	case *Expr:
		if query.IsConditional(x.expr) {
			q = &QValue{e: e, q: &query.Q{Connector: query.AND, Children: []any{x.expr}}}
		}
	}
	if q == nil {
		if f.CheckConstraintCondition {
			return nil, python.NewError(python.TypeError, "CheckConstraint.condition must be a Q instance or boolean expression.")
		}
		return nil, python.NewError(python.TypeError, "CheckConstraint.check must be a Q instance or boolean expression.")
	}
	c := &schema.Constraint{Name: name, IsCheck: true}
	e.constraintQ[c] = q
	e.constraintOpts[c] = opts
	return &ConstraintValue{e: e, c: c}, nil
}

// compileConstraints fills in the SQL of the schema's expressions: every
// check, condition and unique expression, as _get_check_sql,
// _get_condition_sql and _get_index_expressions build it (a Query on the
// model without column aliases, build_where, no joins, parameters quoted
// by the schema editor's quote_value), the DEFAULT of db_default fields
// and the expression of generated fields.
func (e *Env) compileConstraints() error {
	for _, m := range e.Apps.Models(false) {
		for _, f := range m.Meta.LocalFields {
			if g := f.Generated; g != nil && f.Model == m {
				// GeneratedField.generated_sql: Query(model,
				// alias_cols=False), no joins.
				sql, refs, err := e.generatedSQL(m, g.Expr.(query.Expression))
				if err != nil {
					return err
				}
				g.SQL, g.References = sql, refs
			}
			if !f.HasDBDefault || f.Model != m {
				continue
			}
			// db_default_sql: a Value as a literal, any other
			// expression in parentheses.
			dd := query.NewDatabaseDefault(f)
			sql, _, err := e.schemaExpressionSQL(m, dd.Expr)
			if err != nil {
				return err
			}
			if _, isValue := dd.Expr.(*query.Value); !isValue {
				sql = "(" + sql + ")"
			}
			f.DBDefaultSQL = sql
		}
		for _, c := range m.Meta.Constraints {
			if o := e.constraintOpts[c.Root()]; o != nil && len(o.expressions) > 0 {
				c.ExpressionsSQL = nil
				for _, x := range o.expressions {
					sql, err := e.indexExpressionSQL(m, x.(*Expr).expr)
					if err != nil {
						return err
					}
					c.ExpressionsSQL = append(c.ExpressionsSQL, sql)
				}
			}
			q := e.constraintQ[c.Root()]
			if q == nil {
				continue
			}
			qu := query.New(m)
			qu.NoAliasCols = true
			where, err := qu.BuildWhere(q.q)
			if err != nil {
				return e.pyErr(err)
			}
			sql, params, err := where.SQL(query.NewCompiler(qu))
			if err != nil {
				return e.pyErr(err)
			}
			// quote_value renders the parameters as the tracer's literals do.
			sql = sqlite.Inline(sql, params)
			if c.IsCheck {
				c.Check = sql
			} else {
				c.Condition = sql
			}
		}
	}
	return nil
}

// schemaExpressionSQL compiles an expression of the model's schema (a
// unique index expression, a db_default, a generated column) as the
// schema editor does: Query(model, alias_cols=False), no joins, the
// parameters inlined by quote_value.
func (e *Env) schemaExpressionSQL(m *schema.Model, x query.Expression) (string, bool, error) {
	qu := query.New(m)
	qu.NoAliasCols = true
	r, err := x.Resolve(qu, false, nil, false)
	if err != nil {
		return "", false, e.pyErr(err)
	}
	sql, params, err := query.NewCompiler(qu).Compile(r)
	if err != nil {
		return "", false, e.pyErr(err)
	}
	_, isCol := r.(*query.Col)
	return sqlite.Inline(sql, params), isCol, nil
}

// generatedSQL is GeneratedField.generated_sql with its parameters
// quoted (_column_generated_sql), and the fields the expression reads
// (referenced_fields).
func (e *Env) generatedSQL(m *schema.Model, x query.Expression) (string, []*schema.Field, error) {
	qu := query.New(m)
	qu.NoAliasCols = true
	r, err := x.Resolve(qu, false, nil, false)
	if err != nil {
		return "", nil, e.pyErr(err)
	}
	sql, params, err := query.NewCompiler(qu).Compile(r)
	if err != nil {
		return "", nil, e.pyErr(err)
	}
	return sqlite.Inline(sql, params), query.ColumnTargets(r), nil
}

// indexExpressionSQL is one IndexExpression of a functional unique
// constraint: a column as is, anything else in parentheses.
func (e *Env) indexExpressionSQL(m *schema.Model, x query.Expression) (string, error) {
	sql, isCol, err := e.schemaExpressionSQL(m, x)
	if err != nil || isCol {
		return sql, err
	}
	return "(" + sql + ")", nil
}

// kwOnlyCall checks the arguments of a call to a Python method
// `fn(self, *, params...)` (a constructor whose arguments are all
// keyword-only) as CPython words its errors: an unexpected keyword, then
// positional arguments given, then the required keyword-only ones
// missing.
func kwOnlyCall(fn string, args python.Tuple, kw []python.Kwarg, params, required []string) error {
	known := map[string]bool{}
	for _, p := range params {
		known[p] = true
	}
	given := map[string]bool{}
	kwonly := 0
	for _, k := range kw {
		if !known[k.Name] {
			return python.NewError(python.TypeError, "%s() got an unexpected keyword argument '%s'", fn, k.Name)
		}
		given[k.Name] = true
		kwonly++
	}
	if len(args) > 0 {
		if kwonly == 0 {
			return python.NewError(python.TypeError, "%s() takes 1 positional argument but %d were given", fn, len(args)+1)
		}
		return python.NewError(python.TypeError, "%s() takes 1 positional argument but %d positional arguments (and %d keyword-only argument%s) were given",
			fn, len(args)+1, kwonly, plural(kwonly))
	}
	var missing []string
	for _, r := range required {
		if !given[r] {
			missing = append(missing, "'"+r+"'")
		}
	}
	if len(missing) > 0 {
		return python.NewError(python.TypeError, "%s() missing %d required keyword-only argument%s: %s", fn, len(missing), plural(len(missing)), joinNames(missing))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames joins names as CPython lists missing arguments: 'a', 'a' and
// 'b', 'a', 'b', and 'c'.
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// deferrable is the repr's " deferrable=Deferrable.DEFERRED" (str() of
// the member in 3.2, repr() since, the same text).
func (v *ConstraintValue) deferrable() string {
	s := ""
	if v.c.Deferrable != "" {
		s = " deferrable=Deferrable." + strings.ToUpper(v.c.Deferrable)
	}
	if len(v.c.Include) > 0 {
		// include=('color',): a tuple of the names.
		var items []string
		for _, n := range v.c.Include {
			items = append(items, strRepr(n))
		}
		if len(items) == 1 {
			items[0] += ","
		}
		s += " include=(" + strings.Join(items, ", ") + ")"
	}
	return s
}

// deferrableValue is a member of django.db.models.Deferrable, an Enum:
// Deferrable.DEFERRED ("deferred") and Deferrable.IMMEDIATE.
type deferrableValue struct {
	*python.Instance
	name, value string
	short       bool
}

// Repr is Deferrable.__repr__, "Deferrable.DEFERRED"
// (features.DeferrableRepr), or Enum's, "<Deferrable.DEFERRED:
// 'deferred'>".
func (d *deferrableValue) Repr(th *python.Thread) (string, error) {
	if d.short {
		return "Deferrable." + d.name, nil
	}
	return "<Deferrable." + d.name + ": '" + d.value + "'>", nil
}

// Str is Enum.__str__: "Deferrable.DEFERRED".
func (d *deferrableValue) Str(th *python.Thread) (string, error) { return "Deferrable." + d.name, nil }

// Attr gives name and value.
func (d *deferrableValue) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "name":
		return python.String(d.name), nil
	case "value":
		return python.String(d.value), nil
	}
	return nil, nil
}

// AttrNames lists name and value.
func (d *deferrableValue) AttrNames() []string { return []string{"name", "value"} }

// deferrableClass is django.db.models.Deferrable.
func deferrableClass(short bool) *python.Class {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.constraints"))
	c, _ := python.NewClass("Deferrable", nil, d)
	for _, m := range []string{"DEFERRED", "IMMEDIATE"} {
		d.SetStr(m, &deferrableValue{Instance: python.NewInstance(c, nil), name: m, value: strings.ToLower(m), short: short})
	}
	return c
}
