package schema

import "strings"

// OnDelete is a ForeignKey's on_delete behaviour (django.db.models.deletion).
type OnDelete uint8

// The on_delete behaviours (CASCADE, PROTECT, ...).
const (
	Cascade OnDelete = iota
	Protect
	Restrict
	SetNull
	SetDefault
	DoNothing
	SetValue // SET(value): SetValue holds the value or a DefaultFunc
	// The database-level variants (Django 6.1): the foreign key's ON
	// DELETE clause does the work; the Collector leaves them alone.
	DBCascade
	DBSetNull
	DBSetDefault
)

var onDeleteNames = [...]string{"CASCADE", "PROTECT", "RESTRICT", "SET_NULL", "SET_DEFAULT", "DO_NOTHING", "SET", "DB_CASCADE", "DB_SET_NULL", "DB_SET_DEFAULT"}

// Database reports whether o is a database-level variant (DB_CASCADE,
// DB_SET_NULL, DB_SET_DEFAULT: deletion.DatabaseOnDelete).
func (o OnDelete) Database() bool { return o >= DBCascade }

// SkipsCollection reports whether the Collector ignores relations with o
// (deletion.SKIP_COLLECTION: DO_NOTHING and the database variants).
func (o OnDelete) SkipsCollection() bool { return o == DoNothing || o.Database() }

// onDeleteSQL is the ON DELETE clause of a database-level variant
// (DatabaseOperations.fk_on_delete_sql), "" for the others.
func (o OnDelete) onDeleteSQL() string {
	switch o {
	case DBCascade:
		return " ON DELETE CASCADE"
	case DBSetNull:
		return " ON DELETE SET NULL"
	case DBSetDefault:
		return " ON DELETE SET DEFAULT"
	}
	return ""
}

// String is the Django name: "CASCADE", "SET_NULL", ...
func (o OnDelete) String() string { return onDeleteNames[o] }

// ParseOnDelete maps a Django name ("CASCADE") to an OnDelete.
func ParseOnDelete(name string) (OnDelete, bool) {
	for i, n := range onDeleteNames {
		if n == name {
			return OnDelete(i), true
		}
	}
	return 0, false
}

// Rel describes a relation from Field to Model: Django's remote_field
// (ManyToOneRel, OneToOneRel, ManyToManyRel). It is also the reverse side
// listed in the target's Options.RelatedObjects.
type Rel struct {
	Field *Field // the forward field
	// To is the reference as written (`"self"`, `"Model"`, `"app.Model"`,
	// or a model's name); Model is the resolved target.
	To    string
	Model *Model

	RelatedName      string // related_name ("" for the default; ending in "+" hides the reverse accessor)
	RelatedQueryName string // related_query_name
	OnDelete         OnDelete
	OnDeleteValue    any    // the value for SET(...) / SET_DEFAULT is taken from the field
	FieldName        string // to_field; "" means the target's primary key
	ParentLink       bool
	Multiple         bool // many-to-one (ForeignKey) rather than one-to-one
	DBConstraint     bool

	// ForeignObject only: from_fields and to_fields as given.
	FromFields, ToFields []string

	// ManyToManyField only.
	Through        *Model
	ThroughName    string    // the through= reference when given
	ThroughFields  [2]string // through_fields
	DBTable        string    // db_table of the auto-created through table ("" for the default)
	Symmetrical    bool
	symmetricalSet bool
}

// NewRelation creates a ForeignKey, OneToOneField or ManyToManyField to the
// model reference `to`, as their constructors do. A OneToOneField is
// unique; a ForeignKey and a OneToOneField are indexed; a ManyToManyField to
// "self" is symmetrical unless symmetrical is given.
func (a *Apps) NewRelation(kind Kind, to string, opt FieldOptions, rel Rel) (*Field, error) {
	if kind == OneToOneField {
		opt.Unique = true
	}
	f, err := a.NewField(kind, opt)
	if err != nil {
		return nil, err
	}
	r := rel
	r.Field = f
	r.To = to
	r.Multiple = kind != OneToOneField
	r.DBConstraint = true
	if kind == ManyToManyField && !rel.symmetricalSet && !rel.Symmetrical {
		r.Symmetrical = to == "self"
	}
	f.Rel = &r
	return f, nil
}

// SetSymmetrical records an explicit symmetrical= option for a
// ManyToManyField relation.
func (r *Rel) SetSymmetrical(v bool) { r.Symmetrical, r.symmetricalSet = v, true }

// IsHidden reports whether the reverse accessor is suppressed (related_name
// ending in "+").
func (r *Rel) IsHidden() bool { return strings.HasSuffix(r.RelatedName, "+") }

// RelatedModel is the model that holds the forward field (Django's
// ForeignObjectRel.related_model).
func (r *Rel) RelatedModel() *Model { return r.Field.Model }

// Name is the name this relation is queried by from the target model, as in
// ForeignObjectRel.name: related_query_name, or related_name, or the model
// name of the field's model ("article" for Reporter → Article).
func (r *Rel) Name() string {
	return r.Field.RelatedQueryName()
}

