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

// QuerySet is get_queryset().
func (m *ManyRelatedManager) QuerySet() (*QuerySet, error) {
	base, err := m.Instance.DB.Hooks.BaseQuerySet(m.model)
	if err != nil {
		return nil, err
	}
	return m.ApplyFilters(base)
}

// targetIDs is _get_target_ids: objects or raw pks to the values the
// through table stores, in order, without duplicates.
func (m *ManyRelatedManager) targetIDs(target *schema.Field, objs []any) ([]any, error) {
	var ids []any
	for _, o := range objs {
		var id any
		if inst, ok := o.(*Instance); ok {
			if !isInstanceOf(inst, target.Rel.Model) {
				return nil, &Error{Class: "TypeError", Msg: fmt.Sprintf("'%s' instance expected, got %s", target.Rel.Model.Name, inst.Repr())}
			}
			id = inst.values[target.TargetField().Attname]
			if id == nil {
				return nil, &Error{Class: "ValueError", Msg: fmt.Sprintf("Cannot add \"%s\": the value for field \"%s\" is None", inst.Repr(), target.Name)}
			}
		} else {
			id = o
		}
		p, err := target.TargetField().ToPython(id)
		if err != nil {
			return nil, convertQueryError(err)
		}
		dup := false
		for _, x := range ids {
			if valuesEqual(x, p) {
				dup = true
			}
		}
		if !dup {
			ids = append(ids, p)
		}
	}
	sortValues(ids)
	return ids, nil
}

func sortValues(v []any) {
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && lessValue(v[j], v[j-1]); j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}

// Add is add(*objs, through_defaults=...).
func (m *ManyRelatedManager) Add(objs []any, throughDefaults []KV) error {
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

// addItems is _add_items: an auto-created join table takes an INSERT OR
// IGNORE of every pair; a through model first selects the pairs that
// exist and inserts the missing ones with through_defaults.
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
	if through.Meta.AutoCreated {
		rows := make([]*Instance, 0, len(ids))
		for _, id := range ids {
			obj, err := db.NewInstance(through, nil, []KV{{source.Attname, sourceVal}, {target.Attname, id}})
			if err != nil {
				return err
			}
			rows = append(rows, obj)
		}
		return m.bulkInsertIgnore(through, rows)
	}
	existing, err := db.All(through).ValuesList(true, false, target.Name)
	if err != nil {
		return err
	}
	existing, err = existing.FilterKW(nil, []KV{{source.Name, sourceVal}, {target.Name + "__in", ids}}, false)
	if err != nil {
		return err
	}
	have, err := existing.Results()
	if err != nil {
		return err
	}
	var missing []any
	for _, id := range ids {
		found := false
		for _, h := range have {
			if valuesEqual(h, id) {
				found = true
			}
		}
		if !found {
			missing = append(missing, id)
		}
	}
	var rows []*Instance
	for _, id := range missing {
		kw := append(append([]KV(nil), throughDefaults...), KV{source.Attname, sourceVal}, KV{target.Attname, id})
		obj, err := db.NewInstance(through, nil, kw)
		if err != nil {
			return err
		}
		rows = append(rows, obj)
	}
	_, err = db.All(through).BulkCreate(rows, 0, false)
	return err
}

// bulkInsertIgnore is bulk_create(ignore_conflicts=True) on SQLite:
// INSERT OR IGNORE ... SELECT ... UNION ALL SELECT ..., as Django 3.2
// writes it.
func (m *ManyRelatedManager) bulkInsertIgnore(through *schema.Model, objs []*Instance) error {
	if len(objs) == 0 {
		return nil
	}
	var fields []*schema.Field
	for _, f := range through.Meta.ConcreteFields() {
		if f != through.Meta.Pk {
			fields = append(fields, f)
		}
	}
	cols := ""
	for i, f := range fields {
		if i > 0 {
			cols += ", "
		}
		cols += schema.QuoteName(f.Column)
	}
	sql := "INSERT OR IGNORE INTO " + schema.QuoteName(through.Meta.DBTable) + " (" + cols + ")"
	var params []any
	for i, o := range objs {
		if i == 0 {
			sql += " SELECT "
		} else {
			sql += " UNION ALL SELECT "
		}
		for j, f := range fields {
			if j > 0 {
				sql += ", "
			}
			sql += "%s"
			v, err := f.DBPrepValue(o.values[f.Attname])
			if err != nil {
				return err
			}
			params = append(params, v)
		}
	}
	_, err := m.Instance.DB.exec(sql, params)
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

// Remove is remove(*objs): delete the join rows of these objects.
func (m *ManyRelatedManager) Remove(objs []any) error {
	if len(objs) == 0 {
		return nil
	}
	var ids []any
	for _, o := range objs {
		if inst, ok := o.(*Instance); ok {
			ids = append(ids, inst.values[m.targetField.TargetField().Attname])
		} else {
			ids = append(ids, o)
		}
	}
	sortValues(ids)
	return m.Instance.DB.atomic(func() error {
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
		return m.deleteThrough(removed, true)
	})
}

// Clear is clear(): delete every join row of the instance.
func (m *ManyRelatedManager) Clear() error {
	return m.Instance.DB.atomic(func() error {
		base, err := m.Instance.DB.Hooks.BaseQuerySet(m.model)
		if err != nil {
			return err
		}
		return m.deleteThrough(base, base.hasFilters())
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
		old, err := vl.Results()
		if err != nil {
			return err
		}
		var newObjs []any
		for _, o := range objs {
			var fk any = o
			if inst, ok := o.(*Instance); ok {
				fk = inst.values[m.targetField.TargetField().Attname]
			}
			idx := -1
			for i, v := range old {
				if valuesEqual(v, fk) {
					idx = i
				}
			}
			if idx >= 0 {
				old = append(old[:idx], old[idx+1:]...)
			} else {
				newObjs = append(newObjs, o)
			}
		}
		if err := m.Remove(old); err != nil {
			return err
		}
		return m.Add(newObjs, throughDefaults)
	})
}

// hasFilters is QuerySet._has_filters.
func (qs *QuerySet) hasFilters() bool { return qs.Query.Where.Len() > 0 }
