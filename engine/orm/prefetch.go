package orm

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Prefetch is django.db.models.Prefetch: a prefetch_related() lookup with
// an optional queryset for the last level and an optional to_attr that
// stores the result in a list attribute instead of the related manager's
// cache.
type Prefetch struct {
	Through  string    // prefetch_through: the path followed
	To       string    // prefetch_to: the path the results are stored at
	QuerySet *QuerySet // nil for the related model's default queryset
	ToAttr   string
}

// NewPrefetch is Prefetch(lookup, queryset=None, to_attr=None).
func NewPrefetch(lookup string, qs *QuerySet, toAttr string) (*Prefetch, error) {
	if qs != nil && qs.Kind != ModelResults {
		return nil, errorf("ValueError", "Prefetch querysets cannot use raw(), values(), and values_list().")
	}
	p := &Prefetch{Through: lookup, To: lookup, QuerySet: qs, ToAttr: toAttr}
	if toAttr != "" {
		parts := strings.Split(lookup, "__")
		p.To = strings.Join(append(parts[:len(parts)-1:len(parts)-1], toAttr), "__")
	}
	return p, nil
}

func (p *Prefetch) addPrefix(prefix string) {
	p.Through = prefix + "__" + p.Through
	p.To = prefix + "__" + p.To
}

// currentTo is get_current_prefetch_to(level).
func (p *Prefetch) currentTo(level int) string {
	parts := strings.Split(p.To, "__")
	return strings.Join(parts[:min(level+1, len(parts))], "__")
}

// currentToAttr is get_current_to_attr(level): the attribute of this
// level, and whether it is the to_attr of the last one.
func (p *Prefetch) currentToAttr(level int) (string, bool) {
	parts := strings.Split(p.To, "__")
	return parts[level], p.ToAttr != "" && level == len(parts)-1
}

// currentQuerySet is get_current_queryset(level).
func (p *Prefetch) currentQuerySet(level int) *QuerySet {
	if p.currentTo(level) == p.To {
		return p.QuerySet
	}
	return nil
}

// PrefetchRelated is prefetch_related(*lookups); no lookups (Django's
// prefetch_related(None)) clears them.
func (qs *QuerySet) PrefetchRelated(clear bool, lookups ...*Prefetch) *QuerySet {
	c := qs.chain()
	if clear {
		c.prefetchLookups = nil
		return c
	}
	c.prefetchLookups = append(append([]*Prefetch(nil), qs.prefetchLookups...), lookups...)
	return c
}

// PrefetchLookups returns the queryset's prefetch_related() lookups.
func (qs *QuerySet) PrefetchLookups() []*Prefetch { return qs.prefetchLookups }

// prefetchIfNeeded is the end of QuerySet._fetch_all: the lookups are
// prefetched for the results, once.
func (qs *QuerySet) prefetchIfNeeded() error {
	if len(qs.prefetchLookups) == 0 || qs.prefetchDone || qs.Kind != ModelResults {
		return nil
	}
	var objs []*Instance
	for _, r := range qs.cache {
		if inst, ok := r.(*Instance); ok {
			objs = append(objs, inst)
		}
	}
	if err := PrefetchRelatedObjects(qs.db, objs, qs.prefetchLookups...); err != nil {
		return err
	}
	qs.prefetchDone = true
	return nil
}

// AttrHooks is implemented by Hooks that can hold attributes other than
// fields on instances, for Prefetch(to_attr=...). Without it the values are
// kept on the Instance (PrefetchedAttr).
type AttrHooks interface {
	// SetAttr stores v (*Instance, nil, or []*Instance) as obj.name.
	SetAttr(obj *Instance, name string, v any) error
	// HasAttr is hasattr(obj, name).
	HasAttr(obj *Instance, name string) bool
}

func (db *DB) setAttr(obj *Instance, name string, v any) error {
	if h, ok := db.Hooks.(AttrHooks); ok {
		return h.SetAttr(obj, name, v)
	}
	if obj.attrs == nil {
		obj.attrs = map[string]any{}
	}
	obj.attrs[name] = v
	return nil
}

func (db *DB) hasAttr(obj *Instance, name string) bool {
	if h, ok := db.Hooks.(AttrHooks); ok {
		return h.HasAttr(obj, name)
	}
	_, ok := obj.attrs[name]
	return ok
}

// PrefetchedAttr returns a to_attr value kept on the instance.
func (o *Instance) PrefetchedAttr(name string) (any, bool) {
	v, ok := o.attrs[name]
	return v, ok
}

