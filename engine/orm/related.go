package orm

import (
	"fmt"
	"sort"

	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// SetAnnotation stores an annotate() value on the instance.
func (o *Instance) SetAnnotation(name string, v any) {
	if o.annotations == nil {
		o.annotations = map[string]any{}
	}
	o.annotations[name] = v
}

// Annotations returns the annotate() values by name.
func (o *Instance) Annotations() map[string]any { return o.annotations }

// isInstanceOf reports whether obj can stand for model m (Python's
// isinstance: the same class, a subclass by inheritance or proxy).
func isInstanceOf(obj *Instance, m *schema.Model) bool {
	return obj.Model.Meta.IsSubclassOf(m)
}

// SetRelated is ForwardManyToOneDescriptor.__set__ (and the one-to-one
// variant): value must be an instance of the related model or nil; it sets
// the attname, caches the object, and for one-to-one caches the reverse
// side too. A parent link that is the pk also sets the inherited pks.
func (o *Instance) SetRelated(f *schema.Field, value any) error {
	var rel *Instance
	switch v := value.(type) {
	case nil:
	case *Instance:
		rel = v
	default:
		return o.assignError(f, value)
	}
	target := f.Rel.Model
	if rel != nil && !isInstanceOf(rel, target.Meta.ConcreteModel) && !isInstanceOf(rel, target) {
		return o.assignError(f, rel)
	}
	if rel == nil {
		if old, ok := o.CachedRelated(f.Name); ok && old != nil && !f.Rel.Multiple {
			old.SetCachedRelated(f.Rel.AccessorName(), nil)
		}
	}
	for _, pair := range f.RelatedFields() {
		if rel == nil {
			o.SetValue(pair[0].Attname, nil)
		} else {
			o.SetValue(pair[0].Attname, rel.values[pair[1].Attname])
		}
	}
	o.SetCachedRelated(f.Name, rel)
	if rel != nil && !f.Rel.Multiple {
		rel.SetCachedRelated(f.Rel.AccessorName(), o)
	}
	if f.PrimaryKey && f.Rel.ParentLink {
		for _, pf := range o.Model.Meta.ConcreteFields() {
			if pf.PrimaryKey && pf.Rel != nil {
				name := pf.Rel.Model.Meta.Pk.Attname
				if rel != nil {
					o.SetValue(name, rel.values[name])
				} else {
					o.SetValue(name, nil)
				}
			}
		}
	}
	return nil
}

// AssignError is the ValueError for assigning a wrong value to a relation;
// Value is the value assigned, for the binding to render with repr().
type AssignError struct {
	Field *schema.Field
	Model *schema.Model
	Value any
}

func (e *AssignError) Error() string {
	return fmt.Sprintf("ValueError: Cannot assign \"%v\": \"%s.%s\" must be a \"%s\" instance.", e.Value, e.Model.Name, e.Field.Name, e.Field.Rel.Model.Name)
}

// Message renders the error with repr the value's repr.
func (e *AssignError) Message(repr string) string {
	return fmt.Sprintf("Cannot assign \"%s\": \"%s.%s\" must be a \"%s\" instance.", repr, e.Model.Name, e.Field.Name, e.Field.Rel.Model.Name)
}

func (o *Instance) assignError(f *schema.Field, v any) error {
	return &AssignError{Field: f, Model: o.Model, Value: v}
}

// GetRelated is ForwardManyToOneDescriptor.__get__: the cached related
// object, or one loaded with a SELECT on the related model's base manager
// (a parent link builds the parent from the instance's own values). A
// missing object on a non-null field is RelatedObjectDoesNotExist; on a
// nullable one, nil.
func (o *Instance) GetRelated(f *schema.Field) (*Instance, error) {
	rel, cached := o.CachedRelated(f.Name)
	if !cached {
		// get_local_related_value reads the attname through its
		// descriptor, loading it when deferred.
		hasValue := true
		for _, pair := range f.RelatedFields() {
			val, err := o.Attr(pair[0])
			if err != nil {
				return nil, err
			}
			hasValue = hasValue && val != nil
		}
		if hasValue {
			if link := o.Model.Meta.AncestorLink(f.Model); link != nil && link != f {
				if anc, ok := o.CachedRelated(link.Name); ok && anc != nil {
					rel, _ = anc.CachedRelated(f.Name)
				}
			}
		}
		if rel == nil && hasValue {
			switch o.State.FetchMode {
			case FetchRaise:
				return nil, o.fetchBlocked(f.Name)
			case FetchPeers:
				if peers := o.fetchPeers(); peers != nil {
					if err := o.fetchRelatedMany(f.Name, peers); err != nil {
						return nil, err
					}
					if rel, ok := o.CachedRelated(f.Name); ok {
						return o.checkForwardRel(f, rel)
					}
				}
			}
			var err error
			rel, err = o.loadForward(f)
			if err != nil {
				return nil, err
			}
			if rel != nil && !f.Rel.Multiple {
				rel.SetCachedRelated(f.Rel.AccessorName(), o)
			}
		}
		o.SetCachedRelated(f.Name, rel)
	}
	return o.checkForwardRel(f, rel)
}

// checkForwardRel is the end of ForwardManyToOneDescriptor.__get__: no
// object for a non-null key is RelatedObjectDoesNotExist.
func (o *Instance) checkForwardRel(f *schema.Field, rel *Instance) (*Instance, error) {
	if rel == nil && !f.Null {
		return nil, &Error{Class: "RelatedObjectDoesNotExist", Model: f.Rel.Model, Relation: f, Msg: fmt.Sprintf("%s has no %s.", f.Model.Name, f.Name)}
	}
	return rel, nil
}

// loadForward is the descriptor's get_object.
func (o *Instance) loadForward(f *schema.Field) (*Instance, error) {
	target := f.Rel.Model
	if f.Rel.ParentLink && len(o.deferred) == 0 {
		var kw []KV
		for _, tf := range target.Meta.ConcreteFields() {
			kw = append(kw, KV{tf.Attname, o.values[tf.Attname]})
		}
		parent, err := o.DB.NewInstance(target, nil, kw)
		if err != nil {
			return nil, err
		}
		parent.State = o.State
		parent.State.peers = nil
		return parent, nil
	}
	// get_reverse_related_filter: Q(**{rh.attname: lh value}), the
	// keywords sorted; one pair for a ForeignKey.
	var kw []KV
	for _, pair := range f.RelatedFields() {
		kw = append(kw, KV{pair[1].Attname, o.values[pair[0].Attname]})
	}
	if len(kw) == 1 {
		kw[0].Name = f.TargetField().Name
	}
	sort.Slice(kw, func(i, j int) bool { return kw[i].Name < kw[j].Name })
	obj, err := o.DB.All(target).withFetchMode(o.State.FetchMode).Get(kw...)
	if err != nil {
		if e, ok := err.(*Error); ok && e.Class == "DoesNotExist" {
			e.Model = target
		}
		return nil, err
	}
	return obj, nil
}

// GetReverseOne is ReverseOneToOneDescriptor.__get__ (place.restaurant):
// the cached object or a SELECT by the one-to-one field; none is
// RelatedObjectDoesNotExist "Place has no restaurant.".
func (o *Instance) GetReverseOne(r *schema.Rel) (*Instance, error) {
	name := r.AccessorName()
	rel, cached := o.CachedRelated(name)
	if !cached && o.Pk() != nil {
		switch o.State.FetchMode {
		case FetchRaise:
			return nil, o.fetchBlocked(r.Name())
		case FetchPeers:
			if peers := o.fetchPeers(); peers != nil {
				if err := o.fetchRelatedMany(name, peers); err != nil {
					return nil, err
				}
				rel, cached = o.CachedRelated(name)
			}
		}
	}
	if !cached {
		if o.Pk() != nil {
			f := r.Field
			tf := f.TargetField()
			obj, err := o.DB.All(f.Model).withFetchMode(o.State.FetchMode).Get(KV{f.Name + "__" + tf.Name, o.values[tf.Attname]})
			if err == nil {
				rel = obj
				obj.SetCachedRelated(f.Name, o)
			} else if e, ok := err.(*Error); !ok || e.Class != "DoesNotExist" {
				return nil, err
			}
		}
		o.SetCachedRelated(name, rel)
	}
	if rel == nil {
		return nil, &Error{Class: "RelatedObjectDoesNotExist", Model: r.Field.Model, Relation: r, Msg: fmt.Sprintf("%s has no %s.", o.Model.Name, name)}
	}
	return rel, nil
}

// SetReverseOne is ReverseOneToOneDescriptor.__set__: assign this instance
// to the related object's one-to-one field.
func (o *Instance) SetReverseOne(r *schema.Rel, value *Instance) error {
	name := r.AccessorName()
	if value == nil {
		if old, ok := o.CachedRelated(name); ok && old != nil {
			old.SetCachedRelated(r.Field.Name, nil)
			old.SetValue(r.Field.Attname, nil)
		}
		o.DeleteCachedRelated(name)
		return nil
	}
	if !isInstanceOf(value, r.Field.Model) {
		return &Error{Class: "ValueError", Msg: fmt.Sprintf("Cannot assign \"%s\": \"%s.%s\" must be a \"%s\" instance.", value.Repr(), o.Model.Name, name, r.Field.Model.Name)}
	}
	value.SetValue(r.Field.Attname, o.values[r.Field.TargetField().Attname])
	o.SetCachedRelated(name, value)
	value.SetCachedRelated(r.Field.Name, o)
	return nil
}

// RelatedManager is the manager of a reverse foreign key
// (reporter.article_set): create_reverse_many_to_one_manager.
type RelatedManager struct {
	Instance *Instance
	Field    *schema.Field // the ForeignKey on the related model
	// Base, when set, is the queryset filtered instead of the default
	// manager's: the manager chosen with b.entry_set(manager="entries").
	Base func() (*QuerySet, error)
}

// Model is the related model (Article for reporter.article_set).
func (m *RelatedManager) Model() *schema.Model { return m.Field.Model }

// ApplyFilters is _apply_rel_filters: filter base on the foreign key,
// with the instance known (so results do not load it again); an instance
// without a value for the key yields none().
func (m *RelatedManager) ApplyFilters(base *QuerySet) (*QuerySet, error) {
	qs, err := base.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: m.Field.Name, Value: m.Instance}}), false)
	if err != nil {
		return nil, err
	}
	for _, pair := range m.Field.RelatedFields() {
		if val := m.Instance.values[pair[1].Attname]; val == nil || val == "" {
			return qs.None(), nil
		}
	}
	qs.SetKnownRelated(m.Field, m.Instance)
	return qs, nil
}

