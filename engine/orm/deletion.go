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
		return 0, nil, errorf("AssertionError", "%s object can't be deleted because its %s attribute is set to None.", o.Model.Meta.ObjectName, o.Model.Meta.Pk.Attname)
	}
	c := newCollector(o.DB)
	if err := c.collect([]*Instance{o}, nil, false, true, false, keepParents, true); err != nil {
		return 0, nil, err
	}
	return c.delete()
}

// collector is django.db.models.deletion.Collector.
type collector struct {
	db           *DB
	order        []*schema.Model // data's keys in insertion order
	data         map[*schema.Model][]*Instance
	fieldUpdates []fieldUpdate
	restricted   map[*schema.Model]map[*schema.Field][]*Instance
	fastDeletes  []*QuerySet
	dependencies map[*schema.Model]map[*schema.Model]bool
}

type fieldUpdate struct {
	model *schema.Model
	field *schema.Field
	value any
	objs  []*Instance
}

func newCollector(db *DB) *collector {
	return &collector{
		db:           db,
		data:         map[*schema.Model][]*Instance{},
		restricted:   map[*schema.Model]map[*schema.Field][]*Instance{},
		dependencies: map[*schema.Model]map[*schema.Model]bool{},
	}
}

func (c *collector) ensure(m *schema.Model) {
	if _, ok := c.data[m]; !ok {
		c.data[m] = nil
		c.order = append(c.order, m)
	}
}

// add is Collector.add: record objs (of one model) and return the new ones.
func (c *collector) add(objs []*Instance, source *schema.Model, nullable, reverseDependency bool) []*Instance {
	if len(objs) == 0 {
		return nil
	}
	model := objs[0].Model
	c.ensure(model)
	var fresh []*Instance
	for _, o := range objs {
		dup := false
		for _, e := range c.data[model] {
			if e == o || e.Equal(o) {
				dup = true
				break
			}
		}
		for _, e := range fresh {
			if e.Equal(o) {
				dup = true
			}
		}
		if !dup {
			fresh = append(fresh, o)
		}
	}
	c.data[model] = append(c.data[model], fresh...)
	if source != nil && !nullable {
		c.addDependency(source, model, reverseDependency)
	}
	return fresh
}

// addDependency records that model must be deleted after dependency (or
// the reverse).
func (c *collector) addDependency(model, dependency *schema.Model, reverse bool) {
	if reverse {
		model, dependency = dependency, model
	}
	cm := model.Meta.ConcreteModel
	if c.dependencies[cm] == nil {
		c.dependencies[cm] = map[*schema.Model]bool{}
	}
	c.dependencies[cm][dependency.Meta.ConcreteModel] = true
	c.ensure(dependency)
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
	for _, p := range model.Meta.ConcreteModel.Meta.Parents {
		if p.Link != fromField {
			return false
		}
	}
	for _, r := range candidateRelations(model.Meta) {
		if r.OnDelete != schema.DoNothing {
			return false
		}
	}
	return true
}

// collectQuerySet is Collector.collect(queryset).
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

