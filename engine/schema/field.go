package schema

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/features"
)

// Kind is a field class, named as Django names it ("CharField",
// "ForeignKey", ...). It decides the column type, the Python type of values
// and how values are prepared for the database.
type Kind string

// The field classes the engine knows, as in django.db.models.fields.
const (
	AutoField                 Kind = "AutoField"
	BigAutoField              Kind = "BigAutoField"
	SmallAutoField            Kind = "SmallAutoField"
	CharField                 Kind = "CharField"
	TextField                 Kind = "TextField"
	SlugField                 Kind = "SlugField"
	EmailField                Kind = "EmailField"
	URLField                  Kind = "URLField"
	IntegerField              Kind = "IntegerField"
	SmallIntegerField         Kind = "SmallIntegerField"
	BigIntegerField           Kind = "BigIntegerField"
	PositiveIntegerField      Kind = "PositiveIntegerField"
	PositiveSmallIntegerField Kind = "PositiveSmallIntegerField"
	PositiveBigIntegerField   Kind = "PositiveBigIntegerField"
	FloatField                Kind = "FloatField"
	DecimalField              Kind = "DecimalField"
	BooleanField              Kind = "BooleanField"
	NullBooleanField          Kind = "NullBooleanField"
	DateField                 Kind = "DateField"
	DateTimeField             Kind = "DateTimeField"
	TimeField                 Kind = "TimeField"
	DurationField             Kind = "DurationField"
	UUIDField                 Kind = "UUIDField"
	BinaryField               Kind = "BinaryField"
	JSONField                 Kind = "JSONField"
	GenericIPAddressField     Kind = "GenericIPAddressField"
	FileField                 Kind = "FileField"
	ImageField                Kind = "ImageField"
	FilePathField             Kind = "FilePathField"
	ForeignKey                Kind = "ForeignKey"
	OneToOneField             Kind = "OneToOneField"
	ManyToManyField           Kind = "ManyToManyField"
	// ForeignObject is models.ForeignObject: a relation over several
	// (from_fields, to_fields) pairs of other fields, with no column of
	// its own.
	ForeignObject Kind = "ForeignObject"
	// CompositePrimaryKey is models.CompositePrimaryKey("a", "b") (Django
	// 5.2): the primary key over several fields, with no column of its
	// own.
	CompositePrimaryKey Kind = "CompositePrimaryKey"
	// OrderWrt is the `_order` column Meta.order_with_respect_to adds
	// (django.db.models.fields.proxy.OrderWrt, an IntegerField).
	OrderWrt Kind = "OrderWrt"
)

// kindInfo is what a field class contributes: Django's get_internal_type,
// the SQLite and PostgreSQL column types (with %(max_length)s-style holes),
// the CHECK constraint, the default max_length, and flags.
type kindInfo struct {
	internal      Kind   // get_internal_type()
	sqlite        string // connection.data_types
	postgres      string
	check         string // data_type_check_constraints (SQLite)
	pgCheck       string
	maxLength     int  // default max_length
	emptyStrings  bool // empty_strings_allowed
	dbIndex       bool // default db_index
	relational    bool // is_relation
	auto          bool // an AutoField flavour
	notEditable   bool
	nullByDefault bool // NullBooleanField
}

