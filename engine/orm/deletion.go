package orm

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// LabelCount is one entry of delete()'s per-model counts: {'myapp.Person': 1}.
type LabelCount struct {
	Label string
	Count int64
}

// Delete is Model.delete(): collect this instance, its parents (unless
// keepParents) and what cascades from them, and delete in Django's order.
func (o *Instance) Delete(keepParents bool) (int64, []LabelCount, error) {
	if o.Pk() == nil {
		class := "AssertionError"
		if o.Model.Meta.Features().AssertsAreExceptions {
			class = "ValueError"
		}
		return 0, nil, errorf(class, "%s object can't be deleted because its %s attribute is set to None.", o.Model.Meta.ObjectName, o.Model.Meta.Pk.Attname)
	}
	c := newCollector(o.DB)
	if err := c.collect([]*Instance{o}, nil, false, true, false, keepParents, true); err != nil {
		return 0, nil, err
	}
	return c.delete()
}

// collector is django.db.models.deletion.Collector. Its sets are CPython
// sets (pySet) because Django turns them into SQL in their iteration
// order (the pks of a field update, of a restricted-objects check).
type collector struct {
	db *DB
	// order lists data's keys in insertion order; data holds the
	// instances to delete by model (a set until delete() sorts them).
	order  []*schema.Model
	data   map[*schema.Model]*pySet
	sorted map[*schema.Model][]*Instance
	// fieldUpdates is {model: {(field, value): {instances}}}, in
	// insertion order.
	fieldUpdates []*modelFieldUpdates
	// restricted is {model: {field: {instances}}} (RESTRICT), in
	// insertion order.
	restricted []*modelRestricted
	// fastDeletes are querysets deleted without fetching their objects.
	fastDeletes []*QuerySet
	// dependencies is {concrete model: {concrete models deleted first}}.
	dependencies map[*schema.Model]map[*schema.Model]bool
}

type modelFieldUpdates struct {
	model   *schema.Model
	updates []*fieldUpdate
}

type fieldUpdate struct {
	field *schema.Field
	value any
	objs  *pySet
	// lazy are the unevaluated querysets of SET_NULL and SET(value)
	// (lazy_sub_objs), updated in one UPDATE ... WHERE a OR b.
	lazy []*QuerySet
}

type modelRestricted struct {
	model  *schema.Model
	fields []*restrictedField
}

type restrictedField struct {
	field *schema.Field
	objs  *pySet
}

func newCollector(db *DB) *collector {
	return &collector{
		db:           db,
		data:         map[*schema.Model]*pySet{},
		dependencies: map[*schema.Model]map[*schema.Model]bool{},
	}
}

// instances returns data[m], creating it (defaultdict(set)).
func (c *collector) instances(m *schema.Model) *pySet {
	if s, ok := c.data[m]; ok {
		return s
	}
	s := newPySet()
	c.data[m] = s
	c.order = append(c.order, m)
	return s
}

// add is Collector.add: record objs (of one model) and return the new ones.
func (c *collector) add(objs []*Instance, source *schema.Model, nullable, reverseDependency bool) []*Instance {
	if len(objs) == 0 {
		return nil
	}
	model := objs[0].Model
	instances := c.instances(model)
	var fresh []*Instance
	for _, o := range objs {
		if !instances.has(o) {
			fresh = append(fresh, o)
		}
	}
	for _, o := range fresh {
		instances.add(o)
	}
	// Nullable relationships can be ignored: they are nulled out before
	// deleting, so they do not affect the order.
	if source != nil && !nullable {
		c.addDependency(source, model, reverseDependency)
	}
	return fresh
}

// addDependency is Collector.add_dependency: model must be deleted after
// dependency (the other way round with reverse).
func (c *collector) addDependency(model, dependency *schema.Model, reverse bool) {
	if reverse {
		model, dependency = dependency, model
	}
	cm := model.Meta.ConcreteModel
	if c.dependencies[cm] == nil {
		c.dependencies[cm] = map[*schema.Model]bool{}
	}
	c.dependencies[cm][dependency.Meta.ConcreteModel] = true
	c.instances(dependency)
}

