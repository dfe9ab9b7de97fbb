package django

import (
	"strconv"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Field is a model field as Python sees it: models.CharField(max_length=30)
// evaluates to one; ModelBase collects them from the class body.
type Field struct {
	e   *Env
	f   *schema.Field
	cls *python.Class
	// attrs are the attributes a subclass's own __init__ sets before
	// super().__init__() builds the field (then kept on its fieldHost).
	attrs *python.Dict
}

// dict is where the field's own attributes live (self.x = ... in a
// subclass's methods).
func (v *Field) dict() *python.Dict {
	if v.f != nil {
		if h, ok := v.f.Host.(*fieldHost); ok {
			if h.attrs == nil {
				h.attrs = python.NewDict()
			}
			return h.attrs
		}
	}
	if v.attrs == nil {
		v.attrs = python.NewDict()
	}
	return v.attrs
}

// ownAttrs is the field's own attributes, nil when it has none.
func (v *Field) ownAttrs() *python.Dict {
	if v.f != nil {
		if h, ok := v.f.Host.(*fieldHost); ok {
			return h.attrs
		}
	}
	return v.attrs
}

// SetAttr sets an attribute of the field's own (self.x = ...).
func (v *Field) SetAttr(th *python.Thread, name string, x python.Value) error {
	v.dict().SetStr(name, x)
	return nil
}

// Type is the field class name ("CharField").
func (v *Field) Type() string { return v.cls.Name }

// Class is the field class, for isinstance() and type().
func (v *Field) Class() *python.Class { return v.cls }

// Repr is Field.__repr__: "<django.db.models.fields.CharField: name>".
func (v *Field) Repr(th *python.Thread) (string, error) {
	path := v.cls.Module + "." + v.cls.Name
	if v.f == nil || v.f.Name == "" {
		return "<" + path + ">", nil
	}
	return "<" + path + ": " + v.f.Name + ">", nil
}

// Str is str(field): "myapp.Person.name".
func (v *Field) Str(th *python.Thread) (string, error) {
	if v.f == nil || v.f.Model == nil {
		return v.Repr(th)
	}
	return v.f.String(), nil
}

// Attr gives the field's attributes Django users read.
func (v *Field) Attr(th *python.Thread, name string) (python.Value, error) {
	if d := v.ownAttrs(); d != nil {
		if x, ok := d.GetStr(name); ok {
			return x, nil
		}
	}
	f := v.f
	e := v.e
	if f == nil {
		return nil, nil
	}
	switch name {
	case "storage":
		if f.Kind == schema.FileField || f.Kind == schema.ImageField {
			// No storage= given: the default storage, loaded when asked for.
			return defaultStorage(th)
		}
	case "name":
		return strOrNone(f.Name), nil
	case "attname":
		return strOrNone(f.Attname), nil
	case "column":
		return strOrNone(f.Column), nil
	case "db_column":
		return strOrNone(f.DBColumn), nil
	case "model":
		if f.Model == nil {
			return nil, nil
		}
		return e.classOf[f.Model], nil
	case "max_length":
		if f.MaxLength == 0 {
			return python.None, nil
		}
		return python.MakeInt(int64(f.MaxLength)), nil
	case "max_digits":
		return python.MakeInt(int64(f.MaxDigits)), nil
	case "decimal_places":
		return python.MakeInt(int64(f.DecimalPlaces)), nil
	case "null":
		return python.Bool(f.Null), nil
	case "blank":
		return python.Bool(f.Blank), nil
	case "primary_key":
		return python.Bool(f.PrimaryKey), nil
	case "unique":
		return python.Bool(f.Unique()), nil
	case "db_index":
		return python.Bool(f.DBIndex), nil
	case "editable":
		return python.Bool(f.Editable), nil
	case "auto_created":
		return python.Bool(f.AutoCreated), nil
	case "concrete":
		return python.Bool(f.Concrete()), nil
	case "is_relation":
		return python.Bool(f.IsRelation()), nil
	case "many_to_many":
		return relFlag(f, f.ManyToMany()), nil
	case "many_to_one":
		return relFlag(f, f.ManyToOne() || f.ForeignObject()), nil
	case "from_fields", "to_fields", "related_fields":
		if !f.ForeignObject() {
			return nil, nil
		}
		var out []python.Value
		switch name {
		case "from_fields":
			for _, n := range f.Rel.FromFields {
				out = append(out, python.String(n))
			}
		case "to_fields":
			for _, n := range f.Rel.ToFields {
				out = append(out, strOrNone(n))
			}
		default:
			if err := f.RelatedFieldsError(); err != nil {
				return nil, e.pyErr(err)
			}
			for _, pair := range f.RelatedFields() {
				out = append(out, python.Tuple{e.fieldValue(pair[0]), e.fieldValue(pair[1])})
			}
		}
		return python.NewList(out), nil
	case "one_to_one":
		return relFlag(f, f.OneToOne()), nil
	case "one_to_many":
		return relFlag(f, false), nil
	case "verbose_name":
		return python.String(f.VerboseName), nil
	case "help_text":
		return python.String(f.HelpText), nil
	case "choices":
		// Field.choices is the iterable given to the constructor, as is.
		if h, ok := f.Host.(*fieldHost); ok && h.choices != nil {
			return h.choices, nil
		}
		return python.None, nil
	case "flatchoices":
		var out []python.Value
		for _, c := range f.Flatchoices() {
			out = append(out, python.Tuple{e.toPy(c.Value), python.String(c.Label)})
		}
		return python.NewList(out), nil
	case "default":
		if !f.HasDefault {
			return e.notProvided(), nil
		}
		if h, ok := f.Host.(*fieldHost); ok && h.def != nil {
			return h.def, nil
		}
		return e.toPy(f.Default), nil
	case "generated":
		if !e.Features.GeneratedField {
			return nil, nil
		}
		return python.Bool(f.Generated != nil), nil
	case "db_persist", "output_field", "expression":
		h, ok := f.Host.(*fieldHost)
		if f.Generated == nil || !ok || h.outputField == nil {
			return nil, nil
		}
		switch name {
		case "db_persist":
			return h.dbPersist, nil
		case "output_field":
			return h.outputField, nil
		}
		return h.expression, nil
	case "db_default":
		if !e.Features.DBDefault {
			return nil, nil
		}
		if h, ok := f.Host.(*fieldHost); ok && h.dbDefault != nil {
			return h.dbDefault, nil
		}
		return e.notProvided(), nil
	case "has_db_default":
		if !e.Features.DBDefault {
			return nil, nil
		}
		return python.NewBuiltin("has_db_default", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return python.Bool(f.HasDBDefault), nil
		}), nil
	case "db_comment":
		if !e.Features.DBComments {
			return nil, nil
		}
		if h, ok := f.Host.(*fieldHost); ok && h.dbComment != nil {
			return h.dbComment, nil
		}
		return python.None, nil
	case "related_model":
		if f.Rel == nil || f.Rel.Model == nil {
			return python.None, nil
		}
		return e.classOf[f.Rel.Model], nil
	case "remote_field":
		if f.Rel == nil {
			return python.None, nil
		}
		return &Rel{e: e, r: f.Rel}, nil
	case "empty_strings_allowed":
		return python.Bool(f.EmptyStringsAllowed()), nil
	case "auto_now":
		return python.Bool(f.AutoNow), nil
	case "auto_now_add":
		return python.Bool(f.AutoNowAdd), nil
	case "has_default":
		return python.NewBuiltin("has_default", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return python.Bool(f.HasDefault), nil
		}), nil
	case "get_default":
		return python.NewBuiltin("get_default", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			d, err := f.GetDefault()
			if err != nil {
				return nil, e.pyErr(err)
			}
			return e.toPy(d), nil
		}), nil
	case "pre_save":
		return python.NewBuiltin("pre_save", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			var obj, add python.Value
			if err := python.UnpackArgs("pre_save", args, kw, "model_instance", &obj, "add", &add); err != nil {
				return nil, err
			}
			inst, err := e.instanceOf(obj)
			if err != nil {
				return nil, err
			}
			if inst == nil {
				return nil, python.NewError(python.AttributeError, "'%s' object has no attribute '%s'", obj.Type(), f.Attname)
			}
			truth, err := python.Truth(th, add)
			if err != nil {
				return nil, err
			}
			val, err := inst.PreSave(f, truth)
			if err != nil {
				return nil, e.pyErr(err)
			}
			return e.toPy(val), nil
		}), nil
	case "get_internal_type":
		return python.NewBuiltin("get_internal_type", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return python.String(string(f.InternalType())), nil
		}), nil
	case "target_field":
		return e.fieldValue(f.TargetField()), nil
	case "related_query_name":
		return python.NewBuiltin("related_query_name", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return python.String(f.RelatedQueryName()), nil
		}), nil
	}
	return v.validationAttr(th, name)
}

