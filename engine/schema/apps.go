package schema

import (
	"fmt"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/features"
	"sort"
	"strings"
	"time"
)

// Apps is the registry of one app's models (Django's apps registry narrowed
// to the app label, "myapp" in the playground). It also numbers fields in
// creation order, so create fields through it.
type Apps struct {
	Label string
	// Features are the Django version's behaviour, as the models'
	// connection.features; Settings the project settings
	// (DEFAULT_AUTO_FIELD, USE_TZ). Query compilation and saving reach
	// them through the model's Apps.
	Features *features.Features
	Settings conf.Settings
	// ActiveTZ is the zone timezone.activate() made current (nil: the
	// default time zone); see CurrentTZ.
	ActiveTZ *time.Location
	// Lookups are the lookups and transforms registered on field
	// classes with Field.register_lookup() (a query.LookupRegistry).
	Lookups any

	models []*Model // registration order, auto-created through models included

	creationCounter     int
	autoCreationCounter int

	// relTree and parentLists index the relations pointing at each
	// concrete model and each model's parent list while the checks run
	// (Check); nil otherwise.
	relTree     map[*Model][]*Rel
	parentLists map[*Options][]*Model
}

// NewApps returns an empty registry for the app label, running as Django
// 3.2 with its default settings (conf.Legacy); set Features and Settings
// before registering models to run otherwise.
func NewApps(label string) *Apps {
	return &Apps{Label: label, Features: features.Django32, Settings: conf.Legacy()}
}

// Len returns the number of registered models, auto-created m2m through
// models included.
func (a *Apps) Len() int { return len(a.models) }

// Models returns the registered models in registration order. With
// autoCreated false the auto-created m2m through models are left out, as
// AppConfig.get_models() does.
func (a *Apps) Models(autoCreated bool) []*Model {
	var out []*Model
	for _, m := range a.models {
		if m.Meta.AutoCreated && !autoCreated {
			continue
		}
		out = append(out, m)
	}
	return out
}

// Model looks a registered model up by class name, case-insensitively
// (get_model), accepting "myapp.Name" too.
func (a *Apps) Model(name string) *Model {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		if name[:i] != a.Label {
			return nil
		}
		name = name[i+1:]
	}
	for _, m := range a.models {
		if strings.EqualFold(m.Name, name) {
			return m
		}
	}
	return nil
}

// Error is a model definition Django rejects, with the class Django raises
// (Kind: "FieldError", "TypeError", "ValueError", "ImproperlyConfigured",
// "SystemCheckError") and the model and field it concerns, so the language
// binding can point at the line that defined them.
type Error struct {
	Kind  string
	Model *Model
	Field *Field
	Msg   string
}

func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

// ModelDef is a class statement as ModelBase sees it.
type ModelDef struct {
	Name string
	// Bases are the direct model bases, in the order they appear in the
	// new class's MRO.
	Bases []*Model
	// Fields are the fields assigned in the class body (name → field), in
	// any order; they are ordered by creation counter.
	Fields []NamedField
	Meta   MetaDef
	// Shadowed reports names bound in the class body or inherited from
	// non-model bases that are not fields: an abstract base's field of that
	// name is not copied (`name = None` removes an inherited field).
	Shadowed func(name string) bool
	// Host is stored in Model.Host.
	Host any
}

// NamedField is a field and the class attribute it is assigned to.
type NamedField struct {
	Name  string
	Field *Field
}

// MetaDef holds the options of the model's `class Meta` (its own, or the
// one inherited from an abstract base). A nil pointer means "not given".
type MetaDef struct {
	Abstract bool
	Proxy    bool
	Managed  *bool
	DBTable  string
	// Ordering items are field names ("-pub_date") or query expressions
	// (an OrderBy, opaque to this package).
	Ordering           *[]any
	VerboseName        string
	VerboseNamePlural  string
	UniqueTogether     [][]string
	IndexTogether      [][]string
	Indexes            []*Index
	Constraints        []*Constraint
	DefaultRelatedName string
	GetLatestBy        *[]string
	// OrderWithRespectTo is Meta.order_with_respect_to: a field name.
	OrderWithRespectTo string
	AppLabel           string
	AutoCreated        bool
	SelectOnSave       bool
	// OtherApps is Meta.apps naming another registry than the
	// project's: the model is not one of the app's, and migrate creates
	// no table for it.
	OtherApps bool
	Check     MetaCheck
}

