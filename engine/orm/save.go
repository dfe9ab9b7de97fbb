package orm

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// SaveOptions are save()'s keyword arguments.
type SaveOptions struct {
	ForceInsert bool
	ForceUpdate bool
	// ForceInsertModels are the parent models whose tables save() must
	// insert into, force_insert=(Parent,) (Django 5.0).
	ForceInsertModels []*schema.Model
	// UpdateFields limits an UPDATE to these field names or attnames. Nil
	// means not given; an empty non-nil slice makes save a no-op, as in
	// Django.
	UpdateFields []string
}

// Save is Model.save: validate related objects, work out update_fields
// (loaded fields only, for an instance with deferred fields), then
// save_base.
func (o *Instance) Save(opts SaveOptions) error {
	if err := o.prepareRelatedFieldsForSave("save"); err != nil {
		return err
	}
	if opts.ForceInsert && (opts.ForceUpdate || opts.UpdateFields != nil) {
		return errorf("ValueError", "Cannot force both insert and updating in model saving.")
	}
	meta := o.Model.Meta
	if opts.UpdateFields != nil {
		if len(opts.UpdateFields) == 0 {
			return nil
		}
		names := map[string]bool{}
		for _, f := range meta.ConcreteFields() {
			if !f.PrimaryKey {
				names[f.Name] = true
				names[f.Attname] = true
			}
		}
		var bad []string
		for _, n := range opts.UpdateFields {
			if !names[n] {
				bad = append(bad, n)
			}
		}
		if len(bad) > 0 {
			kinds := "are m2m fields, or are non-concrete fields"
			if o.DB.Apps.Features.UpdateFieldsNamesPrimaryKeys {
				kinds = "are m2m fields, primary keys, or are non-concrete fields"
			}
			return errorf("ValueError", "The following fields do not exist in this model, %s: %s", kinds, strings.Join(bad, ", "))
		}
	} else if !opts.ForceInsert && o.deferredNonGenerated() && o.State.DB == "default" && (o.Pk() != nil || !o.DB.Apps.Features.DeferredUnsavedRaises) {
		var loaded []string
		for _, f := range meta.ConcreteFields() {
			if !f.PrimaryKey && !o.deferred[f.Attname] {
				loaded = append(loaded, f.Attname)
			}
		}
		if len(loaded) > 0 {
			opts.UpdateFields = loaded
		}
	}
	return o.SaveBase(opts)
}

// deferredNonGenerated reports whether a field other than a generated
// one is deferred (save()'s deferred_non_generated_fields).
func (o *Instance) deferredNonGenerated() bool {
	for _, f := range o.Model.Meta.ConcreteFields() {
		if o.deferred[f.Attname] && f.Generated == nil {
			return true
		}
	}
	return false
}

// prepareRelatedFieldsForSave is Model._prepare_related_fields_for_save: a
// cached related object must be saved; its pk fills the attname when that
// is empty; a stale cache is dropped.
func (o *Instance) prepareRelatedFieldsForSave(op string) error {
	return o.PrepareRelatedFieldsForSave(op, nil)
}

// PrepareRelatedFieldsForSave is _prepare_related_fields_for_save(
// operation_name, fields): only fields, when given.
func (o *Instance) PrepareRelatedFieldsForSave(op string, fields []*schema.Field) error {
	for _, f := range o.Model.Meta.ConcreteFields() {
		if f.Rel == nil {
			continue
		}
		if len(fields) > 0 && !slices.Contains(fields, f) {
			continue
		}
		obj, ok := o.CachedRelated(f.Name)
		if !ok || obj == nil {
			continue
		}
		if obj.Pk() == nil {
			if !f.Rel.Multiple {
				obj.DeleteCachedRelated(f.Rel.AccessorName())
			}
			return errorf("ValueError", "%s() prohibited to prevent data loss due to unsaved related object '%s'.", op, f.Name)
		}
		if v := o.values[f.Attname]; v == nil || v == "" {
			o.values[f.Attname] = obj.Pk()
		}
		if !valuesEqual(obj.values[f.TargetField().Attname], o.values[f.Attname]) {
			o.DeleteCachedRelated(f.Name)
		}
	}
	return nil
}