// validationAttr gives the Field attributes model validation uses:
// empty_values, error_messages, validators, and the methods clean,
// validate, run_validators and to_python (Field.clean's steps, in
// pysrc/validation.py except to_python).
func (v *Field) validationAttr(th *python.Thread, name string) (python.Value, error) {
	e, f := v.e, v.f
	host, _ := f.Host.(*fieldHost)
	option := func(get func(h *fieldHost) python.Value) python.Value {
		if host == nil {
			return python.None
		}
		if x := get(host); x != nil {
			return x
		}
		return python.None
	}
	method := func(fn string, n int) python.Value {
		return python.NewBuiltin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if len(args) != n || len(kw) > 0 {
				return nil, python.NewError(python.TypeError, "%s() takes %d positional arguments but %d were given", name, n+1, len(args)+1)
			}
			return python.Call(th, e.validationFunc(fn), append(python.Tuple{v}, args...), nil)
		})
	}
	switch name {
	case "empty_values":
		return python.NewList([]python.Value{python.None, python.String(""), python.NewList(nil), python.Tuple{}, python.NewDict()}), nil
	case "error_messages":
		return python.Call(th, e.validationFunc("_field_error_messages"), python.Tuple{v, option(func(h *fieldHost) python.Value { return h.errorMessages })}, nil)
	case "_validators":
		if own := option(func(h *fieldHost) python.Value { return h.validators }); own != python.None {
			return own, nil
		}
		return python.NewList(nil), nil
	case "validators":
		own := option(func(h *fieldHost) python.Value { return h.validators })
		return python.Call(th, e.validationFunc("_field_validators"), python.Tuple{v, own}, nil)
	case "clean":
		return method("_field_clean", 2), nil
	case "validate":
		return method("_field_validate", 2), nil
	case "run_validators":
		return method("_field_run_validators", 1), nil
	case "to_python":
		return python.NewBuiltin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if len(args) != 1 {
				return nil, python.NewError(python.TypeError, "to_python() takes 2 positional arguments but %d were given", len(args)+1)
			}
			return e.fieldToPython(th, v, args[0])
		}), nil
	case "unique_for_date", "unique_for_month", "unique_for_year":
		if host != nil {
			if x, ok := host.uniqueFor[name]; ok {
				return x, nil
			}
		}
		return python.None, nil
	}
	return nil, nil
}

// fieldToPython is Field.to_python: the value converted to the field's
// Python type, or Django's ValidationError with the field's 'invalid'
// message.
func (e *Env) fieldToPython(th *python.Thread, fv *Field, value python.Value) (python.Value, error) {
	f := fv.f
	if value == python.None {
		return value, nil
	}
	if f.Rel != nil && !f.ManyToMany() {
		return e.fieldToPython(th, e.fieldValue(f.TargetField()).(*Field), value)
	}
	g, ok := e.toGoScalar(value)
	if !ok {
		return value, nil
	}
	switch f.InternalType() {
	case schema.CharField, schema.TextField, schema.SlugField, schema.FilePathField, schema.GenericIPAddressField:
		if _, isStr := value.(python.String); isStr {
			return value, nil
		}
		s, err := python.Str(th, value)
		return python.String(s), err
	}
	out, err := f.ToPython(g)
	if err != nil {
		ve, isVE := err.(*schema.ValidationError)
		if !isVE {
			return nil, e.pyErr(err)
		}
		if ve.Kind == "ValidationError" {
			return nil, e.validationError(python.String(strings.TrimSuffix(strings.TrimPrefix(ve.Msg, "['"), "']")))
		}
		// int()/float() failed: the field's 'invalid' message.
		msgs, merr := fv.Attr(th, "error_messages")
		if merr != nil {
			return nil, merr
		}
		msg, merr := python.GetItem(th, msgs, python.String("invalid"))
		if merr != nil {
			return nil, merr
		}
		params := python.NewDict()
		params.SetStr("value", value)
		return nil, e.validationErrorWith(msg, python.String("invalid"), params)
	}
	return e.toPy(out), nil
}

// validationError is ValidationError(message) raised.
func (e *Env) validationError(message python.Value) error {
	return e.validationErrorWith(message, python.None, python.None)
}

// validationErrorWith is ValidationError(message, code, params) raised.
func (e *Env) validationErrorWith(message, code, params python.Value) error {
	v, err := python.Call(e.Th, e.excs.validationError, python.Tuple{message, code, params}, nil)
	if err != nil {
		return err
	}
	return python.ExceptionFromValue(v.(*python.Instance))
}