// Register creates the model from def as ModelBase.__new__ and
// Options._prepare do: Meta options, abstract-field copies, parent links to
// concrete parents (`<parent>_ptr`, unless declared with parent_link=True),
// proxies, the automatic `id` primary key, m2m through models, and
// registration. Abstract models are returned but not registered.
func (a *Apps) Register(def ModelDef) (*Model, error) {
	m := &Model{Name: def.Name, Host: def.Host}
	meta := def.Meta
	o := &Options{
		Model:              m,
		AppLabel:           a.Label,
		ModelName:          strings.ToLower(def.Name),
		ObjectName:         def.Name,
		Abstract:           meta.Abstract,
		Proxy:              meta.Proxy,
		Managed:            true,
		AutoCreated:        meta.AutoCreated,
		UniqueTogether:     meta.UniqueTogether,
		IndexTogether:      meta.IndexTogether,
		Indexes:            meta.Indexes,
		Constraints:        meta.Constraints,
		DefaultRelatedName: meta.DefaultRelatedName,
		VerboseName:        meta.VerboseName,
		VerboseNamePlural:  meta.VerboseNamePlural,
		SelectOnSave:       meta.SelectOnSave,
		OtherApps:          meta.OtherApps,
		Check:              meta.Check,
		apps:               a,
	}
	m.Meta = o
	if meta.AppLabel != "" {
		o.AppLabel = meta.AppLabel
	}
	if meta.Managed != nil {
		o.Managed = *meta.Managed
	}
	if meta.Ordering != nil {
		o.Ordering = *meta.Ordering
	}
	if meta.GetLatestBy != nil {
		o.GetLatestBy = *meta.GetLatestBy
	}
	if o.VerboseName == "" {
		o.VerboseName = verboseNameRaw(def.Name)
	}
	if o.VerboseNamePlural == "" {
		o.VerboseNamePlural = o.VerboseName + "s"
	}
	o.DBTable = meta.DBTable
	if o.DBTable == "" {
		o.DBTable = o.AppLabel + "_" + o.ModelName
	}
	if !o.Abstract {
		// Options._format_names_with_class: %(app_label)s and %(class)s
		// in index and constraint names (from an abstract base) are
		// filled in for the concrete class.
		r := strings.NewReplacer("%(app_label)s", strings.ToLower(o.AppLabel), "%(class)s", strings.ToLower(def.Name))
		o.Indexes = append([]*Index(nil), o.Indexes...)
		o.Constraints = append([]*Constraint(nil), o.Constraints...)
		for i, idx := range o.Indexes {
			if strings.Contains(idx.Name, "%(") {
				c := *idx
				c.Name = r.Replace(idx.Name)
				o.Indexes[i] = &c
			}
		}
		for i, con := range o.Constraints {
			if strings.Contains(con.Name, "%(") {
				c := *con
				c.Name = r.Replace(con.Name)
				c.Origin = con.Root()
				o.Constraints[i] = &c
			}
		}
	}

	// Ordering and get_latest_by are inherited from a concrete parent when
	// the Meta does not set them.
	var baseMeta *Options
	for _, b := range def.Bases {
		baseMeta = b.Meta
		break
	}
	if !o.Abstract && baseMeta != nil && !baseMeta.Abstract {
		if meta.Ordering == nil {
			o.Ordering = baseMeta.Ordering
		}
		if meta.GetLatestBy == nil {
			o.GetLatestBy = baseMeta.GetLatestBy
		}
	}

	// Local fields (contributable attributes).
	localNames := map[string]bool{}
	for _, nf := range def.Fields {
		localNames[nf.Name] = true
	}
	for _, nf := range sortByCounter(def.Fields) {
		if err := a.addField(m, nf.Name, nf.Field); err != nil {
			return nil, err
		}
	}

	// Proxies.
	if o.Proxy {
		var base *Model
		for _, p := range def.Bases {
			if p.Meta.Abstract {
				if len(p.Meta.LocalFields)+len(p.Meta.LocalManyToMany) > 0 {
					return nil, &Error{Kind: "TypeError", Model: m, Msg: fmt.Sprintf("Abstract base class containing model fields not permitted for proxy model '%s'.", def.Name)}
				}
				continue
			}
			if base == nil {
				base = p
			} else if p.Meta.ConcreteModel != base.Meta.ConcreteModel {
				return nil, &Error{Kind: "TypeError", Model: m, Msg: fmt.Sprintf("Proxy model '%s' has more than one non-abstract model base class.", def.Name)}
			}
		}
		if base == nil {
			return nil, &Error{Kind: "TypeError", Model: m, Msg: fmt.Sprintf("Proxy model '%s' has no non-abstract model base class.", def.Name)}
		}
		o.Pk = base.Meta.Pk
		o.ProxyForModel = base
		o.DBTable = base.Meta.DBTable
		o.ConcreteModel = base.Meta.ConcreteModel
	} else {
		o.ConcreteModel = m
	}

	// Explicit parent links, declared here or in abstract bases.
	parentLinks := map[*Model]*Field{}
	collectLinks := func(fields []*Field) {
		for _, f := range fields {
			if f.OneToOne() && f.Rel.ParentLink {
				if t := a.resolveRef(m, f.Rel.To); t != nil {
					parentLinks[t.Meta.ConcreteModel] = f
				}
			}
		}
	}
	for i := len(def.Bases) - 1; i >= 0; i-- {
		if def.Bases[i].Meta.Abstract {
			collectLinks(def.Bases[i].Meta.LocalFields)
		}
	}
	collectLinks(o.LocalFields)

	inherited := map[string]bool{}
	for _, base := range def.Bases {
		parentFields := append(append(append([]*Field{}, base.Meta.LocalFields...), base.Meta.LocalManyToMany...), base.Meta.LocalNoColumn...)
		if !base.Meta.Abstract {
			for _, f := range parentFields {
				if localNames[f.Name] {
					return nil, &Error{Kind: "FieldError", Model: m, Field: fieldNamed(def.Fields, f.Name),
						Msg: fmt.Sprintf("Local field '%s' in class '%s' clashes with field of the same name from base class '%s'.", f.Name, def.Name, base.Name)}
				}
				inherited[f.Name] = true
			}
			concrete := base.Meta.ConcreteModel
			var link *Field
			if l, ok := parentLinks[concrete]; ok {
				link = l
			} else if !o.Proxy {
				attr := concrete.Meta.ModelName + "_ptr"
				if localNames[attr] {
					return nil, &Error{Kind: "FieldError", Model: m, Field: fieldNamed(def.Fields, attr),
						Msg: fmt.Sprintf("Auto-generated field '%s' in class '%s' for parent_link to base class '%s' clashes with declared field of the same name.", attr, def.Name, concrete.Name)}
				}
				link = a.newAutoCreated(OneToOneField, FieldOptions{Unique: true})
				link.Rel = &Rel{Field: link, To: concrete.Name, Model: concrete, OnDelete: Cascade, ParentLink: true, DBConstraint: true}
				if o.Field(attr) == nil {
					if err := a.addField(m, attr, link); err != nil {
						return nil, err
					}
				}
			}
			if !hasParent(o.Parents, concrete) {
				o.Parents = append(o.Parents, Parent{Model: concrete, Link: link})
			}
			continue
		}
		// Abstract base: copy its fields unless shadowed.
		baseParents := append([]Parent{}, base.Meta.Parents...)
		for _, f := range parentFields {
			if localNames[f.Name] || inherited[f.Name] || (def.Shadowed != nil && def.Shadowed(f.Name)) {
				continue
			}
			nf := f.Clone()
			nf.Name = ""
			if err := a.addField(m, f.Name, nf); err != nil {
				return nil, err
			}
			inherited[f.Name] = true
			for i, p := range baseParents {
				if p.Link == f {
					baseParents[i].Link = nf
				}
			}
		}
		for _, p := range baseParents {
			if !hasParent(o.Parents, p.Model) {
				o.Parents = append(o.Parents, p)
			}
		}
	}

	if o.Abstract {
		return m, nil
	}

	// Options._prepare: order_with_respect_to orders by an `_order`
	// column.
	if name := meta.OrderWithRespectTo; name != "" {
		var wrt *Field
		for _, f := range o.Fields() {
			if f.Name == name || f.Attname == name {
				wrt = f
				break
			}
		}
		if wrt == nil {
			for _, f := range o.ManyToMany() {
				if f.Name == name {
					wrt = f
				}
			}
		}
		if wrt == nil {
			return nil, &Error{Kind: "FieldDoesNotExist", Model: m, Msg: fmt.Sprintf("%s has no field named '%s'", o.ObjectName, name)}
		}
		o.OrderWithRespectTo = wrt
		o.Ordering = []any{"_order"}
		if o.Field("_order") == nil {
			editable := false
			order, err := a.NewField(OrderWrt, FieldOptions{Editable: &editable})
			if err != nil {
				return nil, err
			}
			if err := a.addField(m, "_order", order); err != nil {
				return nil, err
			}
		}
	}

	// Options._prepare: the primary key.
	if o.Pk == nil {
		if len(o.Parents) > 0 {
			f := o.Parents[0].Link
			for _, lf := range o.LocalFields {
				if lf.Name == f.Name {
					f = lf
				}
			}
			f.PrimaryKey = true
			o.Pk = f
		} else {
			// DEFAULT_AUTO_FIELD (Options._get_default_pk_class).
			id := a.newAutoCreated(Kind(a.Settings.AutoFieldClass()), FieldOptions{PrimaryKey: true, VerboseName: "ID"})
			if err := a.addField(m, "id", id); err != nil {
				return nil, err
			}
		}
	}

	// Auto-created m2m through models are registered before the model.
	for _, f := range o.LocalManyToMany {
		if f.Rel.ThroughName == "" && f.Rel.Through == nil {
			if err := a.createThrough(m, f); err != nil {
				return nil, err
			}
		}
	}

	if err := a.register(m); err != nil {
		return nil, err
	}
	a.resolvePending()
	return m, nil
}