// SaveBase is Model.save_base: pre_save, then the parents (multi-table
// inheritance) and this model's own table inside one transaction; then the
// instance is no longer adding, and post_save (created when no UPDATE
// touched the row).
func (o *Instance) SaveBase(opts SaveOptions) error {
	origin := o.Model
	cls := origin
	if cls.Meta.Proxy {
		cls = cls.Meta.ConcreteModel
	}
	var updateFields any
	if opts.UpdateFields != nil {
		updateFields = UpdateFields(opts.UpdateFields)
	}
	if !cls.Meta.AutoCreated {
		if err := o.DB.send("pre_save", origin, KV{"instance", o}, KV{"raw", false}, KV{"using", "default"}, KV{"update_fields", updateFields}); err != nil {
			return err
		}
	}
	updated := false
	err := o.DB.atomic(func() error {
		parentInserted, err := o.saveParents(cls, opts.UpdateFields, opts.ForceInsertModels, map[*schema.Model]bool{})
		if err != nil {
			return err
		}
		updated, err = o.saveTable(cls, opts.ForceInsert || parentInserted, opts.ForceUpdate, opts.UpdateFields)
		return err
	})
	if err != nil {
		return err
	}
	o.State.DB = "default"
	o.State.Adding = false
	if !cls.Meta.AutoCreated {
		return o.DB.send("post_save", origin, KV{"instance", o}, KV{"created", !updated}, KV{"update_fields", updateFields}, KV{"raw", false}, KV{"using", "default"})
	}
	return nil
}

// saveParents is Model._save_parents. updatedParents remembers, from
// Django 4.1 (features.SaveParentsOnce), whether each parent's table was
// updated, so a common ancestor of multiple inheritance is saved once.
func (o *Instance) saveParents(cls *schema.Model, updateFields []string, forceInsert []*schema.Model, updatedParents map[*schema.Model]bool) (bool, error) {
	inserted := false
	once := o.DB.Apps.Features.SaveParentsOnce
	for _, p := range cls.Meta.Parents {
		parent, link := p.Model, p.Link
		if link != nil && o.PkOf(parent.Meta) == nil && o.values[link.Attname] != nil {
			o.values[parent.Meta.Pk.Attname] = o.values[link.Attname]
		}
		if parentUpdated, seen := updatedParents[parent]; once && seen {
			if !parentUpdated {
				inserted = true
			}
		} else {
			parentInserted, err := o.saveParents(parent, updateFields, forceInsert, updatedParents)
			if err != nil {
				return false, err
			}
			forced := parentInserted
			for _, m := range forceInsert {
				// issubclass(parent, force_insert)
				if m == parent || slices.Contains(parent.Meta.ParentList(), m) {
					forced = true
				}
			}
			updated, err := o.saveTable(parent, forced, false, updateFields)
			if err != nil {
				return false, err
			}
			if !updated {
				inserted = true
			}
			updatedParents[parent] = updated
		}
		if link != nil {
			o.values[link.Attname] = o.PkOf(parent.Meta)
			o.DeleteCachedRelated(link.Name)
		}
	}
	return inserted, nil
}

