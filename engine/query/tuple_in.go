package query

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// TupleIn is the TupleIn lookup over ColPairs of one or more columns of the
// query's base table, `("t"."id") IN ((1), (2))`: Django 6.1's forward
// foreign-key prefetch filters this way (get_prefetch_querysets). Rows
// holding a None never match and are left out.
type TupleIn struct {
	Alias   string
	Targets []*schema.Field
	Rows    [][]any
}

// AddTupleIn is queryset.filter(TupleIn(ColPairs(table, targets), rows)).
func (q *Query) AddTupleIn(targets []*schema.Field, rows [][]any) {
	alias := q.InitialAlias()
	var keep [][]any
rows:
	for _, r := range rows {
		for _, v := range r {
			if v == nil {
				continue rows
			}
		}
		keep = append(keep, r)
	}
	q.Where.Children = append(q.Where.Children, &TupleIn{Alias: alias, Targets: targets, Rows: keep})
}

// SQL is TupleIn.as_sql.
func (t *TupleIn) SQL(c *Compiler) (string, []any, error) {
	if len(t.Rows) == 0 {
		return "", nil, ErrEmptyResult
	}
	cols := make([]string, len(t.Targets))
	for i, f := range t.Targets {
		cols[i] = schema.QuoteName(t.Alias) + "." + schema.QuoteName(f.Column)
	}
	var params []any
	groups := make([]string, len(t.Rows))
	for i, r := range t.Rows {
		ph := make([]string, len(r))
		for j, v := range r {
			p, err := t.Targets[j].DBPrepValue(v)
			if err != nil {
				return "", nil, err
			}
			ph[j] = "%s"
			params = append(params, p)
		}
		groups[i] = "(" + strings.Join(ph, ", ") + ")"
	}
	return "(" + strings.Join(cols, ", ") + ") IN (" + strings.Join(groups, ", ") + ")", params, nil
}

func (t *TupleIn) relabelCond(m map[string]string) Condition {
	n := *t
	if a, ok := m[t.Alias]; ok {
		n.Alias = a
	}
	return &n
}

func (t *TupleIn) equal(o Condition) bool { return o == Condition(t) }
