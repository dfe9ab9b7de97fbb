package query

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// OnConflict is Query.on_conflict of an INSERT: none, IGNORE
// (bulk_create(ignore_conflicts=True)) or UPDATE (update_conflicts=True).
type OnConflict int

const (
	ConflictNone OnConflict = iota
	ConflictIgnore
	ConflictUpdate
)

// Insert is an InsertQuery for SQLInsertCompiler: rows of values already
// prepared for the database (Field.get_db_prep_save, or an Expression
// compiled in place), in the order of Fields.
type Insert struct {
	Model  *schema.Model
	Fields []*schema.Field
	Rows   [][]any
	// OnConflict with UpdateFields and UniqueFields is bulk_create's
	// conflict handling (ON CONFLICT(...) DO UPDATE SET ...).
	OnConflict   OnConflict
	UpdateFields []*schema.Field
	UniqueFields []*schema.Field
	// Returning are the columns the INSERT returns (RETURNING "t"."c"),
	// none when the backend reads last_insert_rowid().
	Returning []*schema.Field
	// UnionAll writes the rows as SQLite's bulk_insert_sql did up to
	// Django 4.x, `SELECT a, b UNION ALL SELECT c, d` (the compiler's
	// can_bulk path, taken when no returning fields were asked for);
	// otherwise `VALUES (a, b), (c, d)`.
	UnionAll bool
}

// SQL is SQLInsertCompiler.as_sql for one statement. With no fields (a
// model with only an automatic pk) Django inserts NULL into the pk
// column.
func (ins *Insert) SQL() (string, []any) {
	opts := ins.Model.Meta
	fields, rows := ins.Fields, ins.Rows
	if len(fields) == 0 {
		fields = []*schema.Field{opts.Pk}
		rows = make([][]any, max(len(rows), 1))
		for i := range rows {
			rows[i] = []any{nil}
		}
	}
	cols := make([]string, len(fields))
	for i, f := range fields {
		cols[i] = schema.QuoteName(f.Column)
	}
	var params []any
	var groups []string
	for _, row := range rows {
		ph := make([]string, len(row))
		for i, v := range row {
			if e, ok := v.(Expression); ok {
				s, p, err := (&Compiler{Query: New(ins.Model)}).Compile(e)
				if err == nil {
					ph[i] = s
					params = append(params, p...)
					continue
				}
			}
			ph[i] = "%s"
			params = append(params, v)
		}
		groups = append(groups, strings.Join(ph, ", "))
	}
	statement := "INSERT INTO "
	if ins.OnConflict == ConflictIgnore {
		statement = "INSERT OR IGNORE INTO "
	}
	sql := statement + schema.QuoteName(opts.DBTable) + " (" + strings.Join(cols, ", ") + ") "
	if ins.UnionAll {
		sql += "SELECT " + strings.Join(groups, " UNION ALL SELECT ")
	} else {
		sql += "VALUES (" + strings.Join(groups, "), (") + ")"
	}
	if ins.OnConflict == ConflictUpdate {
		unique := make([]string, len(ins.UniqueFields))
		for i, f := range ins.UniqueFields {
			unique[i] = schema.QuoteName(f.Column)
		}
		sets := make([]string, len(ins.UpdateFields))
		for i, f := range ins.UpdateFields {
			c := schema.QuoteName(f.Column)
			sets[i] = c + " = EXCLUDED." + c
		}
		sql += " ON CONFLICT(" + strings.Join(unique, ", ") + ") DO UPDATE SET " + strings.Join(sets, ", ")
	}
	return sql + returningSQL(ins.Returning), params
}

// UpdateValue is one `SET column = value` of an UPDATE: a Go value (to be
// prepared with the field), or an Expression (F("n") + 1).
type UpdateValue struct {
	Field *schema.Field
	Value any
}