// saveTable is Model._save_table: UPDATE when the pk is set and the
// instance is not being forced in; INSERT when that touched no row.
func (o *Instance) saveTable(cls *schema.Model, forceInsert, forceUpdate bool, updateFields []string) (bool, error) {
	meta := cls.Meta
	var nonPks []*schema.Field
	for _, f := range meta.LocalFields {
		if f.PrimaryKey || f.Generated != nil || (meta.CompositePk != nil && slices.Contains(meta.CompositePk.Composite, f.Name)) {
			continue
		}
		if updateFields != nil && !containsName(updateFields, f.Name) && !containsName(updateFields, f.Attname) {
			continue
		}
		nonPks = append(nonPks, f)
	}
	pk := o.PkOf(meta)
	if pk == nil {
		v, err := pkValueOnSave(meta.Pk)
		if err != nil {
			return false, err
		}
		pk = v
		o.values[meta.Pk.Attname] = pk
	}
	pkSet := pk != nil
	if !pkSet && (forceUpdate || len(updateFields) > 0) {
		return false, errorf("ValueError", "Cannot force an update in save() with no primary key.")
	}
	updated := false
	if !forceInsert && o.State.Adding && meta.Pk.HasDefault {
		forceInsert = true
	}
	if pkSet && !forceInsert {
		var values []query.UpdateValue
		for _, f := range nonPks {
			v, err := o.preSave(f, false)
			if err != nil {
				return false, err
			}
			values = append(values, query.UpdateValue{Field: f, Value: v})
		}
		// Django 6.0 reads back the fields saved from an expression
		// (UPDATE ... RETURNING), so the instance holds their values.
		var returning []*schema.Field
		if o.DB.Apps.Features.UpdateReturnsGenerated {
			// The generated fields that read an updated field come
			// back too (the field's part of 6.0's UPDATE ... RETURNING).
			for _, f := range meta.LocalFields {
				if f.Generated == nil {
					continue
				}
				for _, r := range f.Generated.References {
					if slices.Contains(nonPks, r) {
						returning = append(returning, f)
						break
					}
				}
			}
		}
		if o.DB.Apps.Features.UpdateReturning {
			for _, v := range values {
				if _, ok := v.Value.(query.Expression); ok && (updateFields == nil || containsName(updateFields, v.Field.Name)) {
					returning = append(returning, v.Field)
				}
			}
		}
		results, err := o.doUpdate(cls, pk, values, updateFields != nil, updateFields != nil || forceUpdate, returning)
		if err != nil {
			return false, err
		}
		updated = len(results) > 0
		if updated {
			if err := o.assignReturnedValues(results[0], returning); err != nil {
				return false, err
			}
		}
		notUpdated := "DatabaseError"
		if o.DB.Apps.Features.ModelNotUpdated {
			notUpdated = "NotUpdated"
		}
		if forceUpdate && !updated {
			return false, &Error{Class: notUpdated, Model: o.Model, Msg: "Forced update did not affect any rows."}
		}
		if len(updateFields) > 0 && !updated {
			return false, &Error{Class: notUpdated, Model: o.Model, Msg: "Save with update_fields did not affect any rows."}
		}
	}
	if !updated {
		if wrt := meta.OrderWithRespectTo; wrt != nil {
			// order_with_respect_to: the next _order among the rows
			// with the same related object.
			order, err := o.nextOrder(cls, wrt)
			if err != nil {
				return false, err
			}
			o.values["_order"] = order
		}
		var fields []*schema.Field
		for _, f := range meta.LocalFields {
			if (!pkSet && f == meta.Pk && f.IsAuto()) || f.Generated != nil {
				continue
			}
			fields = append(fields, f)
		}
		if err := o.doInsert(cls, fields, pkSet); err != nil {
			return false, err
		}
	}
	return updated, nil
}

