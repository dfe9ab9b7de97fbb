package query

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// TupleLookup is a lookup on a CompositePrimaryKey (Django 5.2's
// django.db.models.fields.tuple_lookups): TupleExact (pk=(1, "a")) and
// TupleIn (pk__in=[(1, "a"), ...]) over the key's columns (ColPairs).
// SQLite answers row values since 3.15, but Django 5.2 writes them as the
// fallback, (a = 1 AND b = 'x') OR'ed for IN; Django 6.0 writes the row
// values, ("a", "b") = (1, 'x') and ("a", "b") IN ((1, 'x'))
// (features.TupleLookupRowValues).
type TupleLookup struct {
	Name string // "exact", "in" or "isnull" (Null its value)
	Null bool
	Cols []*Col
	// Rows are the values, prepared for the database: one row for
	// exact, one per tuple for in.
	Rows      [][]any
	RowValues bool
}

// buildTupleLookup is the lookup of a filter on the composite primary key
// pk at alias: the value checked as TupleLookupMixin.get_prep_lookup and
// TupleIn.get_prep_lookup check it.
func (q *Query) buildTupleLookup(pk *schema.Field, alias string, lookups []string, value any) (*TupleLookup, error) {
	name := "exact"
	if len(lookups) > 0 {
		name = lookups[len(lookups)-1]
	}
	if len(lookups) > 1 || (name != "exact" && name != "in") {
		return nil, &FieldError{"Unsupported lookup '" + strings.Join(lookups, LookupSep) + "' for CompositePrimaryKey or join on the field not permitted."}
	}
	fields := pk.CompositeFields()
	t := &TupleLookup{Name: name, RowValues: q.Model.Meta.Apps().Features.TupleLookupRowValues}
	for _, f := range fields {
		t.Cols = append(t.Cols, &Col{Alias: alias, Target: f})
	}
	lhs := "'" + pk.Name + "'"
	asTuple := func(v any) ([]any, bool) {
		switch x := v.(type) {
		case []any:
			return x, true
		case schema.CompositeValue:
			return x, true
		}
		return nil, false
	}
	row := func(vals []any) ([]any, error) {
		out := make([]any, len(vals))
		for i, v := range vals {
			p, err := prepValue(fields[i], v)
			if err != nil {
				return nil, err
			}
			out[i] = p
		}
		return out, nil
	}
	vals, ok := asTuple(value)
	if !ok {
		return nil, &ValueError{"'" + name + "' lookup of " + lhs + " must be a tuple or a list"}
	}
	if name == "exact" {
		if len(vals) != len(fields) {
			return nil, &ValueError{"'exact' lookup of " + lhs + " must have " + itoa(len(fields)) + " elements"}
		}
		r, err := row(vals)
		if err != nil {
			return nil, err
		}
		t.Rows = [][]any{r}
		return t, nil
	}
	for _, v := range vals {
		if _, ok := asTuple(v); !ok {
			return nil, &ValueError{"'in' lookup of " + lhs + " must be a collection of tuples or lists"}
		}
	}
	for _, v := range vals {
		tv, _ := asTuple(v)
		if len(tv) != len(fields) {
			return nil, &ValueError{"'in' lookup of " + lhs + " must have " + itoa(len(fields)) + " elements each"}
		}
		r, err := row(tv)
		if err != nil {
			return nil, err
		}
		t.Rows = append(t.Rows, r)
	}
	return t, nil
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// SQL is TupleExact.as_sql / TupleIn.as_sql.
func (t *TupleLookup) SQL(c *Compiler) (string, []any, error) {
	cols := make([]string, len(t.Cols))
	for i, col := range t.Cols {
		s, _, err := c.Compile(col)
		if err != nil {
			return "", nil, err
		}
		cols[i] = s
	}
	if t.Name == "isnull" {
		// TupleIsNull: any column null, or none.
		op, conn := " IS NOT NULL", " AND "
		if t.Null {
			op, conn = " IS NULL", " OR "
		}
		return "(" + strings.Join(cols, op+conn) + op + ")", nil, nil
	}
	if len(t.Rows) == 0 {
		return "", nil, ErrEmptyResult
	}
	var params []any
	if t.RowValues {
		ph := "(" + strings.TrimSuffix(strings.Repeat("%s, ", len(cols)), ", ") + ")"
		lhs := "(" + strings.Join(cols, ", ") + ")"
		for _, r := range t.Rows {
			params = append(params, r...)
		}
		if t.Name == "exact" {
			return lhs + " = " + ph, params, nil
		}
		rows := make([]string, len(t.Rows))
		for i := range rows {
			rows[i] = ph
		}
		return lhs + " IN (" + strings.Join(rows, ", ") + ")", params, nil
	}
	// The fallback: a WhereNode of ANDs, OR'ed; one child is not wrapped
	// again.
	ands := make([]string, len(t.Rows))
	for i, r := range t.Rows {
		eqs := make([]string, len(cols))
		for j, col := range cols {
			if r[j] == nil {
				eqs[j] = col + " IS NULL"
				continue
			}
			eqs[j] = col + " = %s"
			params = append(params, r[j])
		}
		ands[i] = "(" + strings.Join(eqs, " AND ") + ")"
	}
	if len(ands) == 1 {
		return ands[0], params, nil
	}
	return "(" + strings.Join(ands, " OR ") + ")", params, nil
}

func (t *TupleLookup) relabelCond(m map[string]string) Condition {
	c := *t
	c.Cols = make([]*Col, len(t.Cols))
	for i, col := range t.Cols {
		c.Cols[i] = col.relabel(m).(*Col)
	}
	return &c
}

func (t *TupleLookup) equal(o Condition) bool {
	x, ok := o.(*TupleLookup)
	return ok && x == t
}

// expandComposite replaces a CompositePrimaryKey among targets by its
// fields (ColPairs.get_cols: ordering by pk orders by each column).
func expandComposite(targets []*schema.Field) []*schema.Field {
	var out []*schema.Field
	for _, t := range targets {
		if t.Composite != nil {
			out = append(out, t.CompositeFields()...)
			continue
		}
		out = append(out, t)
	}
	return out
}
