package orm

import (
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// RawQuerySet is Manager.raw(raw_query, params, translations): model
// instances built from the rows of SQL the user wrote. Columns map to
// fields by column name (after translations); other columns become
// attributes; fields without a column are deferred. It runs its SQL when
// iterated (once, then cached) and when its columns are asked for first.
type RawQuerySet struct {
	db    *DB
	Model *schema.Model
	SQL   string
	// Params are the query parameters; Translations rename result
	// columns to field names, in order ([query name, model name]).
	Params       []any
	Translations [][2]string

	columns []string
	colsSet bool
	cache   []*Instance
	fetched bool
}

// Raw is Manager.raw().
func (db *DB) Raw(m *schema.Model, sql string, params []any, translations [][2]string) *RawQuerySet {
	return &RawQuerySet{db: db, Model: m, SQL: sql, Params: params, Translations: translations}
}

// execute is RawQuery._execute_query: the column names and the rows.
func (r *RawQuerySet) execute() ([]string, [][]any, error) {
	if err := r.db.validateNoBrokenTransaction(r.SQL, r.Params); err != nil {
		return nil, nil, err
	}
	names, rows, err := r.db.Conn.QueryColumns(r.SQL, r.Params...)
	if err != nil {
		return nil, nil, dbError(err)
	}
	if !r.colsSet {
		r.setColumns(names)
	}
	return names, rows, nil
}

func (r *RawQuerySet) setColumns(names []string) {
	cols := append([]string(nil), names...)
	for _, t := range r.Translations {
		for i, c := range cols {
			if c == t[0] {
				cols[i] = t[1]
				break
			}
		}
	}
	r.columns, r.colsSet = cols, true
}

// Columns is RawQuerySet.columns: the result's column names with the
// translations applied (running the query the first time).
func (r *RawQuerySet) Columns() ([]string, error) {
	if !r.colsSet {
		if _, _, err := r.execute(); err != nil {
			return nil, err
		}
	}
	return r.columns, nil
}

// ModelFields is RawQuerySet.model_fields: the model's fields by column,
// in _meta.fields order.
func (r *RawQuerySet) ModelFields() ([]string, []*schema.Field) {
	var cols []string
	var fields []*schema.Field
	for _, f := range r.Model.Meta.Fields() {
		if !f.Concrete() {
			continue
		}
		cols = append(cols, f.Column)
		fields = append(fields, f)
	}
	return cols, fields
}

// Evaluated reports whether the results are cached.
func (r *RawQuerySet) Evaluated() bool { return r.fetched }

// Results is RawQuerySet._fetch_all: the instances, cached.
func (r *RawQuerySet) Results() ([]*Instance, error) {
	if r.fetched {
		return r.cache, nil
	}
	_, rows, err := r.execute()
	if err != nil {
		return nil, err
	}
	fieldCols, fields := r.ModelFields()
	byColumn := map[string]*schema.Field{}
	for i, c := range fieldCols {
		byColumn[c] = fields[i]
	}
	// resolve_model_init_order
	var initFields []*schema.Field
	var initPos []int
	for _, f := range fields {
		for pos, c := range r.columns {
			if c == f.Column {
				initFields = append(initFields, f)
				initPos = append(initPos, pos)
				break
			}
		}
	}
	hasPk := false
	for _, f := range initFields {
		if f.Attname == r.Model.Meta.Pk.Attname {
			hasPk = true
		}
	}
	if !hasPk {
		return nil, errorf("FieldDoesNotExist", "Raw query must include the primary key")
	}
	out := make([]*Instance, 0, len(rows))
	for _, row := range rows {
		// The converters of the matched fields.
		for pos, c := range r.columns {
			if f := byColumn[c]; f != nil && pos < len(row) {
				v, err := f.FromDB(row[pos])
				if err != nil {
					return nil, convertQueryError(err)
				}
				if f.IsInstance(schema.DateTimeField) {
					v = schema.AwareFromDB(v, r.Model.Apps().ConnectionTZ())
				}
				row[pos] = v
			}
		}
		vals := make([]any, len(initPos))
		for i, p := range initPos {
			vals[i] = row[p]
		}
		inst := r.db.FromDB(r.Model, initFields, vals)
		if err := r.db.sendFromDBInit(inst, initFields); err != nil {
			return nil, err
		}
		for pos, c := range r.columns {
			if byColumn[c] == nil && pos < len(row) {
				inst.SetAnnotation(c, row[pos])
			}
		}
		out = append(out, inst)
	}
	r.cache, r.fetched = out, true
	return out, nil
}