// addFieldUpdate is Collector.add_field_update: objs or, with lazy, the
// queryset of the related objects, not evaluated (Django 4.2).
func (c *collector) addFieldUpdate(field *schema.Field, value any, objs []*Instance, lazy *QuerySet) {
	if len(objs) == 0 && lazy == nil {
		return
	}
	// Django 3.2 keys the updates by model, then (field, value); later
	// versions by (field, value) alone.
	var model *schema.Model
	if !c.db.Apps.Features.CollectorLazySetNull {
		model = objs[0].Model
	}
	var mu *modelFieldUpdates
	for _, x := range c.fieldUpdates {
		if x.model == model {
			mu = x
		}
	}
	if mu == nil {
		mu = &modelFieldUpdates{model: model}
		c.fieldUpdates = append(c.fieldUpdates, mu)
	}
	var fu *fieldUpdate
	for _, x := range mu.updates {
		if x.field == field && pyEqual(x.value, value) {
			fu = x
		}
	}
	if fu == nil {
		fu = &fieldUpdate{field: field, value: value, objs: newPySet()}
		mu.updates = append(mu.updates, fu)
	}
	if lazy != nil {
		fu.lazy = append(fu.lazy, lazy)
	}
	for _, o := range objs {
		fu.objs.add(o)
	}
}

// restrictedOf returns restricted_objects[model] and whether it exists.
func (c *collector) restrictedOf(model *schema.Model) (*modelRestricted, bool) {
	for _, x := range c.restricted {
		if x.model == model {
			return x, true
		}
	}
	return nil, false
}

// addRestrictedObjects is Collector.add_restricted_objects.
func (c *collector) addRestrictedObjects(field *schema.Field, objs []*Instance) {
	if len(objs) == 0 {
		return
	}
	model := objs[0].Model
	mr, ok := c.restrictedOf(model)
	if !ok {
		mr = &modelRestricted{model: model}
		c.restricted = append(c.restricted, mr)
	}
	var rf *restrictedField
	for _, x := range mr.fields {
		if x.field == field {
			rf = x
		}
	}
	if rf == nil {
		rf = &restrictedField{field: field, objs: newPySet()}
		mr.fields = append(mr.fields, rf)
	}
	for _, o := range objs {
		rf.objs.add(o)
	}
}

// clearRestrictedFromSet is clear_restricted_objects_from_set: restricted
// objects that are deleted anyway are no longer a reason to fail.
func (c *collector) clearRestrictedFromSet(model *schema.Model, objs *pySet) {
	if mr, ok := c.restrictedOf(model); ok {
		for _, rf := range mr.fields {
			rf.objs = rf.objs.differenceSet(objs)
		}
	}
}

// clearRestrictedFromQuerySet is clear_restricted_objects_from_queryset:
// the restricted objects a fast-delete queryset covers, found with a
// SELECT on it.
func (c *collector) clearRestrictedFromQuerySet(model *schema.Model, qs *QuerySet) error {
	mr, ok := c.restrictedOf(model)
	if !ok {
		return nil
	}
	var pks []any
	for _, rf := range mr.fields {
		for _, o := range rf.objs.instances() {
			pks = append(pks, o.Pk())
		}
	}
	f, err := qs.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: "pk__in", Value: pks}}), false)
	if err != nil {
		return err
	}
	found, err := f.Instances()
	if err != nil {
		return err
	}
	objs := newPySet()
	for _, o := range found {
		objs.add(o)
	}
	c.clearRestrictedFromSet(model, objs)
	return nil
}

// candidateRelations is get_candidate_relations_to_delete: the reverse
// sides of foreign keys and one-to-ones pointing at the model (hidden
// ones included).
func candidateRelations(opts *schema.Options) []*schema.Rel {
	var out []*schema.Rel
	for _, r := range opts.RelatedObjectsAll() {
		if !r.Field.ManyToMany() {
			out = append(out, r)
		}
	}
	return out
}

