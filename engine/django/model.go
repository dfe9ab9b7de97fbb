package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// buildModelClass makes models.Model: the methods every model instance
// has (django.db.models.base.Model), with ModelBase as its class factory.
// modelInitWork is the work of Model.__init__, in steps.
const modelInitWork = 25

func (e *Env) buildModelClass() {
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.base"))
	self := func(args python.Tuple) (*python.Instance, *orm.Instance, error) {
		if len(args) == 0 {
			return nil, nil, python.NewError(python.TypeError, "method needs a model instance")
		}
		p, ok := args[0].(*python.Instance)
		if !ok {
			return nil, nil, python.NewError(python.TypeError, "method needs a model instance, not '%s'", args[0].Type())
		}
		o, err := e.instanceOf(p)
		return p, o, err
	}

	d.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		// Model.__init__ does about 25 steps' work (the work budget's
		// unit, engine/python/budget.go) in Go.
		if err := th.Charge(modelInitWork); err != nil {
			return nil, err
		}
		p, ok := args[0].(*python.Instance)
		if !ok {
			return nil, python.NewError(python.TypeError, "Model.__init__ needs a model instance")
		}
		m := e.modelOf[p.Class]
		if m == nil {
			return nil, python.NewError(python.TypeError, "%s is not a model class", p.Class.Name)
		}
		if m.Meta.Abstract {
			return nil, python.NewError(python.TypeError, "Abstract models cannot be instantiated.")
		}
		if err := e.sendInitSignal(th, "pre_init", p.Class, kwPair{"args", python.Tuple(append([]python.Value(nil), args[1:]...))}, kwPair{"kwargs", kwargsDict(kw)}); err != nil {
			return nil, err
		}
		// Keyword arguments naming properties are set after the fields,
		// through the property (Options._property_names).
		var fieldKW, propKW []python.Kwarg
		for _, k := range kw {
			if m.Meta.Field(k.Name) == nil && (e.isProperty(p.Class, k.Name) || hasNoColumnField(m, k.Name)) {
				propKW = append(propKW, k)
				continue
			}
			fieldKW = append(fieldKW, k)
		}
		pos := make([]any, len(args)-1)
		for i, a := range args[1:] {
			pos[i] = e.toGoStore(a)
		}
		var kvs []orm.KV
		for _, k := range fieldKW {
			kvs = append(kvs, orm.KV{Name: k.Name, Value: e.toGoStore(k.Value)})
		}
		o, err := e.DBOrNil().NewInstance(m, pos, kvs)
		if err != nil {
			return nil, e.pyErr(err)
		}
		o.Host = p
		p.Native = o
		for _, k := range propKW {
			if err := python.SetAttr(th, p, k.Name, k.Value); err != nil {
				return nil, err
			}
		}
		if err := e.sendInitSignal(th, "post_init", p.Class, kwPair{"instance", p}); err != nil {
			return nil, err
		}
		return python.None, nil
	}))
	d.SetStr("__str__", builtin("__str__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		p, o, err := self(args)
		if err != nil {
			return nil, err
		}
		pk, err := python.Str(th, e.toPy(o.Pk()))
		if err != nil {
			return nil, err
		}
		return python.String(p.Class.Name + " object (" + pk + ")"), nil
	}))
	d.SetStr("__repr__", builtin("__repr__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		p, _, err := self(args)
		if err != nil {
			return nil, err
		}
		s, err := python.Str(th, p)
		if err != nil {
			return nil, err
		}
		return python.String("<" + p.Class.Name + ": " + s + ">"), nil
	}))
	d.SetStr("__eq__", builtin("__eq__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		_, o, err := self(args)
		if err != nil {
			return nil, err
		}
		other, ok := e.ormInstance(args[1])
		if !ok {
			return python.NotImplemented, nil
		}
		if o.Model.Meta.ConcreteModel != other.Model.Meta.ConcreteModel {
			return python.Bool(false), nil
		}
		if o.Pk() == nil {
			return python.Bool(o == other), nil
		}
		eq, err := python.Equal(th, e.toPy(o.Pk()), e.toPy(other.Pk()))
		return python.Bool(eq), err
	}))
	d.SetStr("__hash__", builtin("__hash__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		_, o, err := self(args)
		if err != nil {
			return nil, err
		}
		if o.Pk() == nil {
			return nil, python.NewError(python.TypeError, "Model instances without primary key value are unhashable")
		}
		h, err := python.Hash(th, e.toPy(o.Pk()))
		if err != nil {
			return nil, err
		}
		return python.MakeInt(int64(h)), nil
	}))
	d.SetStr("save", builtin("save", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		_, o, err := self(args)
		if err != nil {
			return nil, err
		}
		if e.Features.SaveKeywordOnly && len(args) > 1 {
			// def save(self, *, force_insert=False, ...) (Django 6.0).
			return nil, python.NewError(python.TypeError, "Model.save() takes 1 positional argument but %d were given", len(args))
		}
		var forceUpdate bool
		var forceInsertV python.Value = python.False
		var using, updateFields python.Value = python.None, python.None
		if err := python.UnpackArgs("save", args[1:], kw, "force_insert?", &forceInsertV, "force_update?", &forceUpdate, "using?", &using, "update_fields?", &updateFields); err != nil {
			return nil, err
		}
		opts := orm.SaveOptions{ForceUpdate: forceUpdate}
		forceInsert, err := e.forceInsert(args[0], forceInsertV, &opts)
		if err != nil {
			return nil, err
		}
		opts.ForceInsert = forceInsert
		if updateFields != python.None {
			names, err := e.iterStrings(updateFields)
			if err != nil {
				return nil, err
			}
			if names == nil {
				names = []string{}
			}
			opts.UpdateFields = names
		}
		if _, err := e.db(); err != nil {
			return nil, err
		}
		return python.None, e.pyErr(o.Save(opts))
	}))
	d.SetStr("save_base", builtin("save_base", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		_, o, err := self(args)
		if err != nil {
			return nil, err
		}
		var raw, forceInsert, forceUpdate bool
		var using, updateFields python.Value = python.None, python.None
		if err := python.UnpackArgs("save_base", args[1:], kw, "raw?", &raw, "force_insert?", &forceInsert, "force_update?", &forceUpdate, "using?", &using, "update_fields?", &updateFields); err != nil {
			return nil, err
		}
		opts := orm.SaveOptions{ForceInsert: forceInsert, ForceUpdate: forceUpdate}
		if updateFields != python.None {
			names, err := e.iterStrings(updateFields)
			if err != nil {
				return nil, err
			}
			opts.UpdateFields = names
		}
		return python.None, e.pyErr(o.SaveBase(opts))
	}))
	d.SetStr("delete", builtin("delete", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		_, o, err := self(args)
		if err != nil {
			return nil, err
		}
		var using python.Value = python.None
		keepParents := false
		if err := python.UnpackArgs("delete", args[1:], kw, "using?", &using, "keep_parents?", &keepParents); err != nil {
			return nil, err
		}
		if _, err := e.db(); err != nil {
			return nil, err
		}
		n, counts, err := o.Delete(keepParents)
		if err != nil {
			return nil, e.pyErr(err)
		}
		return e.deleteResult(n, counts), nil
	}))
	d.SetStr("refresh_from_db", builtin("refresh_from_db", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		_, o, err := self(args)
		if err != nil {
			return nil, err
		}
		var using, fields, fromQS python.Value = python.None, python.None, python.None
		params := []any{"using?", &using, "fields?", &fields}
		if e.Features.RefreshFromQuerySet {
			params = append(params, "from_queryset?", &fromQS)
		}
		if err := python.UnpackArgs("refresh_from_db", args[1:], kw, params...); err != nil {
			return nil, err
		}
		var names []string
		if fields != python.None {
			if names, err = e.iterStrings(fields); err != nil {
				return nil, err
			}
			if names == nil {
				names = []string{}
			}
		}
		var from *orm.QuerySet
		if fromQS != python.None {
			qs, _, ok := querySetOf(fromQS)
			if !ok {
				return nil, python.NewError(python.AttributeError, "'%s' object has no attribute 'filter'", fromQS.Type())
			}
			from = qs
		}
		return python.None, e.pyErr(o.RefreshFrom(from, names))
	}))
	d.SetStr("serializable_value", builtin("serializable_value", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		p, o, err := self(args)
		if err != nil {
			return nil, err
		}
		var name string
		if err := python.UnpackArgs("serializable_value", args[1:], kw, "field_name", &name); err != nil {
			return nil, err
		}
		f := o.Model.Meta.Field(name)
		if f == nil {
			return python.GetAttr(th, p, name)
		}
		return python.GetAttr(th, p, f.Attname)
	}))
	d.SetStr("get_deferred_fields", builtin("get_deferred_fields", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		_, o, err := self(args)
		if err != nil {
			return nil, err
		}
		s := python.NewSet()
		for _, f := range o.Model.Meta.ConcreteFields() {
			if o.Deferred(f.Attname) {
				s.Add(th, python.String(f.Attname))
			}
		}
		return s, nil
	}))
	d.SetStr("clean", builtin("clean", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		return python.None, nil
	}))
	d.SetStr("pk", &pkDescriptor{e: e})
	d.SetStr("_state", &stateDescriptor{e: e})
	d.SetStr("_default_manager", &classAttr{get: func(cls *python.Class) (python.Value, error) {
		m, err := e.defaultManager(cls)
		if err != nil {
			return nil, err
		}
		return m, nil
	}})
	d.SetStr("_base_manager", &classAttr{get: func(cls *python.Class) (python.Value, error) {
		m, err := e.baseManager(cls)
		if err != nil {
			return nil, err
		}
		return m, nil
	}})
	e.addAsyncMethods(d, "Model", asyncModelMethods)
	pyMethods(d, "Model")
	cls, _ := python.NewClass("Model", nil, d)
	cls.Factory = modelBase{e}
	e.modelClass = cls
}