// AttrNames lists the attributes.
func (v *Field) AttrNames() []string {
	return []string{"attname", "auto_created", "blank", "choices", "column", "concrete", "db_column", "db_index", "default", "editable", "help_text", "is_relation", "many_to_many", "many_to_one", "max_length", "model", "name", "null", "one_to_many", "one_to_one", "primary_key", "related_model", "remote_field", "unique", "verbose_name"}
}

func relFlag(f *schema.Field, b bool) python.Value {
	if !f.IsRelation() {
		return python.None
	}
	return python.Bool(b)
}

func strOrNone(s string) python.Value {
	if s == "" {
		return python.None
	}
	return python.String(s)
}

// fieldValue returns the Python object of a schema field (the one defined
// in models.py when there is one).
func (e *Env) fieldValue(f *schema.Field) python.Value {
	if f == nil {
		return python.None
	}
	cls := e.fieldClasses[f.Kind]
	if f.Generated != nil {
		cls = e.generatedFieldClass
	}
	if h, ok := f.Host.(*fieldHost); ok && h.pyClass != nil {
		cls = h.pyClass
	}
	return &Field{e: e, f: f, cls: cls}
}

// Rel is a relation's remote_field (ManyToOneRel, OneToOneRel,
// ManyToManyRel).
type Rel struct {
	e *Env
	r *schema.Rel
}

// Type names the relation class.
func (r *Rel) Type() string {
	switch {
	case r.r.Field.ManyToMany():
		return "ManyToManyRel"
	case r.r.Field.ForeignObject():
		return "ForeignObjectRel"
	case r.r.Multiple:
		return "ManyToOneRel"
	}
	return "OneToOneRel"
}

// Repr is "<ManyToOneRel: myapp.article>".
func (r *Rel) Repr(th *python.Thread) (string, error) {
	return "<" + r.Type() + ": " + r.r.Field.Model.Meta.LabelLower() + ">", nil
}