// Prefetched returns the related manager queryset prefetched under
// cacheName (_prefetched_objects_cache).
func (o *Instance) Prefetched(cacheName string) (*QuerySet, bool) {
	qs, ok := o.prefetched[cacheName]
	return qs, ok
}

func (o *Instance) removePrefetched(cacheName string) { delete(o.prefetched, cacheName) }

// PrefetchRelatedObjects is prefetch_related_objects(instances, *lookups):
// for each lookup, level by level, one query per relation fills the
// related object caches (forward and reverse one-to-one), the related
// managers' querysets (reverse foreign keys, many-to-many) or a to_attr.
func PrefetchRelatedObjects(db *DB, instances []*Instance, lookups ...*Prefetch) error {
	if len(instances) == 0 {
		return nil
	}
	doneQueries := map[string][]*Instance{}
	autoLookups := map[string]bool{}
	followed := map[any]bool{}
	// all_lookups is used as a stack: reversed, then popped from the end.
	var all []*Prefetch
	for i := len(lookups) - 1; i >= 0; i-- {
		c := *lookups[i]
		all = append(all, &c)
	}
	for len(all) > 0 {
		lookup := all[len(all)-1]
		all = all[:len(all)-1]
		if _, done := doneQueries[lookup.To]; done {
			if lookup.QuerySet != nil {
				return errorf("ValueError", "'%s' lookup was already seen with a different queryset. You may need to adjust the ordering of your lookups.", lookup.To)
			}
			continue
		}
		objList := instances
		throughAttrs := strings.Split(lookup.Through, "__")
		for level, throughAttr := range throughAttrs {
			if len(objList) == 0 {
				break
			}
			prefetchTo := lookup.currentTo(level)
			if done, ok := doneQueries[prefetchTo]; ok {
				objList = done
				continue
			}
			first := objList[0]
			toAttr, _ := lookup.currentToAttr(level)
			if f, _, _ := first.Model.Meta.GetField(throughAttr); f != nil && f.ForeignObject() {
				return errorf("NotImplementedError", "prefetch_related() of the ForeignObject %s is not supported by ormfiddle yet: use select_related('%s')", throughAttr, throughAttr)
			}
			pf, descriptor, found, isFetched := getPrefetcher(db, first, throughAttr, toAttr)
			if !found {
				return errorf("AttributeError", "Cannot find '%s' on %s object, '%s' is an invalid parameter to prefetch_related()", throughAttr, first.Model.Name, lookup.Through)
			}
			if level == len(throughAttrs)-1 && pf == nil {
				return errorf("ValueError", "'%s' does not resolve to an item that supports prefetching - this is an invalid parameter to prefetch_related().", lookup.Through)
			}
			var toFetch []*Instance
			if pf != nil {
				for _, o := range objList {
					if !isFetched(o) {
						toFetch = append(toFetch, o)
					}
				}
			}
			if len(toFetch) > 0 {
				got, additional, err := prefetchOneLevel(db, toFetch, pf, lookup, level)
				if err != nil {
					return err
				}
				objList = got
				if !(doneQueries[prefetchTo] != nil && autoLookups[lookup.To] && followed[descriptor]) {
					doneQueries[prefetchTo] = objList
					for i := len(additional) - 1; i >= 0; i-- {
						c := *additional[i]
						c.addPrefix(prefetchTo)
						autoLookups[c.To] = true
						all = append(all, &c)
					}
				}
				followed[descriptor] = true
				continue
			}
			// Already fetched (or not prefetchable): follow the cached
			// objects to the next level.
			var next []*Instance
			for _, o := range objList {
				if qs, ok := o.prefetched[throughAttr]; ok {
					objs, err := qs.Instances()
					if err != nil {
						return err
					}
					next = append(next, objs...)
					continue
				}
				rel, err := followAttr(db, o, throughAttr)
				if err != nil {
					if e, ok := err.(*Error); ok && (e.Class == "DoesNotExist" || e.Class == "RelatedObjectDoesNotExist") {
						continue
					}
					return err
				}
				next = append(next, rel...)
			}
			objList = next
		}
	}
	return nil
}