// AccessorName is ForeignObjectRel.get_accessor_name(): the attribute on the
// target's instances ("article_set", or the model name for one-to-one, or
// related_name). It is "" for a symmetrical self m2m, which has none.
func (r *Rel) AccessorName() string {
	opts := r.Field.Model.Meta
	if r.Field.ManyToMany() && r.Symmetrical && r.Model == r.Field.Model {
		return ""
	}
	if r.RelatedName != "" {
		return r.RelatedName
	}
	suffix := ""
	if r.Multiple {
		suffix = "_set"
	}
	return opts.ModelName + suffix
}

// RelatedQueryName is Field.related_query_name(): the name used to filter
// from the target back through this field.
func (f *Field) RelatedQueryName() string {
	r := f.Rel
	if r.RelatedQueryName != "" {
		return r.RelatedQueryName
	}
	if r.RelatedName != "" {
		return r.RelatedName
	}
	return f.Model.Meta.ModelName
}

// RelatedFields is ForeignObject.related_fields: the (local field, target
// field) pairs the relation joins on; one pair for a ForeignKey or a
// OneToOneField. A pair whose field is unknown is left out.
func (f *Field) RelatedFields() [][2]*Field {
	if f.Kind != ForeignObject {
		return [][2]*Field{{f, f.TargetField()}}
	}
	var out [][2]*Field
	for i, from := range f.Rel.FromFields {
		lf := f
		if from != "self" {
			lf = f.Model.Meta.forwardField(from)
		}
		var rf *Field
		if f.Rel.Model != nil && i < len(f.Rel.ToFields) {
			rf = f.Rel.Model.Meta.Pk
			if to := f.Rel.ToFields[i]; to != "" {
				rf = f.Rel.Model.Meta.forwardField(to)
			}
		}
		if lf != nil && rf != nil {
			out = append(out, [2]*Field{lf, rf})
		}
	}
	return out
}

// RelatedFieldsError is the error ForeignObject.resolve_related_fields
// raises when related_fields is first used: from_fields and to_fields of
// different lengths, or a field that does not exist; nil for other
// fields.
func (f *Field) RelatedFieldsError() error {
	r := f.Rel
	if f.Kind != ForeignObject {
		return nil
	}
	if len(r.FromFields) == 0 || len(r.FromFields) != len(r.ToFields) {
		return &Error{Kind: "ValueError", Model: f.Model, Field: f, Msg: "Foreign Object from and to fields must be the same non-zero length"}
	}
	for i, from := range r.FromFields {
		if from == "self" {
			return &Error{Kind: "NotImplementedError", Model: f.Model, Field: f, Msg: "a ForeignObject with 'self' in from_fields is not supported by ormfiddle yet"}
		}
		if _, _, err := f.Model.Meta.GetField(from); err != nil {
			return err
		}
		if to := r.ToFields[i]; to != "" {
			if _, _, err := r.Model.Meta.GetField(to); err != nil {
				return err
			}
		}
	}
	return nil
}

// ForeignObject reports whether the field is a models.ForeignObject.
func (f *Field) ForeignObject() bool { return f.Kind == ForeignObject }

// OneToOne reports whether the field is a OneToOneField.
func (f *Field) OneToOne() bool { return f.Kind == OneToOneField }

// ManyToOne reports whether the field is a ForeignKey (not one-to-one).
func (f *Field) ManyToOne() bool { return f.Kind == ForeignKey }

// M2MColumnName is the column of the through table that points at the model
// holding the field (ManyToManyField.m2m_column_name).
func (f *Field) M2MColumnName() string { return f.m2mLink(true).Column }

// M2MReverseName is the column of the through table that points at the
// target model (ManyToManyField.m2m_reverse_name).
func (f *Field) M2MReverseName() string { return f.m2mLink(false).Column }

// M2MFieldName is the name of the through model's field pointing at the
// source model (m2m_field_name).
func (f *Field) M2MFieldName() string { return f.m2mLink(true).Name }

// M2MReverseFieldName is the name of the through model's field pointing at
// the target model (m2m_reverse_field_name).
func (f *Field) M2MReverseFieldName() string { return f.m2mLink(false).Name }

// M2MLinks returns the through model's two foreign keys: the one to the
// source model and the one to the target, as ManyToManyField._get_m2m_attr
// and _get_m2m_reverse_attr find them.
func (f *Field) M2MLinks() (source, target *Field) {
	return f.m2mLink(true), f.m2mLink(false)
}

func (f *Field) m2mLink(source bool) *Field {
	r := f.Rel
	through := r.Through.Meta
	idx := 1
	if source {
		idx = 0
	}
	if name := r.ThroughFields[idx]; name != "" {
		return through.forwardField(name)
	}
	from, to := f.Model.Meta.ConcreteModel, r.Model.Meta.ConcreteModel
	want := to
	if source {
		want = from
	}
	found := false
	for _, lf := range through.LocalFields {
		if lf.Rel == nil || lf.Rel.Model == nil || lf.Rel.Model.Meta.ConcreteModel != want {
			continue
		}
		if from == to {
			// Self-referential: the first FK is the source, the second the target.
			if source || found {
				return lf
			}
			found = true
			continue
		}
		return lf
	}
	return nil
}