// pkDescriptor is Model.pk: the primary key's value; setting it sets the
// inherited pk values of parent links too (_set_pk_val).
type pkDescriptor struct{ e *Env }

func (d *pkDescriptor) Type() string { return "property" }

func (d *pkDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return d, nil
	}
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return nil, err
	}
	if o.Model.Meta.CompositePk != nil {
		return d.e.toPy(o.CompositePk(o.Model.Meta)), nil
	}
	return d.e.toPy(o.Pk()), nil
}

func (d *pkDescriptor) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return err
	}
	if pk := o.Model.Meta.CompositePk; pk != nil {
		// CompositeAttribute.__set__.
		n := len(pk.Composite)
		var vals []python.Value
		switch x := v.(type) {
		case python.NoneType:
			vals = make([]python.Value, n)
			for i := range vals {
				vals[i] = python.None
			}
		case python.Tuple:
			vals = x
		case *python.List:
			vals = x.Elems()
		default:
			return python.NewError(python.ValueError, "'%s' must be a list or a tuple.", pk.Name)
		}
		if len(vals) != n {
			return python.NewError(python.ValueError, "'%s' must have %d elements.", pk.Name, n)
		}
		g := make([]any, n)
		for i, x := range vals {
			g[i] = d.e.toGoStore(x)
		}
		o.SetPk(g)
		return nil
	}
	o.SetPk(d.e.toGoStore(v))
	return nil
}