// register is Apps.register_model: a model whose name (lower-cased) is
// already registered replaces the earlier one in its place when the class
// names are equal (Django warns that the model was reloaded), and is a
// RuntimeError when they differ.
func (a *Apps) register(m *Model) error {
	for i, old := range a.models {
		if old.Meta.ModelName != m.Meta.ModelName || old.Meta.AppLabel != m.Meta.AppLabel {
			continue
		}
		if old.Name != m.Name {
			return &Error{Kind: "RuntimeError", Model: m, Msg: fmt.Sprintf("Conflicting '%s' models in application '%s': <class '%s.models.%s'> and <class '%s.models.%s'>.",
				m.Meta.ModelName, a.Label, a.Label, old.Name, a.Label, m.Name)}
		}
		a.models[i] = m
		return nil
	}
	a.models = append(a.models, m)
	return nil
}

func hasParent(ps []Parent, m *Model) bool {
	for _, p := range ps {
		if p.Model == m {
			return true
		}
	}
	return false
}

func fieldNamed(fs []NamedField, name string) *Field {
	for _, nf := range fs {
		if nf.Name == name {
			return nf.Field
		}
	}
	return nil
}

func sortByCounter(fs []NamedField) []NamedField {
	out := append([]NamedField{}, fs...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Field.CreationCounter < out[j].Field.CreationCounter })
	return out
}

