// Package schema holds the models of one app: their fields, their Meta
// options (Django's Options, a model's `_meta`), inheritance (abstract
// bases, multi-table parents with their `<parent>_ptr` links, proxies),
// relations with their reverse sides and auto-created many-to-many tables,
// and the DDL that `migrate --run-syncdb` would run for them.
//
// Models are registered in an Apps registry, in definition order, through
// Apps.Register, which does what Django's ModelBase metaclass and
// Options._prepare do. Relations may name models not defined yet; they are
// resolved when the target is registered. Apps.Ready then runs Django's
// system checks (checks.go) and reports what `migrate` would refuse, in
// Django's words.
package schema

import (
	"sort"
	"strings"
)

// Model is a model class as the schema sees it.
type Model struct {
	Name string   // the class name, e.g. "Restaurant"
	Meta *Options // Django's _meta
	// Host is free for the language binding (its class object).
	Host any
}

// String is "myapp.Restaurant".
func (m *Model) String() string { return m.Meta.Label() }

// Parent is one entry of Options.Parents: a concrete parent model and the
// OneToOneField linking the child to it (nil for a proxy's parent).
type Parent struct {
	Model *Model
	Link  *Field
}

// Options is a model's `_meta`, named as in django.db.models.options.
type Options struct {
	Model      *Model
	AppLabel   string // "myapp"
	ModelName  string // lower-cased class name
	ObjectName string // class name
	DBTable    string

	VerboseName       string
	VerboseNamePlural string
	Abstract          bool
	Proxy             bool
	Managed           bool
	AutoCreated       bool // an auto-created m2m through model
	// Ordering is Meta.ordering: field names ("-pub_date", "?") and query
	// expressions (F("x").asc(nulls_last=True), opaque to this package).
	Ordering           []any
	UniqueTogether     [][]string
	IndexTogether      [][]string
	Indexes            []*Index
	Constraints        []*Constraint
	DefaultRelatedName string
	// SelectOnSave is Meta.select_on_save: save() checks that the row
	// exists with a SELECT before its UPDATE.
	SelectOnSave bool
	// OtherApps: Meta.apps names another registry (no table is made).
	OtherApps   bool
	GetLatestBy []string
	// OrderWithRespectTo is the field of Meta.order_with_respect_to (nil
	// when not set); the model then has an `_order` field (OrderWrt).
	OrderWithRespectTo *Field
	// Check describes Meta options as written, for the system checks.
	Check MetaCheck

	// Parents lists the concrete parents in Django's order (the order of
	// the class's MRO), with their parent links.
	Parents []Parent
	// ConcreteModel is the model whose table holds the rows (itself, or the
	// model a proxy stands for, transitively).
	ConcreteModel *Model
	// ProxyForModel is the model a proxy directly proxies.
	ProxyForModel *Model

	// LocalFields are the concrete fields declared on (or copied into) this
	// model, ordered by creation counter; LocalManyToMany its m2m fields.
	LocalFields []*Field
	// LocalNoColumn are the fields declared here whose
	// get_attname_column gives no column: in Options.fields, not in
	// concrete_fields (nor in LocalFields).
	LocalNoColumn   []*Field
	LocalManyToMany []*Field
	// Pk is the primary key field (possibly inherited: a parent link).
	Pk *Field
	// CompositePk is the model's CompositePrimaryKey (also Pk), which is
	// in none of the field lists: it has no column.
	CompositePk *Field

	apps *Apps
}

// Index is an entry of Meta.indexes (models.Index(fields=[...], name=...)).
type Index struct {
	Fields []string // "-field" for descending
	Name   string
}