// followAttr is getattr(obj, name) for a relation already loaded: the
// related object(s), without a query when cached.
func followAttr(db *DB, o *Instance, name string) ([]*Instance, error) {
	opts := o.Model.Meta
	if f := opts.Field(name); f != nil && f.Rel != nil && !f.ManyToMany() && f.Name == name {
		rel, err := o.GetRelated(f)
		if err != nil || rel == nil {
			return nil, err
		}
		return []*Instance{rel}, nil
	}
	for _, r := range opts.RelatedObjects() {
		if r.AccessorName() == name && r.Field.OneToOne() {
			rel, err := o.GetReverseOne(r)
			if err != nil {
				return nil, err
			}
			return []*Instance{rel}, nil
		}
	}
	if v, ok := o.attrs[name]; ok {
		switch x := v.(type) {
		case *Instance:
			return []*Instance{x}, nil
		case []*Instance:
			return x, nil
		}
	}
	return nil, nil
}

// prefetcher is what get_prefetcher finds: a forward or reverse
// one-to-one descriptor, or a related manager, with get_prefetch_queryset.
type prefetcher interface {
	// prefetchQuerySet is get_prefetch_queryset(instances, queryset).
	prefetchQuerySet(db *DB, instances []*Instance, qs *QuerySet) (*prefetchQuery, error)
}

// prefetchQuery is get_prefetch_queryset's tuple.
type prefetchQuery struct {
	qs           *QuerySet
	relObjAttr   func(*Instance) any
	instanceAttr func(*Instance) any
	single       bool
	cacheName    string
	// managerQS builds the related manager's queryset for obj (the
	// manager's get_queryset(), or _apply_rel_filters(custom)).
	managerQS func(obj *Instance, custom *QuerySet) (*QuerySet, error)
}

// getPrefetcher is get_prefetcher(instance, through_attr, to_attr): the
// prefetcher (nil when the attribute is no relation), an identity for the
// descriptor, whether the attribute exists, and is_fetched.
func getPrefetcher(db *DB, o *Instance, throughAttr, toAttr string) (prefetcher, any, bool, func(*Instance) bool) {
	opts := o.Model.Meta
	hasToAttr := func(obj *Instance) bool { return db.hasAttr(obj, toAttr) }
	for _, f := range opts.AllForwardFields() {
		if f.Name != throughAttr || f.Rel == nil {
			continue
		}
		if f.ManyToMany() {
			fetched := hasToAttr
			if throughAttr == toAttr {
				fetched = func(obj *Instance) bool { _, ok := obj.prefetched[throughAttr]; return ok }
			}
			return &manyPrefetcher{field: f}, f, true, fetched
		}
		return &forwardPrefetcher{field: f}, f, true, func(obj *Instance) bool {
			_, ok := obj.CachedRelated(f.Name)
			return ok
		}
	}
	for _, r := range opts.RelatedObjects() {
		if r.AccessorName() != throughAttr {
			continue
		}
		if r.Field.OneToOne() {
			return &reverseOnePrefetcher{rel: r}, r, true, func(obj *Instance) bool {
				_, ok := obj.CachedRelated(r.AccessorName())
				return ok
			}
		}
		fetched := hasToAttr
		if throughAttr == toAttr {
			fetched = func(obj *Instance) bool { _, ok := obj.prefetched[throughAttr]; return ok }
		}
		if r.Field.ManyToMany() {
			return &manyPrefetcher{field: r.Field, reverse: true}, r, true, fetched
		}
		return &reverseManyPrefetcher{field: r.Field}, r, true, fetched
	}
	if f := opts.Field(throughAttr); f != nil {
		// A plain field: found, but nothing to prefetch.
		return nil, f, true, hasToAttr
	}
	return nil, nil, db.hasAttr(o, throughAttr), hasToAttr
}