func containsName(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pkValueOnSave is Field.get_pk_value_on_save: the pk's default, if any.
func pkValueOnSave(pk *schema.Field) (any, error) {
	if pk.HasDefault {
		return pk.GetDefault()
	}
	return nil, nil
}

// PreSave is Field.pre_save(instance, add), for the language binding.
func (o *Instance) PreSave(f *schema.Field, add bool) (any, error) { return o.preSave(f, add) }

// preSave is Field.pre_save: the value to save; DateField/DateTimeField
// with auto_now (or auto_now_add on insert) take the current time.
func (o *Instance) preSave(f *schema.Field, add bool) (any, error) {
	if f.AutoNow || (f.AutoNowAdd && add) {
		now := o.DB.now()
		var v any = now
		if tz := o.Model.Apps().ConnectionTZ(); tz != nil {
			// timezone.now() is aware under USE_TZ.
			v = schema.MakeAware(now, tz)
		}
		switch f.Kind {
		case schema.DateField:
			v = schema.DateOf(now)
		case schema.TimeField:
			v = schema.TimeOfDay{Hour: now.Hour(), Minute: now.Minute(), Second: now.Second(), Microsecond: now.Nanosecond() / 1000}
		}
		o.values[f.Attname] = v
		return v, nil
	}
	return o.Attr(f)
}

// now is the session clock (DB.Now), which the playground fixes so that
// sessions are reproducible.
func (db *DB) now() time.Time {
	if db.Now != nil {
		return db.Now()
	}
	return time.Now().UTC()
}

// doUpdate is Model._do_update: UPDATE by pk; with nothing to set, a row
// "was updated" when update_fields was given or the row exists. With
// Meta.select_on_save (and no forced update) a SELECT checks the row
// first. It returns one row per row updated: the returning fields' values
// where the UPDATE returned them (Django 6.0), else empty.
func (o *Instance) doUpdate(cls *schema.Model, pk any, values []query.UpdateValue, haveUpdateFields, forced bool, returning []*schema.Field) ([][]any, error) {
	// The pk is prepared as in any filter: pk = 'x' fails as Django's
	// does ("Field 'id' expected a number but got 'x'.").
	filtered, err := o.DB.All(cls).FilterQ(kwQ([]KV{{"pk", pk}}), false)
	if err != nil {
		return nil, err
	}
	one := [][]any{{}}
	existsRow := func() ([][]any, error) {
		ok, err := filtered.Exists()
		if err != nil || !ok {
			return nil, err
		}
		return one, nil
	}
	if len(values) == 0 {
		if haveUpdateFields {
			return one, nil
		}
		return existsRow()
	}
	if o.Model.Meta.SelectOnSave && !forced {
		// Meta.select_on_save: SELECT first; an UPDATE that reports no
		// row is checked again.
		exists, err := filtered.Exists()
		if err != nil || !exists {
			return nil, err
		}
		rows, err := filtered.updateReturning(values, returning)
		if err != nil || len(rows) > 0 {
			return rows, err
		}
		return existsRow()
	}
	return filtered.updateReturning(values, returning)
}

// assignReturnedValues is Model._assign_returned_values: the returned
// values set on the instance; a returning field with no value (the row
// was not returned) is deferred, to be loaded again.
func (o *Instance) assignReturnedValues(row []any, fields []*schema.Field) error {
	for i, f := range fields {
		if i >= len(row) {
			delete(o.values, f.Attname)
			if o.deferred == nil {
				o.deferred = map[string]bool{}
			}
			o.deferred[f.Attname] = true
			continue
		}
		v, err := f.FromDB(row[i])
		if err != nil {
			return err
		}
		o.values[f.Attname] = v
	}
	return nil
}

// doInsert is Model._do_insert: one INSERT of fields; the returning
// fields (an automatic pk not given) come back by RETURNING or as the
// last insert rowid.
func (o *Instance) doInsert(cls *schema.Model, fields []*schema.Field, pkSet bool) error {
	row := make([]any, len(fields))
	for i, f := range fields {
		v, err := o.preSave(f, true)
		if err != nil {
			return err
		}
		if e, ok := v.(query.Expression); ok {
			// An expression (Now(), Value(...)) is inserted as SQL.
			r, err := query.ResolveForInsert(cls, f, e)
			if err != nil {
				return convertQueryError(err)
			}
			row[i] = r
			continue
		}
		p, err := f.DBPrepSave(v)
		if err != nil {
			return err
		}
		row[i] = p
	}
	if o.DB.Apps.Features.InsertOmitsDBDefault {
		// The field's part of Django 6.0's INSERT: a db_default column
		// the instance left to the database is left out.
		var rows [][]any
		fields, rows = query.OmitDatabaseDefaults(fields, [][]any{row})
		row = rows[0]
	}
	returning := dbReturningFields(cls)
	if o.DB.Apps.Features.UpdateReturning {
		// A field inserted from an expression is read back (Django 6.0).
		for i, f := range fields {
			if _, ok := row[i].(query.Expression); ok && !slices.Contains(returning, f) {
				returning = append(returning, f)
			}
		}
	}
	results, err := o.DB.insert(&query.Insert{Model: cls, Fields: fields, Rows: [][]any{row}}, returning)
	if err != nil {
		return err
	}
	if len(results) > 0 {
		return o.assignReturnedValues(results[0], returning)
	}
	return nil
}

// dbReturningFields is Options.db_returning_fields: the fields an INSERT
// returns, the automatic primary key (AutoFieldMixin.db_returning), the
// db_default and generated fields (schema.Field.DBReturning).
func dbReturningFields(m *schema.Model) []*schema.Field {
	return m.Meta.DBReturningFields()
}

// insert is SQLInsertCompiler.execute_sql(returning_fields): the INSERT
// with RETURNING where the version can return columns from an insert
// (features.InsertReturning), else the last insert rowid for an automatic
// pk of a single row. With no returning fields asked for, rows are
// written the way bulk_insert_sql writes them.
func (db *DB) insert(ins *query.Insert, returning []*schema.Field) ([][]any, error) {
	feats := db.Apps.Features
	ins.UnionAll = len(returning) == 0 && !feats.BulkInsertValues
	if feats.InsertReturning {
		ins.Returning = returning
	}
	sql, params := ins.SQL()
	if len(ins.Returning) > 0 {
		return db.queryRows(sql, params)
	}
	res, err := db.exec(sql, params)
	if err != nil {
		return nil, err
	}
	if len(returning) > 0 && returning[0].IsAuto() && len(ins.Rows) == 1 {
		return [][]any{{res.LastInsertID}}, nil
	}
	return nil, nil
}

// sortInstancesByPk orders instances by pk, as Collector.delete sorts them.
func sortInstancesByPk(list []*Instance) {
	sort.SliceStable(list, func(i, j int) bool { return lessValue(list[i].Pk(), list[j].Pk()) })
}

func lessValue(a, b any) bool {
	switch x := a.(type) {
	case int64:
		if y, ok := b.(int64); ok {
			return x < y
		}
	case string:
		if y, ok := b.(string); ok {
			return x < y
		}
	case float64:
		if y, ok := b.(float64); ok {
			return x < y
		}
	}
	return fmt.Sprint(a) < fmt.Sprint(b)
}

// nextOrder is _save_table's `_order` for a new row of a model with
// Meta.order_with_respect_to: COALESCE(MAX(_order) + 1, 0) over the rows
// of the same related object.
func (o *Instance) nextOrder(cls *schema.Model, wrt *schema.Field) (any, error) {
	qs, err := o.DB.All(cls).FilterKW(nil, []KV{{Name: wrt.Name, Value: o.values[wrt.Attname]}}, false)
	if err != nil {
		return nil, err
	}
	intField := &schema.Field{Kind: schema.IntegerField}
	max := &query.Aggregate{Function: "MAX", Name: "Max", Source: &query.F{Name: "_order"}}
	next := &query.ExpressionWrapper{Expr: &query.Combined{LHS: max, RHS: &query.Value{V: int64(1)}, Op: "+"}, Field: intField}
	vals, err := qs.Aggregate([]string{"_order__max"}, []query.Expression{query.NewFunc("Coalesce", next, &query.Value{V: int64(0)})})
	if err != nil {
		return nil, err
	}
	return vals[0], nil
}
