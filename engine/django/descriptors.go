package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// instanceOf returns the ORM instance behind a descriptor's instance
// argument; a model instance whose __init__ did not run has none.
// Instances made while models.py ran (before the database existed) are
// attached to it here, on their first use through a descriptor or method.
func (e *Env) instanceOf(inst python.Value) (*orm.Instance, error) {
	if o, ok := e.ormInstance(inst); ok {
		if e.DB != nil && o.DB != e.DB {
			o.DB = e.DB
		}
		return o, nil
	}
	if p, ok := inst.(*python.Instance); ok && e.modelOf[p.Class] != nil {
		// A model instance created without Model.__init__ (a subclass
		// __init__ that does not call super().__init__()).
		o, err := e.DBOrNil().NewInstance(e.modelOf[p.Class], nil, nil)
		if err != nil {
			return nil, e.pyErr(err)
		}
		o.Host = p
		p.Native = o
		return o, nil
	}
	return nil, python.NewError(python.TypeError, "descriptor needs a model instance, not '%s'", inst.Type())
}

// DBOrNil returns the database or a stand-in used before it exists (model
// instances can be created in models.py code).
func (e *Env) DBOrNil() *orm.DB {
	if e.DB != nil {
		return e.DB
	}
	return &orm.DB{Apps: e.Apps}
}

// fieldDescriptor is DeferredAttribute (and ForeignKeyDeferredAttribute
// for a foreign key's attname): the field's value, loaded on access when
// deferred; setting the key of a relation drops the cached object.
type fieldDescriptor struct {
	e *Env
	f *schema.Field
}

func (d *fieldDescriptor) Type() string { return "DeferredAttribute" }

func (d *fieldDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return d, nil
	}
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return nil, err
	}
	if o.Deferred(d.f.Attname) && d.e.overrides(cls, "refresh_from_db") {
		// DeferredAttribute.__get__ loads the field with the model's
		// refresh_from_db(fields=[attname]), an override included.
		if _, err := python.CallMethod(th, inst, "refresh_from_db", nil, []python.Kwarg{{Name: "fields", Value: python.NewList([]python.Value{python.String(d.f.Attname)})}}); err != nil {
			return nil, err
		}
	}
	v, err := o.Attr(d.f)
	if err != nil {
		if oe, ok := err.(*orm.Error); ok && oe.Class == "AttributeError" {
			if o.Deferred(d.f.Attname) {
				return nil, python.NewError(python.AttributeError, "%s", oe.Msg)
			}
			return nil, python.NewError(python.AttributeError, "'%s' object has no attribute '%s'", cls.Name, d.f.Attname)
		}
		return nil, d.e.pyErr(err)
	}
	if k := d.f.Kind; k == schema.FileField || k == schema.ImageField {
		// FileDescriptor: the attribute becomes a FieldFile, kept on the
		// instance.
		ff := d.e.fieldFile(d.f, v)
		o.SetValue(d.f.Attname, opaque{d.e, ff})
		return ff, nil
	}
	switch v.(type) {
	case schema.JSONObject, []any:
		// A dict or list read from a JSONField is one mutable Python
		// object: keep it, so that `obj.data["k"] = v; obj.save()` saves
		// the change.
		py := d.e.toPy(v)
		o.SetValue(d.f.Attname, opaque{d.e, py})
		return py, nil
	}
	return d.e.toPy(v), nil
}

func (d *fieldDescriptor) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return err
	}
	o.SetAttname(d.f, d.e.toGoStore(v))
	return nil
}

func (d *fieldDescriptor) DescriptorDelete(th *python.Thread, inst python.Value) error {
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return err
	}
	if !o.HasAttr(d.f.Attname) {
		return python.NewError(python.AttributeError, "'%s' object has no attribute '%s'", inst.Type(), d.f.Attname)
	}
	o.DelValue(d.f.Attname)
	return nil
}