// Attr gives the relation's attributes.
func (r *Rel) Attr(th *python.Thread, name string) (python.Value, error) {
	e := r.e
	switch name {
	case "model":
		return e.classOf[r.r.Model], nil
	case "related_model":
		return e.classOf[r.r.Field.Model], nil
	case "field", "remote_field":
		return e.fieldValue(r.r.Field), nil
	case "related_name":
		return strOrNone(r.r.RelatedName), nil
	case "related_query_name":
		return strOrNone(r.r.RelatedQueryName), nil
	case "name":
		return python.String(r.r.Name()), nil
	case "multiple":
		return python.Bool(r.r.Multiple), nil
	case "parent_link":
		return python.Bool(r.r.ParentLink), nil
	case "field_name":
		return python.String(r.r.Field.TargetField().Name), nil
	case "on_delete":
		for b, od := range e.onDeleteBuiltins {
			if od == r.r.OnDelete {
				return b, nil
			}
		}
	case "through":
		if r.r.Through == nil {
			return python.None, nil
		}
		return e.classFor(r.r.Through), nil
	case "symmetrical":
		return python.Bool(r.r.Symmetrical), nil
	case "get_accessor_name":
		return python.NewBuiltin("get_accessor_name", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return strOrNone(r.r.AccessorName()), nil
		}), nil
	case "auto_created":
		return python.Bool(true), nil
	case "concrete":
		return python.Bool(false), nil
	case "is_relation":
		return python.Bool(true), nil
	case "one_to_many":
		return python.Bool(r.r.Multiple && !r.r.Field.ManyToMany()), nil
	case "one_to_one":
		return python.Bool(!r.r.Multiple), nil
	case "many_to_many":
		return python.Bool(r.r.Field.ManyToMany()), nil
	case "many_to_one":
		return python.Bool(false), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (r *Rel) AttrNames() []string {
	return []string{"field", "model", "multiple", "name", "on_delete", "parent_link", "related_model", "related_name", "related_query_name", "through"}
}

// notProvided is django.db.models.fields.NOT_PROVIDED.
func (e *Env) notProvided() python.Value {
	v, _ := e.modules["django.db.models.fields"].Dict.GetStr("NOT_PROVIDED")
	return v
}

// fieldSpec describes a field class's constructor: its positional
// parameters and the keywords it accepts beyond Field's own.
type fieldSpec struct {
	pos   []string
	extra []string
	rel   bool
}

// commonParams are Field.__init__'s parameters, in order.
var commonParams = []string{"verbose_name", "name", "primary_key", "max_length", "unique", "blank", "null", "db_index", "rel", "default", "editable", "serialize", "unique_for_date", "unique_for_month", "unique_for_year", "choices", "help_text", "db_column", "db_tablespace", "auto_created", "validators", "error_messages"}

// fieldParams are Field.__init__'s parameters in the version: Django
// 4.2 added db_comment, 5.0 db_default.
func (e *Env) fieldParams() []string {
	out := commonParams
	if e.Features.DBComments {
		out = append(out[:len(out):len(out)], "db_comment")
	}
	if e.Features.DBDefault {
		out = append(out[:len(out):len(out)], "db_default")
	}
	return out
}

var fieldSpecs = map[schema.Kind]fieldSpec{
	schema.DecimalField:          {pos: []string{"verbose_name", "name", "max_digits", "decimal_places"}, extra: []string{"max_digits", "decimal_places"}},
	schema.DateField:             {pos: []string{"verbose_name", "name", "auto_now", "auto_now_add"}, extra: []string{"auto_now", "auto_now_add"}},
	schema.DateTimeField:         {pos: []string{"verbose_name", "name", "auto_now", "auto_now_add"}, extra: []string{"auto_now", "auto_now_add"}},
	schema.TimeField:             {pos: []string{"verbose_name", "name", "auto_now", "auto_now_add"}, extra: []string{"auto_now", "auto_now_add"}},
	schema.CharField:             {pos: commonParams, extra: []string{"db_collation"}},
	schema.TextField:             {pos: commonParams, extra: []string{"db_collation"}},
	schema.SlugField:             {pos: commonParams, extra: []string{"allow_unicode"}},
	schema.URLField:              {pos: []string{"verbose_name", "name"}},
	schema.UUIDField:             {pos: []string{"verbose_name"}},
	schema.FileField:             {pos: []string{"verbose_name", "name", "upload_to", "storage"}, extra: []string{"upload_to", "storage"}},
	schema.ImageField:            {pos: []string{"verbose_name", "name", "width_field", "height_field"}, extra: []string{"width_field", "height_field", "upload_to", "storage"}},
	schema.FilePathField:         {pos: []string{"verbose_name", "name", "path", "match", "recursive", "allow_files", "allow_folders"}, extra: []string{"path", "match", "recursive", "allow_files", "allow_folders"}},
	schema.GenericIPAddressField: {pos: []string{"verbose_name", "name", "protocol", "unpack_ipv4"}, extra: []string{"protocol", "unpack_ipv4"}},
	schema.JSONField:             {pos: []string{"verbose_name", "name", "encoder", "decoder"}, extra: []string{"encoder", "decoder"}},
	schema.ForeignKey:            {pos: []string{"to", "on_delete", "related_name", "related_query_name", "limit_choices_to", "parent_link", "to_field", "db_constraint"}, extra: []string{"to", "on_delete", "related_name", "related_query_name", "limit_choices_to", "parent_link", "to_field", "db_constraint"}, rel: true},
	schema.ForeignObject:         {pos: []string{"to", "on_delete", "from_fields", "to_fields", "rel", "related_name", "related_query_name", "limit_choices_to", "parent_link", "swappable"}, extra: []string{"to", "on_delete", "from_fields", "to_fields", "rel", "related_name", "related_query_name", "limit_choices_to", "parent_link", "swappable"}, rel: true},
	schema.OneToOneField:         {pos: []string{"to", "on_delete", "to_field"}, extra: []string{"to", "on_delete", "to_field", "related_name", "related_query_name", "limit_choices_to", "parent_link", "db_constraint"}, rel: true},
	schema.ManyToManyField:       {pos: []string{"to", "related_name", "related_query_name", "limit_choices_to", "symmetrical", "through", "through_fields", "db_constraint", "db_table", "swappable"}, extra: []string{"to", "related_name", "related_query_name", "limit_choices_to", "symmetrical", "through", "through_fields", "db_constraint", "db_table", "swappable"}, rel: true},
}

// fieldModules is the module each field class lives in (for reprs).
func fieldModule(k schema.Kind) string {
	switch k {
	case schema.ForeignKey, schema.OneToOneField, schema.ManyToManyField, schema.ForeignObject:
		return "django.db.models.fields.related"
	case schema.FileField, schema.ImageField:
		return "django.db.models.fields.files"
	case schema.JSONField:
		return "django.db.models.fields.json"
	}
	return "django.db.models.fields"
}

// allKinds lists the field classes models exposes.
var allKinds = []schema.Kind{
	schema.AutoField, schema.BigAutoField, schema.SmallAutoField, schema.CharField, schema.TextField,
	schema.SlugField, schema.EmailField, schema.URLField, schema.IntegerField, schema.SmallIntegerField,
	schema.BigIntegerField, schema.PositiveIntegerField, schema.PositiveSmallIntegerField,
	schema.PositiveBigIntegerField, schema.FloatField, schema.DecimalField, schema.BooleanField,
	schema.NullBooleanField, schema.DateField, schema.DateTimeField, schema.TimeField,
	schema.DurationField, schema.UUIDField, schema.BinaryField, schema.JSONField,
	schema.GenericIPAddressField, schema.FileField, schema.ImageField, schema.FilePathField,
	schema.ForeignKey, schema.OneToOneField, schema.ManyToManyField, schema.ForeignObject,
}

// buildFieldClasses makes one Python class per field class; calling it
// constructs a Field.
func (e *Env) buildFieldClasses() {
	e.fieldClasses = map[schema.Kind]*python.Class{}
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.fields"))
	base, _ := python.NewClass("Field", nil, d)
	for _, k := range allKinds {
		kind := k
		d := python.NewDict()
		d.SetStr("__module__", python.String(fieldModule(k)))
		cls, _ := python.NewClass(string(k), []*python.Class{base}, d)
		cls.New = func(th *python.Thread, c *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
			if init, owner := c.Lookup("__init__"); owner != base && owner != python.ObjectClass {
				// A subclass's own __init__, whose super().__init__()
				// reaches Field.__init__ below.
				x := &Field{e: e, cls: c}
				if err := python.CallInit(th, init, x, args, kwargs); err != nil {
					return nil, err
				}
				if x.f == nil {
					return nil, python.NewError(python.NotImplementedError, "%s.__init__() must call super().__init__(): ormfiddle builds the field there", c.Name)
				}
				return x, nil
			}
			return e.newField(kind, c, args, kwargs)
		}
		e.fieldClasses[k] = cls
	}
	// Field.db_type and get_attname_column, which a subclass's own
	// may call through super().
	d.SetStr("db_type", builtin("db_type", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var self, conn python.Value
		if err := python.UnpackArgs("db_type", args, kw, "self", &self, "connection", &conn); err != nil {
			return nil, err
		}
		if fv, ok := self.(*Field); ok && fv.f != nil {
			return python.String(fv.f.BaseDBType(schema.SQLite)), nil
		}
		return python.None, nil
	}))
	d.SetStr("get_attname_column", builtin("get_attname_column", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		if len(args) != 1 {
			return nil, python.NewError(python.TypeError, "get_attname_column() takes 1 positional argument but %d were given", len(args))
		}
		fv, ok := args[0].(*Field)
		if !ok || fv.f == nil {
			return python.None, nil
		}
		a, c := fv.f.DefaultAttnameColumn()
		return python.Tuple{python.String(a), python.String(c)}, nil
	}))
	d.SetStr("__init__", builtin("__init__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		var self *Field
		if len(args) > 0 {
			self, _ = args[0].(*Field)
		}
		if self == nil {
			return nil, python.NewError(python.TypeError, "descriptor '__init__' requires a 'Field' object")
		}
		for _, m := range self.cls.MRO {
			for k, c := range e.fieldClasses {
				if c == m {
					r, err := e.newField(k, self.cls, args[1:], kw)
					if err != nil {
						return nil, err
					}
					attrs := self.attrs
					*self = *r.(*Field)
					if attrs != nil {
						for _, kv := range attrs.Items() {
							self.dict().SetKey(th, kv[0], kv[1])
						}
					}
					return python.None, nil
				}
			}
		}
		return nil, python.NewError(python.TypeError, "Field.__init__() of %s is not supported by ormfiddle", self.cls.Name)
	}))
	// OrderWrt, the `_order` field of order_with_respect_to.
	od := python.NewDict()
	od.SetStr("__module__", python.String("django.db.models.fields.proxy"))
	orderWrt, _ := python.NewClass("OrderWrt", []*python.Class{e.fieldClasses[schema.IntegerField]}, od)
	orderWrt.New = func(th *python.Thread, c *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return nil, python.NewError(python.NotImplementedError, "OrderWrt() is added by Meta.order_with_respect_to; declaring it is not supported by ormfiddle yet")
	}
	e.fieldClasses[schema.OrderWrt] = orderWrt
	// CompositePrimaryKey (Django 5.2).
	cd := python.NewDict()
	cd.SetStr("__module__", python.String("django.db.models.fields.composite"))
	composite, _ := python.NewClass("CompositePrimaryKey", []*python.Class{base}, cd)
	composite.New = func(th *python.Thread, c *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return e.newCompositePrimaryKey(th, c, args, kwargs)
	}
	e.fieldClasses[schema.CompositePrimaryKey] = composite
	// GeneratedField (Django 5.0).
	gd := python.NewDict()
	gd.SetStr("__module__", python.String("django.db.models.fields.generated"))
	e.generatedFieldClass, _ = python.NewClass("GeneratedField", []*python.Class{base}, gd)
	e.generatedFieldClass.New = func(th *python.Thread, c *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
		return e.newGeneratedField(th, c, args, kwargs)
	}
}

