package django

import (
	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// sqliteMaxQueryParams is the SQLite backend's max_query_params.
const sqliteMaxQueryParams = 999

// bulkUpdate is QuerySet.bulk_update(objs, fields, batch_size=None): per
// batch one UPDATE setting each field to CASE WHEN pk = ... THEN value
// ... END, filtered on the batch's primary keys.
func (e *Env) bulkUpdate(th *python.Thread, self *python.Instance, qs *orm.QuerySet, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var objsV, fieldsV python.Value
	var batchV python.Value = python.None
	if err := python.UnpackArgs("bulk_update", args, kw, "objs", &objsV, "fields", &fieldsV, "batch_size?", &batchV); err != nil {
		return nil, err
	}
	batch := 0
	if batchV != python.None {
		n, ok := numberArg(batchV)
		if !ok {
			return nil, python.NewError(python.TypeError, "'<' not supported between instances of '%s' and 'int'", batchV.Type())
		}
		if n < 0 || (n == 0 && e.Features.AssertsAreExceptions) {
			return nil, python.NewError(python.ValueError, "Batch size must be a positive integer.")
		}
		batch = int(n)
	}
	names, err := e.iterStrings(fieldsV)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, python.NewError(python.ValueError, "Field names must be given to bulk_update().")
	}
	var objs []python.Value
	if err := python.Iterate(th, objsV, func(v python.Value) error { objs = append(objs, v); return nil }); err != nil {
		return nil, err
	}
	pks := make([]any, len(objs))
	for i, o := range objs {
		pk, err := python.GetAttr(th, o, "pk")
		if err != nil {
			return nil, err
		}
		if pk == python.None {
			return nil, python.NewError(python.ValueError, "All bulk_update() objects must have a primary key set.")
		}
		pks[i] = e.toGo(pk)
	}
	opts := qs.Model.Meta
	fields := make([]*schema.Field, len(names))
	for i, n := range names {
		f, rel, err := opts.GetField(n)
		if err != nil {
			return nil, e.pyErr(&orm.Error{Class: "FieldDoesNotExist", Msg: err.Error()})
		}
		if rel != nil || !f.Concrete() {
			return nil, python.NewError(python.ValueError, "bulk_update() can only be used with concrete fields.")
		}
		fields[i] = f
	}
	for _, f := range fields {
		if f.PrimaryKey {
			return nil, python.NewError(python.ValueError, "bulk_update() cannot be used with primary key fields.")
		}
	}
	if len(objs) == 0 {
		if e.Features.BulkUpdateReturnsRows {
			return python.MakeInt(0), nil
		}
		return python.None, nil
	}
	if e.Features.BulkUpdateChecksRelated {
		for _, o := range objs {
			if inst, ok := e.ormInstance(o); ok {
				if err := inst.PrepareRelatedFieldsForSave("bulk_update", fields); err != nil {
					return nil, e.pyErr(err)
				}
			}
		}
	}
	var rows int64
	// bulk_batch_size(['pk', 'pk'] + fields, objs).
	maxBatch := sqliteMaxQueryParams / (2 + len(fields))
	if batch == 0 || batch > maxBatch {
		batch = maxBatch
	}
	for start := 0; start < len(objs); start += batch {
		end := min(start+batch, len(objs))
		var kvs []orm.KV
		for _, f := range fields {
			c := &query.Case{Field: f, Default: &query.Value{V: nil}}
			for i := start; i < end; i++ {
				attr, err := python.GetAttr(th, objs[i], f.Attname)
				if err != nil {
					return nil, err
				}
				var then query.Expression
				if x, ok := attr.(*Expr); ok {
					then = x.expr
				} else {
					then = &query.Value{V: e.toGoStore(attr), Field: f}
				}
				cond := query.NewQ(nil, []query.Filter{{Lookup: "pk", Value: pks[i]}})
				c.Cases = append(c.Cases, &query.When{Condition: cond, Result: then})
			}
			kvs = append(kvs, orm.KV{Name: f.Attname, Value: c})
		}
		sub, err := qs.FilterKW(nil, []orm.KV{{Name: "pk__in", Value: append([]any(nil), pks[start:end]...)}}, false)
		if err != nil {
			return nil, e.pyErr(err)
		}
		n, err := sub.Update(kvs...)
		if err != nil {
			return nil, e.pyErr(err)
		}
		rows += n
	}
	if e.Features.BulkUpdateReturnsRows {
		return python.MakeInt(rows), nil
	}
	return python.None, nil
}

// dates is QuerySet.dates(field_name, kind, order='ASC') and
// datetimes(field_name, kind, order='ASC', tzinfo=None, is_dst=None): the
// distinct truncated values, NULLs left out, in order.
func (e *Env) dates(th *python.Thread, self *python.Instance, qs *orm.QuerySet, method string, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var fieldName, kind string
	order := "ASC"
	var tz, isDST python.Value = python.None, python.None
	var err error
	if method == "dates" {
		err = python.UnpackArgs(method, args, kw, "field_name", &fieldName, "kind", &kind, "order?", &order)
	} else {
		err = python.UnpackArgs(method, args, kw, "field_name", &fieldName, "kind", &kind, "order?", &order, "tzinfo?", &tz, "is_dst?", &isDST)
	}
	if err != nil {
		return nil, err
	}
	alias := "datefield"
	output := &schema.Field{Kind: schema.DateField}
	if method == "dates" {
		switch kind {
		case "year", "month", "week", "day":
		default:
			return nil, e.assertErr(python.ValueError, "'kind' must be one of 'year', 'month', 'week', or 'day'.", "'kind' must be one of 'year', 'month', 'week', or 'day'.")
		}
	} else {
		alias = "datetimefield"
		output = &schema.Field{Kind: schema.DateTimeField}
		switch kind {
		case "year", "month", "week", "day", "hour", "minute", "second":
		default:
			return nil, e.assertErr(python.ValueError, "'kind' must be one of 'year', 'month', 'week', 'day', 'hour', 'minute', or 'second'.", "'kind' must be one of 'year', 'month', 'week', 'day', 'hour', 'minute', or 'second'.")
		}
	}
	if order != "ASC" && order != "DESC" {
		return nil, e.assertErr(python.ValueError, "'order' must be either 'ASC' or 'DESC'.", "'order' must be either 'ASC' or 'DESC'.")
	}
	trunc := &query.Func{Class: query.FuncClasses["Trunc"], Sources: []query.Expression{&query.F{Name: fieldName}}, Field: output, Kind: kind}
	if method == "datetimes" && e.Settings.UseTZ {
		// The current time zone when datetimes() is called.
		if trunc.TZInfo, err = tzinfoArg(tz); err != nil {
			return nil, err
		}
		if trunc.TZInfo == nil {
			trunc.TZInfo = e.Apps.CurrentTZ()
		}
	}
	c, err := qs.Annotate([]string{alias, "plain_field"}, []query.Expression{trunc, &query.F{Name: fieldName}})
	if err == nil {
		c, err = c.ValuesList(true, false, alias)
	}
	if err == nil {
		c, err = c.Distinct()
	}
	if err == nil {
		c, err = c.FilterKW(nil, []orm.KV{{Name: "plain_field__isnull", Value: false}}, false)
	}
	if err == nil {
		prefix := ""
		if order == "DESC" {
			prefix = "-"
		}
		c, err = c.OrderBy(prefix + alias)
	}
	if err != nil {
		return nil, e.pyErr(err)
	}
	return e.chained(self, c), nil
}