var kinds = map[Kind]kindInfo{
	AutoField:                 {internal: AutoField, sqlite: "integer", postgres: "serial", auto: true},
	BigAutoField:              {internal: BigAutoField, sqlite: "integer", postgres: "bigserial", auto: true},
	SmallAutoField:            {internal: SmallAutoField, sqlite: "integer", postgres: "smallserial", auto: true},
	CharField:                 {internal: CharField, sqlite: "varchar(%(max_length)s)", postgres: "varchar(%(max_length)s)", emptyStrings: true},
	TextField:                 {internal: TextField, sqlite: "text", postgres: "text", emptyStrings: true},
	SlugField:                 {internal: SlugField, sqlite: "varchar(%(max_length)s)", postgres: "varchar(%(max_length)s)", emptyStrings: true, maxLength: 50, dbIndex: true},
	EmailField:                {internal: CharField, sqlite: "varchar(%(max_length)s)", postgres: "varchar(%(max_length)s)", emptyStrings: true, maxLength: 254},
	URLField:                  {internal: CharField, sqlite: "varchar(%(max_length)s)", postgres: "varchar(%(max_length)s)", emptyStrings: true, maxLength: 200},
	IntegerField:              {internal: IntegerField, sqlite: "integer", postgres: "integer"},
	SmallIntegerField:         {internal: SmallIntegerField, sqlite: "smallint", postgres: "smallint"},
	BigIntegerField:           {internal: BigIntegerField, sqlite: "bigint", postgres: "bigint"},
	PositiveIntegerField:      {internal: PositiveIntegerField, sqlite: "integer unsigned", postgres: "integer", check: `"%(column)s" >= 0`, pgCheck: `"%(column)s" >= 0`},
	PositiveSmallIntegerField: {internal: PositiveSmallIntegerField, sqlite: "smallint unsigned", postgres: "smallint", check: `"%(column)s" >= 0`, pgCheck: `"%(column)s" >= 0`},
	PositiveBigIntegerField:   {internal: PositiveBigIntegerField, sqlite: "bigint unsigned", postgres: "bigint", check: `"%(column)s" >= 0`, pgCheck: `"%(column)s" >= 0`},
	FloatField:                {internal: FloatField, sqlite: "real", postgres: "double precision"},
	DecimalField:              {internal: DecimalField, sqlite: "decimal", postgres: "numeric(%(max_digits)s, %(decimal_places)s)"},
	BooleanField:              {internal: BooleanField, sqlite: "bool", postgres: "boolean"},
	NullBooleanField:          {internal: NullBooleanField, sqlite: "bool", postgres: "boolean", nullByDefault: true},
	DateField:                 {internal: DateField, sqlite: "date", postgres: "date"},
	DateTimeField:             {internal: DateTimeField, sqlite: "datetime", postgres: "timestamp with time zone"},
	TimeField:                 {internal: TimeField, sqlite: "time", postgres: "time"},
	DurationField:             {internal: DurationField, sqlite: "bigint", postgres: "interval"},
	UUIDField:                 {internal: UUIDField, sqlite: "char(32)", postgres: "uuid"},
	BinaryField:               {internal: BinaryField, sqlite: "BLOB", postgres: "bytea", notEditable: true},
	JSONField:                 {internal: JSONField, sqlite: "text", postgres: "jsonb", check: `(JSON_VALID("%(column)s") OR "%(column)s" IS NULL)`},
	GenericIPAddressField:     {internal: GenericIPAddressField, sqlite: "char(39)", postgres: "inet", emptyStrings: true, maxLength: 39},
	FileField:                 {internal: FileField, sqlite: "varchar(%(max_length)s)", postgres: "varchar(%(max_length)s)", emptyStrings: true, maxLength: 100},
	ImageField:                {internal: FileField, sqlite: "varchar(%(max_length)s)", postgres: "varchar(%(max_length)s)", emptyStrings: true, maxLength: 100},
	FilePathField:             {internal: FilePathField, sqlite: "varchar(%(max_length)s)", postgres: "varchar(%(max_length)s)", emptyStrings: true, maxLength: 100},
	ForeignKey:                {internal: ForeignKey, relational: true, dbIndex: true},
	OneToOneField:             {internal: OneToOneField, relational: true, dbIndex: true},
	ManyToManyField:           {internal: ManyToManyField, relational: true},
	ForeignObject:             {internal: ForeignObject, relational: true},
	OrderWrt:                  {internal: IntegerField, sqlite: "integer", postgres: "integer"},
	CompositePrimaryKey:       {internal: CompositePrimaryKey, notEditable: true},
}

// KnownKind reports whether k is a field class the engine implements.
func KnownKind(k Kind) bool { _, ok := kinds[k]; return ok }

// Choice is one entry of a field's choices: the stored value and its
// human-readable label (get_FOO_display()), or an option group (Group
// non-nil: Label is the group's name and Group its (value, label) pairs).
type Choice struct {
	Value any
	Label string
	Group []Choice
}

// DefaultFunc is a callable default (`default=date.today`): it is called
// for each new instance. It returns a value in the engine's representation.
type DefaultFunc func() (any, error)