// newCompositePrimaryKey is CompositePrimaryKey(*args, **kwargs)
// (Django 5.2): the names of the primary key's fields.
func (e *Env) newCompositePrimaryKey(th *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var names []string
	seen := map[string]bool{}
	ok := len(args) > 0
	for _, a := range args {
		s, isStr := a.(python.String)
		if !isStr || seen[string(s)] {
			ok = false
			break
		}
		seen[string(s)] = true
		names = append(names, string(s))
	}
	if !ok {
		return nil, python.NewError(python.ValueError, "CompositePrimaryKey args must be unique strings.")
	}
	if len(names) == 1 {
		return nil, python.NewError(python.ValueError, "CompositePrimaryKey must include at least two fields.")
	}
	kw := map[string]python.Value{}
	for _, k := range kwargs {
		kw[k.Name] = k.Value
	}
	if v, ok := kw["default"]; ok && v != e.notProvided() {
		return nil, python.NewError(python.ValueError, "CompositePrimaryKey cannot have a default.")
	}
	if v, ok := kw["db_default"]; ok && v != e.notProvided() {
		return nil, python.NewError(python.ValueError, "CompositePrimaryKey cannot have a database default.")
	}
	if v, ok := kw["db_column"]; ok && v != python.None {
		return nil, python.NewError(python.ValueError, "CompositePrimaryKey cannot have a db_column.")
	}
	if v, ok := kw["editable"]; ok {
		if t, _ := python.Truth(th, v); t {
			return nil, python.NewError(python.ValueError, "CompositePrimaryKey cannot be editable.")
		}
	}
	if v, ok := kw["primary_key"]; ok {
		if t, _ := python.Truth(th, v); !t {
			return nil, python.NewError(python.ValueError, "CompositePrimaryKey must be a primary key.")
		}
	}
	if v, ok := kw["blank"]; ok {
		if t, _ := python.Truth(th, v); !t {
			return nil, python.NewError(python.ValueError, "CompositePrimaryKey must be blank.")
		}
	}
	v, err := e.newField(schema.CompositePrimaryKey, cls, nil, kwargs)
	if err != nil {
		return nil, err
	}
	f := v.(*Field).f
	f.PrimaryKey = true
	f.Blank = true
	f.Editable = false
	f.Composite = names
	return v, nil
}

// newGeneratedField is GeneratedField(*, expression, output_field,
// db_persist=None, **kwargs) (db_persist required since 6.0): a field of
// the output field's class whose column the database computes.
func (e *Env) newGeneratedField(th *python.Thread, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	var expression, outputField python.Value
	var dbPersist python.Value = python.None
	var rest []python.Kwarg
	var own []python.Kwarg
	for _, k := range kwargs {
		switch k.Name {
		case "expression", "output_field", "db_persist":
			own = append(own, k)
		default:
			rest = append(rest, k)
		}
	}
	spec := []any{"*", nil, "expression", &expression, "output_field", &outputField, "db_persist?", &dbPersist}
	required := []string{"expression", "output_field"}
	if e.Features.UpdateReturnsGenerated {
		required = append(required, "db_persist")
	}
	if err := kwOnlyCall("GeneratedField.__init__", args, own, []string{"expression", "output_field", "db_persist"}, required); err != nil {
		return nil, err
	}
	if err := python.UnpackArgs("GeneratedField.__init__", args, own, spec...); err != nil {
		return nil, err
	}
	kw := map[string]python.Value{}
	for _, k := range rest {
		kw[k.Name] = k.Value
	}
	if v, ok := kw["editable"]; ok {
		if t, _ := python.Truth(th, v); t {
			return nil, python.NewError(python.ValueError, "GeneratedField cannot be editable.")
		}
	}
	if v, ok := kw["blank"]; ok {
		if t, _ := python.Truth(th, v); !t {
			return nil, python.NewError(python.ValueError, "GeneratedField must be blank.")
		}
	}
	if v, ok := kw["default"]; ok && v != e.notProvided() {
		return nil, python.NewError(python.ValueError, "GeneratedField cannot have a default.")
	}
	if v, ok := kw["db_default"]; ok && v != e.notProvided() {
		return nil, python.NewError(python.ValueError, "GeneratedField cannot have a database default.")
	}
	persist, ok := dbPersist.(python.Bool)
	if !ok {
		return nil, python.NewError(python.ValueError, "GeneratedField.db_persist must be True or False.")
	}
	out, ok := outputField.(*Field)
	if !ok {
		return nil, python.NewError(python.TypeError, "GeneratedField's output_field must be a field instance, not %s", reprOr(th, outputField))
	}
	x, ok := expression.(*Expr)
	if !ok {
		if s, isStr := expression.(python.String); isStr {
			x = &Expr{e: e, expr: &query.F{Name: string(s)}}
		} else {
			return nil, python.NewError(python.TypeError, "GeneratedField's expression must be an expression, not %s", reprOr(th, expression))
		}
	}
	v, err := e.newField(out.f.Kind, cls, nil, rest)
	if err != nil {
		return nil, err
	}
	g := v.(*Field)
	f := g.f
	f.MaxLength, f.MaxDigits, f.DecimalPlaces = out.f.MaxLength, out.f.MaxDigits, out.f.DecimalPlaces
	f.Check = out.f.Check
	f.Editable = false
	f.Blank = true
	f.Generated = &schema.Generated{Expr: x.expr, DBPersist: bool(persist)}
	h := f.Host.(*fieldHost)
	h.outputField = out
	h.expression = x
	h.dbPersist = persist
	return g, nil
}