// UpdateSQL is SQLUpdateCompiler.as_sql for q's model table: None values
// are written inline as NULL, expressions are resolved against q (no joins
// allowed), everything else is a parameter prepared with the field; then
// RETURNING the returning fields' columns, if any. The caller must have
// reduced q to a single table (see PkSubquery).
func UpdateSQL(q *Query, values []UpdateValue, returning ...*schema.Field) (string, []any, error) {
	q = q.Clone()
	q.InitialAlias()
	c := &Compiler{Query: q}
	var sets []string
	var params []any
	for _, uv := range values {
		name := schema.QuoteName(uv.Field.Column)
		if e, ok := uv.Value.(Expression); ok {
			// add_update_fields resolves the value, and
			// SQLUpdateCompiler.as_sql resolves it again.
			r, err := e.Resolve(q, false, nil, false)
			if err == nil {
				r, err = r.Resolve(q, false, nil, false)
			}
			if err != nil {
				return "", nil, err
			}
			if v, ok := r.(*Value); ok && v.V == nil {
				// The field's get_db_prep_save: a JSONField makes
				// Value(None, JSONField()) JSON null; Value.as_sql(for_save)
				// writes other Nones NULL.
				if v.Field != nil && v.Field.Kind == schema.JSONField && uv.Field.Kind == schema.JSONField && q.features().JSONValueNoneIsNull {
					sets = append(sets, name+" = %s")
					params = append(params, "null")
				} else {
					sets = append(sets, name+" = NULL")
				}
				continue
			}
			if v, ok := r.(*Value); ok && v.Field == nil {
				r = &Value{V: v.V, Field: uv.Field}
			}
			if containsAggregate(r) {
				return "", nil, &FieldError{fmt.Sprintf("Aggregate functions are not allowed in this query (%s=%s).", uv.Field.Name, exprRepr(r))}
			}
			if containsOverClause(r) {
				return "", nil, &FieldError{fmt.Sprintf("Window expressions are not allowed in this query (%s=%s).", uv.Field.Name, exprRepr(r))}
			}
			s, p, err := c.Compile(r)
			if err != nil {
				return "", nil, err
			}
			sets = append(sets, name+" = "+s)
			params = append(params, p...)
			continue
		}
		v, err := uv.Field.DBPrepSave(uv.Value)
		if err != nil {
			return "", nil, err
		}
		if v == nil {
			sets = append(sets, name+" = NULL")
			continue
		}
		sets = append(sets, name+" = %s")
		params = append(params, v)
	}
	sql := "UPDATE " + schema.QuoteName(q.Meta().DBTable) + " SET " + strings.Join(sets, ", ")
	where, wp, err := c.Compile(q.Where)
	if err != nil {
		return "", nil, err
	}
	if where != "" {
		sql += " WHERE " + where
	}
	sql += returningSQL(returning)
	return sql, append(params, wp...), nil
}

// returningSQL is DatabaseOperations.returning_columns:
// ` RETURNING "table"."column", ...`, or "" for no fields.
func returningSQL(fields []*schema.Field) string {
	if len(fields) == 0 {
		return ""
	}
	ret := make([]string, len(fields))
	for i, f := range fields {
		ret[i] = schema.QuoteName(f.Model.Meta.DBTable) + "." + schema.QuoteName(f.Column)
	}
	return " RETURNING " + strings.Join(ret, ", ")
}

// ActiveTables counts the aliases in use (count_active_tables).
func (q *Query) ActiveTables() int {
	q.baseAlias()
	n := 0
	for _, a := range q.aliasOrder {
		if q.aliasRefcount[a] > 0 {
			n++
		}
	}
	return n
}

// PkSubquery returns a query on the same model whose where is
// `pk IN (SELECT pk FROM <q>)`, as SQLUpdateCompiler.pre_sql_setup and
// SQLDeleteCompiler do when q spans several tables.
func PkSubquery(q *Query) (*Query, error) {
	inner := q.Clone()
	inner.SelectRelated = nil
	inner.ClearOrdering(true, true)
	inner.Select = nil
	inner.ExtraSelect = nil
	if err := inner.AddFields([]string{inner.Meta().Pk.Name}, true); err != nil {
		return nil, err
	}
	outer := New(q.Model)
	if err := outer.AddQ(NewQ(nil, []Filter{{Lookup: "pk__in", Value: inner}})); err != nil {
		return nil, err
	}
	return outer, nil
}

// DeleteSQL is SQLDeleteCompiler.as_sql: `DELETE FROM "table" WHERE ...`,
// through a pk subquery when q uses more than one table.
func DeleteSQL(q *Query) (string, []any, error) {
	q = q.Clone()
	if q.ActiveTables() > 1 {
		inner := q.Clone()
		inner.Select = []Expression{&Col{Alias: inner.baseAlias(), Target: inner.Meta().Pk}}
		inner.DefaultCols = false
		outer := New(q.Model)
		if err := outer.AddQ(NewQ(nil, []Filter{{Lookup: "pk__in", Value: inner}})); err != nil {
			return "", nil, err
		}
		q = outer
	}
	q.InitialAlias()
	c := &Compiler{Query: q}
	sql := "DELETE FROM " + schema.QuoteName(q.Meta().DBTable)
	where, params, err := c.Compile(q.Where)
	if err != nil {
		return "", nil, err
	}
	if where != "" {
		sql += " WHERE " + where
	}
	return sql, params, nil
}

