package query

import (
	"reflect"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// TupleIn is django.db.models.fields.tuple_lookups.TupleIn over the
// columns of a relation (ColPairs): `(a, b) IN ((1, 2), (3, 4))` where
// the backend supports tuple lookups (features.TupleLookupsNative), else
// its fallback `((a = 1 AND b = 2) OR (a = 3 AND b = 4))`. A tuple
// holding None is left out; none left is EmptyResultSet. Django 5.2's
// forward many-to-one prefetch filters with it.
type TupleIn struct {
	Cols   []*Col
	Values [][]any
}

// AddTupleIn filters q by the rows whose fields, on the base table, hold
// one of the tuples of values.
func (q *Query) AddTupleIn(fields []*schema.Field, values [][]any) {
	alias := q.InitialAlias()
	t := &TupleIn{Values: values}
	for _, f := range fields {
		t.Cols = append(t.Cols, &Col{Alias: alias, Target: f})
	}
	q.Where.Children = append(q.Where.Children, t)
}

// SQL is TupleIn.as_sql, or get_fallback_sql on SQLite before Django 6.1.
func (t *TupleIn) SQL(c *Compiler) (string, []any, error) {
	var rows [][]any
	for _, vals := range t.Values {
		skip := false
		for _, v := range vals {
			if v == nil {
				skip = true
			}
		}
		if !skip {
			rows = append(rows, vals)
		}
	}
	if len(rows) == 0 {
		return "", nil, ErrEmptyResult
	}
	if c.Query.features().TupleLookupsNative {
		var lhs []string
		var params []any
		for _, col := range t.Cols {
			s, p, err := c.Compile(col)
			if err != nil {
				return "", nil, err
			}
			lhs = append(lhs, s)
			params = append(params, p...)
		}
		var tuples []string
		for _, vals := range rows {
			var parts []string
			for i, v := range vals {
				s, p, err := c.Compile(&Value{V: v, Field: t.Cols[i].Target})
				if err != nil {
					return "", nil, err
				}
				parts = append(parts, s)
				params = append(params, p...)
			}
			tuples = append(tuples, "("+strings.Join(parts, ", ")+")")
		}
		return "(" + strings.Join(lhs, ", ") + ") IN (" + strings.Join(tuples, ", ") + ")", params, nil
	}
	root := NewWhere(OR)
	for _, vals := range rows {
		and := NewWhere(AND)
		for i, v := range vals {
			p, err := t.Cols[i].Target.DBPrepValue(v)
			if err != nil {
				return "", nil, err
			}
			and.Children = append(and.Children, &Lookup{Name: "exact", LHS: t.Cols[i], RHS: p})
		}
		root.Children = append(root.Children, and)
	}
	return root.SQL(c)
}

func (t *TupleIn) relabelCond(m map[string]string) Condition {
	n := &TupleIn{Values: t.Values}
	for _, col := range t.Cols {
		n.Cols = append(n.Cols, col.relabel(m).(*Col))
	}
	return n
}

func (t *TupleIn) equal(o Condition) bool {
	ot, ok := o.(*TupleIn)
	return ok && reflect.DeepEqual(t, ot)
}