// QuerySet is get_queryset(): the prefetched queryset if any, else the
// default manager's queryset, filtered.
func (m *RelatedManager) QuerySet() (*QuerySet, error) {
	if m.Instance.Pk() == nil && m.Instance.Model.Meta.Features().ReverseManagerNeedsSaved {
		return nil, errorf("ValueError", "'%s' instance needs to have a primary key value before this relationship can be used.", m.Instance.Model.Name)
	}
	if qs, ok := m.Instance.prefetched[m.cacheName()]; ok {
		return qs, nil
	}
	base, err := baseQuerySet(m.Instance, m.Field.Model, m.Base)
	if err != nil {
		return nil, err
	}
	qs, err := m.ApplyFilters(base)
	if err != nil {
		return nil, err
	}
	return qs.withFetchMode(m.Instance.State.FetchMode), nil
}

// CheckFKVal is _check_fk_val, run first by add(), create(), remove(),
// clear() and set() where the version has it (ReverseManagerNeedsSaved):
// the instance must have a value for the key's target field.
func (m *RelatedManager) CheckFKVal() error {
	if !m.Instance.Model.Meta.Features().ReverseManagerNeedsSaved {
		return nil
	}
	t := m.Field.TargetField()
	if m.Instance.values[t.Attname] == nil {
		return errorf("ValueError", "\"%s\" needs to have a value for field \"%s\" before this relationship can be used.", m.Instance.Repr(), t.Attname)
	}
	return nil
}