// Attr exposes `field` (Person.name.field).
func (d *fieldDescriptor) Attr(th *python.Thread, name string) (python.Value, error) {
	if name == "field" {
		return d.e.fieldValue(d.f), nil
	}
	return nil, nil
}

func (d *fieldDescriptor) AttrNames() []string { return []string{"field"} }

// forwardDescriptor is ForwardManyToOneDescriptor (and the one-to-one
// variant): article.reporter loads or returns the cached Reporter;
// assigning checks the type and sets reporter_id.
type forwardDescriptor struct {
	e *Env
	f *schema.Field
}

func (d *forwardDescriptor) Type() string { return "ForwardManyToOneDescriptor" }

func (d *forwardDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return d, nil
	}
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return nil, err
	}
	if err := d.f.RelatedFieldsError(); err != nil {
		return nil, d.e.pyErr(err)
	}
	rel, err := o.GetRelated(d.f)
	if err != nil {
		return nil, d.e.pyErr(err)
	}
	return d.e.wrapOrNone(rel), nil
}

func (d *forwardDescriptor) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return err
	}
	if err := d.f.RelatedFieldsError(); err != nil {
		return d.e.pyErr(err)
	}
	var val any
	if v != python.None {
		if ri, ok := d.e.ormInstance(v); ok {
			val = ri
		} else {
			val = opaque{d.e, v}
		}
	}
	return d.e.pyErr(o.SetRelated(d.f, val))
}

func (d *forwardDescriptor) DescriptorDelete(th *python.Thread, inst python.Value) error {
	return python.NewError(python.AttributeError, "__delete__")
}

// Attr exposes `field` and RelatedObjectDoesNotExist.
func (d *forwardDescriptor) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "field":
		return d.e.fieldValue(d.f), nil
	case "RelatedObjectDoesNotExist":
		return d.e.relatedDoesNotExist(d.f), nil
	}
	return nil, nil
}

func (d *forwardDescriptor) AttrNames() []string {
	return []string{"field", "RelatedObjectDoesNotExist"}
}

// reverseOneDescriptor is ReverseOneToOneDescriptor: place.restaurant.
type reverseOneDescriptor struct {
	e *Env
	r *schema.Rel
}

func (d *reverseOneDescriptor) Type() string { return "ReverseOneToOneDescriptor" }

func (d *reverseOneDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return d, nil
	}
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return nil, err
	}
	rel, err := o.GetReverseOne(d.r)
	if err != nil {
		return nil, d.e.pyErr(err)
	}
	return d.e.wrap(rel), nil
}

func (d *reverseOneDescriptor) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return err
	}
	if v == python.None {
		return d.e.pyErr(o.SetReverseOne(d.r, nil))
	}
	ri, ok := d.e.ormInstance(v)
	if !ok {
		r, _ := python.Repr(th, v)
		return python.NewError(python.ValueError, "Cannot assign \"%s\": \"%s.%s\" must be a \"%s\" instance.", r, o.Model.Name, d.r.AccessorName(), d.r.Field.Model.Name)
	}
	return d.e.pyErr(o.SetReverseOne(d.r, ri))
}

func (d *reverseOneDescriptor) DescriptorDelete(th *python.Thread, inst python.Value) error {
	return python.NewError(python.AttributeError, "__delete__")
}

// Attr exposes RelatedObjectDoesNotExist and `related`.
func (d *reverseOneDescriptor) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "RelatedObjectDoesNotExist":
		return d.e.relatedDoesNotExist(d.r), nil
	case "related":
		return &Rel{e: d.e, r: d.r}, nil
	}
	return nil, nil
}

func (d *reverseOneDescriptor) AttrNames() []string {
	return []string{"RelatedObjectDoesNotExist", "related"}
}

// reverseManyDescriptor is ReverseManyToOneDescriptor: reporter.article_set
// is a RelatedManager; assigning to it is forbidden.
type reverseManyDescriptor struct {
	e *Env
	r *schema.Rel
}

func (d *reverseManyDescriptor) Type() string { return "ReverseManyToOneDescriptor" }