// prefetchOneLevel is prefetch_one_level: run the prefetcher's query and
// put the related objects where the lookup says.
func prefetchOneLevel(db *DB, instances []*Instance, pf prefetcher, lookup *Prefetch, level int) ([]*Instance, []*Prefetch, error) {
	pq, err := pf.prefetchQuerySet(db, instances, lookup.currentQuerySet(level))
	if err != nil {
		return nil, nil, err
	}
	// Lookups of the prefetch queryset itself are merged into this work.
	var additional []*Prefetch
	for _, l := range pq.qs.prefetchLookups {
		c := *l
		additional = append(additional, &c)
	}
	pq.qs.prefetchLookups = nil
	all, err := pq.qs.Instances()
	if err != nil {
		return nil, nil, err
	}
	type bucket struct {
		key  any
		objs []*Instance
	}
	var buckets []*bucket
	find := func(key any) *bucket {
		for _, b := range buckets {
			if pyEqual(b.key, key) {
				return b
			}
		}
		return nil
	}
	for _, r := range all {
		key := pq.relObjAttr(r)
		b := find(key)
		if b == nil {
			b = &bucket{key: key}
			buckets = append(buckets, b)
		}
		b.objs = append(b.objs, r)
	}
	toAttr, asAttr := lookup.currentToAttr(level)
	if asAttr && len(instances) > 0 {
		if _, _, err := instances[0].Model.Meta.GetField(toAttr); err == nil {
			return nil, nil, errorf("ValueError", "to_attr=%s conflicts with a field on the %s model.", toAttr, instances[0].Model.Name)
		}
	}
	leaf := len(strings.Split(lookup.Through, "__"))-1 == level
	for _, obj := range instances {
		var vals []*Instance
		if b := find(pq.instanceAttr(obj)); b != nil {
			vals = b.objs
		}
		if pq.single {
			var val *Instance
			if len(vals) > 0 {
				val = vals[0]
			}
			if asAttr {
				if err := db.setAttr(obj, toAttr, val); err != nil {
					return nil, nil, err
				}
			} else {
				obj.SetCachedRelated(pq.cacheName, val)
			}
			continue
		}
		if asAttr {
			if err := db.setAttr(obj, toAttr, append([]*Instance{}, vals...)); err != nil {
				return nil, nil, err
			}
			continue
		}
		var custom *QuerySet
		if leaf {
			custom = lookup.QuerySet
		}
		qs, err := pq.managerQS(obj, custom)
		if err != nil {
			return nil, nil, err
		}
		cache := make([]any, len(vals))
		for i, v := range vals {
			cache[i] = v
		}
		qs.cache, qs.fetched, qs.prefetchDone = cache, true, true
		if obj.prefetched == nil {
			obj.prefetched = map[string]*QuerySet{}
		}
		obj.prefetched[pq.cacheName] = qs
	}
	return all, additional, nil
}

// forwardPrefetcher is ForwardManyToOneDescriptor.get_prefetch_queryset
// (article.reporter): the related rows by the set of key values.
type forwardPrefetcher struct{ field *schema.Field }

func (p *forwardPrefetcher) prefetchQuerySet(db *DB, instances []*Instance, qs *QuerySet) (*prefetchQuery, error) {
	f := p.field
	if qs == nil {
		qs = db.All(f.Rel.Model).withFetchMode(instances[0].State.FetchMode)
	}
	target := f.TargetField()
	instanceAttr := func(o *Instance) any { return o.values[f.Attname] }
	relObjAttr := func(o *Instance) any { return o.values[target.Attname] }
	if f.Rel.Model.Meta.Features().PrefetchForwardTupleIn {
		// TupleIn(ColPairs(related fields), list(instances_dict)), then
		// clear_ordering().
		var tuples [][]any
		seen := newPySet()
		for _, o := range instances {
			v := instanceAttr(o)
			if !seen.has(v) {
				seen.add(v)
				tuples = append(tuples, []any{v})
			}
		}
		qs = qs.chain()
		qs.Query.AddTupleIn([]*schema.Field{target}, tuples)
		qs.Query.ClearOrdering(false, true)
	} else {
		vals := newPySet()
		for _, o := range instances {
			vals.add(instanceAttr(o))
		}
		var err error
		qs, err = qs.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: target.Name + "__in", Value: vals.items()}}), false)
		if err != nil {
			return nil, err
		}
	}
	if !f.Rel.Multiple {
		rels, err := qs.Instances()
		if err != nil {
			return nil, err
		}
		for _, r := range rels {
			var inst *Instance
			for _, o := range instances {
				if pyEqual(instanceAttr(o), relObjAttr(r)) {
					inst = o
				}
			}
			r.SetCachedRelated(f.Rel.AccessorName(), inst)
		}
	}
	return &prefetchQuery{qs: qs, relObjAttr: relObjAttr, instanceAttr: instanceAttr, single: true, cacheName: f.Name}, nil
}

// reverseOnePrefetcher is ReverseOneToOneDescriptor.get_prefetch_queryset
// (place.restaurant).
type reverseOnePrefetcher struct{ rel *schema.Rel }

func (p *reverseOnePrefetcher) prefetchQuerySet(db *DB, instances []*Instance, qs *QuerySet) (*prefetchQuery, error) {
	f := p.rel.Field
	if qs == nil {
		qs = db.All(f.Model).withFetchMode(instances[0].State.FetchMode)
	}
	target := f.TargetField()
	relObjAttr := func(o *Instance) any { return o.values[f.Attname] }
	instanceAttr := func(o *Instance) any { return o.values[target.Attname] }
	objs := make([]any, len(instances))
	for i, o := range instances {
		objs[i] = o
	}
	qs, err := qs.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: f.Name + "__in", Value: objs}}), false)
	if err != nil {
		return nil, err
	}
	rels, err := qs.Instances()
	if err != nil {
		return nil, err
	}
	for _, r := range rels {
		var inst *Instance
		for _, o := range instances {
			if pyEqual(instanceAttr(o), relObjAttr(r)) {
				inst = o
			}
		}
		r.SetCachedRelated(f.Name, inst)
	}
	return &prefetchQuery{qs: qs, relObjAttr: relObjAttr, instanceAttr: instanceAttr, single: true, cacheName: p.rel.AccessorName()}, nil
}