// Constraint is an entry of Meta.constraints: a UniqueConstraint (Fields,
// with an optional condition) or a CheckConstraint (IsCheck). The SQL of a
// check or condition is compiled once the models are ready (Django compiles
// it when the schema editor asks for the constraint's SQL), with columns
// unqualified and parameters inlined as quote_value does: "\"pages\" >= 0".
type Constraint struct {
	Name   string
	Fields []string
	// IsCheck marks a CheckConstraint, whose SQL is Check.
	IsCheck bool
	Check   string
	// Partial marks a UniqueConstraint with a condition, whose SQL is
	// Condition: on SQLite a partial unique index rather than an inline
	// UNIQUE clause.
	Partial   bool
	Condition string
	// Expressions marks a UniqueConstraint over expressions
	// (UniqueConstraint(Lower("name"), name=...)), whose index columns
	// are ExpressionsSQL, each compiled as an IndexExpression (a function
	// in parentheses, a column as is): a unique index, created after the
	// table.
	Expressions    bool
	ExpressionsSQL []string
	// NullsDistinct is UniqueConstraint.nulls_distinct when given: SQLite
	// supports no NULLS [NOT] DISTINCT clause, so such a constraint is
	// left out of the DDL (_unique_supported).
	NullsDistinct *bool
	// Deferrable is UniqueConstraint.deferrable, "deferred" or
	// "immediate": SQLite has no deferrable unique constraints, so such
	// a constraint is left out of its DDL.
	Deferrable string
	// Include is UniqueConstraint.include: a covering unique index, which
	// SQLite does not support (supports_covering_indexes), left out.
	Include []string
	// Origin is the constraint this one was copied from (one of an
	// abstract base, its name's %(class)s filled in); nil for an original.
	Origin *Constraint
}

// Root is the original constraint: c, or the one it was copied from.
func (c *Constraint) Root() *Constraint {
	if c.Origin != nil {
		return c.Origin
	}
	return c
}

// Total reports whether c is a UniqueConstraint without a condition or
// expressions, one of Options.total_unique_constraints (which
// validate_unique checks).
func (c *Constraint) Total() bool { return !c.IsCheck && !c.Partial && !c.Expressions }

// Apps is the registry the model is registered in (its Features and
// Settings).
func (o *Options) Apps() *Apps { return o.apps }

// Label is "myapp.Person" (Options.label).
func (o *Options) Label() string { return o.AppLabel + "." + o.ObjectName }

// LabelLower is "myapp.person" (Options.label_lower).
func (o *Options) LabelLower() string { return o.AppLabel + "." + o.ModelName }

// Fields returns the concrete forward fields in Django's order (Options.fields):
// the parents' fields first, recursively, then the local fields.
// Many-to-many fields are not included (see ManyToMany).
func (o *Options) Fields() []*Field {
	out, _ := o.forwardFields(map[*Model]bool{})
	return out
}

// forwardFields is Options._get_fields(reverse=False), split into
// concrete fields and many-to-many fields.
func (o *Options) forwardFields(seen map[*Model]bool) (fields, m2m []*Field) {
	for _, p := range o.Parents {
		if seen[p.Model] {
			continue // diamond inheritance: each ancestor once
		}
		seen[p.Model] = true
		pf, pm := p.Model.Meta.forwardFields(seen)
		fields = append(fields, pf...)
		m2m = append(m2m, pm...)
	}
	fields = append(fields, o.LocalFields...)
	m2m = append(m2m, o.LocalManyToMany...)
	return fields, m2m
}

// NoColumnFields are the fields without a column (LocalNoColumn), the
// parents' first.
func (o *Options) NoColumnFields() []*Field {
	var out []*Field
	for _, p := range o.Parents {
		out = append(out, p.Model.Meta.NoColumnFields()...)
	}
	return append(out, o.LocalNoColumn...)
}

// InsertByCounter returns list with f put in creation counter order.
func InsertByCounter(list []*Field, f *Field) []*Field {
	out := make([]*Field, 0, len(list)+1)
	done := false
	for _, x := range list {
		if !done && f.CreationCounter < x.CreationCounter {
			out = append(out, f)
			done = true
		}
		out = append(out, x)
	}
	if !done {
		out = append(out, f)
	}
	return out
}

// FieldsAndForeignObjects is Options.fields as get_related_selections
// walks it: the concrete fields with the ForeignObjects among them.
func (o *Options) FieldsAndForeignObjects() []*Field {
	list := o.Fields()
	for _, f := range o.NoColumnFields() {
		if f.ForeignObject() {
			list = InsertByCounter(list, f)
		}
	}
	return list
}