func (d *reverseManyDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return d, nil
	}
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return nil, err
	}
	base := d.e.relatedMgrClass
	if d.r.Field.Null {
		base = d.e.relatedNullMgrClass
	}
	mgr := python.NewInstance(d.e.relatedManagerClass(base, d.r.Field.Model), &orm.RelatedManager{Instance: o, Field: d.r.Field})
	mgr.Dict.SetStr("model", d.e.classFor(d.r.Field.Model))
	mgr.Dict.SetStr("name", python.None)
	mgr.Dict.SetStr("instance", inst)
	return mgr, nil
}

func (d *reverseManyDescriptor) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	return python.NewError(python.TypeError, "Direct assignment to the reverse side of a related set is prohibited. Use %s.set() instead.", d.r.AccessorName())
}

func (d *reverseManyDescriptor) DescriptorDelete(th *python.Thread, inst python.Value) error {
	return python.NewError(python.AttributeError, "__delete__")
}

// Attr exposes `rel` and `field`.
func (d *reverseManyDescriptor) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "rel":
		return &Rel{e: d.e, r: d.r}, nil
	case "field":
		return d.e.fieldValue(d.r.Field), nil
	}
	return nil, nil
}

func (d *reverseManyDescriptor) AttrNames() []string { return []string{"field", "rel"} }

// manyDescriptor is ManyToManyDescriptor, forward (pizza.toppings) or
// reverse (topping.pizza_set).
type manyDescriptor struct {
	e       *Env
	f       *schema.Field
	reverse bool
}

func (d *manyDescriptor) Type() string { return "ManyToManyDescriptor" }

func (d *manyDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return d, nil
	}
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return nil, err
	}
	m, err := orm.NewManyRelatedManager(o, d.f, d.reverse)
	if err != nil {
		return nil, d.e.pyErr(err)
	}
	mgr := python.NewInstance(d.e.relatedManagerClass(d.e.manyMgrClass, m.Model()), m)
	mgr.Dict.SetStr("model", d.e.classFor(m.Model()))
	mgr.Dict.SetStr("name", python.None)
	mgr.Dict.SetStr("instance", inst)
	mgr.Dict.SetStr("through", d.e.classFor(m.Through()))
	return mgr, nil
}

func (d *manyDescriptor) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	name := d.f.Name
	side := "forward"
	if d.reverse {
		name = d.f.Rel.AccessorName()
		side = "reverse"
	}
	return python.NewError(python.TypeError, "Direct assignment to the %s side of a many-to-many set is prohibited. Use %s.set() instead.", side, name)
}

func (d *manyDescriptor) DescriptorDelete(th *python.Thread, inst python.Value) error {
	return python.NewError(python.AttributeError, "__delete__")
}

// Attr exposes `through`, `field` and `rel`.
func (d *manyDescriptor) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "through":
		if d.f.Rel.Through == nil {
			return python.None, nil
		}
		return d.e.classFor(d.f.Rel.Through), nil
	case "field":
		return d.e.fieldValue(d.f), nil
	case "rel":
		return &Rel{e: d.e, r: d.f.Rel}, nil
	}
	return nil, nil
}

func (d *manyDescriptor) AttrNames() []string { return []string{"field", "rel", "through"} }

// displayMethod is get_FOO_display: the label of the current value in the
// field's choices, or the value itself (as str).
func (e *Env) displayMethod(name string, f *schema.Field) *python.Builtin {
	return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if err := python.UnpackArgs(name, args[1:], kw); err != nil {
			return nil, err
		}
		o, err := e.instanceOf(args[0])
		if err != nil {
			return nil, err
		}
		v, err := o.Attr(f)
		if err != nil {
			return nil, e.pyErr(err)
		}
		// _get_FIELD_display: dict(flatchoices).get(value, value), through
		// force_str(strings_only=True), which leaves None, numbers, dates
		// and times as they are.
		pv := e.toPy(v)
		var label python.Value = pv
		for _, c := range f.Flatchoices() {
			eq, err := python.Equal(th, e.toPy(c.Value), pv)
			if err != nil {
				return nil, err
			}
			if eq {
				label = python.String(c.Label) // the last equal key wins, as in a dict
			}
		}
		switch label.(type) {
		case python.String, python.NoneType, python.Int, python.Float, python.Bool, python.Decimal,
			python.Date, python.DateTime, python.Time:
			return label, nil
		}
		str, err := python.Str(th, label)
		if err != nil {
			return nil, err
		}
		return python.String(str), nil
	})
}