// Field is a model field: a column (or, for ManyToManyField, a relation
// through a join table). Names follow django.db.models.Field.
type Field struct {
	Name     string // attribute name, e.g. "reporter"
	Attname  string // attribute holding the raw value, "reporter_id" for a ForeignKey
	Column   string // database column, db_column or Attname
	DBColumn string // the db_column option, "" when not given
	Kind     Kind
	Model    *Model // the model the field is attached to (copies of abstract fields get the child)
	// apps is the registry an unbound field (an expression's output
	// field) converts values for; see In.
	apps *Apps

	PrimaryKey    bool
	unique        bool // the unique option; Unique() also counts primary keys and OneToOne
	Null          bool
	Blank         bool
	DBIndex       bool
	Editable      bool
	MaxLength     int // 0 when the field has none
	MaxDigits     int // DecimalField
	DecimalPlaces int // DecimalField
	AutoNow       bool
	AutoNowAdd    bool

	Default    any  // a value, or a DefaultFunc
	HasDefault bool // the default option was given

	// DBDefault is the db_default option (Django 5.0): a value, or an
	// expression of the language binding's query package; HasDBDefault
	// tells it was given. DBDefaultSQL is the DDL's DEFAULT clause
	// (schema_editor.db_default_sql), compiled once the models are
	// ready; NewDatabaseDefault makes the DatabaseDefault an instance
	// holds for the field until it is saved (get_default()).
	DBDefault    any
	HasDBDefault bool
	// DBCollation is db_collation (CharField, TextField): the column's
	// COLLATE clause.
	DBCollation        string
	DBDefaultSQL       string
	NewDatabaseDefault func(f *Field) any
	// FromDBValue, when set, is the field class's own from_db_value,
	// run on every value read after the backend's converters.
	FromDBValue func(v any) (any, error)
	// DBTypeOverride, when set, is the field class's own db_type: ok
	// false keeps the class's type, typ "" is None (no column in CREATE
	// TABLE, as column_sql).
	DBTypeOverride func() (typ string, ok bool)
	// AttnameColumn, when set, is the field class's own
	// get_attname_column, run by set_attributes_from_name: ok false
	// keeps the default names, column "" is None (a field that is not
	// concrete: no column, not in SELECT, INSERT or UPDATE).
	AttnameColumn func() (attname, column string, ok bool)
	// NoColumn is set when get_attname_column gave no column.
	NoColumn bool

	// Generated is set for a GeneratedField (Django 5.0), whose Kind is
	// its output_field's class.
	Generated *Generated

	// Composite names the fields of a CompositePrimaryKey, in order
	// (field_names).
	Composite []string

	Choices     []Choice
	VerboseName string
	HelpText    string

	// AutoCreated marks fields Django made itself: the automatic `id`,
	// `<parent>_ptr` links, the columns of auto-created m2m tables.
	AutoCreated bool
	// CreationCounter orders fields as Django does: declared fields count
	// up in creation order; auto-created fields count down from -1.
	CreationCounter int

	// Rel is the relation of a ForeignKey, OneToOneField or
	// ManyToManyField (Django's remote_field); nil for other fields.
	Rel *Rel

	// Check is what the system checks need to know about the options as
	// written.
	Check FieldCheck

	// Host is free for the language binding (e.g. its Python field object).
	Host any
}

// Generated is what makes a field a GeneratedField: the expression
// (of the language binding's query package), db_persist, and, once the
// models are ready, the SQL of `GENERATED ALWAYS AS (...)` and the
// fields the expression references.
type Generated struct {
	Expr       any
	DBPersist  bool
	SQL        string
	References []*Field
}

// FieldOptions are the keyword options common to all fields; zero values
// mean "not given" except where noted.
type FieldOptions struct {
	PrimaryKey    bool
	Unique        bool
	Null          bool
	Blank         bool
	DBIndex       *bool // nil: the class default (true for ForeignKey, SlugField)
	Editable      *bool // nil: true
	DBColumn      string
	MaxLength     int
	MaxDigits     int
	DecimalPlaces int
	AutoNow       bool
	AutoNowAdd    bool
	Default       any
	HasDefault    bool
	Choices       []Choice
	VerboseName   string
	HelpText      string
	// Check describes the options as written, for the system checks.
	Check FieldCheck
}

