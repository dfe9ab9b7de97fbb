package orm

import (
	"fmt"

	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// ManyRelatedManager is the manager of a many-to-many relation, forward
// (pizza.toppings) or reverse (topping.pizza_set):
// create_forward_many_to_many_manager.
type ManyRelatedManager struct {
	Instance *Instance
	Field    *schema.Field // the ManyToManyField
	Reverse  bool

	model          *schema.Model // the model on the other side
	queryFieldName string
	sourceField    *schema.Field // through model FK to the instance's model
	targetField    *schema.Field // through model FK to the other side
	symmetrical    bool
	relatedVal     any
	// Base is as RelatedManager's.
	Base func() (*QuerySet, error)
}

// NewManyRelatedManager builds the manager for inst over field (reverse
// for the related model's side); the instance must have a primary key.
func NewManyRelatedManager(inst *Instance, field *schema.Field, reverse bool) (*ManyRelatedManager, error) {
	m := &ManyRelatedManager{Instance: inst, Field: field, Reverse: reverse}
	src, dst := field.M2MLinks()
	if !reverse {
		m.model = field.Rel.Model
		m.queryFieldName = field.RelatedQueryName()
		m.sourceField, m.targetField = src, dst
		m.symmetrical = field.Rel.Symmetrical
	} else {
		m.model = field.Model
		m.queryFieldName = field.Name
		m.sourceField, m.targetField = dst, src
	}
	rh := m.sourceField.TargetField()
	m.relatedVal = inst.values[rh.Attname]
	if m.relatedVal == nil {
		return nil, &Error{Class: "ValueError", Msg: fmt.Sprintf("\"%s\" needs to have a value for field \"%s\" before this many-to-many relationship can be used.", inst.Repr(), rh.Name)}
	}
	if inst.Pk() == nil {
		return nil, &Error{Class: "ValueError", Msg: fmt.Sprintf("%s instance needs to have a primary key value before a many-to-many relationship can be used.", inst.Model.Name)}
	}
	return m, nil
}

// Model is the model on the other side (Topping for pizza.toppings).
func (m *ManyRelatedManager) Model() *schema.Model { return m.model }

// Through is the intermediary model.
func (m *ManyRelatedManager) Through() *schema.Model { return m.Field.Rel.Through }

// ApplyFilters is _apply_rel_filters: filter base by the instance through
// the join table; the joins stay reusable by the next filter (sticky).
func (m *ManyRelatedManager) ApplyFilters(base *QuerySet) (*QuerySet, error) {
	rh := m.sourceField.TargetField()
	qs, err := base.FilterQ(query.NewQ(nil, []query.Filter{{Lookup: m.queryFieldName + "__" + rh.Name, Value: m.relatedVal}}), false)
	if err != nil {
		return nil, err
	}
	qs.Query.FilterIsSticky = true
	return qs, nil
}

// prefetchCacheName is the manager's prefetch cache name: the field's
// name forward, its related query name in reverse.
func (m *ManyRelatedManager) prefetchCacheName() string {
	if m.Reverse {
		return m.Field.RelatedQueryName()
	}
	return m.Field.Name
}

// QuerySet is get_queryset(): the prefetched queryset if any, else the
// default manager's queryset filtered by the relation.
func (m *ManyRelatedManager) QuerySet() (*QuerySet, error) {
	if qs, ok := m.Instance.prefetched[m.prefetchCacheName()]; ok {
		return qs, nil
	}
	base, err := baseQuerySet(m.Instance, m.model, m.Base)
	if err != nil {
		return nil, err
	}
	qs, err := m.ApplyFilters(base)
	if err != nil {
		return nil, err
	}
	return qs.withFetchMode(m.Instance.State.FetchMode), nil
}

// targetIDs is _get_target_ids: the set of values the through table
// stores for objects or raw pks (a CPython set: it is iterated into SQL).
func (m *ManyRelatedManager) targetIDs(target *schema.Field, objs []any) (*pySet, error) {
	ids := newPySet()
	for _, o := range objs {
		if inst, ok := o.(*Instance); ok {
			if !isInstanceOf(inst, m.model) {
				return nil, &Error{Class: "TypeError", Msg: fmt.Sprintf("'%s' instance expected, got %s", m.model.Meta.ObjectName, inst.Repr())}
			}
			id := inst.values[target.TargetField().Attname]
			if id == nil {
				return nil, &Error{Class: "ValueError", Msg: fmt.Sprintf("Cannot add \"%s\": the value for field \"%s\" is None", inst.Repr(), target.Name)}
			}
			ids.add(id)
			continue
		}
		p, err := target.TargetField().ToPython(o)
		if err != nil {
			return nil, convertQueryError(err)
		}
		ids.add(p)
	}
	return ids, nil
}

// Prefetched reports whether the relation's objects were prefetched
// (get_prefetch_cache() is not None).
func (m *ManyRelatedManager) Prefetched() bool {
	_, ok := m.Instance.prefetched[m.prefetchCacheName()]
	return ok
}

// ConstrainedTarget is the constrained_target property (Django 4.2): the
// through table's rows of this instance, which count() and exists() query
// without joining the target table when the foreign key to the target is
// a database constraint; nil otherwise.
func (m *ManyRelatedManager) ConstrainedTarget() (*QuerySet, error) {
	if !m.targetField.Rel.DBConstraint {
		return nil, nil
	}
	kw := []KV{{m.sourceField.Name, m.relatedVal}}
	if m.targetField.Null {
		kw = append(kw, KV{m.targetField.Name + "__isnull", false})
	}
	return m.Instance.DB.All(m.Through()).FilterKW(nil, kw, false)
}

// Add is add(*objs, through_defaults=...).
func (m *ManyRelatedManager) Add(objs []any, throughDefaults []KV) error {
	m.Instance.removePrefetched(m.prefetchCacheName())
	return m.Instance.DB.atomic(func() error {
		if err := m.addItems(m.sourceField, m.targetField, objs, throughDefaults); err != nil {
			return err
		}
		if m.symmetrical {
			return m.addItems(m.targetField, m.sourceField, objs, throughDefaults)
		}
		return nil
	})
}

// addItems is _add_items with _get_add_plan: an auto-created join table
// takes an INSERT OR IGNORE of every pair, unless m2m_changed receivers
// must get the set of pks actually added; then (as for a through model)
// the existing pairs are selected first and only the missing ones
// inserted (with through_defaults), between pre_add and post_add.
func (m *ManyRelatedManager) addItems(source, target *schema.Field, objs []any, throughDefaults []KV) error {
	if len(objs) == 0 {
		return nil
	}
	db := m.Instance.DB
	ids, err := m.targetIDs(target, objs)
	if err != nil {
		return err
	}
	through := m.Through()
	// For the mirror entry of a symmetrical relation source and target
	// are swapped; the instance's value still goes on the source side.
	sourceVal := m.relatedVal
	canIgnoreConflicts := through.Meta.AutoCreated
	// The mirror rows of a symmetrical relation send no signals.
	mustSendSignals := (m.Reverse || source == m.sourceField) && db.hasListeners("m2m_changed", through)
	rowsFor := func(ids []any, withDefaults bool) ([]*Instance, error) {
		var rows []*Instance
		for _, id := range ids {
			var kw []KV
			if withDefaults {
				kw = append(kw, throughDefaults...)
			}
			kw = append(kw, KV{source.Attname, sourceVal}, KV{target.Attname, id})
			obj, err := db.NewInstance(through, nil, kw)
			if err != nil {
				return nil, err
			}
			rows = append(rows, obj)
		}
		return rows, nil
	}
	if canIgnoreConflicts && !mustSendSignals {
		rows, err := rowsFor(ids.items(), false)
		if err != nil {
			return err
		}
		return m.bulkInsertIgnore(through, rows)
	}
	// _get_missing_target_ids: the pairs that exist are left alone.
	existing, err := db.All(through).ValuesList(true, false, target.Name)
	if err != nil {
		return err
	}
	existing, err = existing.FilterKW(nil, []KV{{source.Name, sourceVal}, {target.Name + "__in", ids.items()}}, false)
	if err != nil {
		return err
	}
	have, err := existing.Results()
	if err != nil {
		return err
	}
	missing := ids.difference(have)
	return db.atomic(func() error {
		if mustSendSignals {
			if err := m.sendChanged("pre_add", PkSet(missing.items())); err != nil {
				return err
			}
		}
		rows, err := rowsFor(missing.items(), true)
		if err != nil {
			return err
		}
		if canIgnoreConflicts {
			err = m.bulkInsertIgnore(through, rows)
		} else {
			_, err = db.All(through).BulkCreate(rows, BulkCreateOptions{})
		}
		if err != nil {
			return err
		}
		if mustSendSignals {
			return m.sendChanged("post_add", PkSet(missing.items()))
		}
		return nil
	})
}

// sendChanged sends m2m_changed for this manager.
func (m *ManyRelatedManager) sendChanged(action string, pkSet any) error {
	return m.Instance.DB.send("m2m_changed", m.Through(), KV{"action", action}, KV{"instance", m.Instance},
		KV{"reverse", m.Reverse}, KV{"model", m.model}, KV{"pk_set", pkSet}, KV{"using", "default"})
}

// bulkInsertIgnore is bulk_create(ignore_conflicts=True) on SQLite:
// INSERT OR IGNORE of every row, no RETURNING.
func (m *ManyRelatedManager) bulkInsertIgnore(through *schema.Model, objs []*Instance) error {
	_, err := m.Instance.DB.All(through).BulkCreate(objs, BulkCreateOptions{IgnoreConflicts: true})
	return err
}

// Create is create(**kwargs, through_defaults=...): create the object on
// the other side, then add it.
func (m *ManyRelatedManager) Create(kw []KV, throughDefaults []KV) (*Instance, error) {
	base, err := m.Instance.DB.Hooks.BaseQuerySet(m.model)
	if err != nil {
		return nil, err
	}
	obj, err := base.Create(kw...)
	if err != nil {
		return nil, err
	}
	if err := m.Add([]any{obj}, throughDefaults); err != nil {
		return nil, err
	}
	return obj, nil
}

// Remove is remove(*objs) (_remove_items): delete the join rows of these
// objects or pks, a set in Django.
func (m *ManyRelatedManager) Remove(objs []any) error {
	m.Instance.removePrefetched(m.prefetchCacheName())
	if len(objs) == 0 {
		return nil
	}
	oldIDs := newPySet()
	for _, o := range objs {
		if inst, ok := o.(*Instance); ok && isInstanceOf(inst, m.model) {
			oldIDs.add(inst.values[m.targetField.TargetField().Attname])
		} else {
			oldIDs.add(o)
		}
	}
	ids := oldIDs.items()
	return m.Instance.DB.atomic(func() error {
		if err := m.sendChanged("pre_remove", PkSet(ids)); err != nil {
			return err
		}
		base, err := m.Instance.DB.Hooks.BaseQuerySet(m.model)
		if err != nil {
			return err
		}
		var removed any = ids
		if base.hasFilters() {
			removed, err = base.FilterKW(nil, []KV{{m.targetField.TargetField().Attname + "__in", ids}}, false)
			if err != nil {
				return err
			}
		}
		if err := m.deleteThrough(removed, true); err != nil {
			return err
		}
		return m.sendChanged("post_remove", PkSet(ids))
	})
}

// Clear is clear(): delete every join row of the instance.
func (m *ManyRelatedManager) Clear() error {
	m.Instance.removePrefetched(m.prefetchCacheName())
	return m.Instance.DB.atomic(func() error {
		if err := m.sendChanged("pre_clear", nil); err != nil {
			return err
		}
		base, err := m.Instance.DB.Hooks.BaseQuerySet(m.model)
		if err != nil {
			return err
		}
		if err := m.deleteThrough(base, base.hasFilters()); err != nil {
			return err
		}
		return m.sendChanged("post_clear", nil)
	})
}

// deleteThrough is _build_remove_filters + delete on the through model.
func (m *ManyRelatedManager) deleteThrough(removed any, withTargets bool) error {
	filters := query.NewQ(nil, []query.Filter{{Lookup: m.sourceField.Name, Value: m.relatedVal}})
	if withTargets {
		filters = filters.Combine(query.NewQ(nil, []query.Filter{{Lookup: m.targetField.Name + "__in", Value: removed}}), query.AND)
	}
	if m.symmetrical {
		sym := query.NewQ(nil, []query.Filter{{Lookup: m.targetField.Name, Value: m.relatedVal}})
		if withTargets {
			sym = sym.Combine(query.NewQ(nil, []query.Filter{{Lookup: m.sourceField.Name + "__in", Value: removed}}), query.AND)
		}
		filters = filters.Combine(sym, query.OR)
	}
	qs, err := m.Instance.DB.All(m.Through()).FilterQ(filters, false)
	if err != nil {
		return err
	}
	_, _, err = qs.Delete()
	return err
}

// Set is set(objs, clear=False, through_defaults=...).
func (m *ManyRelatedManager) Set(objs []any, clear bool, throughDefaults []KV) error {
	return m.Instance.DB.atomic(func() error {
		if clear {
			if err := m.Clear(); err != nil {
				return err
			}
			return m.Add(objs, throughDefaults)
		}
		qs, err := m.QuerySet()
		if err != nil {
			return err
		}
		vl, err := qs.ValuesList(true, false, m.targetField.TargetField().Attname)
		if err != nil {
			return err
		}
		vals, err := vl.Results()
		if err != nil {
			return err
		}
		oldIDs := newPySet()
		for _, v := range vals {
			oldIDs.add(v)
		}
		var newObjs []any
		for _, o := range objs {
			var fk any
			if inst, ok := o.(*Instance); ok && isInstanceOf(inst, m.model) {
				fk = inst.values[m.targetField.TargetField().Attname]
			} else {
				p, err := m.targetField.ToPython(o)
				if err != nil {
					return convertQueryError(err)
				}
				fk = p
			}
			if oldIDs.has(fk) {
				oldIDs.discard(fk)
			} else {
				newObjs = append(newObjs, o)
			}
		}
		old := oldIDs.items()
		if err := m.Remove(old); err != nil {
			return err
		}
		return m.Add(newObjs, throughDefaults)
	})
}

// hasFilters is QuerySet._has_filters.
func (qs *QuerySet) hasFilters() bool { return qs.Query.Where.Len() > 0 }