// addField is Field.contribute_to_class + Options.add_field: set the names,
// attach the field, keep local fields ordered by creation counter, and
// take the first primary key.
func (a *Apps) addField(m *Model, name string, f *Field) error {
	o := m.Meta
	if f.IsAuto() {
		// AutoFieldMixin.contribute_to_class.
		for _, lf := range o.LocalFields {
			if lf.IsAuto() {
				kind := "AssertionError"
				if a.Features.AutoFieldTwiceValueError {
					kind = "ValueError"
				}
				e := &Error{Kind: kind, Model: m, Msg: fmt.Sprintf("Model %s can't have more than one auto-generated field.", o.Label())}
				if !f.AutoCreated {
					e.Field = f
				}
				return e
			}
		}
	}
	f.setAttributesFromName(name)
	f.Model = m
	if f.Composite != nil {
		// CompositePrimaryKey.contribute_to_class: the model's pk, with
		// no column (not a local concrete field).
		f.Column = ""
		o.Pk = f
		o.CompositePk = f
		return nil
	}
	if f.Rel != nil && f.Rel.To == "self" {
		f.Rel.Model = m
	}
	list := &o.LocalFields
	if f.ManyToMany() {
		list = &o.LocalManyToMany
	} else if f.NoColumn {
		list = &o.LocalNoColumn
	}
	i := sort.Search(len(*list), func(i int) bool { return (*list)[i].CreationCounter > f.CreationCounter })
	*list = append(*list, nil)
	copy((*list)[i+1:], (*list)[i:])
	(*list)[i] = f
	if o.Pk == nil && f.PrimaryKey {
		o.Pk = f
	}
	return nil
}