// NewField creates a field of the given class with its options, as the
// Field constructor does; the name is set when it is added to a model. The
// creation counter comes from the registry so that fields order as
// declared.
func (a *Apps) NewField(kind Kind, opt FieldOptions) (*Field, error) {
	info, ok := kinds[kind]
	if !ok {
		return nil, fmt.Errorf("unknown field class %q", kind)
	}
	f := &Field{
		Kind:          kind,
		PrimaryKey:    opt.PrimaryKey,
		unique:        opt.Unique,
		Null:          opt.Null || info.nullByDefault,
		Blank:         opt.Blank || info.nullByDefault,
		DBIndex:       info.dbIndex,
		Editable:      !info.notEditable,
		DBColumn:      opt.DBColumn,
		MaxLength:     opt.MaxLength,
		MaxDigits:     opt.MaxDigits,
		DecimalPlaces: opt.DecimalPlaces,
		AutoNow:       opt.AutoNow,
		AutoNowAdd:    opt.AutoNowAdd,
		Default:       opt.Default,
		HasDefault:    opt.HasDefault,
		Choices:       opt.Choices,
		VerboseName:   opt.VerboseName,
		HelpText:      opt.HelpText,
		Check:         opt.Check,
	}
	if opt.Check == (FieldCheck{}) {
		// A Go caller gives values, not options as written: a value
		// stands for the option set.
		if opt.MaxLength > 0 {
			f.Check.MaxLength = OptionSet
		}
		if opt.MaxDigits > 0 {
			f.Check.MaxDigits = OptionSet
		}
		if opt.DecimalPlaces > 0 || opt.MaxDigits > 0 {
			f.Check.DecimalPlaces = OptionSet
		}
	}
	if opt.DBIndex != nil {
		f.DBIndex = *opt.DBIndex
	}
	if opt.Editable != nil {
		f.Editable = *opt.Editable
	}
	if f.MaxLength == 0 {
		f.MaxLength = info.maxLength
	}
	if info.auto {
		f.Blank = true
	}
	if (kind == DateField || kind == DateTimeField || kind == TimeField) && (f.AutoNow || f.AutoNowAdd) {
		// DateField.__init__: auto_now/auto_now_add imply editable=False, blank=True.
		f.Editable = false
		f.Blank = true
	}
	a.creationCounter++
	f.CreationCounter = a.creationCounter
	return f, nil
}

// newAutoField creates an auto-created field (`id`, `<parent>_ptr`), which
// Django numbers from a separate, decreasing counter.
func (a *Apps) newAutoCreated(kind Kind, opt FieldOptions) *Field {
	f, _ := a.NewField(kind, opt)
	a.creationCounter-- // undo the declared-field count
	a.autoCreationCounter--
	f.CreationCounter = a.autoCreationCounter
	f.AutoCreated = true
	return f
}

// Clone returns a copy of the field for a model that inherits it from an
// abstract base (Django deep-copies such fields). The relation is copied
// too, and keeps its unresolved reference.
func (f *Field) Clone() *Field {
	c := *f
	c.Model = nil
	if f.Rel != nil {
		r := *f.Rel
		r.Field = &c
		c.Rel = &r
	}
	return &c
}

// features are the Django version's behaviour the field's model runs
// with; Django 3.2's for a field on no model (an expression's output
// field).
func (f *Field) features() *features.Features {
	if f.Model != nil && f.Model.Meta.apps != nil {
		return f.Model.Meta.apps.Features
	}
	return features.Django32
}

// InternalType is Django's get_internal_type(): "CharField" for an
// EmailField, the class name for most.
func (f *Field) InternalType() Kind { return kinds[f.Kind].internal }

// IsRelation reports whether the field is a ForeignKey, OneToOneField or
// ManyToManyField.
func (f *Field) IsRelation() bool { return f.Rel != nil }

// ManyToMany reports whether the field is a ManyToManyField.
func (f *Field) ManyToMany() bool { return f.Kind == ManyToManyField }

// Concrete reports whether the field has a column (all but
// ManyToManyField and CompositePrimaryKey).
func (f *Field) Concrete() bool {
	return f.Kind != ManyToManyField && f.Composite == nil && !f.NoColumn
}