// ConcreteFields returns the fields that have a column, in SELECT order
// (Options.concrete_fields).
func (o *Options) ConcreteFields() []*Field { return o.Fields() }

// ManyToMany returns the many-to-many fields, inherited ones included
// (Options.many_to_many).
func (o *Options) ManyToMany() []*Field {
	_, m2m := o.forwardFields(map[*Model]bool{})
	return m2m
}

// AllForwardFields returns Fields followed by ManyToMany.
func (o *Options) AllForwardFields() []*Field {
	f, m := o.forwardFields(map[*Model]bool{})
	return append(f, m...)
}

// forwardField finds a forward field by name, then by attname, parents
// included.
func (o *Options) forwardField(name string) *Field {
	if c := o.CompositePk; c != nil && c.Name == name {
		return c
	}
	all := o.AllForwardFields()
	for _, f := range all {
		if f.Name == name {
			return f
		}
	}
	for _, f := range all {
		if f.Attname == name {
			return f
		}
	}
	return nil
}

// Field is a forward field by name or attname, or nil.
func (o *Options) Field(name string) *Field { return o.forwardField(name) }

// RelatedObjects returns the relations pointing at this model's concrete
// model or at its parents (reverse sides of FKs, O2Os and m2ms), in model
// registration and field order, as Options.related_objects: hidden ones
// excluded unless many-to-many, and a parent's reverse parent links
// excluded.
func (o *Options) RelatedObjects() []*Rel { return o.relatedObjects(false) }

// RelatedObjectsAll is RelatedObjects with hidden relations included
// (get_fields(include_hidden=True)), as the deletion Collector needs.
func (o *Options) RelatedObjectsAll() []*Rel { return o.relatedObjects(true) }

func (o *Options) relatedObjects(includeHidden bool) []*Rel {
	var out []*Rel
	seen := map[*Model]bool{}
	var walk func(opts *Options)
	walk = func(opts *Options) {
		for _, p := range opts.Parents {
			if !seen[p.Model] {
				seen[p.Model] = true
				walk(p.Model.Meta)
			}
		}
		out = o.appendRelations(out, opts, includeHidden)
	}
	walk(o.ConcreteModel.Meta)
	return out
}

// appendRelations appends the relations pointing at opts' concrete model
// that o's related objects include.
func (o *Options) appendRelations(out []*Rel, opts *Options, includeHidden bool) []*Rel {
	for _, r := range opts.apps.relationsTo(opts.ConcreteModel) {
		if r.ParentLink && r.Model.Meta.ConcreteModel != o.ConcreteModel {
			continue
		}
		if r.IsHidden() && !r.Field.ManyToMany() && !includeHidden {
			continue
		}
		out = append(out, r)
	}
	return out
}

// ownRelatedObjects is the part of RelatedObjects that is the model's
// own, not its parents': the relations pointing at the model itself
// (none for a proxy, whose relations are its concrete model's).
func (o *Options) ownRelatedObjects(includeHidden bool) []*Rel {
	if o.ConcreteModel == nil || o.ConcreteModel.Meta != o {
		return nil
	}
	return o.appendRelations(nil, o, includeHidden)
}

// GetField is Options.get_field: a forward field by name (or attname), or a
// reverse relation by its query name ("article" on Reporter). The second
// result is the reverse relation when that is what name refers to.
func (o *Options) GetField(name string) (*Field, *Rel, error) {
	if f := o.forwardField(name); f != nil {
		return f, nil, nil
	}
	for _, f := range o.NoColumnFields() {
		if f.Name == name || f.Attname == name {
			return f, nil, nil
		}
	}
	for _, r := range o.RelatedObjects() {
		if r.Name() == name {
			return nil, r, nil
		}
	}
	return nil, nil, &FieldDoesNotExist{Model: o.ObjectName, Name: name}
}

// FieldDoesNotExist is get_field's error:
// "Person has no field named 'x'".
type FieldDoesNotExist struct {
	Model, Name string
}

func (e *FieldDoesNotExist) Error() string {
	return e.Model + " has no field named '" + e.Name + "'"
}