// newField is the field constructor: parse the arguments as the field
// class's __init__ does and create the schema field.
func (e *Env) newField(kind schema.Kind, cls *python.Class, args python.Tuple, kwargs []python.Kwarg) (python.Value, error) {
	spec, ok := fieldSpecs[kind]
	if !ok {
		spec = fieldSpec{pos: commonParams}
	}
	params := e.fieldParams()
	if len(spec.pos) == len(commonParams) && &spec.pos[0] == &commonParams[0] {
		spec.pos = params
	}
	accepted := map[string]bool{}
	for _, n := range params {
		accepted[n] = true
	}
	for _, n := range spec.extra {
		accepted[n] = true
	}
	vals := map[string]python.Value{}
	if len(args) > len(spec.pos) {
		return nil, python.NewError(python.TypeError, "__init__() takes from 1 to %d positional arguments but %d were given", len(spec.pos)+1, len(args)+1)
	}
	for i, a := range args {
		vals[spec.pos[i]] = a
	}
	for _, kw := range kwargs {
		if !accepted[kw.Name] {
			// The field classes pass **kwargs on to Field.__init__.
			return nil, python.NewError(python.TypeError, "Field.__init__() got an unexpected keyword argument '%s'", kw.Name)
		}
		if _, dup := vals[kw.Name]; dup {
			return nil, python.NewError(python.TypeError, "__init__() got multiple values for argument '%s'", kw.Name)
		}
		vals[kw.Name] = kw.Value
	}
	th := e.Th
	truth := func(name string) (bool, error) {
		v, ok := vals[name]
		if !ok {
			return false, nil
		}
		return python.Truth(th, v)
	}
	intOpt := func(name string) (int, error) {
		v, ok := vals[name]
		if !ok || v == python.None {
			return 0, nil
		}
		i, ok := v.(python.Int)
		if !ok {
			return 0, nil // Django's checks report it; keep going
		}
		n, _ := i.Int64()
		return int(n), nil
	}
	strOpt := func(name string) string {
		if v, ok := vals[name].(python.String); ok {
			return string(v)
		}
		return ""
	}
	var opt schema.FieldOptions
	var err error
	if opt.PrimaryKey, err = truth("primary_key"); err != nil {
		return nil, err
	}
	if opt.Unique, err = truth("unique"); err != nil {
		return nil, err
	}
	if opt.Null, err = truth("null"); err != nil {
		return nil, err
	}
	if opt.Blank, err = truth("blank"); err != nil {
		return nil, err
	}
	if v, ok := vals["db_index"]; ok {
		b, err := python.Truth(th, v)
		if err != nil {
			return nil, err
		}
		opt.DBIndex = &b
	}
	if v, ok := vals["editable"]; ok {
		b, err := python.Truth(th, v)
		if err != nil {
			return nil, err
		}
		opt.Editable = &b
	}
	if opt.AutoNow, err = truth("auto_now"); err != nil {
		return nil, err
	}
	if opt.AutoNowAdd, err = truth("auto_now_add"); err != nil {
		return nil, err
	}
	if opt.MaxLength, err = intOpt("max_length"); err != nil {
		return nil, err
	}
	if opt.MaxDigits, err = intOpt("max_digits"); err != nil {
		return nil, err
	}
	if opt.DecimalPlaces, err = intOpt("decimal_places"); err != nil {
		return nil, err
	}
	opt.Check.MaxLength, _ = maxLengthState(vals["max_length"])
	opt.Check.MaxDigits, opt.MaxDigits = intOptionState(th, vals["max_digits"], 1)
	opt.Check.DecimalPlaces, opt.DecimalPlaces = intOptionState(th, vals["decimal_places"], 0)
	_, opt.Check.NullGiven = vals["null"]
	if kind == schema.FileField || kind == schema.ImageField {
		opt.Check.FileClass = cls.Name
		_, opt.Check.FilePrimaryKey = vals["primary_key"]
		up, _ := vals["upload_to"].(python.String)
		opt.Check.FileUploadToAbsolute = strings.HasPrefix(string(up), "/")
	}
	if v, ok := vals["db_index"]; ok {
		switch x := v.(type) {
		case python.NoneType, python.Bool:
		case python.Int:
			n, _ := x.Int64()
			opt.Check.DBIndexInvalid = n != 0 && n != 1
		default:
			opt.Check.DBIndexInvalid = true
		}
	}
	opt.DBColumn = strOpt("db_column")
	if v, ok := vals["verbose_name"]; ok && v != python.None {
		if opt.VerboseName, err = python.Str(th, v); err != nil {
			return nil, err
		}
	}
	if v, ok := vals["help_text"]; ok {
		if opt.HelpText, err = python.Str(th, v); err != nil {
			return nil, err
		}
	}
	var pyDefault python.Value
	if v, ok := vals["default"]; ok && v != e.notProvided() {
		opt.HasDefault = true
		pyDefault = v
		if python.IsCallable(v) {
			fn := v
			opt.Default = schema.DefaultFunc(func() (any, error) {
				r, err := python.Call(e.Th, fn, nil, nil)
				if err != nil {
					return nil, err
				}
				return e.toGoStore(r), nil
			})
		} else {
			opt.Default = e.toGoStore(v)
		}
	}
	var pyDBDefault python.Value
	if v, ok := vals["db_default"]; ok && v != e.notProvided() {
		pyDBDefault = v
	}
	var pyChoices python.Value
	if v, ok := vals["choices"]; ok && v != python.None {
		if _, ok := v.(python.Iterator); ok {
			// Field.__init__: an iterator (a generator) is listed once.
			elems, err := e.iterList(v)
			if err != nil {
				return nil, err
			}
			v = python.NewList(elems)
		}
		if e.Features.ChoicesAnyForm {
			// Field.choices's setter: normalize_choices(value).
			if v, err = e.normalizeChoices(v); err != nil {
				return nil, err
			}
		}
		pyChoices = v
		opt.Check.Choices, opt.Check.ChoicesMaxLength = e.checkChoices(v)
		if opt.Check.Choices == schema.ChoicesOK {
			if opt.Choices, err = e.parseChoices(v); err != nil {
				return nil, err
			}
		}
	}
	var f *schema.Field
	if spec.rel {
		f, err = e.newRelationField(kind, vals, opt)
		if err != nil {
			return nil, err
		}
	} else {
		f, err = e.Apps.NewField(kind, opt)
		if err != nil {
			return nil, python.NewError(python.TypeError, "%s", err.Error())
		}
	}
	if v, ok := vals["name"].(python.String); ok {
		f.Name = string(v)
	}
	if pyDBDefault != nil {
		// _db_default_expression: an expression, or Value(db_default, field).
		if x, ok := pyDBDefault.(*Expr); ok {
			f.DBDefault = x.expr
		} else {
			f.DBDefault = e.toGoStore(pyDBDefault)
		}
		f.HasDBDefault = true
		f.NewDatabaseDefault = func(f *schema.Field) any { return query.NewDatabaseDefault(f) }
	}
	if c, ok := vals["db_collation"].(python.String); ok {
		f.DBCollation = string(c)
	}
	host := &fieldHost{pyClass: cls, def: pyDefault, dbDefault: pyDBDefault, dbComment: vals["db_comment"], choices: pyChoices, validators: vals["validators"], errorMessages: vals["error_messages"], uniqueFor: map[string]python.Value{}}
	for _, k := range []string{"unique_for_date", "unique_for_month", "unique_for_year"} {
		if v, ok := vals[k]; ok {
			host.uniqueFor[k] = v
		}
	}
	f.Host = host
	if kind == schema.FileField || kind == schema.ImageField {
		if err := e.fileFieldStorage(host, cls, vals); err != nil {
			return nil, err
		}
	}
	fv := &Field{e: e, f: f, cls: cls}
	e.fieldOverrides(fv)
	return fv, nil
}

