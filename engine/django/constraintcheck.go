package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// validateConstraint is BaseConstraint.validate(model, instance,
// exclude) for a CheckConstraint or a UniqueConstraint (Django 4.1,
// ValidateConstraints): it raises the ValidationError of a violated
// constraint and returns None otherwise. Conditions are checked with
// Q.check() against the instance's values.
func (e *Env) validateConstraint(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var cv, modelV, instV, excludeV python.Value
	if err := python.UnpackArgs("validate", args, kw, "constraint", &cv, "model", &modelV, "instance", &instV, "exclude", &excludeV); err != nil {
		return nil, err
	}
	c, ok := cv.(*ConstraintValue)
	cls, ok2 := modelV.(*python.Class)
	inst, ok3 := e.ormInstance(instV)
	if !ok || !ok2 || !ok3 || e.modelOf[cls] == nil {
		return nil, python.NewError(python.TypeError, "validate() expects a constraint, a model and an instance")
	}
	model := e.modelOf[cls]
	exclude := map[string]bool{}
	if excludeV != python.None {
		if err := python.Iterate(th, excludeV, func(v python.Value) error {
			if s, ok := v.(python.String); ok {
				exclude[string(s)] = true
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	violated := func() error {
		msg := python.String("Constraint “" + c.c.Name + "” is violated.")
		return e.validationError(msg)
	}
	var cond *query.Q
	if q := e.constraintQ[c.c.Root()]; q != nil {
		cond = q.q
	}
	if c.c.IsCheck {
		// Q(self.condition).check(against), whose Coalesce wraps Q(self)
		// up to 5.2; since 6.0 the constraint checks
		// Q(Coalesce(condition, True)) itself (QCheckPlainWhere).
		plain := e.Features.QCheckPlainWhere
		checked := cond
		if !plain {
			checked = &query.Q{Connector: query.AND, Children: []any{cond}}
		}
		holds, err := e.DB.QCheck(model, e.fieldExpressionMap(model, inst, exclude), checked, plain)
		if err != nil {
			if isFieldError(err) {
				return python.None, nil
			}
			return nil, e.pyErr(err)
		}
		if !holds {
			return nil, violated()
		}
		return python.None, nil
	}
	mgr, err := e.defaultManager(cls)
	if err != nil {
		return nil, err
	}
	qsV, err := python.CallMethod(th, mgr, "get_queryset", nil, nil)
	if err != nil {
		return nil, err
	}
	qs, _, _ := querySetOf(qsV)
	var kwargs []orm.KV
	for _, name := range c.c.Fields {
		if exclude[name] {
			return python.None, nil
		}
		f := model.Meta.Field(name)
		if f == nil {
			return python.None, nil
		}
		v := inst.AttValue(f.Attname)
		if v == nil {
			// NULL != NULL: no violation.
			return python.None, nil
		}
		kwargs = append(kwargs, orm.KV{Name: f.Name, Value: v})
	}
	if len(kwargs) > 0 {
		if qs, err = qs.FilterKW(nil, kwargs, false); err != nil {
			return nil, e.pyErr(err)
		}
	}
	if pk := inst.PkOf(model.Meta); !inst.State.Adding && pk != nil {
		if qs, err = qs.FilterKW(nil, []orm.KV{{Name: "pk", Value: pk}}, true); err != nil {
			return nil, e.pyErr(err)
		}
	}
	if cond == nil {
		found, err := qs.Exists()
		if err != nil {
			return nil, e.pyErr(err)
		}
		if !found {
			return python.None, nil
		}
		fields := make(python.Tuple, len(c.c.Fields))
		for i, f := range c.c.Fields {
			fields[i] = python.String(f)
		}
		msg, err := python.CallMethod(th, instV, "unique_error_message", python.Tuple{modelV, fields}, nil)
		if err != nil {
			return nil, err
		}
		if inst, ok := msg.(*python.Instance); ok {
			return nil, python.ExceptionFromValue(inst)
		}
		return nil, e.validationError(msg)
	}
	sub, err := qs.FilterQ(cond, false)
	if err != nil {
		if isFieldError(err) {
			return python.None, nil
		}
		return nil, e.pyErr(err)
	}
	full := cond.Combine(&query.Q{Connector: query.AND, Children: []any{&query.Exists{Query: sub.Query}}}, query.AND)
	holds, err := e.DB.QCheck(model, e.fieldExpressionMap(model, inst, exclude), full, false)
	if err != nil {
		if isFieldError(err) {
			return python.None, nil
		}
		return nil, e.pyErr(err)
	}
	if holds {
		return nil, violated()
	}
	return python.None, nil
}

// fieldExpressionMap is Model._get_field_expression_map(meta, exclude):
// each local concrete field's value by field name, and the pk's.
func (e *Env) fieldExpressionMap(m *schema.Model, inst *orm.Instance, exclude map[string]bool) []query.CheckValue {
	var out []query.CheckValue
	for _, f := range m.Meta.LocalFields {
		if exclude[f.Name] || f.Column == "" {
			continue
		}
		out = append(out, query.CheckValue{Name: f.Name, Value: inst.AttValue(f.Attname), Field: f})
	}
	if !exclude["pk"] {
		out = append(out, query.CheckValue{Name: "pk", Value: inst.PkOf(m.Meta), Field: m.Meta.Pk})
	}
	return out
}

// isFieldError reports whether err is a FieldError.
func isFieldError(err error) bool {
	switch x := err.(type) {
	case *orm.Error:
		return x.Class == "FieldError"
	case *query.FieldError:
		return true
	}
	return false
}