// canFastDelete is Collector.can_fast_delete for a model reached through
// fromField (nil for the objects being deleted themselves): no cascades
// from it and no parents other than fromField.
func (c *collector) canFastDelete(model *schema.Model, fromField *schema.Field) bool {
	if fromField != nil && fromField.Rel.OnDelete != schema.Cascade {
		return false
	}
	if c.db.hasDeleteListeners(model) {
		return false
	}
	for _, p := range model.Meta.ConcreteModel.Meta.Parents {
		if p.Link != fromField {
			return false
		}
	}
	for _, r := range candidateRelations(model.Meta) {
		if !r.OnDelete.SkipsCollection() {
			return false
		}
	}
	return true
}

// collectQuerySet is Collector.collect(queryset): a queryset that can be
// fast-deleted is kept as it is, else its objects are collected.
func (c *collector) collectQuerySet(qs *QuerySet) error {
	if c.canFastDelete(qs.Model, nil) {
		c.fastDeletes = append(c.fastDeletes, qs)
		return nil
	}
	objs, err := qs.Instances()
	if err != nil {
		return err
	}
	return c.collect(objs, nil, false, true, false, false, true)
}

// delBatches is get_del_batches: SQLite's bulk_batch_size is 500 objects
// for one field, 999 parameters split between several.
func delBatches(objs []*Instance, nfields int) [][]*Instance {
	size := len(objs)
	if nfields == 1 {
		size = 500
	} else if nfields > 1 {
		size = 999 / nfields
	}
	size = max(size, 1)
	if len(objs) <= size {
		return [][]*Instance{objs}
	}
	var out [][]*Instance
	for i := 0; i < len(objs); i += size {
		out = append(out, objs[i:min(i+size, len(objs))])
	}
	return out
}

// collect is Collector.collect for instances of one model: add them, their
// multi-table parents (unless keepParents), and, with collectRelated, what
// their reverse relations' on_delete asks for. failOnRestricted raises
// RestrictedError for RESTRICT objects no cascade deletes anyway (only the
// top-level call checks, once everything is collected).
func (c *collector) collect(objs []*Instance, source *schema.Model, nullable, collectRelated, reverseDependency, keepParents, failOnRestricted bool) error {
	fresh := c.add(objs, source, nullable, reverseDependency)
	if len(fresh) == 0 {
		return nil
	}
	model := fresh[0].Model
	if !keepParents {
		// Recursively collect the concrete model's parents, but not
		// their related objects: get_fields() finds those.
		for _, p := range model.Meta.ConcreteModel.Meta.Parents {
			if p.Link == nil {
				continue
			}
			var parents []*Instance
			for _, o := range fresh {
				po, err := o.GetRelated(p.Link)
				if err != nil {
					return err
				}
				parents = append(parents, po)
			}
			if err := c.collect(parents, model, false, false, true, false, false); err != nil {
				return err
			}
		}
	}
	if !collectRelated {
		return nil
	}
	var parentSet []*schema.Model
	if keepParents {
		parentSet = model.Meta.ParentList()
	}
	type fast struct {
		model  *schema.Model
		fields []*schema.Field
	}
	var modelFast []*fast
	var protectedKeys []string
	protected := map[string][]*Instance{}
	for _, r := range candidateRelations(model.Meta) {
		// Preserve parent reverse relationships with keep_parents.
		if keepParents && containsModel(parentSet, r.Model) {
			continue
		}
		field := r.Field
		if r.OnDelete.SkipsCollection() {
			// DO_NOTHING, and the database-level variants whose ON
			// DELETE clause does the work (Django 6.1).
			continue
		}
		related := field.Model
		if c.canFastDelete(related, field) {
			var f *fast
			for _, x := range modelFast {
				if x.model == related {
					f = x
				}
			}
			if f == nil {
				f = &fast{model: related}
				modelFast = append(modelFast, f)
			}
			f.fields = append(f.fields, field)
			continue
		}
		for _, batch := range delBatches(fresh, 1) {
			sub, err := c.relatedObjects(related, []*schema.Field{field}, batch)
			if err != nil {
				return err
			}
			// Fields nothing references are deferred: the objects are
			// never shown to the user.
			var refs []string
			for _, rr := range candidateRelations(related.Meta) {
				name := rr.Field.TargetField().Attname
				if !containsName(refs, name) {
					refs = append(refs, name)
				}
			}
			if len(refs) > 0 && !c.db.hasDeleteListeners(related) {
				if sub, err = sub.Only(refs...); err != nil {
					return err
				}
			}
			if c.lazySubObjs(field) {
				var value any
				if field.Rel.OnDelete == schema.SetValue {
					value = field.Rel.OnDeleteValue
				}
				c.addFieldUpdate(field, value, nil, sub)
				continue
			}
			subObjs, err := sub.Instances()
			if err != nil {
				return err
			}
			if len(subObjs) == 0 {
				continue
			}
			if err := c.onDelete(field, subObjs); err != nil {
				if pe, ok := err.(*Error); ok && pe.Class == "ProtectedError" {
					key := fmt.Sprintf("'%s.%s'", field.Model.Name, field.Name)
					if _, seen := protected[key]; !seen {
						protectedKeys = append(protectedKeys, key)
					}
					protected[key] = append(protected[key], pe.Objects...)
					continue
				}
				return err
			}
		}
	}
	if len(protectedKeys) > 0 {
		var all []*Instance
		for _, k := range protectedKeys {
			all = append(all, protected[k]...)
		}
		return &Error{Class: "ProtectedError", Model: model, Objects: InstanceSetOrder(all),
			Msg: fmt.Sprintf("Cannot delete some instances of model '%s' because they are referenced through protected foreign keys: %s.", model.Name, strings.Join(protectedKeys, ", "))}
	}
	for _, f := range modelFast {
		for _, batch := range delBatches(fresh, len(f.fields)) {
			sub, err := c.relatedObjects(f.model, f.fields, batch)
			if err != nil {
				return err
			}
			c.fastDeletes = append(c.fastDeletes, sub)
		}
	}
	if failOnRestricted {
		return c.checkRestricted(model)
	}
	return nil
}