// createThrough is create_many_to_many_intermediary_model.
func (a *Apps) createThrough(m *Model, f *Field) error {
	o := m.Meta
	toName := strings.ToLower(f.Rel.To)
	if i := strings.LastIndexByte(toName, '.'); i >= 0 {
		toName = toName[i+1:]
	}
	if f.Rel.To == "self" {
		toName = o.ModelName
	}
	from := o.ModelName
	if toName == from {
		toName, from = "to_"+toName, "from_"+from
	}
	name := o.ObjectName + "_" + f.Name
	table := o.DBTable + "_" + f.Name
	if f.Rel.DBTable != "" {
		table = f.Rel.DBTable
	}
	fromFK, _ := a.NewRelation(ForeignKey, m.Name, FieldOptions{}, Rel{RelatedName: name + "+", OnDelete: Cascade})
	fromFK.Rel.Model = m
	to := f.Rel.To
	if to == "self" {
		to = m.Name
	}
	toFK, _ := a.NewRelation(ForeignKey, to, FieldOptions{}, Rel{RelatedName: name + "+", OnDelete: Cascade})
	if f.Rel.Model != nil {
		toFK.Rel.Model = f.Rel.Model
	}
	through, err := a.Register(ModelDef{
		Name:   name,
		Fields: []NamedField{{from, fromFK}, {toName, toFK}},
		Meta: MetaDef{
			DBTable:           table,
			AutoCreated:       true,
			UniqueTogether:    [][]string{{from, toName}},
			VerboseName:       from + "-" + toName + " relationship",
			VerboseNamePlural: from + "-" + toName + " relationships",
		},
	})
	if err != nil {
		return err
	}
	f.Rel.Through = through
	return nil
}

// resolveRef resolves a relation reference relative to model m: "self", a
// class name or "app.Name". It returns nil when the model is not defined
// (yet).
func (a *Apps) resolveRef(m *Model, ref string) *Model {
	if ref == "self" {
		return m
	}
	if strings.EqualFold(ref, m.Name) || strings.EqualFold(ref, a.Label+"."+m.Name) {
		return m
	}
	return a.Model(ref)
}

// resolvePending resolves relation references (and through= references)
// that name models registered since.
func (a *Apps) resolvePending() {
	for _, m := range a.models {
		// The model's own forward fields (AllForwardFields' local ones,
		// in its order), without building the inherited lists.
		for _, f := range append(append(m.Meta.LocalFields[:len(m.Meta.LocalFields):len(m.Meta.LocalFields)], m.Meta.LocalManyToMany...), m.Meta.LocalNoColumn...) {
			if f.Rel == nil || f.Model != m {
				continue
			}
			if f.Rel.Model == nil {
				f.Rel.Model = a.resolveRef(m, f.Rel.To)
			}
			if f.ManyToMany() && f.Rel.Through == nil && f.Rel.ThroughName != "" {
				f.Rel.Through = a.resolveRef(m, f.Rel.ThroughName)
			}
		}
	}
}

// relationsTo returns the reverse sides of every relation whose target's
// concrete model is m, in model registration and field order (Django's
// relation tree).
func (a *Apps) relationsTo(m *Model) []*Rel {
	if a.relTree != nil {
		return a.relTree[m]
	}
	var out []*Rel
	for _, src := range a.models {
		o := src.Meta
		for _, list := range [][]*Field{o.LocalFields, o.LocalManyToMany, o.LocalNoColumn} {
			for _, f := range list {
				if f.Rel != nil && f.Rel.Model != nil && f.Rel.Model.Meta.ConcreteModel == m {
					out = append(out, f.Rel)
				}
			}
		}
	}
	return out
}

// buildRelTree indexes relationsTo for every concrete model at once.
func (a *Apps) buildRelTree() map[*Model][]*Rel {
	tree := map[*Model][]*Rel{}
	for _, src := range a.models {
		o := src.Meta
		for _, list := range [][]*Field{o.LocalFields, o.LocalManyToMany, o.LocalNoColumn} {
			for _, f := range list {
				if f.Rel != nil && f.Rel.Model != nil {
					c := f.Rel.Model.Meta.ConcreteModel
					tree[c] = append(tree[c], f.Rel)
				}
			}
		}
	}
	return tree
}

// Ready resolves the pending relation references and runs the system
// checks (Check), as `migrate` does before touching the database. When
// one reports an error it returns an *Error of Kind "SystemCheckError"
// whose message is Django's, every issue included, and whose Model and
// Field are those of the first error.
func (a *Apps) Ready() error {
	a.resolvePending()
	text, first, failed := CheckErrorText(a.Check())
	if !failed {
		return nil
	}
	return &Error{Kind: "SystemCheckError", Model: first.Model, Field: first.Field, Msg: text}
}

// Features returns the Django version's behaviour the model runs with
// (its registry's Features; Django 3.2's for a model outside a registry).
func (o *Options) Features() *features.Features {
	if o == nil || o.apps == nil || o.apps.Features == nil {
		return features.Django32
	}
	return o.apps.Features
}
