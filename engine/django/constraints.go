package django

import (
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// ConstraintValue is an entry of Meta.constraints:
// models.UniqueConstraint(fields=[...], name=..., condition=Q(...)) or
// models.CheckConstraint(check=Q(...), name=...).
type ConstraintValue struct {
	e *Env
	c *schema.Constraint
}

// Type is "UniqueConstraint" or "CheckConstraint".
func (v *ConstraintValue) Type() string {
	if v.c.IsCheck {
		return "CheckConstraint"
	}
	return "UniqueConstraint"
}

// AttrNames lists the attributes.
func (v *ConstraintValue) AttrNames() []string {
	if v.c.IsCheck {
		return []string{"check", "name"}
	}
	return []string{"condition", "fields", "name"}
}

// Attr gives name, fields and the check or condition Q.
func (v *ConstraintValue) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "name":
		return python.String(v.c.Name), nil
	case "fields":
		if !v.c.IsCheck {
			return v.fields(), nil
		}
	case "check":
		if v.c.IsCheck {
			return v.e.constraintQ[v.c], nil
		}
	case "condition":
		if !v.c.IsCheck {
			if q := v.e.constraintQ[v.c]; q != nil {
				return q, nil
			}
			return python.None, nil
		}
	}
	return nil, nil
}

func (v *ConstraintValue) fields() python.Tuple {
	out := make(python.Tuple, len(v.c.Fields))
	for i, f := range v.c.Fields {
		out[i] = python.String(f)
	}
	return out
}

// Repr is the constraint's __repr__ in Django 3.2:
// "<UniqueConstraint: fields=('a', 'b') name='x' condition=(AND: ...)>",
// "<CheckConstraint: check='(AND: ('n__gte', 0))' name='x'>".
func (v *ConstraintValue) Repr(th *python.Thread) (string, error) {
	nr, err := python.Repr(th, python.String(v.c.Name))
	if err != nil {
		return "", err
	}
	q := v.e.constraintQ[v.c]
	if v.c.IsCheck {
		if v.e.Features.CheckConstraintReprCondition {
			return "<CheckConstraint: condition=" + q.str(th) + " name=" + nr + ">", nil
		}
		return "<CheckConstraint: check='" + q.str(th) + "' name=" + nr + ">", nil
	}
	fr, err := python.Repr(th, v.fields())
	if err != nil {
		return "", err
	}
	cond := ""
	if q != nil {
		cond = " condition=" + q.str(th)
	}
	return "<UniqueConstraint: fields=" + fr + " name=" + nr + cond + ">", nil
}

// newUniqueConstraint is UniqueConstraint(*, fields, name, condition=None).
// deferrable, include and opclasses change nothing on SQLite but the
// index; they are refused rather than ignored.
func (e *Env) newUniqueConstraint(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var fields python.Value
	var condition python.Value = python.None
	name := ""
	for _, k := range kw {
		switch k.Name {
		case "deferrable", "include", "opclasses":
			return nil, python.NewError(python.NotImplementedError, "UniqueConstraint(%s=...) is not supported by ormfiddle yet", k.Name)
		}
	}
	if err := python.UnpackArgs("__init__", args, kw, "*", nil, "fields", &fields, "name", &name, "condition?", &condition); err != nil {
		return nil, err
	}
	names, err := e.iterStrings(fields)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, python.NewError(python.ValueError, "At least one field is required to define a unique constraint.")
	}
	c := &schema.Constraint{Name: name, Fields: names}
	if condition != python.None {
		q, ok := condition.(*QValue)
		if !ok {
			return nil, python.NewError(python.ValueError, "UniqueConstraint.condition must be a Q instance.")
		}
		c.Partial = true
		e.constraintQ[c] = q
	}
	return &ConstraintValue{e: e, c: c}, nil
}

// newCheckConstraint is CheckConstraint(*, check, name): check is a Q or
// a boolean expression.
func (e *Env) newCheckConstraint(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var check python.Value
	name := ""
	if err := python.UnpackArgs("__init__", args, kw, "*", nil, "check", &check, "name", &name); err != nil {
		return nil, err
	}
	var q *QValue
	switch x := check.(type) {
	case *QValue:
		q = x
	case *Expr:
		if query.IsConditional(x.expr) {
			q = &QValue{e: e, q: &query.Q{Connector: query.AND, Children: []any{x.expr}}}
		}
	}
	if q == nil {
		return nil, python.NewError(python.TypeError, "CheckConstraint.check must be a Q instance or boolean expression.")
	}
	c := &schema.Constraint{Name: name, IsCheck: true}
	e.constraintQ[c] = q
	return &ConstraintValue{e: e, c: c}, nil
}

// compileConstraints fills in the SQL of every check and condition, as
// _get_check_sql and _get_condition_sql build it: a Query on the model
// without column aliases, build_where (no joins), parameters quoted by
// the schema editor's quote_value.
func (e *Env) compileConstraints() error {
	for _, m := range e.Apps.Models(false) {
		for _, c := range m.Meta.Constraints {
			q := e.constraintQ[c]
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
