package query

import "github.com/ormfiddle/ormfiddle/engine/schema"

// DatabaseDefault is django.db.models.expressions.DatabaseDefault (Django
// 5.0): the value a field with db_default holds until the row is saved.
// SQLite has no DEFAULT keyword in an INSERT
// (supports_default_keyword_in_insert is False), so it compiles to the
// db_default expression itself; resolved outside an INSERT it is that
// expression.
type DatabaseDefault struct {
	Expr  Expression
	Field *schema.Field
}

// NewDatabaseDefault is the DatabaseDefault of field f: its
// _db_default_expression (the db_default, or Value(db_default, f) for a
// plain value).
func NewDatabaseDefault(f *schema.Field) *DatabaseDefault {
	x, ok := f.DBDefault.(Expression)
	if !ok {
		x = &Value{V: f.DBDefault, Field: f}
	}
	return &DatabaseDefault{Expr: x, Field: f}
}

// SQL is the expression's SQL.
func (d *DatabaseDefault) SQL(c *Compiler) (string, []any, error) { return c.Compile(d.Expr) }

// Resolve resolves the expression.
func (d *DatabaseDefault) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	return d.Expr.Resolve(q, allowJoins, reuse, summarize)
}

// Output is the field.
func (d *DatabaseDefault) Output() *schema.Field { return d.Field }

func (d *DatabaseDefault) relabel(m map[string]string) Expression {
	return &DatabaseDefault{Expr: d.Expr.relabel(m), Field: d.Field}
}

// OmitDatabaseDefaults is what SQLInsertCompiler.as_sql does with
// db_default fields since Django 6.0: a column whose value is a
// DatabaseDefault in every row is left out of the INSERT (the database
// fills it in, RETURNING reads it back), unless it is the last column.
func OmitDatabaseDefaults(fields []*schema.Field, rows [][]any) ([]*schema.Field, [][]any) {
	keep := make([]bool, len(fields))
	n := len(fields)
	for i := range fields {
		keep[i] = true
		all := len(rows) > 0
		for _, row := range rows {
			if _, ok := row[i].(*DatabaseDefault); !ok {
				all = false
				break
			}
		}
		if all && n > 1 {
			keep[i] = false
			n--
		}
	}
	var outFields []*schema.Field
	for i, f := range fields {
		if keep[i] {
			outFields = append(outFields, f)
		}
	}
	outRows := make([][]any, len(rows))
	for r, row := range rows {
		for i, v := range row {
			if keep[i] {
				outRows[r] = append(outRows[r], v)
			}
		}
	}
	return outFields, outRows
}

// ColumnTargets lists the fields whose columns a resolved expression
// reads (the targets of Query._gen_cols), each once, in order.
func ColumnTargets(e Expression) []*schema.Field {
	var out []*schema.Field
	var walk func(e Expression)
	walk = func(e Expression) {
		if c, ok := e.(*Col); ok {
			for _, f := range out {
				if f == c.Target {
					return
				}
			}
			out = append(out, c.Target)
			return
		}
		for _, s := range sourceExpressions(e) {
			if s != nil {
				walk(s)
			}
		}
	}
	walk(e)
	return out
}