// cacheName is the prefetch cache name, the relation's accessor name.
func (m *RelatedManager) cacheName() string { return m.Field.Rel.AccessorName() }

func (m *RelatedManager) checkInstance(obj *Instance) error {
	if !isInstanceOf(obj, m.Field.Model) {
		return &Error{Class: "TypeError", Msg: fmt.Sprintf("'%s' instance expected, got %s", m.Field.Model.Name, obj.Repr())}
	}
	return nil
}

// Add is add(*objs, bulk=True): set the foreign key on each object; in
// bulk with one UPDATE (objects must be saved), else by saving each.
func (m *RelatedManager) Add(objs []*Instance, bulk bool) error {
	if err := m.CheckFKVal(); err != nil {
		return err
	}
	m.Instance.removePrefetched(m.cacheName())
	db := m.Instance.DB
	if bulk {
		var pks []any
		for _, obj := range objs {
			if err := m.checkInstance(obj); err != nil {
				return err
			}
			if err := obj.SetRelated(m.Field, m.Instance); err != nil {
				return err
			}
			if obj.State.Adding || obj.State.DB != "default" {
				return &Error{Class: "ValueError", Msg: fmt.Sprintf("%s instance isn't saved. Use bulk=False or save the object first.", obj.Repr())}
			}
			pks = append(pks, obj.Pk())
		}
		qs, err := db.All(m.Field.Model).FilterQ(query.NewQ(nil, []query.Filter{{Lookup: "pk__in", Value: pks}}), false)
		if err != nil {
			return err
		}
		_, err = qs.Update(KV{m.Field.Name, m.Instance})
		return err
	}
	return db.atomic(func() error {
		for _, obj := range objs {
			if err := m.checkInstance(obj); err != nil {
				return err
			}
			if err := obj.SetRelated(m.Field, m.Instance); err != nil {
				return err
			}
			if err := db.Hooks.Save(obj, SaveOptions{}); err != nil {
				return err
			}
		}
		return nil
	})
}