// maxLengthState tells how max_length was given, for fields.E120/E121
// (CharField: a positive int, not a bool) and W122.
func maxLengthState(v python.Value) (schema.OptionState, int) {
	switch x := v.(type) {
	case nil, python.NoneType:
		return schema.OptionUnset, 0
	case python.Int:
		if n, ok := x.Int64(); ok && n > 0 {
			return schema.OptionSet, int(n)
		}
	}
	return schema.OptionInvalid, 0
}

// intOptionState reads DecimalField's max_digits or decimal_places as
// _check_max_digits/_check_decimal_places do with int(value): None (or
// anything int() raises TypeError for) is unset, a value below min
// invalid.
func intOptionState(th *python.Thread, v python.Value, min int64) (schema.OptionState, int) {
	var n int64
	switch x := v.(type) {
	case nil, python.NoneType:
		return schema.OptionUnset, 0
	case python.Bool:
		if x {
			n = 1
		}
	case python.Int:
		var ok bool
		if n, ok = x.Int64(); !ok {
			return schema.OptionInvalid, 0
		}
	case python.Float:
		n = int64(x)
	case python.String:
		i, err := strconv.ParseInt(strings.TrimSpace(string(x)), 10, 64)
		if err != nil {
			return schema.OptionInvalid, 0
		}
		n = i
	default:
		return schema.OptionUnset, 0
	}
	if n < min {
		return schema.OptionInvalid, 0
	}
	return schema.OptionSet, int(n)
}

// isIterable is django.utils.itercompat.is_iterable.
func (e *Env) isIterable(v python.Value) bool {
	switch v.(type) {
	case python.String, python.Tuple, *python.List, *python.Dict, *python.Set, python.Bytes:
		return true
	case python.Int, python.Float, python.Bool, python.NoneType:
		return false
	}
	_, err := python.GetIterator(e.Th, v)
	return err == nil
}

// checkChoices is Field._check_choices: the shape of choices (fields.E004,
// E005) and the length of the longest str value (for E009).
func (e *Env) checkChoices(choices python.Value) (schema.ChoicesState, int) {
	th := e.Th
	if t, err := python.Truth(th, choices); err == nil && !t {
		return schema.ChoicesOK, 0
	}
	if _, isStr := choices.(python.String); isStr || !e.isIterable(choices) {
		return schema.ChoicesNotIterable, 0
	}
	isValue := func(v python.Value) bool {
		_, s := v.(python.String)
		return s || !e.isIterable(v)
	}
	pairs := func(v python.Value) ([]python.Value, bool) {
		if _, s := v.(python.String); s || !e.isIterable(v) {
			return nil, false
		}
		var items []python.Value
		if err := python.Iterate(th, v, func(x python.Value) error { items = append(items, x); return nil }); err != nil {
			return nil, false
		}
		return items, true
	}
	maxLen := 0
	strLen := func(v python.Value) {
		if s, ok := v.(python.String); ok && len([]rune(string(s))) > maxLen {
			maxLen = len([]rune(string(s)))
		}
	}
	var groups []python.Value
	python.Iterate(th, choices, func(x python.Value) error { groups = append(groups, x); return nil })
	for _, group := range groups {
		pair, ok := pairs(group)
		if !ok || len(pair) != 2 {
			return schema.ChoicesNotPairs, 0
		}
		name, sub := pair[0], pair[1]
		// A group: every item of sub unpacks into (value, label).
		var items [][]python.Value
		isGroup := true
		if subItems, ok := pairs(sub); ok {
			for _, it := range subItems {
				p, ok := pairs(it)
				if !ok || len(p) != 2 {
					isGroup = false
					break
				}
				items = append(items, p)
			}
		} else {
			isGroup = false
		}
		if isGroup {
			for _, p := range items {
				if !isValue(p[0]) || !isValue(p[1]) {
					return schema.ChoicesNotPairs, 0
				}
			}
			for _, p := range items {
				strLen(p[0])
			}
			continue
		}
		if !isValue(name) || !isValue(sub) {
			return schema.ChoicesNotPairs, 0
		}
		strLen(name)
	}
	return schema.ChoicesOK, maxLen
}

// fieldHost is what the language keeps on a schema field (Field.Host):
// the Python objects given as default and choices, returned as is by the
// field's attributes.
type fieldHost struct {
	// pyClass is the field's class (a subclass of models.py included).
	pyClass *python.Class
	def     python.Value
	choices python.Value
	// outputField, expression and dbPersist are a GeneratedField's.
	outputField *Field
	expression  *Expr
	dbPersist   python.Value
	// dbDefault and dbComment are the db_default and db_comment
	// options (nil when not given).
	dbDefault python.Value
	dbComment python.Value
	// validators and errorMessages are the validators= and
	// error_messages= options; uniqueFor the unique_for_date, _month and
	// _year options.
	validators    python.Value
	errorMessages python.Value
	uniqueFor     map[string]python.Value
	// attrs are the attributes the field's methods set (self.x = ...).
	attrs *python.Dict
}

// parseChoices reads a choices iterable: (value, label) pairs, or
// (group name, pairs) option groups.
func (e *Env) parseChoices(v python.Value) ([]schema.Choice, error) {
	th := e.Th
	var out []schema.Choice
	err := python.Iterate(th, v, func(item python.Value) error {
		pair, ok := item.(python.Tuple)
		if !ok {
			if l, isList := item.(*python.List); isList {
				pair = python.Tuple(l.Elems())
				ok = true
			}
		}
		if !ok || len(pair) != 2 {
			return python.NewError(python.ValueError, "choices must be an iterable containing (actual value, human readable name) tuples")
		}
		label, err := python.Str(th, pair[1])
		if err != nil {
			return err
		}
		switch pair[1].(type) {
		case python.Tuple, *python.List:
			// An option group: (group name, [(value, label), ...]).
			sub, err := e.parseChoices(pair[1])
			if err != nil {
				return err
			}
			if sub == nil {
				sub = []schema.Choice{}
			}
			out = append(out, schema.Choice{Value: e.toGoStore(pair[0]), Label: label, Group: sub})
			return nil
		}
		out = append(out, schema.Choice{Value: e.toGoStore(pair[0]), Label: label})
		return nil
	})
	return out, err
}