// FieldNames returns the names for "Choices are: ..." messages
// (get_field_names_from_opts): forward field names, the attnames of
// concrete fields ("reporter_id") and reverse query names, sorted.
func (o *Options) FieldNames() []string {
	var names []string
	for _, f := range o.AllForwardFields() {
		names = append(names, f.Name)
		if f.Concrete() && f.Attname != f.Name {
			names = append(names, f.Attname)
		}
	}
	for _, f := range o.NoColumnFields() {
		if f.ForeignObject() {
			names = append(names, f.Name)
		}
	}
	for _, r := range o.RelatedObjects() {
		names = append(names, r.Name())
	}
	sort.Strings(names)
	return names
}

// ParentList returns all concrete ancestors (Options.get_parent_list): the
// direct parents first, then each one's ancestors, each model once.
func (o *Options) ParentList() []*Model {
	if o.apps != nil && o.apps.parentLists != nil {
		if l, ok := o.apps.parentLists[o]; ok {
			return l
		}
	}
	out := o.parentList()
	if o.apps != nil && o.apps.parentLists != nil {
		o.apps.parentLists[o] = out
	}
	return out
}

func (o *Options) parentList() []*Model {
	var out []*Model
	seen := map[*Model]bool{}
	add := func(m *Model) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	for _, p := range o.Parents {
		add(p.Model)
	}
	for _, p := range o.Parents {
		for _, a := range p.Model.Meta.ParentList() {
			add(a)
		}
	}
	return out
}

// AncestorLink returns the field on this model that links to ancestor (the
// `<ancestor>_ptr` of the path to it), or nil when ancestor is not a
// concrete parent (Options.get_ancestor_link).
func (o *Options) AncestorLink(ancestor *Model) *Field {
	for _, p := range o.Parents {
		if p.Model == ancestor {
			return p.Link
		}
	}
	for _, p := range o.Parents {
		if l := p.Model.Meta.AncestorLink(ancestor); l != nil {
			if p.Link != nil {
				return p.Link
			}
			return l
		}
	}
	return nil
}

// PathToParent returns the chain of parent links from this model to
// parent (Options.get_path_to_parent): each step is a link field of the
// child in that step.
func (o *Options) PathToParent(parent *Model) []*Field {
	if o.Model == parent {
		return nil
	}
	for _, p := range o.Parents {
		if p.Model == parent {
			if p.Link == nil {
				return nil
			}
			return []*Field{p.Link}
		}
	}
	for _, p := range o.Parents {
		if sub := p.Model.Meta.PathToParent(parent); sub != nil || p.Model.Meta.isAncestor(parent) {
			if p.Link == nil {
				return sub
			}
			return append([]*Field{p.Link}, sub...)
		}
	}
	return nil
}

func (o *Options) isAncestor(m *Model) bool {
	for _, a := range o.ParentList() {
		if a == m {
			return true
		}
	}
	return false
}

// IsSubclassOf reports whether m is this model or one of its (abstract
// excluded) ancestors, proxies included.
func (o *Options) IsSubclassOf(m *Model) bool {
	if o.Model == m {
		return true
	}
	if o.ProxyForModel != nil && o.ProxyForModel.Meta.IsSubclassOf(m) {
		return true
	}
	for _, p := range o.Parents {
		if p.Model.Meta.IsSubclassOf(m) {
			return true
		}
	}
	return false
}

// DefaultOrdering returns Meta.ordering (nil when none).
func (o *Options) DefaultOrdering() []any { return o.Ordering }

// verboseNameRaw is camel_case_to_spaces(object_name), as Options.contribute_to_class.
func verboseNameRaw(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		isUpper := r >= 'A' && r <= 'Z'
		if isUpper && i > 0 {
			prevLower := rs[i-1] >= 'a' && rs[i-1] <= 'z' || rs[i-1] >= '0' && rs[i-1] <= '9'
			nextLower := i+1 < len(rs) && rs[i+1] >= 'a' && rs[i+1] <= 'z'
			prevUpper := rs[i-1] >= 'A' && rs[i-1] <= 'Z'
			if prevLower || (prevUpper && nextLower) {
				b.WriteByte(' ')
			}
		}
		b.WriteRune(r)
	}
	return strings.ToLower(strings.TrimSpace(b.String()))
}