// ResolveForInsert is SQLInsertCompiler.prepare_value for an expression
// given as a field's value on save: resolved without joins; it may not
// refer to columns (F() only updates) nor aggregate.
func ResolveForInsert(model *schema.Model, field *schema.Field, e Expression) (Expression, error) {
	if dd, ok := e.(*DatabaseDefault); ok {
		// DatabaseDefault.resolve_expression(for_save=True) stays a
		// DatabaseDefault (OmitDatabaseDefaults looks for it).
		r, err := ResolveForInsert(model, field, dd.Expr)
		if err != nil {
			return nil, err
		}
		return &DatabaseDefault{Expr: r, Field: dd.Field}, nil
	}
	r, err := e.Resolve(New(model), false, nil, false)
	if err != nil {
		return nil, err
	}
	if v, ok := r.(*Value); ok && v.Field == nil {
		r = &Value{V: v.V, Field: field}
	}
	if containsColumnReferences(r) {
		return nil, &ValueError{fmt.Sprintf(`Failed to insert expression "%s" on %s. F() expressions can only be used to update, not to insert.`, ExprString(r), field.String())}
	}
	if containsAggregate(r) {
		return nil, &FieldError{fmt.Sprintf("Aggregate functions are not allowed in this query (%s=%s).", field.Name, ExprString(r))}
	}
	return r, nil
}

// containsColumnReferences is contains_column_references.
func containsColumnReferences(e Expression) bool {
	if _, ok := e.(*Col); ok {
		return true
	}
	for _, s := range sourceExpressions(e) {
		if containsColumnReferences(s) {
			return true
		}
	}
	return false
}

// ExprString is str() of a resolved expression, for error messages:
// Col(alias, app.Model.field), F(name), Value(v), "lhs + rhs",
// Func(args).
func ExprString(e Expression) string {
	switch x := e.(type) {
	case *Col:
		if x.Alias == "" {
			return "Col(" + x.Target.String() + ")"
		}
		return "Col(" + x.Alias + ", " + x.Target.String() + ")"
	case *F:
		return "F(" + x.Name + ")"
	case *Value:
		return "Value(" + schema.Str(x.V) + ")"
	case *Combined:
		return ExprString(x.LHS) + " " + x.Op + " " + ExprString(x.RHS)
	case *Func:
		var parts []string
		for _, s := range x.Sources {
			parts = append(parts, ExprString(s))
		}
		return x.Class.Name + "(" + strings.Join(parts, ", ") + ")"
	case *Aggregate:
		if x.Star {
			return x.Name + "('*')"
		}
		if x.Distinct {
			// Func.__repr__ with Aggregate._get_repr_options.
			return x.Name + "(" + ExprString(x.Source) + ", distinct=True)"
		}
		return x.Name + "(" + ExprString(x.Source) + ")"
	case *OrderBy:
		return fmt.Sprintf("OrderBy(%s, descending=%s)", ExprString(x.Expr), pyBool(x.Descending))
	case *Window:
		return WindowString(x, ExprString)
	}
	return fmt.Sprintf("%T", e)
}

// exprRepr is repr() of an expression: str() in angle brackets with the
// class name for the classes whose __repr__ says so.
func exprRepr(e Expression) string {
	switch e.(type) {
	case *Window:
		return "<Window: " + ExprString(e) + ">"
	case *Combined:
		return "<CombinedExpression: " + ExprString(e) + ">"
	}
	return ExprString(e)
}

// WindowString is Window.__str__ with str of each expression given by str:
// "Rank() OVER (PARTITION BY F(a)ORDER BY F(b))" (Django 3.2 puts no space
// between the clauses).
func WindowString(w *Window, str func(Expression) string) string {
	list := func(l []Expression) string {
		parts := make([]string, len(l))
		for i, e := range l {
			parts[i] = str(e)
		}
		return strings.Join(parts, ", ")
	}
	s := str(w.Source) + " OVER ("
	if len(w.PartitionBy) > 0 {
		s += "PARTITION BY " + list(w.PartitionBy)
	}
	if len(w.OrderBy) > 0 {
		if !w.OrderByList {
			s += "ORDER BY "
		}
		s += list(w.OrderBy)
	}
	if w.Frame != nil {
		s += w.Frame.String()
	}
	return s + ")"
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