// newRelationField builds a ForeignKey, OneToOneField or ManyToManyField.
func (e *Env) newRelationField(kind schema.Kind, vals map[string]python.Value, opt schema.FieldOptions) (*schema.Field, error) {
	th := e.Th
	to, ok := vals["to"]
	if !ok {
		return nil, python.NewError(python.TypeError, "__init__() missing 1 required positional argument: 'to'")
	}
	var toName string
	var toModel *schema.Model
	switch t := to.(type) {
	case python.String:
		toName = string(t)
	case *python.Class:
		m := e.modelOf[t]
		if m == nil {
			return nil, python.NewError(python.TypeError, "%s(%s) is invalid. First parameter to %s must be either a model, a model name, or the string 'self'", kind, reprOr(th, to), kind)
		}
		toName, toModel = m.Name, m
	default:
		return nil, python.NewError(python.TypeError, "%s(%s) is invalid. First parameter to %s must be either a model, a model name, or the string 'self'", kind, reprOr(th, to), kind)
	}
	rel := schema.Rel{}
	if kind != schema.ManyToManyField {
		od, ok := vals["on_delete"]
		if !ok {
			return nil, python.NewError(python.TypeError, "__init__() missing 1 required positional argument: 'on_delete'")
		}
		if !python.IsCallable(od) {
			return nil, python.NewError(python.TypeError, "on_delete must be callable.")
		}
		b, _ := od.(*python.Builtin)
		kindOD, known := e.onDeleteBuiltins[b]
		if !known {
			if s, ok := e.setValues[b]; ok {
				kindOD = schema.SetValue
				rel.OnDeleteValue = s
			} else {
				kindOD = schema.Cascade
			}
		}
		rel.OnDelete = kindOD
	}
	if v, ok := vals["related_name"]; ok && v != python.None {
		s, err := python.Str(th, v)
		if err != nil {
			return nil, err
		}
		rel.RelatedName = s
	}
	if v, ok := vals["related_query_name"]; ok && v != python.None {
		s, err := python.Str(th, v)
		if err != nil {
			return nil, err
		}
		rel.RelatedQueryName = s
	}
	if v, ok := vals["to_field"].(python.String); ok {
		rel.FieldName = string(v)
	}
	if v, ok := vals["parent_link"]; ok {
		b, err := python.Truth(th, v)
		if err != nil {
			return nil, err
		}
		rel.ParentLink = b
	}
	if kind == schema.ForeignObject {
		for _, k := range []string{"from_fields", "to_fields"} {
			v, ok := vals[k]
			if !ok {
				return nil, python.NewError(python.TypeError, "__init__() missing 1 required positional argument: '%s'", k)
			}
			var names []string
			if err := python.Iterate(th, v, func(x python.Value) error {
				s, ok := x.(python.String)
				if !ok && x != python.None {
					return python.NewError(python.NotImplementedError, "ForeignObject(%s=...) with a %s is not supported by ormfiddle yet: name the fields", k, x.Type())
				}
				names = append(names, string(s))
				return nil
			}); err != nil {
				return nil, err
			}
			if k == "from_fields" {
				rel.FromFields = names
			} else {
				rel.ToFields = names
			}
		}
	}
	if kind == schema.ManyToManyField {
		if v, ok := vals["symmetrical"]; ok && v != python.None {
			b, err := python.Truth(th, v)
			if err != nil {
				return nil, err
			}
			rel.SetSymmetrical(b)
		}
		switch t := vals["through"].(type) {
		case python.String:
			rel.ThroughName = string(t)
		case *python.Class:
			if m := e.modelOf[t]; m != nil {
				rel.ThroughName = m.Name
				rel.Through = m
			}
		}
		if v, ok := vals["db_table"]; ok && v != python.None {
			s, err := python.Str(th, v)
			if err != nil {
				return nil, err
			}
			rel.DBTable = s
		}
		if v, ok := vals["through_fields"]; ok && v != python.None {
			var names []string
			python.Iterate(th, v, func(x python.Value) error {
				s, _ := python.Str(th, x)
				names = append(names, s)
				return nil
			})
			if len(names) == 2 {
				rel.ThroughFields = [2]string{names[0], names[1]}
			}
		}
	}
	f, err := e.Apps.NewRelation(kind, toName, opt, rel)
	if err != nil {
		return nil, python.NewError(python.TypeError, "%s", err.Error())
	}
	if toModel != nil {
		f.Rel.Model = toModel
	}
	if v, ok := vals["db_constraint"]; ok {
		b, _ := python.Truth(th, v)
		f.Rel.DBConstraint = b
	}
	return f, nil
}

func reprOr(th *python.Thread, v python.Value) string {
	s, err := python.Repr(th, v)
	if err != nil {
		return v.Type()
	}
	return s
}

// formatRelatedName applies %(class)s, %(model_name)s and %(app_label)s
// to related names declared on abstract bases, as
// RelatedField.contribute_to_class does.
func formatRelatedName(s string, m *schema.Model) string {
	if !strings.Contains(s, "%(") {
		return s
	}
	r := strings.NewReplacer("%(class)s", strings.ToLower(m.Name), "%(model_name)s", strings.ToLower(m.Name), "%(app_label)s", m.Meta.AppLabel)
	return r.Replace(s)
}

// fieldOverrides hooks the methods a field class of models.py defines
// that Django calls: from_db_value on every value read, db_type for
// CREATE TABLE (None: no column there) and get_attname_column in
// set_attributes_from_name (a column of None: not a concrete field).
func (e *Env) fieldOverrides(fv *Field) {
	f := fv.f
	own := func(name string) bool {
		m, owner := fv.cls.Lookup(name)
		return m != nil && !strings.HasPrefix(owner.Module, "django.")
	}
	conn, _ := e.modules["django.db"].Dict.GetStr("connection")
	if own("from_db_value") {
		f.FromDBValue = func(v any) (any, error) {
			r, err := python.CallMethod(e.Th, fv, "from_db_value", python.Tuple{e.toPy(v), python.None, conn}, nil)
			if err != nil {
				return nil, err
			}
			return e.toGoStore(r), nil
		}
	}
	if own("db_type") {
		f.DBTypeOverride = func() (string, bool) {
			r, err := python.CallMethod(e.Th, fv, "db_type", python.Tuple{conn}, nil)
			if err != nil {
				return "", false
			}
			if r == python.None {
				return "", true
			}
			s, err := python.Str(e.Th, r)
			return s, err == nil
		}
	}
	if own("get_attname_column") {
		f.AttnameColumn = func() (string, string, bool) {
			r, err := python.CallMethod(e.Th, fv, "get_attname_column", nil, nil)
			t, ok := r.(python.Tuple)
			if err != nil || !ok || len(t) != 2 {
				return "", "", false
			}
			a, ok := t[0].(python.String)
			if !ok {
				return "", "", false
			}
			c, _ := t[1].(python.String)
			return string(a), string(c), true
		}
	}
}
