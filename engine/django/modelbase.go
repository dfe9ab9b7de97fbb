package django

import (
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// metaNames are the options `class Meta` accepts (Options DEFAULT_NAMES)
// in Django 3.2; metaNamesFor gives a version's.
var metaNames = []string{"verbose_name", "verbose_name_plural", "db_table", "ordering",
	"unique_together", "permissions", "get_latest_by", "order_with_respect_to",
	"app_label", "db_tablespace", "abstract", "managed", "proxy", "swappable",
	"auto_created", "index_together", "apps", "default_permissions",
	"select_on_save", "default_related_name", "required_db_features",
	"required_db_vendor", "base_manager_name", "default_manager_name",
	"indexes", "constraints"}

// metaNamesFor is Options DEFAULT_NAMES of the version: db_table_comment
// came in 4.2, index_together went in 5.1.
func (e *Env) metaNamesFor() []string {
	var out []string
	for _, n := range metaNames {
		if n == "index_together" && e.Features.IndexTogetherRemoved {
			continue
		}
		out = append(out, n)
	}
	if e.Features.DBComments {
		out = append(out, "db_table_comment")
	}
	return out
}

// modelBase is Django's ModelBase metaclass: models.Model carries it as its
// class factory, so every class statement deriving from a model comes here.
type modelBase struct{ e *Env }

// NewClass is ModelBase.__new__.
func (mb modelBase) NewClass(th *python.Thread, name string, bases []*python.Class, ns *python.Dict) (python.Value, error) {
	e := mb.e
	var parents []*python.Class
	for _, b := range bases {
		if b.IsSubclass(e.modelClass) {
			parents = append(parents, b)
		}
	}
	// Split the namespace: Meta, contributable attributes (fields,
	// managers), and plain attributes.
	var attrMeta *python.Class
	newAttrs := python.NewDict()
	type contrib struct {
		name string
		v    python.Value
	}
	var contribs []contrib
	for _, kv := range ns.Items() {
		k, _ := kv[0].(python.String)
		key := string(k)
		switch v := kv[1].(type) {
		case *Field:
			contribs = append(contribs, contrib{key, v})
			continue
		case *python.Instance:
			if _, ok := v.Native.(*mgrState); ok {
				contribs = append(contribs, contrib{key, v})
				continue
			}
		case *python.Class:
			if key == "Meta" {
				attrMeta = v
				continue
			}
		}
		newAttrs.SetKey(th, kv[0], kv[1])
	}
	if _, ok := newAttrs.GetStr("__module__"); !ok {
		newAttrs.SetStr("__module__", python.String(e.ModelsModule()))
	}
	cls, err := python.NewClass(name, bases, newAttrs)
	if err != nil {
		return nil, err
	}
	cls.Factory = mb

	abstract := false
	if attrMeta != nil {
		if v, err := attrMeta.Attr(th, "abstract"); err == nil && v != nil {
			abstract, _ = python.Truth(th, v)
		}
	}
	meta := attrMeta
	if meta == nil {
		if v, err := cls.Attr(th, "Meta"); err == nil && v != nil {
			meta, _ = v.(*python.Class)
		}
	}
	def := schema.ModelDef{Name: name, Host: cls}
	if err := e.readMeta(th, meta, attrMeta, &def.Meta); err != nil {
		return nil, err
	}
	def.Meta.Abstract = abstract

	// Direct model bases in MRO order (models.Model itself excluded).
	for _, c := range cls.MRO[1:] {
		for _, p := range parents {
			if p == c {
				if m := e.modelOf[p]; m != nil {
					def.Bases = append(def.Bases, m)
				}
			}
		}
	}
	localNames := map[string]bool{}
	for _, c := range contribs {
		if f, ok := c.v.(*Field); ok {
			if f.f.Model != nil {
				return nil, python.NewError(python.ValueError, "the field %s is already used by %s", c.name, f.f.Model.Name)
			}
			def.Fields = append(def.Fields, schema.NamedField{Name: c.name, Field: f.f})
			localNames[c.name] = true
		}
	}
	// Names that hide abstract-inherited fields: the class's own
	// attributes and those of non-model classes before the model bases.
	shadow := map[string]bool{}
	for _, k := range newAttrs.Keys() {
		if s, ok := k.(python.String); ok {
			shadow[string(s)] = true
		}
	}
	for _, c := range cls.MRO[1:] {
		if e.modelOf[c] != nil || c == e.modelClass || c == python.ObjectClass {
			break
		}
		for _, k := range c.Dict.Keys() {
			if s, ok := k.(python.String); ok {
				shadow[string(s)] = true
			}
		}
	}
	for _, c := range contribs {
		if _, isMgr := c.v.(*python.Instance); isMgr {
			shadow[c.name] = true
		}
	}
	def.Shadowed = func(n string) bool { return shadow[n] }

	if e.MaxModels > 0 && e.Apps.Len() >= e.MaxModels {
		return nil, python.NewError(python.ModelLimitExceeded, "models.py defines more than %s models (the model budget of a session)", python.Thousands(uint64(e.MaxModels)))
	}
	m, err := e.Apps.Register(def)
	if err == nil && e.MaxFields > 0 {
		if e.fieldCount += len(m.Meta.LocalFields); e.fieldCount > e.MaxFields {
			return nil, python.NewError(python.ModelLimitExceeded, "models.py defines more than %s fields (the field budget of a session)", python.Thousands(uint64(e.MaxFields)))
		}
	}
	if err != nil {
		exc := e.pyErr(err)
		if se, ok := err.(*schema.Error); ok && se.Field != nil {
			if pe, ok := exc.(*python.Exception); ok {
				e.errHints[pe] = ErrorHint{Class: name, Attr: se.Field.Name}
			}
		}
		return nil, exc
	}
	e.classOf[m] = cls
	e.modelOf[cls] = m

	// RelatedField.contribute_to_class: on a concrete model, related_name
	// (or Meta.default_related_name) and related_query_name are
	// formatted with the class; an abstract base keeps the patterns for
	// its children's copies.
	if !m.Meta.Abstract {
		for _, f := range append(append([]*schema.Field(nil), m.Meta.LocalFields...), m.Meta.LocalManyToMany...) {
			if f.Rel == nil || f.Model != m {
				continue
			}
			if f.Rel.RelatedName == "" {
				f.Rel.RelatedName = m.Meta.DefaultRelatedName
			}
			f.Rel.RelatedName = formatRelatedName(f.Rel.RelatedName, m)
			f.Rel.RelatedQueryName = formatRelatedName(f.Rel.RelatedQueryName, m)
		}
	}
	e.keepRawMeta(th, m, meta, def.Bases)
	e.addFieldDescriptors(cls, m)
	cls.Dict.SetStr("_meta", &Options{e: e, m: m})

	if !abstract {
		if err := e.addExceptionClasses(cls, m, parents); err != nil {
			return nil, err
		}
	}
	// Managers declared in the body.
	for _, c := range contribs {
		if mgr, ok := c.v.(*python.Instance); ok {
			e.contributeManager(cls, c.name, mgr)
		}
	}
	if abstract {
		if attrMeta != nil {
			attrMeta.Dict.SetStr("abstract", python.Bool(false))
			cls.Dict.SetStr("Meta", attrMeta)
		}
		return cls, nil
	}
	if err := e.prepareManagers(cls); err != nil {
		return nil, err
	}
	// ModelBase._prepare: a class without a docstring gets its definition.
	if doc, ok := cls.Dict.GetStr("__doc__"); !ok || doc == python.None {
		names := make([]string, 0, len(m.Meta.Fields()))
		for _, f := range m.Meta.Fields() {
			names = append(names, f.Name)
		}
		cls.Dict.SetStr("__doc__", python.String(name+"("+strings.Join(names, ", ")+")"))
	}
	e.contributeRelated()
	return cls, nil
}

// keepRawMeta records the Meta options _meta gives back as written:
// from the model's Meta (own or inherited from an abstract base), else,
// as ModelBase does, the concrete parent's.
func (e *Env) keepRawMeta(th *python.Thread, m *schema.Model, meta *python.Class, bases []*schema.Model) {
	raw := map[string]python.Value{}
	for _, name := range []string{"ordering", "get_latest_by"} {
		if meta != nil {
			if v, err := meta.Attr(th, name); err == nil && v != nil {
				raw[name] = v
				continue
			}
		}
		if !m.Meta.Abstract && len(bases) > 0 && !bases[0].Meta.Abstract {
			if v, ok := e.metaRaw[bases[0]][name]; ok {
				raw[name] = v
			}
		}
	}
	e.metaRaw[m] = raw
}

// readMeta reads `class Meta` into def: the own attributes (which must be
// known options) and inherited ones (Meta(Base.Meta), or an abstract
// base's Meta).
func (e *Env) readMeta(th *python.Thread, meta, own *python.Class, def *schema.MetaDef) error {
	if meta == nil {
		return nil
	}
	if own != nil {
		var invalid []string
		for _, k := range own.Dict.Keys() {
			s, _ := k.(python.String)
			name := string(s)
			if strings.HasPrefix(name, "_") {
				continue
			}
			known := false
			for _, n := range e.metaNamesFor() {
				if n == name {
					known = true
				}
			}
			if !known {
				invalid = append(invalid, name)
			}
		}
		if len(invalid) > 0 {
			return python.NewError(python.TypeError, "'class Meta' got invalid attribute(s): %s", strings.Join(invalid, ","))
		}
	}
	get := func(name string) python.Value {
		v, err := meta.Attr(th, name)
		if err != nil || v == nil {
			return nil
		}
		return v
	}
	str := func(name string) (string, error) {
		v := get(name)
		if v == nil || v == python.None {
			return "", nil
		}
		return python.Str(th, v)
	}
	strList := func(v python.Value) ([]string, error) {
		if s, ok := v.(python.String); ok {
			return []string{string(s)}, nil
		}
		var out []string
		err := python.Iterate(th, v, func(x python.Value) error {
			s, err := python.Str(th, x)
			out = append(out, s)
			return err
		})
		return out, err
	}
	var err error
	if def.DBTable, err = str("db_table"); err != nil {
		return err
	}
	if def.VerboseName, err = str("verbose_name"); err != nil {
		return err
	}
	if def.VerboseNamePlural, err = str("verbose_name_plural"); err != nil {
		return err
	}
	if def.DefaultRelatedName, err = str("default_related_name"); err != nil {
		return err
	}
	if def.AppLabel, err = str("app_label"); err != nil {
		return err
	}
	if v := get("ordering"); v != nil {
		switch v.(type) {
		case *python.List, python.Tuple:
		default:
			def.Check.OrderingNotList = true // models.E014
		}
		// Items are field names or expressions (F("x").asc(), Lower("x")).
		o := []any{}
		if s, ok := v.(python.String); ok {
			o = append(o, string(s))
		} else if err := python.Iterate(th, v, func(x python.Value) error {
			if ex, ok := x.(*Expr); ok {
				o = append(o, ex.expr)
				return nil
			}
			s, err := python.Str(th, x)
			o = append(o, s)
			return err
		}); err != nil {
			return err
		}
		def.Ordering = &o
	}
	if v := get("get_latest_by"); v != nil && v != python.None {
		o, err := strList(v)
		if err != nil {
			return err
		}
		def.GetLatestBy = &o
	}
	if v := get("proxy"); v != nil {
		def.Proxy, _ = python.Truth(th, v)
	}
	if v := get("select_on_save"); v != nil {
		def.SelectOnSave, _ = python.Truth(th, v)
	}
	if v := get("order_with_respect_to"); v != nil && v != python.None {
		s, err := python.Str(th, v)
		if err != nil {
			return err
		}
		def.OrderWithRespectTo = s
	}
	if v := get("managed"); v != nil {
		b, _ := python.Truth(th, v)
		def.Managed = &b
	}
	if v := get("apps"); v != nil && v != python.Value(e.globalApps) {
		def.OtherApps = true
	}
	for _, opt := range []struct {
		name string
		dst  *[][]string
	}{{"unique_together", &def.UniqueTogether}, {"index_together", &def.IndexTogether}} {
		v := get(opt.name)
		if v == nil || v == python.None || (opt.name == "index_together" && e.Features.IndexTogetherRemoved) {
			continue
		}
		// normalize_together: a single tuple of names becomes ((...),).
		var items []python.Value
		python.Iterate(th, v, func(x python.Value) error { items = append(items, x); return nil })
		if len(items) > 0 {
			if _, single := items[0].(python.String); single {
				names, err := strList(v)
				if err != nil {
					return err
				}
				*opt.dst = [][]string{names}
				continue
			}
		}
		for _, it := range items {
			names, err := strList(it)
			if err != nil {
				return err
			}
			*opt.dst = append(*opt.dst, names)
		}
	}
	if v := get("indexes"); v != nil {
		err := python.Iterate(th, v, func(x python.Value) error {
			if ix, ok := x.(*IndexValue); ok {
				def.Indexes = append(def.Indexes, ix.ix)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if v := get("constraints"); v != nil {
		err := python.Iterate(th, v, func(x python.Value) error {
			if c, ok := x.(*ConstraintValue); ok {
				def.Constraints = append(def.Constraints, c.c)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// addExceptionClasses adds DoesNotExist and MultipleObjectsReturned (and,
// from Django 6.0, NotUpdated), subclassing the concrete parents' (or
// ObjectDoesNotExist, MultipleObjectsReturned, (ObjectNotUpdated,
// DatabaseError)).
func (e *Env) addExceptionClasses(cls *python.Class, m *schema.Model, parents []*python.Class) error {
	names := []string{"DoesNotExist", "MultipleObjectsReturned"}
	if e.Features.ModelNotUpdated {
		names = append(names, "NotUpdated")
	}
	for _, name := range names {
		var bases []*python.Class
		for _, p := range parents {
			pm := e.modelOf[p]
			if pm == nil || pm.Meta.Abstract {
				continue
			}
			if v, _ := p.Attr(e.Th, name); v != nil {
				if c, ok := v.(*python.Class); ok {
					bases = append(bases, c)
				}
			}
		}
		if len(bases) == 0 {
			switch name {
			case "DoesNotExist":
				bases = []*python.Class{e.excs.objectDoesNotExist}
			case "NotUpdated":
				bases = []*python.Class{e.excs.objectNotUpdated, e.excs.databaseError}
			default:
				bases = []*python.Class{e.excs.multipleObjectsReturned}
			}
		}
		d := python.NewDict()
		d.SetStr("__module__", python.String(e.ModelsModule()))
		d.SetStr("__qualname__", python.String(cls.Name+"."+name))
		c, err := python.NewClass(name, bases, d)
		if err != nil {
			return err
		}
		cls.Dict.SetStr(name, c)
	}
	return nil
}

// addFieldDescriptors puts the descriptors of the model's local fields in
// the class dict (Field.contribute_to_class), and get_FOO_display for
// fields with choices.
func (e *Env) addFieldDescriptors(cls *python.Class, m *schema.Model) {
	for _, f := range m.Meta.LocalFields {
		if f.Rel != nil {
			cls.Dict.SetStr(f.Name, &forwardDescriptor{e: e, f: f})
			cls.Dict.SetStr(f.Attname, &fieldDescriptor{e: e, f: f})
		} else {
			cls.Dict.SetStr(f.Attname, &fieldDescriptor{e: e, f: f})
		}
		if len(f.Choices) > 0 {
			name := "get_" + f.Name + "_display"
			if _, ok := cls.Dict.GetStr(name); !ok {
				cls.Dict.SetStr(name, e.displayMethod(name, f))
			}
		}
		if k := f.InternalType(); (k == schema.DateField || k == schema.DateTimeField) && !f.Null {
			// DateField.contribute_to_class: get_next_by_FOO and
			// get_previous_by_FOO for a non-null date.
			for _, next := range []bool{true, false} {
				name := "get_previous_by_" + f.Name
				if next {
					name = "get_next_by_" + f.Name
				}
				cls.Dict.SetStr(name, e.nextOrPreviousMethod(name, f, next))
			}
		}
	}
	for _, f := range m.Meta.LocalManyToMany {
		cls.Dict.SetStr(f.Name, &manyDescriptor{e: e, f: f})
	}
	for _, f := range m.Meta.LocalNoColumn {
		if f.ForeignObject() {
			cls.Dict.SetStr(f.Name, &forwardDescriptor{e: e, f: f})
		}
	}
}

// contributeRelated adds the reverse accessors (article_set,
// place.restaurant, topping.pizza_set) to the target models' concrete
// classes, once each relation is resolved (contribute_to_related_class).
func (e *Env) contributeRelated() {
	for _, m := range e.Apps.Models(true) {
		if m.Meta.Abstract {
			continue
		}
		if wrt := m.Meta.OrderWithRespectTo; wrt != nil {
			e.orderWrtAccessors(m, wrt)
		}
		for _, f := range append(append(append([]*schema.Field{}, m.Meta.LocalFields...), m.Meta.LocalManyToMany...), m.Meta.LocalNoColumn...) {
			r := f.Rel
			if r == nil || r.Model == nil || r.IsHidden() {
				continue
			}
			name := r.AccessorName()
			if name == "" {
				continue
			}
			target := e.classOf[r.Model.Meta.ConcreteModel]
			if target == nil {
				continue
			}
			if _, ok := target.Dict.GetStr(name); ok {
				continue
			}
			switch {
			case f.ManyToMany():
				target.Dict.SetStr(name, &manyDescriptor{e: e, f: f, reverse: true})
			case r.Multiple:
				target.Dict.SetStr(name, &reverseManyDescriptor{e: e, r: r})
			default:
				target.Dict.SetStr(name, &reverseOneDescriptor{e: e, r: r})
			}
		}
	}
}

// classFor returns the class of a model, creating it for auto-created m2m
// through models (Pizza_toppings), which no class statement defines.
func (e *Env) classFor(m *schema.Model) *python.Class {
	if c := e.classOf[m]; c != nil {
		return c
	}
	d := python.NewDict()
	d.SetStr("__module__", python.String(e.ModelsModule()))
	cls, err := python.NewClass(m.Name, []*python.Class{e.modelClass}, d)
	if err != nil {
		return nil
	}
	e.classOf[m] = cls
	e.modelOf[cls] = m
	e.addFieldDescriptors(cls, m)
	cls.Dict.SetStr("_meta", &Options{e: e, m: m})
	e.addExceptionClasses(cls, m, nil)
	e.prepareManagers(cls)
	return cls
}

// sortedManagers orders managers as Options.managers: by depth in the MRO,
// then by creation.
func sortedManagers(list []mgrEntry) []mgrEntry {
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].depth != list[j].depth {
			return list[i].depth < list[j].depth
		}
		return list[i].counter < list[j].counter
	})
	return list
}

type mgrEntry struct {
	depth, counter int
	mgr            *python.Instance
}

// orderWrtAccessors adds what Meta.order_with_respect_to gives:
// get_next_in_order() and get_previous_in_order() on the model, and
// get_<model>_order() and set_<model>_order(id_list) on the related model
// (partialmethods of Django's functions, in pysrc/validation.py).
func (e *Env) orderWrtAccessors(m *schema.Model, wrt *schema.Field) {
	cls := e.classOf[m]
	if cls == nil {
		return
	}
	partial := func(name, fn string, bound python.Value) *python.Builtin {
		return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if len(args) == 0 {
				return nil, python.NewError(python.TypeError, "%s() missing 1 required positional argument: 'self'", name)
			}
			call := append(python.Tuple{args[0], bound}, args[1:]...)
			return python.Call(th, e.validationFunc(fn), call, kw)
		})
	}
	cls.Dict.SetStr("get_next_in_order", partial("get_next_in_order", "_get_next_or_previous_in_order", python.True))
	cls.Dict.SetStr("get_previous_in_order", partial("get_previous_in_order", "_get_next_or_previous_in_order", python.False))
	if wrt.Rel != nil && wrt.Rel.Model != nil {
		if related := e.classOf[wrt.Rel.Model]; related != nil {
			lower := strings.ToLower(m.Name)
			related.Dict.SetStr("get_"+lower+"_order", partial("get_"+lower+"_order", "method_get_order", cls))
			related.Dict.SetStr("set_"+lower+"_order", partial("set_"+lower+"_order", "method_set_order", cls))
		}
	}
}