func (d *pkDescriptor) DescriptorDelete(th *python.Thread, inst python.Value) error {
	return python.NewError(python.AttributeError, "can't delete attribute")
}

// stateDescriptor is Model._state.
type stateDescriptor struct{ e *Env }

func (d *stateDescriptor) Type() string { return "ModelStateFieldsCacheDescriptor" }

func (d *stateDescriptor) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	if inst == nil || inst == python.None {
		return d, nil
	}
	o, err := d.e.instanceOf(inst)
	if err != nil {
		return nil, err
	}
	return &ModelState{e: d.e, o: o}, nil
}

func (d *stateDescriptor) DescriptorSet(th *python.Thread, inst python.Value, v python.Value) error {
	return python.NewError(python.AttributeError, "can't set attribute '_state'")
}

func (d *stateDescriptor) DescriptorDelete(th *python.Thread, inst python.Value) error {
	return python.NewError(python.AttributeError, "can't delete attribute '_state'")
}

// ModelState is an instance's _state: adding, db, fields_cache.
type ModelState struct {
	e *Env
	o *orm.Instance
}

// Type is "ModelState".
func (s *ModelState) Type() string { return "ModelState" }

// Repr is "<django.db.models.base.ModelState object>".
func (s *ModelState) Repr(th *python.Thread) (string, error) {
	return "<django.db.models.base.ModelState object>", nil
}

