package query

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Expression is a SQL expression: a column, a value, F(), arithmetic, an
// aggregate, a subquery. Names follow django.db.models.expressions.
type Expression interface {
	// SQL renders the expression with `%s` placeholders (as_sql).
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

// Value is a literal parameter (Django's Value); Field, when known,
// prepares it for the database.
type Value struct {
	V     any
	Field *schema.Field
}

// SQL is a single `%s` placeholder with the prepared value.
func (v *Value) SQL(*Compiler) (string, []any, error) {
	val := v.V
	if v.Field != nil {
		p, err := v.Field.DBPrepValue(val)
		if err != nil {
			return "", nil, err
		}
		val = p
	}
	return "%s", []any{val}, nil
}

func (v *Value) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) { return v, nil }
func (v *Value) Output() *schema.Field                                           { return v.Field }
func (v *Value) relabel(map[string]string) Expression                            { return v }

// Combined is `lhs op rhs` for arithmetic on expressions
// (CombinedExpression); SQL is "(lhs op rhs)" unless Top, as Django
// renders `"t"."n" + 1` at the top level of an UPDATE.
type Combined struct {
	LHS, RHS Expression
	Op       string
}

func (e *Combined) SQL(c *Compiler) (string, []any, error) {
	l, lp, err := c.Compile(e.LHS)
	if err != nil {
		return "", nil, err
	}
	r, rp, err := c.Compile(e.RHS)
	if err != nil {
		return "", nil, err
	}
	op := e.Op
	if op == "%%" {
		op = "%%"
	}
	return "(" + l + " " + op + " " + r + ")", append(lp, rp...), nil
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
	// A bare value takes the other side's field for preparation.
	if v, ok := r.(*Value); ok && v.Field == nil {
		r = &Value{V: v.V, Field: l.Output()}
	}
	if v, ok := l.(*Value); ok && v.Field == nil {
		l = &Value{V: v.V, Field: r.Output()}
	}
	return &Combined{LHS: l, RHS: r, Op: e.Op}, nil
}

func (e *Combined) Output() *schema.Field {
	if f := e.LHS.Output(); f != nil {
		return f
	}
	return e.RHS.Output()
}

func (e *Combined) relabel(m map[string]string) Expression {
	return &Combined{LHS: e.LHS.relabel(m), RHS: e.RHS.relabel(m), Op: e.Op}
}

// Aggregate is COUNT/SUM/AVG/MAX/MIN over an expression (or `*`).
type Aggregate struct {
	Function string // "COUNT", "SUM", "AVG", "MAX", "MIN"
	Name     string // Django's class name: "Count", "Sum", ...
	Source   Expression
	Star     bool
	Distinct bool
	// Field is the output field (IntegerField for Count, the source's for
	// Max/Min/Sum, FloatField for Avg).
	Field *schema.Field
}

func (a *Aggregate) SQL(c *Compiler) (string, []any, error) {
	distinct := ""
	if a.Distinct {
		distinct = "DISTINCT "
	}
	if a.Star {
		return a.Function + "(" + distinct + "*)", nil, nil
	}
	s, p, err := c.Compile(a.Source)
	if err != nil {
		return "", nil, err
	}
	return a.Function + "(" + distinct + s + ")", p, nil
}

func (a *Aggregate) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	n := *a
	if a.Source != nil {
		s, err := a.Source.Resolve(q, allowJoins, reuse, summarize)
		if err != nil {
			return nil, err
		}
		n.Source = s
	}
	return &n, nil
}

func (a *Aggregate) Output() *schema.Field { return a.Field }

func (a *Aggregate) relabel(m map[string]string) Expression {
	n := *a
	if a.Source != nil {
		n.Source = a.Source.relabel(m)
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

// SubqueryExpr is a whole query used as a value (`IN (SELECT ...)`).
type SubqueryExpr struct {
	Query *Query
}

func (s *SubqueryExpr) SQL(c *Compiler) (string, []any, error) {
	sub := &Compiler{Query: s.Query, parent: c}
	sql, params, err := sub.AsSQL(false)
	if err != nil {
		return "", nil, err
	}
	return "(" + sql + ")", params, nil
}

func (s *SubqueryExpr) Resolve(*Query, bool, map[string]bool, bool) (Expression, error) {
	return s, nil
}
func (s *SubqueryExpr) Output() *schema.Field {
	if len(s.Query.Select) == 1 {
		return s.Query.Select[0].Output()
	}
	return s.Query.Meta().Pk
}
func (s *SubqueryExpr) relabel(map[string]string) Expression { return s }

// resolveRef is Query.resolve_ref: an annotation or a field path as a
// column, with joins (trimmed).
func (q *Query) resolveRef(name string, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	if q.Annotations != nil {
		if a, ok := q.Annotations[name]; ok {
			if summarize {
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
	if len(info.transforms) > 0 {
		return nil, &FieldError{fmt.Sprintf("Cannot resolve keyword '%s' into field. Join on '%s' not permitted.", info.transforms[0], parts[len(parts)-len(info.transforms)-1])}
	}
	targets, alias, joins := q.trimJoins(info.targets, info.joins, info.path)
	if !allowJoins && len(joins) > 1 {
		return nil, &FieldError{"Joined field references are not permitted in this query"}
	}
	for _, j := range joins {
		if reuse != nil {
			reuse[j] = true
		}
	}
	return &Col{Alias: alias, Target: targets[0], OutputField: info.finalField}, nil
}