// CompositeFields are the fields of a CompositePrimaryKey (fields), nil
// for other fields.
func (f *Field) CompositeFields() []*Field {
	if f.Composite == nil || f.Model == nil {
		return nil
	}
	out := make([]*Field, 0, len(f.Composite))
	for _, n := range f.Composite {
		if c := f.Model.Meta.forwardField(n); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// CompositeValue is the value of a CompositePrimaryKey: a tuple of its
// fields' values.
type CompositeValue []any

// PkFields is Options.pk_fields: the fields of a composite primary key,
// else the primary key alone.
func (o *Options) PkFields() []*Field {
	if o.Pk != nil && o.Pk.Composite != nil {
		return o.Pk.CompositeFields()
	}
	return []*Field{o.Pk}
}

// Unique is Django's Field.unique: the unique option or primary_key (a
// OneToOneField is always unique).
func (f *Field) Unique() bool { return f.unique || f.PrimaryKey }

// IsAuto reports whether the field is an AutoField, BigAutoField or
// SmallAutoField, whose value the database assigns.
func (f *Field) IsAuto() bool { return kinds[f.Kind].auto }

// DBReturning is Field.db_returning: the value comes back from an INSERT
// (RETURNING, where the version can return columns from an insert): an
// auto field's, a db_default field's (Django 5.0), a generated field's.
func (f *Field) DBReturning() bool {
	switch {
	case f.IsAuto(), f.Generated != nil:
		return true
	case f.HasDBDefault:
		return f.features().InsertReturning
	}
	return false
}

// DBReturningFields is Options.db_returning_fields: the fields of the
// model's table (a proxy's concrete model's) whose values an INSERT
// returns.
func (o *Options) DBReturningFields() []*Field {
	var out []*Field
	for _, f := range o.ConcreteModel.Meta.LocalFields {
		if f.DBReturning() {
			out = append(out, f)
		}
	}
	return out
}

// EmptyStringsAllowed is Django's empty_strings_allowed: text-like fields
// default to "" rather than None.
func (f *Field) EmptyStringsAllowed() bool { return kinds[f.Kind].emptyStrings }

// DefaultAttnameColumn is Field.get_attname_column: the attname
// (reporter_id for a ForeignKey) and db_column or the attname.
func (f *Field) DefaultAttnameColumn() (attname, column string) {
	attname = f.Name
	if f.Kind == ForeignKey || f.Kind == OneToOneField {
		attname = f.Name + "_id"
	}
	if f.Kind == ForeignObject {
		// ForeignObject.get_attname_column: no column.
		return attname, ""
	}
	if f.DBColumn != "" {
		return attname, f.DBColumn
	}
	return attname, attname
}

// setAttributesFromName is Field.set_attributes_from_name.
func (f *Field) setAttributesFromName(name string) {
	if f.Name == "" {
		f.Name = name
	}
	f.Attname, f.Column = f.DefaultAttnameColumn()
	f.NoColumn = f.Kind == ForeignObject
	if f.AttnameColumn != nil {
		if a, c, ok := f.AttnameColumn(); ok {
			f.Attname, f.Column, f.NoColumn = a, c, c == ""
		}
	}
	if f.VerboseName == "" && f.Name != "" {
		f.VerboseName = strings.ReplaceAll(f.Name, "_", " ")
	}
}

// String is Django's str(field): "myapp.Person.name".
func (f *Field) String() string {
	if f.Model == nil {
		return f.Name
	}
	return f.Model.Meta.Label() + "." + f.Name
}

// TargetField is the field a relation points at (to_field, or the target's
// primary key); for other fields it is the field itself.
func (f *Field) TargetField() *Field {
	if f.Rel == nil || f.Rel.Model == nil {
		return f
	}
	if f.Rel.FieldName != "" {
		if t := f.Rel.Model.Meta.forwardField(f.Rel.FieldName); t != nil {
			return t
		}
	}
	return f.Rel.Model.Meta.Pk
}

// GetDefault is Field.get_default(): the default value (calling a callable
// default), a DatabaseDefault for a field with only a db_default, nil for
// fields that default to None and "" for text fields.
func (f *Field) GetDefault() (any, error) {
	if f.HasDefault {
		if fn, ok := f.Default.(DefaultFunc); ok {
			return fn()
		}
		return f.Default, nil
	}
	if f.HasDBDefault && f.NewDatabaseDefault != nil {
		return f.NewDatabaseDefault(f), nil
	}
	if !f.EmptyStringsAllowed() || f.Null {
		return nil, nil
	}
	return "", nil
}

// Flatchoices is Field.flatchoices: the choices with option groups
// flattened into their (value, label) pairs.
func (f *Field) Flatchoices() []Choice {
	var flat []Choice
	for _, c := range f.Choices {
		if c.Group != nil {
			flat = append(flat, c.Group...)
		} else {
			flat = append(flat, c)
		}
	}
	return flat
}

// kindBases are the field classes each class derives from (beyond
// Field), for isinstance() checks on output fields.
var kindBases = map[Kind][]Kind{
	AutoField:                 {IntegerField},
	BigAutoField:              {BigIntegerField, IntegerField},
	SmallAutoField:            {SmallIntegerField, IntegerField},
	SmallIntegerField:         {IntegerField},
	BigIntegerField:           {IntegerField},
	PositiveIntegerField:      {IntegerField},
	PositiveSmallIntegerField: {SmallIntegerField, IntegerField},
	PositiveBigIntegerField:   {BigIntegerField, IntegerField},
	SlugField:                 {CharField},
	EmailField:                {CharField},
	URLField:                  {CharField},
	DateTimeField:             {DateField},
	NullBooleanField:          {BooleanField},
	ImageField:                {FileField},
	OneToOneField:             {ForeignKey},
	OrderWrt:                  {IntegerField},
}

// IsInstance is isinstance(field, <class of kind>): the field's class is
// kind or derives from it (an AutoField is an IntegerField, a
// DateTimeField a DateField).
func (f *Field) IsInstance(kind Kind) bool {
	if f.Kind == kind {
		return true
	}
	for _, b := range kindBases[f.Kind] {
		if b == kind {
			return true
		}
	}
	return false
}