// collect is Collector.collect for instances of one model.
func (c *collector) collect(objs []*Instance, source *schema.Model, nullable, collectRelated, reverseDependency, keepParents, failOnRestricted bool) error {
	fresh := c.add(objs, source, nullable, reverseDependency)
	if len(fresh) == 0 {
		return nil
	}
	model := fresh[0].Model
	if !keepParents {
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
			if err := c.collectParents(parents, model); err != nil {
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
	var modelFast []fast
	var protectedKeys []string
	protected := map[string][]*Instance{}
	for _, r := range candidateRelations(model.Meta) {
		if keepParents && containsModel(parentSet, r.Model) {
			continue
		}
		field := r.Field
		if r.OnDelete == schema.DoNothing {
			continue
		}
		related := field.Model
		if c.canFastDelete(related, field) {
			found := false
			for i := range modelFast {
				if modelFast[i].model == related {
					modelFast[i].fields = append(modelFast[i].fields, field)
					found = true
				}
			}
			if !found {
				modelFast = append(modelFast, fast{related, []*schema.Field{field}})
			}
			continue
		}
		sub, err := c.relatedObjects(related, []*schema.Field{field}, fresh)
		if err != nil {
			return err
		}
		var refs []string
		for _, rr := range candidateRelations(related.Meta) {
			name := rr.Field.TargetField().Attname
			if !containsName(refs, name) {
				refs = append(refs, name)
			}
		}
		if sub, err = sub.Only(refs...); err != nil {
			return err
		}
		subObjs, err := sub.Instances()
		if err != nil {
			return err
		}
		if len(subObjs) == 0 {
			continue
		}
		if err := c.onDelete(field, subObjs); err != nil {
			if pe, ok := err.(*Error); ok && pe.Class == "ProtectedError" && pe.Model == nil {
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
	if len(protectedKeys) > 0 {
		var all []*Instance
		for _, k := range protectedKeys {
			all = append(all, protected[k]...)
		}
		return &Error{Class: "ProtectedError", Model: model, Objects: all,
			Msg: fmt.Sprintf("Cannot delete some instances of model '%s' because they are referenced through protected foreign keys: %s.", model.Name, strings.Join(protectedKeys, ", "))}
	}
	for _, f := range modelFast {
		sub, err := c.relatedObjects(f.model, f.fields, fresh)
		if err != nil {
			return err
		}
		c.fastDeletes = append(c.fastDeletes, sub)
	}
	if failOnRestricted {
		return c.checkRestricted(model)
	}
	return nil
}

// collectParents collects the parent objects of a multi-table child,
// deleted after it.
func (c *collector) collectParents(parents []*Instance, child *schema.Model) error {
	return c.collect(parents, child, false, false, true, false, false)
}

func containsModel(list []*schema.Model, m *schema.Model) bool {
	for _, x := range list {
		if x == m {
			return true
		}
	}
	return false
}

// onDelete applies the field's on_delete to the related objects.
func (c *collector) onDelete(field *schema.Field, sub []*Instance) error {
	switch field.Rel.OnDelete {
	case schema.Cascade:
		return c.collect(sub, field.Rel.Model, field.Null, true, false, false, false)
	case schema.Protect:
		return &Error{Class: "ProtectedError", Objects: sub,
			Msg: fmt.Sprintf("Cannot delete some instances of model '%s' because they are referenced through a protected foreign key: '%s.%s'", field.Rel.Model.Name, sub[0].Model.Name, field.Name)}
	case schema.Restrict:
		m := sub[0].Model
		if c.restricted[m] == nil {
			c.restricted[m] = map[*schema.Field][]*Instance{}
		}
		c.restricted[m][field] = append(c.restricted[m][field], sub...)
		c.addDependency(field.Rel.Model, field.Model, false)
	case schema.SetNull:
		c.addFieldUpdate(field, nil, sub)
	case schema.SetDefault:
		d, err := field.GetDefault()
		if err != nil {
			return err
		}
		c.addFieldUpdate(field, d, sub)
	case schema.SetValue:
		v := field.Rel.OnDeleteValue
		if fn, ok := v.(schema.DefaultFunc); ok {
			var err error
			if v, err = fn(); err != nil {
				return err
			}
		}
		c.addFieldUpdate(field, v, sub)
	}
	return nil
}

func (c *collector) addFieldUpdate(field *schema.Field, value any, objs []*Instance) {
	if len(objs) == 0 {
		return
	}
	model := objs[0].Model
	for i := range c.fieldUpdates {
		fu := &c.fieldUpdates[i]
		if fu.model == model && fu.field == field && valuesEqual(fu.value, value) {
			for _, o := range objs {
				if !containsInstance(fu.objs, o) {
					fu.objs = append(fu.objs, o)
				}
			}
			return
		}
	}
	c.fieldUpdates = append(c.fieldUpdates, fieldUpdate{model, field, value, append([]*Instance(nil), objs...)})
}

func containsInstance(list []*Instance, o *Instance) bool {
	for _, x := range list {
		if x.Equal(o) {
			return true
		}
	}
	return false
}

// checkRestricted drops restricted objects that are being deleted anyway,
// and fails with RestrictedError for the rest.
func (c *collector) checkRestricted(model *schema.Model) error {
	var keys []string
	var all []*Instance
	for _, m := range c.order {
		fields := c.restricted[m]
		for f, objs := range fields {
			var left []*Instance
			for _, o := range objs {
				if !containsInstance(c.data[m], o) && !c.inFastDeletes(o) {
					left = append(left, o)
				}
			}
			fields[f] = left
			if len(left) > 0 {
				keys = append(keys, fmt.Sprintf("'%s.%s'", m.Name, f.Name))
				all = append(all, left...)
			}
		}
	}
	if len(keys) > 0 {
		return &Error{Class: "RestrictedError", Model: model, Objects: all,
			Msg: fmt.Sprintf("Cannot delete some instances of model '%s' because they are referenced through restricted foreign keys: %s.", model.Name, strings.Join(keys, ", "))}
	}
	return nil
}

func (c *collector) inFastDeletes(o *Instance) bool {
	for _, qs := range c.fastDeletes {
		if qs.Model.Meta.ConcreteModel != o.Model.Meta.ConcreteModel {
			continue
		}
		f, err := qs.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: "pk", Value: o.Pk()}}), false)
		if err != nil {
			continue
		}
		if ok, _ := f.Exists(); ok {
			return true
		}
	}
	return false
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

// delete is Collector.delete.
func (c *collector) delete() (int64, []LabelCount, error) {
	for _, m := range c.order {
		sortInstancesByPk(c.data[m])
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
	if len(c.order) == 1 && len(c.fastDeletes) == 0 {
		m := c.order[0]
		if insts := c.data[m]; len(insts) == 1 && c.canFastDelete(m, nil) {
			n, err := c.deleteBatch(m, []any{insts[0].Pk()})
			if err != nil {
				return 0, nil, err
			}
			insts[0].values[m.Meta.Pk.Attname] = nil
			return n, []LabelCount{{m.Meta.Label(), n}}, nil
		}
	}
	err := c.db.atomic(func() error {
		for _, qs := range c.fastDeletes {
			n, err := qs.rawDelete()
			if err != nil {
				return err
			}
			bump(qs.Model.Meta.Label(), n)
		}
		for _, fu := range c.fieldUpdates {
			sortInstancesByPk(fu.objs)
			var pks []any
			for _, o := range fu.objs {
				pks = append(pks, o.Pk())
			}
			q := query.New(fu.model)
			if err := q.AddQ(query.NewQ(nil, []query.Filter{{Lookup: "pk__in", Value: pks}})); err != nil {
				return convertQueryError(err)
			}
			sql, params, err := query.UpdateSQL(q, []query.UpdateValue{{Field: fu.field, Value: fu.value}})
			if err != nil {
				return convertQueryError(err)
			}
			if _, err := c.db.exec(sql, params); err != nil {
				return err
			}
		}
		for _, m := range c.order {
			insts := c.data[m]
			var pks []any
			for i := len(insts) - 1; i >= 0; i-- {
				pks = append(pks, insts[i].Pk())
			}
			if len(pks) == 0 {
				continue
			}
			n, err := c.deleteBatch(m, pks)
			if err != nil {
				return err
			}
			bump(m.Meta.Label(), n)
		}
		return nil
	})
	if err != nil {
		return 0, nil, err
	}
	for _, fu := range c.fieldUpdates {
		for _, o := range fu.objs {
			o.values[fu.field.Attname] = fu.value
		}
	}
	for _, m := range c.order {
		for _, o := range c.data[m] {
			o.values[m.Meta.Pk.Attname] = nil
		}
	}
	var total int64
	for _, lc := range counts {
		total += lc.Count
	}
	return total, counts, nil
}

// deleteBatch is DeleteQuery.delete_batch: DELETE ... WHERE pk IN (...).
func (c *collector) deleteBatch(m *schema.Model, pks []any) (int64, error) {
	var total int64
	const chunk = 100
	for start := 0; start < len(pks); start += chunk {
		batch := pks[start:min(start+chunk, len(pks))]
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