// nextOrPreviousMethod is get_next_by_FOO / get_previous_by_FOO
// (Model._get_next_or_previous_by_FIELD): the next or previous object by
// the field, the primary key breaking ties, among the default manager's
// objects filtered by the keyword arguments.
func (e *Env) nextOrPreviousMethod(name string, f *schema.Field, next bool) *python.Builtin {
	return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(args) != 1 {
			return nil, python.NewError(python.TypeError, "%s() takes 1 positional argument but %d were given", name, len(args))
		}
		self := args[0]
		pk, err := python.GetAttr(th, self, "pk")
		if err != nil {
			return nil, err
		}
		if t, _ := python.Truth(th, pk); !t {
			return nil, python.NewError(python.ValueError, "get_next/get_previous cannot be used on unsaved objects.")
		}
		op, order := "gt", ""
		if !next {
			op, order = "lt", "-"
		}
		param, err := python.GetAttr(th, self, f.Attname)
		if err != nil {
			return nil, err
		}
		tie := python.Tuple{python.Tuple{python.String(f.Name), param}, python.Tuple{python.String("pk__" + op), pk}}
		if !e.Features.NextByTieFirst && f.Name > "pk__"+op {
			// Q(**kwargs) sorts its keyword arguments.
			tie[0], tie[1] = tie[1], tie[0]
		}
		q1, err := python.Call(th, e.qClass, tie, nil)
		if err != nil {
			return nil, err
		}
		q2, err := python.Call(th, e.qClass, python.Tuple{python.Tuple{python.String(f.Name + "__" + op), param}}, nil)
		if err != nil {
			return nil, err
		}
		if !e.Features.NextByTieFirst {
			q1, q2 = q2, q1
		}
		q, err := python.Binary(th, python.Pipe, q1, q2)
		if err != nil {
			return nil, err
		}
		cls := python.TypeOf(self)
		mgr, err := e.defaultManager(cls)
		if err != nil {
			return nil, err
		}
		qs, err := python.CallMethod(th, mgr, "filter", nil, kw)
		if err != nil {
			return nil, err
		}
		if qs, err = python.CallMethod(th, qs, "filter", python.Tuple{q}, nil); err != nil {
			return nil, err
		}
		if qs, err = python.CallMethod(th, qs, "order_by", python.Tuple{python.String(order + f.Name), python.String(order + "pk")}, nil); err != nil {
			return nil, err
		}
		r, err := python.GetItem(th, qs, python.MakeInt(0))
		if err != nil {
			if exc, ok := err.(*python.Exception); ok && exc.Matches(python.IndexError) {
				dne, derr := python.GetAttr(th, cls, "DoesNotExist")
				if derr != nil {
					return nil, derr
				}
				m := e.modelOf[cls]
				return nil, python.NewError(dne.(*python.Class), "%s matching query does not exist.", m.Meta.ObjectName)
			}
			return nil, err
		}
		return r, nil
	})
}

// overrides reports whether a class of models.py defines name (a Python
// function) before models.Model in cls's MRO.
func (e *Env) overrides(cls *python.Class, name string) bool {
	for _, c := range cls.MRO {
		if c == e.modelClass {
			return false
		}
		if v, ok := c.Dict.GetStr(name); ok {
			if cm, ok := v.(*python.ClassMethod); ok {
				v = cm.Func
			}
			_, isFunc := v.(*python.Function)
			return isFunc
		}
	}
	return false
}