// Attr gives adding, db and fields_cache.
func (s *ModelState) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "adding":
		return python.Bool(s.o.State.Adding), nil
	case "db":
		return strOrNone(s.o.State.DB), nil
	case "fields_cache":
		d := python.NewDict()
		for _, f := range s.o.Model.Meta.Fields() {
			if f.Rel == nil {
				continue
			}
			if rel, ok := s.o.CachedRelated(f.Name); ok {
				d.SetStr(f.Name, s.e.wrapOrNone(rel))
			}
		}
		return d, nil
	case "fetch_mode":
		if s.e.Features.FetchModes {
			return s.e.fetchModes[s.o.FetchModeOf()], nil
		}
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (s *ModelState) AttrNames() []string {
	if s.e.Features.FetchModes {
		return []string{"adding", "db", "fetch_mode", "fields_cache"}
	}
	return []string{"adding", "db", "fields_cache"}
}

// SetAttr sets adding or db.
func (s *ModelState) SetAttr(th *python.Thread, name string, v python.Value) error {
	switch name {
	case "adding":
		b, err := python.Truth(th, v)
		if err != nil {
			return err
		}
		s.o.State.Adding = b
		return nil
	case "db":
		if v == python.None {
			s.o.State.DB = ""
			return nil
		}
		str, err := python.Str(th, v)
		if err != nil {
			return err
		}
		s.o.State.DB = str
		return nil
	}
	return python.NewError(python.AttributeError, "'ModelState' object has no attribute '%s'", name)
}

// classAttr is a class-level computed attribute (Model._default_manager).
type classAttr struct {
	get func(cls *python.Class) (python.Value, error)
}

func (c *classAttr) Type() string { return "classproperty" }

func (c *classAttr) DescriptorGet(th *python.Thread, inst python.Value, cls *python.Class) (python.Value, error) {
	return c.get(cls)
}

var _ = schema.Repr

// forceInsert reads save()'s force_insert: its truth, and, where Django
// takes a tuple of parent models (5.0, features.SaveForceInsertTuple), the
// models to insert into (Model._validate_force_insert, whose errors it
// raises).
func (e *Env) forceInsert(self, v python.Value, opts *orm.SaveOptions) (bool, error) {
	truth, err := python.Truth(e.Th, v)
	if err != nil {
		return false, err
	}
	if !e.Features.SaveForceInsertTuple {
		return truth, nil
	}
	if b, ok := v.(python.Bool); ok {
		return bool(b), nil
	}
	t, ok := v.(python.Tuple)
	if !ok {
		return false, python.NewError(python.TypeError, "force_insert must be a bool or tuple.")
	}
	cls := python.TypeOf(self)
	var models []*schema.Model
	for _, m := range t {
		c, ok := m.(*python.Class)
		if !ok || e.modelOf[c] == nil {
			r, err := python.Repr(e.Th, m)
			if err != nil {
				return false, err
			}
			return false, python.NewError(python.TypeError, "Invalid force_insert member. %s must be a model subclass.", r)
		}
		if !cls.IsSubclass(c) {
			return false, python.NewError(python.TypeError, "Invalid force_insert member. %s must be a base of %s.", c.Qualname, cls.Qualname)
		}
		models = append(models, e.modelOf[c])
	}
	opts.ForceInsertModels = models
	return truth, nil
}

// hasNoColumnField reports whether name is a field of m without a column
// (get_attname_column gave None): Model.__init__ sets it as a plain
// attribute, as it does a property.
func hasNoColumnField(m *schema.Model, name string) bool {
	for _, f := range m.Meta.NoColumnFields() {
		if f.Name == name {
			return true
		}
	}
	return false
}
