package orm

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Instance is a model instance (Django's Model object): the values of its
// fields by attname, its ModelState, and the cache of related objects.
type Instance struct {
	DB    *DB
	Model *schema.Model
	State State

	values map[string]any
	// deferred lists attnames not loaded (only()/defer()).
	deferred map[string]bool
	// fieldsCache is _state.fields_cache: related objects by cache name
	// (a forward field's name or a reverse accessor name); a nil entry
	// caches "no related object".
	fieldsCache map[string]*Instance
	annotations map[string]any
	// prefetched is _prefetched_objects_cache: the querysets of related
	// managers filled by prefetch_related(), by cache name.
	prefetched map[string]*QuerySet
	// attrs holds Prefetch(to_attr=...) values when the Hooks keep no
	// attributes of their own.
	attrs map[string]any

	// Host is free for the language binding (its Python object).
	Host any
}

// State is Django's ModelState: Adding until the instance is saved or
// loaded; DB names the database it came from ("default").
type State struct {
	Adding bool
	DB     string
	// FetchMode is _state.fetch_mode (Django 6.1); peers the instances
	// fetched with this one under FETCH_PEERS.
	FetchMode FetchMode
	peers     *peers
}

// Error is an exception Django raises, by class name: "DoesNotExist",
// "MultipleObjectsReturned", "RelatedObjectDoesNotExist" (Model and
// Relation tell whose), "ValueError", "TypeError", "FieldError",
// "IntegrityError", "ProtectedError", "RestrictedError", "DatabaseError",
// "AttributeError", "AssertionError". Msg is Django's message.
type Error struct {
	Class string
	Model *schema.Model // for DoesNotExist and friends: the model whose class it is
	Msg   string
	// Relation is, for RelatedObjectDoesNotExist, the relation whose
	// descriptor raised it: the forward *schema.Field or the reverse
	// one-to-one *schema.Rel (each descriptor has its own class).
	Relation any
	// Objects lists the protected or restricted instances of a
	// ProtectedError or RestrictedError.
	Objects []*Instance
}

func (e *Error) Error() string { return e.Class + ": " + e.Msg }

func errorf(class, format string, args ...any) *Error {
	return &Error{Class: class, Msg: fmt.Sprintf(format, args...)}
}

// newInstance returns a blank instance of m (no values set).
func (db *DB) newInstance(m *schema.Model) *Instance {
	return &Instance{DB: db, Model: m, State: State{Adding: true}, values: map[string]any{}}
}

// NewInstance is Model.__init__(*args, **kwargs): positional args fill the
// concrete fields in order; keyword args name fields (a relation by its
// name takes an instance, by its attname a raw value); other fields get
// their defaults. A keyword that is no field is a TypeError, unless the
// binding handled it (properties).
func (db *DB) NewInstance(m *schema.Model, args []any, kwargs []KV) (*Instance, error) {
	opts := m.Meta
	if opts.Abstract {
		return nil, errorf("TypeError", "Abstract models cannot be instantiated.")
	}
	inst := db.newInstance(m)
	fields := opts.ConcreteFields()
	if len(args) > len(fields) {
		return nil, errorf("IndexError", "Number of args exceeds number of fields")
	}
	kw := map[string]any{}
	var order []string
	for _, a := range kwargs {
		if _, dup := kw[a.Name]; !dup {
			order = append(order, a.Name)
		}
		kw[a.Name] = a.Value
	}
	feats := opts.Features()
	for i, v := range args {
		inst.values[fields[i].Attname] = v
		if _, both := kw[fields[i].Name]; both && feats.ModelInitRefusesBothArgs {
			return nil, errorf("TypeError", "%s() got both positional and keyword arguments for field '%s'.", m.Name, fields[i].Name)
		}
		delete(kw, fields[i].Name)
	}
	for _, f := range fields[len(args):] {
		if f.Generated != nil {
			// Model.__init__ skips generated fields: deferred until
			// the row is saved or loaded.
			if inst.deferred == nil {
				inst.deferred = map[string]bool{}
			}
			inst.deferred[f.Attname] = true
			continue
		}
		if f.Rel != nil {
			if v, ok := kw[f.Name]; ok {
				delete(kw, f.Name)
				if err := inst.SetRelated(f, v); err != nil {
					return nil, err
				}
				continue
			}
		}
		if v, ok := kw[f.Attname]; ok {
			delete(kw, f.Attname)
			inst.values[f.Attname] = v
			continue
		}
		d, err := f.GetDefault()
		if err != nil {
			return nil, err
		}
		inst.values[f.Attname] = d
	}
	// Any remaining keyword names a field by its other name (reporter_id
	// given with reporter): it is set through its descriptor, after the
	// fields, in the order given.
	var unexpected []string
	for _, name := range order {
		v, ok := kw[name]
		if !ok {
			continue
		}
		f := opts.Field(name)
		switch {
		case f == nil && feats.ModelInitListsUnexpectedKwargs:
			unexpected = append(unexpected, "'"+name+"'")
		case f == nil:
			return nil, errorf("TypeError", "%s() got an unexpected keyword argument '%s'", m.Name, name)
		case f.ManyToMany():
			return nil, errorf("TypeError", "Direct assignment to the forward side of a many-to-many set is prohibited. Use %s.set() instead.", name)
		case f.Rel != nil && name == f.Name:
			if err := inst.SetRelated(f, v); err != nil {
				return nil, err
			}
		default:
			inst.SetAttname(f, v)
		}
	}
	if len(unexpected) > 0 {
		return nil, errorf("TypeError", "%s() got unexpected keyword arguments: %s", m.Name, strings.Join(unexpected, ", "))
	}
	return inst, nil
}

// FromDB is Model.from_db: an instance loaded from a row, not adding.
// values are by attname, already converted with Field.FromDB.
func (db *DB) FromDB(m *schema.Model, fields []*schema.Field, values []any) *Instance {
	inst := db.newInstance(m)
	inst.State = State{Adding: false, DB: "default"}
	loaded := map[string]bool{}
	for i, f := range fields {
		inst.values[f.Attname] = values[i]
		loaded[f.Attname] = true
	}
	for _, f := range m.Meta.ConcreteFields() {
		if !loaded[f.Attname] {
			if inst.deferred == nil {
				inst.deferred = map[string]bool{}
			}
			inst.deferred[f.Attname] = true
		}
	}
	return inst
}

// ModelOf is the instance's model (query.ModelInstance).
func (o *Instance) ModelOf() *schema.Model { return o.Model }

// AttValue is the raw value of a field attribute ("reporter_id") or nil
// (query.ModelInstance).
func (o *Instance) AttValue(attname string) any { return o.values[attname] }

// Value returns the value stored under attname and whether it is set.
// Deferred fields are not set; Attr loads them.
func (o *Instance) Value(attname string) (any, bool) {
	v, ok := o.values[attname]
	return v, ok
}

// SetValue stores a raw value under attname, as setattr does for a plain
// field (no conversion: Django keeps what was assigned until save or
// refresh).
func (o *Instance) SetValue(attname string, v any) {
	o.values[attname] = v
	delete(o.deferred, attname)
}

// SetAttname is setattr(obj, f.attname, v) through DeferredAttribute, or
// ForeignKeyDeferredAttribute for a relation's key: a key that changes
// drops the cached related object.
func (o *Instance) SetAttname(f *schema.Field, v any) {
	if f.Rel != nil {
		if old, ok := o.values[f.Attname]; !ok || !pyEqual(old, v) {
			o.DeleteCachedRelated(f.Name)
		}
	}
	o.SetValue(f.Attname, v)
}

// HasAttr reports whether a value (possibly None) is stored for attname.
func (o *Instance) HasAttr(attname string) bool {
	_, ok := o.values[attname]
	return ok
}

// DelValue removes a stored value (del obj.attr). Like a field Django
// does not hold in the instance __dict__, the field is then deferred:
// reading it loads it (refresh_from_db) and save() leaves it out.
func (o *Instance) DelValue(attname string) {
	delete(o.values, attname)
	for _, f := range o.Model.Meta.ConcreteFields() {
		if f.Attname == attname {
			if o.deferred == nil {
				o.deferred = map[string]bool{}
			}
			o.deferred[attname] = true
		}
	}
}

// Deferred reports whether attname was not loaded (only()/defer()).
func (o *Instance) Deferred(attname string) bool { return o.deferred[attname] }

// Attr is a field's value through DeferredAttribute: a deferred field is
// loaded from the database first (refresh_from_db(fields=[name])).
func (o *Instance) Attr(f *schema.Field) (any, error) {
	if v, ok := o.values[f.Attname]; ok {
		return v, nil
	}
	if o.deferred[f.Attname] {
		if o.Pk() == nil {
			// DeferredAttribute.__get__ on an unsaved instance.
			switch {
			case o.DB.Apps.Features.DeferredUnsavedRaises:
				return nil, errorf("AttributeError", "Cannot retrieve deferred field '%s' from an unsaved model.", f.Attname)
			case f.Generated != nil:
				return nil, errorf("AttributeError", "Cannot read a generated field from an unsaved model.")
			}
		}
		switch o.State.FetchMode {
		case FetchRaise:
			return nil, o.fetchBlocked(f.Name)
		case FetchPeers:
			if peers := o.fetchPeers(); peers != nil {
				if err := o.fetchDeferredMany(f, peers); err != nil {
					return nil, err
				}
				return o.values[f.Attname], nil
			}
		}
		if err := o.RefreshFromDB([]string{f.Attname}); err != nil {
			return nil, err
		}
		return o.values[f.Attname], nil
	}
	return nil, errorf("AttributeError", "'%s' object has no attribute '%s'", o.Model.Name, f.Attname)
}

// PkOf is _get_pk_val(meta): the value of meta's primary key on this
// instance (a parent's pk for an ancestor's Options).
func (o *Instance) PkOf(meta *schema.Options) any {
	if meta.CompositePk != nil {
		// A composite pk is set when none of its fields is None
		// (_is_pk_set).
		v := o.CompositePk(meta)
		for _, x := range v {
			if x == nil {
				return nil
			}
		}
		return v
	}
	return o.values[meta.Pk.Attname]
}

// clearPk is setattr(instance, meta.pk.attname, None), as the Collector
// leaves a deleted instance: every field of a composite pk.
func (o *Instance) clearPk(meta *schema.Options) {
	if meta.CompositePk != nil {
		for _, f := range meta.CompositePk.CompositeFields() {
			o.values[f.Attname] = nil
		}
		return
	}
	o.values[meta.Pk.Attname] = nil
}

// CompositePk is the tuple of a composite primary key's values
// (CompositeAttribute.__get__).
func (o *Instance) CompositePk(meta *schema.Options) schema.CompositeValue {
	fields := meta.CompositePk.CompositeFields()
	v := make(schema.CompositeValue, len(fields))
	for i, f := range fields {
		v[i] = o.values[f.Attname]
	}
	return v
}

// Pk is the `pk` property.
func (o *Instance) Pk() any { return o.PkOf(o.Model.Meta) }

// SetPk is Model._set_pk_val: it also sets the target attnames of parent
// links that are not the primary key.
func (o *Instance) SetPk(v any) {
	opts := o.Model.Meta
	if pk := opts.CompositePk; pk != nil {
		// CompositeAttribute.__set__ (its errors are the binding's).
		fields := pk.CompositeFields()
		var vals []any
		switch x := v.(type) {
		case schema.CompositeValue:
			vals = x
		case []any:
			vals = x
		}
		for i, f := range fields {
			var fv any
			if i < len(vals) {
				fv = vals[i]
			}
			o.SetValue(f.Attname, fv)
		}
		return
	}
	for _, p := range opts.Parents {
		if p.Link != nil && p.Link != opts.Pk {
			o.SetValue(p.Link.TargetField().Attname, v)
		}
	}
	o.SetValue(opts.Pk.Attname, v)
}

// DefaultStr is Model.__str__: "Person object (1)" ("None" for no pk).
func (o *Instance) DefaultStr() string {
	return fmt.Sprintf("%s object (%s)", o.Model.Name, schema.Str(o.Pk()))
}

// Equal is Model.__eq__: same concrete model and equal pk; an instance
// without pk equals only itself.
func (o *Instance) Equal(other *Instance) bool {
	if o.Model.Meta.ConcreteModel != other.Model.Meta.ConcreteModel {
		return false
	}
	pk := o.Pk()
	if pk == nil {
		return o == other
	}
	return valuesEqual(pk, other.Pk())
}

// valuesEqual compares two engine values as Python's == would for the
// types fields hold.
func valuesEqual(a, b any) bool {
	switch x := a.(type) {
	case int64:
		switch y := b.(type) {
		case int64:
			return x == y
		case float64:
			return float64(x) == y
		case bool:
			return (x == 1) == y && (x == 0 || x == 1)
		}
	case float64:
		switch y := b.(type) {
		case int64:
			return x == float64(y)
		case float64:
			return x == y
		}
	case []byte:
		y, ok := b.([]byte)
		return ok && string(x) == string(y)
	}
	return fmt.Sprintf("%T:%v", a, a) == fmt.Sprintf("%T:%v", b, b)
}

// CachedRelated returns the cached related object under name (a forward
// field's name or a reverse accessor) and whether there is one.
func (o *Instance) CachedRelated(name string) (*Instance, bool) {
	r, ok := o.fieldsCache[name]
	return r, ok
}

// SetCachedRelated caches rel (nil: "none") under name.
func (o *Instance) SetCachedRelated(name string, rel *Instance) {
	if o.fieldsCache == nil {
		o.fieldsCache = map[string]*Instance{}
	}
	o.fieldsCache[name] = rel
}

// DeleteCachedRelated drops the cache entry for name.
func (o *Instance) DeleteCachedRelated(name string) { delete(o.fieldsCache, name) }

// Repr is repr(obj) through the hooks.
func (o *Instance) Repr() string { return o.DB.Hooks.Repr(o) }

// StrHook may be implemented by Hooks to give str(obj) (a __str__
// override); without it Str is the default "Person object (1)".
type StrHook interface {
	Str(obj *Instance) string
}

// Str is str(obj), for messages that quote it.
func (o *Instance) Str() string {
	if h, ok := o.DB.Hooks.(StrHook); ok {
		return h.Str(o)
	}
	return o.DefaultStr()
}

// Copy returns a shallow copy with its own value map and cache (as
// copy.copy(obj) and Model.__reduce__ give).
func (o *Instance) Copy() *Instance {
	c := *o
	c.values = make(map[string]any, len(o.values))
	for k, v := range o.values {
		c.values[k] = v
	}
	c.fieldsCache = nil
	c.Host = nil
	return &c
}

// RefreshFromDB is Model.refresh_from_db(fields=...): reload the given
// fields (else every loaded field) by pk through the model's base manager,
// then drop cached related objects.
func (o *Instance) RefreshFromDB(fields []string) error { return o.RefreshFrom(nil, fields) }

// RefreshFrom is refresh_from_db(fields=fields, from_queryset=from): the
// row is read through from (nil: the base manager).
func (o *Instance) RefreshFrom(from *QuerySet, fields []string) error {
	if fields == nil {
		o.prefetched = nil
	} else {
		var keep []string
		for _, f := range fields {
			if _, ok := o.prefetched[f]; ok {
				delete(o.prefetched, f)
				continue
			}
			keep = append(keep, f)
		}
		if len(keep) == 0 {
			return nil
		}
		for _, f := range keep {
			if strings.Contains(f, "__") {
				return errorf("ValueError", "Found \"__\" in fields argument. Relations and transforms are not allowed in fields.")
			}
		}
		fields = keep
	}
	opts := o.Model.Meta
	if from == nil {
		from = o.DB.All(o.Model)
	}
	qs, err := from.FilterQ(kwQ([]KV{{"pk", o.Pk()}}), false)
	if err != nil {
		return err
	}
	var only []string
	if fields != nil {
		only = fields
	} else if len(o.deferred) > 0 {
		for _, f := range opts.ConcreteFields() {
			if !o.deferred[f.Attname] {
				only = append(only, f.Attname)
			}
		}
	}
	if only != nil {
		var err error
		if qs, err = qs.Only(only...); err != nil {
			return err
		}
	}
	db, err := qs.Get()
	if err != nil {
		return err
	}
	for _, f := range opts.ConcreteFields() {
		if db.Deferred(f.Attname) {
			continue
		}
		o.values[f.Attname] = db.values[f.Attname]
		delete(o.deferred, f.Attname)
		if f.Rel != nil {
			o.DeleteCachedRelated(f.Name)
		}
	}
	for _, r := range opts.RelatedObjects() {
		o.DeleteCachedRelated(r.AccessorName())
	}
	o.State.DB = db.State.DB
	return nil
}