// CreateKW returns the keyword arguments of create() with the foreign key
// set to the instance (the manager then calls QuerySet.create).
func (m *RelatedManager) CreateKW(kw []KV) []KV {
	return append(append([]KV(nil), kw...), KV{m.Field.Name, m.Instance})
}

// Remove is remove(*objs, bulk=True), for nullable foreign keys only: the
// objects must be related to the instance (else the related model's
// DoesNotExist); their pks, a set in Django, select the rows to clear.
func (m *RelatedManager) Remove(objs []*Instance, bulk bool) error {
	if !m.Field.Null {
		return errorf("AttributeError", "'RelatedManager' object has no attribute 'remove'")
	}
	if len(objs) == 0 {
		return nil
	}
	if err := m.CheckFKVal(); err != nil {
		return err
	}
	val := m.Instance.values[m.Field.TargetField().Attname]
	oldIDs := newPySet()
	for _, obj := range objs {
		if err := m.checkInstance(obj); err != nil {
			return err
		}
		if valuesEqual(obj.values[m.Field.Attname], val) {
			oldIDs.add(obj.Pk())
		} else {
			return &Error{Class: "DoesNotExist", Model: m.Field.Rel.Model, Msg: fmt.Sprintf("%s is not related to %s.", obj.Repr(), m.Instance.Repr())}
		}
	}
	qs, err := m.QuerySet()
	if err != nil {
		return err
	}
	qs, err = qs.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: "pk__in", Value: oldIDs.items()}}), false)
	if err != nil {
		return err
	}
	return m.clear(qs, bulk)
}

// Clear is clear(bulk=True), for nullable foreign keys only.
func (m *RelatedManager) Clear(bulk bool) error {
	if !m.Field.Null {
		return errorf("AttributeError", "'RelatedManager' object has no attribute 'clear'")
	}
	if err := m.CheckFKVal(); err != nil {
		return err
	}
	qs, err := m.QuerySet()
	if err != nil {
		return err
	}
	return m.clear(qs, bulk)
}

func (m *RelatedManager) clear(qs *QuerySet, bulk bool) error {
	m.Instance.removePrefetched(m.cacheName())
	db := m.Instance.DB
	if bulk {
		_, err := qs.Update(KV{m.Field.Name, nil})
		return err
	}
	return db.atomic(func() error {
		objs, err := qs.Instances()
		if err != nil {
			return err
		}
		for _, obj := range objs {
			if err := obj.SetRelated(m.Field, nil); err != nil {
				return err
			}
			if err := db.Hooks.Save(obj, SaveOptions{UpdateFields: []string{m.Field.Name}}); err != nil {
				return err
			}
		}
		return nil
	})
}

// Set is set(objs, bulk=True, clear=False): for a nullable key, remove the
// current objects not in objs (a set of instances in Django, so removed in
// its order) and add the new ones; otherwise just add.
func (m *RelatedManager) Set(objs []*Instance, bulk, clear bool) error {
	if err := m.CheckFKVal(); err != nil {
		return err
	}
	if !m.Field.Null {
		return m.Add(objs, bulk)
	}
	db := m.Instance.DB
	return db.atomic(func() error {
		if clear {
			if err := m.Clear(bulk); err != nil {
				return err
			}
			return m.Add(objs, bulk)
		}
		qs, err := m.QuerySet()
		if err != nil {
			return err
		}
		current, err := qs.Instances()
		if err != nil {
			return err
		}
		old := newPySet()
		for _, c := range current {
			old.add(c)
		}
		var add []*Instance
		for _, o := range objs {
			if o.Pk() == nil {
				return errorf("TypeError", "Model instances without primary key value are unhashable")
			}
			if old.has(o) {
				old.discard(o)
			} else {
				add = append(add, o)
			}
		}
		if err := m.Remove(old.instances(), bulk); err != nil {
			return err
		}
		return m.Add(add, bulk)
	})
}

// baseQuerySet is the queryset a related manager filters: its Base, else
// the model's default manager's.
func baseQuerySet(inst *Instance, model *schema.Model, base func() (*QuerySet, error)) (*QuerySet, error) {
	if base != nil {
		return base()
	}
	return inst.DB.Hooks.BaseQuerySet(model)
}