func containsModel(list []*schema.Model, m *schema.Model) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
}

// onDelete applies the field's on_delete to the related objects (the
// functions CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, SET(...)).
func (c *collector) onDelete(field *schema.Field, sub []*Instance) error {
	switch field.Rel.OnDelete {
	case schema.Cascade:
		return c.collect(sub, field.Rel.Model, field.Null, true, false, false, false)
	case schema.Protect:
		return &Error{Class: "ProtectedError", Objects: sub,
			Msg: fmt.Sprintf("Cannot delete some instances of model '%s' because they are referenced through a protected foreign key: '%s.%s'", field.Rel.Model.Name, sub[0].Model.Name, field.Name)}
	case schema.Restrict:
		c.addRestrictedObjects(field, sub)
		c.addDependency(field.Rel.Model, field.Model, false)
	case schema.SetNull:
		c.addFieldUpdate(field, nil, sub, nil)
	case schema.SetDefault:
		d, err := field.GetDefault()
		if err != nil {
			return err
		}
		c.addFieldUpdate(field, d, sub, nil)
	case schema.SetValue:
		v := field.Rel.OnDeleteValue
		if fn, ok := v.(schema.DefaultFunc); ok {
			var err error
			if v, err = fn(); err != nil {
				return err
			}
		}
		c.addFieldUpdate(field, v, sub, nil)
	}
	return nil
}

// lazySubObjs is on_delete.lazy_sub_objs: SET_NULL and SET(value) with a
// value that is not callable take the related objects' queryset without
// fetching it (features.CollectorLazySetNull).
func (c *collector) lazySubObjs(field *schema.Field) bool {
	if !c.db.Apps.Features.CollectorLazySetNull {
		return false
	}
	switch field.Rel.OnDelete {
	case schema.SetNull:
		return true
	case schema.SetValue:
		_, callable := field.Rel.OnDeleteValue.(schema.DefaultFunc)
		return !callable
	}
	return false
}