// reverseManyPrefetcher is RelatedManager.get_prefetch_queryset
// (reporter.article_set): the related rows of all the instances, each
// given its instance as the related object.
type reverseManyPrefetcher struct{ field *schema.Field }

func (p *reverseManyPrefetcher) prefetchQuerySet(db *DB, instances []*Instance, qs *QuerySet) (*prefetchQuery, error) {
	f := p.field
	if qs == nil {
		base, err := db.Hooks.BaseQuerySet(f.Model)
		if err != nil {
			return nil, err
		}
		qs = base
	}
	target := f.TargetField()
	relObjAttr := func(o *Instance) any { return o.values[f.Attname] }
	instanceAttr := func(o *Instance) any { return o.values[target.Attname] }
	objs := make([]any, len(instances))
	for i, o := range instances {
		objs[i] = o
	}
	qs, err := qs.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: f.Name + "__in", Value: objs}}), false)
	if err != nil {
		return nil, err
	}
	rels, err := qs.Instances()
	if err != nil {
		return nil, err
	}
	for _, r := range rels {
		var inst *Instance
		for _, o := range instances {
			if pyEqual(instanceAttr(o), relObjAttr(r)) {
				inst = o
			}
		}
		if inst != nil {
			if err := r.SetRelated(f, inst); err != nil {
				return nil, err
			}
		}
	}
	managerQS := func(obj *Instance, custom *QuerySet) (*QuerySet, error) {
		m := &RelatedManager{Instance: obj, Field: f}
		if custom != nil {
			return m.ApplyFilters(custom.chain())
		}
		return m.QuerySet()
	}
	return &prefetchQuery{qs: qs, relObjAttr: relObjAttr, instanceAttr: instanceAttr, cacheName: f.Rel.AccessorName(), managerQS: managerQS}, nil
}

// manyPrefetcher is ManyRelatedManager.get_prefetch_queryset: the related
// rows joined to the through table, whose source column comes along as
// _prefetch_related_val_<attname> to tell which instance each row is for.
type manyPrefetcher struct {
	field   *schema.Field
	reverse bool
}

func (p *manyPrefetcher) prefetchQuerySet(db *DB, instances []*Instance, qs *QuerySet) (*prefetchQuery, error) {
	m, err := NewManyRelatedManager(instances[0], p.field, p.reverse)
	if err != nil {
		return nil, err
	}
	if qs == nil {
		base, err := db.Hooks.BaseQuerySet(m.model)
		if err != nil {
			return nil, err
		}
		qs = base
	}
	objs := make([]any, len(instances))
	for i, o := range instances {
		objs[i] = o
	}
	qs, err = qs.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: m.queryFieldName + "__in", Value: objs}}), false)
	if err != nil {
		return nil, err
	}
	fk := m.sourceField
	alias := "_prefetch_related_val_" + fk.Attname
	qs.Query.ExtraSelect = append(qs.Query.ExtraSelect, query.ExtraCol{
		SQL:   fmt.Sprintf("(%s.%s)", schema.QuoteName(fk.Model.Meta.DBTable), schema.QuoteName(fk.Column)),
		Alias: alias,
	})
	target := fk.TargetField()
	relObjAttr := func(o *Instance) any { return o.annotations[alias] }
	instanceAttr := func(o *Instance) any {
		v, _ := target.DBPrepValue(o.values[target.Attname])
		return v
	}
	cacheName := p.field.Name
	if p.reverse {
		cacheName = p.field.RelatedQueryName()
	}
	managerQS := func(obj *Instance, custom *QuerySet) (*QuerySet, error) {
		om, err := NewManyRelatedManager(obj, p.field, p.reverse)
		if err != nil {
			return nil, err
		}
		if custom != nil {
			return om.ApplyFilters(custom.chain())
		}
		return om.QuerySet()
	}
	return &prefetchQuery{qs: qs, relObjAttr: relObjAttr, instanceAttr: instanceAttr, cacheName: cacheName, managerQS: managerQS}, nil
}