// checkRestricted is the end of a top-level collect: restricted objects
// that are collected, or covered by a fast delete, are cleared; any left
// make a RestrictedError.
func (c *collector) checkRestricted(model *schema.Model) error {
	for _, m := range c.order {
		c.clearRestrictedFromSet(m, c.data[m])
	}
	for _, qs := range c.fastDeletes {
		if err := c.clearRestrictedFromQuerySet(qs.Model, qs); err != nil {
			return err
		}
	}
	var keys []string
	var all []*Instance
	for _, mr := range c.restricted {
		for _, rf := range mr.fields {
			if rf.objs.len() > 0 {
				keys = append(keys, fmt.Sprintf("'%s.%s'", mr.model.Name, rf.field.Name))
				all = append(all, rf.objs.instances()...)
			}
		}
	}
	if len(keys) > 0 {
		return &Error{Class: "RestrictedError", Model: model, Objects: InstanceSetOrder(all),
			Msg: fmt.Sprintf("Cannot delete some instances of model '%s' because they are referenced through restricted foreign keys: %s.", model.Name, strings.Join(keys, ", "))}
	}
	return nil
}

// relatedObjects is Collector.related_objects: the related model's rows
// pointing at objs through any of fields.
func (c *collector) relatedObjects(related *schema.Model, fields []*schema.Field, objs []*Instance) (*QuerySet, error) {
	var pred *query.Q
	vals := make([]any, len(objs))
	for i, o := range objs {
		vals[i] = o
	}
	for _, f := range fields {
		q := query.NewQ(nil, []query.Filter{{Lookup: f.Name + "__in", Value: vals}})
		if pred == nil {
			pred = q
		} else {
			pred = pred.Combine(q, query.OR)
		}
	}
	return c.db.All(related).FilterQ(pred, false)
}

// sort is Collector.sort: models whose dependencies are deleted go first.
func (c *collector) sort() {
	var sorted []*schema.Model
	concrete := map[*schema.Model]bool{}
	for len(sorted) < len(c.order) {
		found := false
		for _, m := range c.order {
			if containsModel(sorted, m) {
				continue
			}
			ok := true
			for d := range c.dependencies[m.Meta.ConcreteModel] {
				if !concrete[d] {
					ok = false
				}
			}
			if ok {
				sorted = append(sorted, m)
				concrete[m.Meta.ConcreteModel] = true
				found = true
			}
		}
		if !found {
			return
		}
	}
	c.order = sorted
}

// delete is Collector.delete: fast deletes, field updates, then the
// collected objects model by model (each in reverse pk order); the
// deleted instances' pks become None.
func (c *collector) delete() (int64, []LabelCount, error) {
	c.sorted = map[*schema.Model][]*Instance{}
	for _, m := range c.order {
		list := c.data[m].instances()
		sortInstancesByPk(list)
		c.sorted[m] = list
	}
	c.sort()
	var counts []LabelCount
	bump := func(label string, n int64) {
		if n == 0 {
			return
		}
		for i := range counts {
			if counts[i].Label == label {
				counts[i].Count += n
				return
			}
		}
		counts = append(counts, LabelCount{label, n})
	}
	// The case of a single object with no dependencies.
	if len(c.order) == 1 {
		m := c.order[0]
		if insts := c.sorted[m]; len(insts) == 1 && c.canFastDelete(m, nil) {
			n, err := c.deleteBatch(m, []any{insts[0].Pk()})
			if err != nil {
				return 0, nil, err
			}
			insts[0].clearPk(m.Meta)
			return n, []LabelCount{{m.Meta.Label(), n}}, nil
		}
	}
	err := c.db.atomic(func() error {
		for _, m := range c.order {
			if m.Meta.AutoCreated {
				continue
			}
			for _, o := range c.sorted[m] {
				if err := c.db.send("pre_delete", m, KV{"instance", o}, KV{"using", "default"}); err != nil {
					return err
				}
			}
		}
		for _, qs := range c.fastDeletes {
			n, err := qs.rawDelete()
			if err != nil {
				return err
			}
			bump(qs.Model.Meta.Label(), n)
		}
		for _, mu := range c.fieldUpdates {
			for _, fu := range mu.updates {
				if len(fu.lazy) > 0 {
					combined := fu.lazy[0]
					for _, qs := range fu.lazy[1:] {
						var err error
						if combined, err = combined.Or(qs); err != nil {
							return err
						}
					}
					if _, err := combined.Update(KV{fu.field.Name, fu.value}); err != nil {
						return err
					}
				}
				objs := fu.objs.instances()
				if len(objs) == 0 {
					continue
				}
				var pks []any
				if c.db.Apps.Features.CollectorLazySetNull {
					// list({obj.pk for obj in objs})
					set := newPySet()
					for _, o := range objs {
						set.add(o.Pk())
					}
					pks = set.items()
				} else {
					for _, o := range objs {
						pks = append(pks, o.Pk())
					}
				}
				if err := c.updateBatch(objs[0].Model, pks, fu.field, fu.value); err != nil {
					return err
				}
			}
		}
		for _, m := range c.order {
			insts := c.sorted[m]
			var pks []any
			for i := len(insts) - 1; i >= 0; i-- {
				pks = append(pks, insts[i].Pk())
			}
			n, err := c.deleteBatch(m, pks)
			if err != nil {
				return err
			}
			bump(m.Meta.Label(), n)
			if !m.Meta.AutoCreated {
				for i := len(insts) - 1; i >= 0; i-- {
					if err := c.db.send("post_delete", m, KV{"instance", insts[i]}, KV{"using", "default"}); err != nil {
						return err
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	if !c.db.Apps.Features.CollectorLazySetNull {
		// Django 3.2 sets the updated field on the collected instances.
		for _, mu := range c.fieldUpdates {
			for _, fu := range mu.updates {
				for _, o := range fu.objs.instances() {
					o.values[fu.field.Attname] = fu.value
				}
			}
		}
	}
	for _, m := range c.order {
		for _, o := range c.sorted[m] {
			o.clearPk(m.Meta)
		}
	}
	var total int64
	for _, lc := range counts {
		total += lc.Count
	}
	return total, counts, nil
}

// iteratorChunkSize is GET_ITERATOR_CHUNK_SIZE, the batch of pks per
// DELETE or UPDATE statement.
const iteratorChunkSize = 100

// updateBatch is UpdateQuery.update_batch: UPDATE ... SET field = value
// WHERE pk IN (...), 100 pks at a time.
func (c *collector) updateBatch(m *schema.Model, pks []any, field *schema.Field, value any) error {
	for start := 0; start < len(pks); start += iteratorChunkSize {
		q := query.New(m)
		if err := q.AddQ(query.NewQ(nil, []query.Filter{{Lookup: "pk__in", Value: pks[start:min(start+iteratorChunkSize, len(pks))]}})); err != nil {
			return convertQueryError(err)
		}
		sql, params, err := query.UpdateSQL(q, []query.UpdateValue{{Field: field, Value: value}})
		if err != nil {
			return convertQueryError(err)
		}
		if _, err := c.db.exec(sql, params); err != nil {
			return err
		}
	}
	return nil
}

// deleteBatch is DeleteQuery.delete_batch: DELETE ... WHERE pk IN (...),
// 100 pks at a time.
func (c *collector) deleteBatch(m *schema.Model, pks []any) (int64, error) {
	var total int64
	for start := 0; start < len(pks); start += iteratorChunkSize {
		batch := pks[start:min(start+iteratorChunkSize, len(pks))]
		q := query.New(m)
		if err := q.AddQ(query.NewQ(nil, []query.Filter{{Lookup: m.Meta.Pk.Attname + "__in", Value: batch}})); err != nil {
			return 0, convertQueryError(err)
		}
		sql, params, err := query.DeleteSQL(q)
		if err != nil {
			return 0, convertQueryError(err)
		}
		res, err := c.db.exec(sql, params)
		if err != nil {
			return 0, err
		}
		total += res.RowsAffected
	}
	return total, nil
}
