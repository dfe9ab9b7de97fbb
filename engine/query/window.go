package query

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// Window is django.db.models.Window: an aggregate or a window function
// evaluated over a window of rows,
// `expression OVER (PARTITION BY ... ORDER BY ... frame)`. It is never an
// aggregate (contains_aggregate = False: it adds nothing to GROUP BY) and
// may not be filtered on (filterable = False).
type Window struct {
	Source Expression
	// PartitionBy and OrderBy are the expressions of the partition_by and
	// order_by arguments, rendered joined by ", " (ExpressionList); nil
	// when not given.
	PartitionBy []Expression
	OrderBy     []Expression
	Frame       *WindowFrame
	// Field is the output_field argument (nil: the source's).
	Field *schema.Field
	// OrderByList is WindowOrderByList: order_by is an OrderByList,
	// whose str() has no "ORDER BY ".
	OrderByList bool
}

// WindowFrame is RowRange (Type "ROWS") or ValueRange (Type "RANGE"):
// BETWEEN start AND end, where a nil bound is unbounded, a negative start
// is PRECEDING, a positive end FOLLOWING and zero the current row.
type WindowFrame struct {
	Type       string
	Start, End *int64
	// AnyRowBounds is RowRangeAnyBounds: a ROWS frame takes any integer
	// bounds (a positive start FOLLOWING, a negative end PRECEDING), a
	// start after the end being the error.
	AnyRowBounds bool
}

// WindowCompatible is window_compatible: whether e may be the expression
// of a Window (the aggregates and the window functions).
func WindowCompatible(e Expression) bool {
	switch x := e.(type) {
	case *Aggregate:
		return true
	case *Func:
		return x.Class.Window
	}
	return false
}

// SQL is Window.as_sqlite: Window.as_sql, with a decimal result cast to
// NUMERIC around the whole window expression rather than inside it.
func (w *Window) SQL(c *Compiler) (string, []any, error) {
	src := w.Source
	decimal := false
	if f := w.Output(); f != nil && f.InternalType() == schema.DecimalField {
		decimal = true
		src = withOutputField(src, floatField)
	}
	sql, params, err := c.Compile(src)
	if err != nil {
		return "", nil, err
	}
	var window strings.Builder
	for _, clause := range []struct {
		keyword string
		list    []Expression
	}{{"PARTITION BY ", w.PartitionBy}, {" ORDER BY ", w.OrderBy}} {
		if len(clause.list) == 0 {
			continue
		}
		s, p, err := compileList(c, clause.list)
		if err != nil {
			return "", nil, err
		}
		window.WriteString(clause.keyword + s)
		params = append(params, p...)
	}
	if w.Frame != nil {
		s, err := w.Frame.SQL()
		if err != nil {
			return "", nil, err
		}
		window.WriteString(" " + s)
	}
	sql += " OVER (" + strings.TrimSpace(window.String()) + ")"
	if decimal {
		sql = numericCast(c, sql)
	}
	return sql, params, nil
}

// compileList is ExpressionList.as_sql: the expressions joined by ", ".
func compileList(c *Compiler, list []Expression) (string, []any, error) {
	parts := make([]string, len(list))
	var params []any
	for i, e := range list {
		s, p, err := c.Compile(e)
		if err != nil {
			return "", nil, err
		}
		parts[i] = s
		params = append(params, p...)
	}
	return strings.Join(parts, ", "), params, nil
}

// withOutputField is a copy of e whose output field is f (as_sqlite sets
// the source's output_field to FloatField on a copy).
func withOutputField(e Expression, f *schema.Field) Expression {
	switch x := e.(type) {
	case *Aggregate:
		n := *x
		n.Field = f
		return &n
	case *Func:
		n := x.copy()
		n.Field = f
		return n
	}
	return e
}

// Resolve resolves the source, partition and ordering expressions.
func (w *Window) Resolve(q *Query, allowJoins bool, reuse map[string]bool, summarize bool) (Expression, error) {
	n := *w
	s, err := w.Source.Resolve(q, allowJoins, reuse, summarize)
	if err != nil {
		return nil, err
	}
	n.Source = s
	resolveList := func(list []Expression) ([]Expression, error) {
		if list == nil {
			return nil, nil
		}
		out := make([]Expression, len(list))
		for i, e := range list {
			r, err := e.Resolve(q, allowJoins, reuse, summarize)
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return out, nil
	}
	if n.PartitionBy, err = resolveList(w.PartitionBy); err != nil {
		return nil, err
	}
	if n.OrderBy, err = resolveList(w.OrderBy); err != nil {
		return nil, err
	}
	return &n, nil
}

// Output is the output_field argument or the source's.
func (w *Window) Output() *schema.Field {
	if w.Field != nil {
		return w.Field
	}
	return w.Source.Output()
}

func (w *Window) relabel(m map[string]string) Expression {
	n := *w
	n.Source = w.Source.relabel(m)
	n.PartitionBy = relabelList(w.PartitionBy, m)
	n.OrderBy = relabelList(w.OrderBy, m)
	return &n
}

func relabelList(list []Expression, m map[string]string) []Expression {
	if list == nil {
		return nil
	}
	out := make([]Expression, len(list))
	for i, e := range list {
		out[i] = e.relabel(m)
	}
	return out
}

// String is WindowFrame.__str__, which renders invalid bounds as
// unbounded instead of failing.
func (f *WindowFrame) String() string {
	s, _ := f.SQL()
	return s
}

// SQL is WindowFrame.as_sql: "ROWS BETWEEN 1 PRECEDING AND CURRENT ROW",
// and DatabaseOperations.window_frame_start/end's ValueError for a start
// after the current row or an end before it (the clause is still
// rendered, with such a bound unbounded, for String).
func (f *WindowFrame) SQL() (string, error) {
	if f.AnyRowBounds && f.Type == "ROWS" {
		return f.rowsSQL()
	}
	var err error
	start, end := "UNBOUNDED PRECEDING", "UNBOUNDED FOLLOWING"
	if f.Start != nil {
		switch s := *f.Start; {
		case s < 0:
			start = fmt.Sprintf("%d PRECEDING", -s)
		case s == 0:
			start = "CURRENT ROW"
		default:
			err = &ValueError{fmt.Sprintf("start argument must be a negative integer, zero, or None, but got '%d'.", s)}
		}
	}
	if f.End != nil {
		switch e := *f.End; {
		case e > 0:
			end = fmt.Sprintf("%d FOLLOWING", e)
		case e == 0:
			end = "CURRENT ROW"
		case err == nil:
			err = &ValueError{fmt.Sprintf("end argument must be a positive integer, zero, or None, but got '%d'.", e)}
		}
	}
	return f.Type + " BETWEEN " + start + " AND " + end, err
}

// rowsSQL is RowRange under window_frame_rows_start_end: any integer
// bound, "start cannot be greater than end." (the clause is still
// rendered, for String).
func (f *WindowFrame) rowsSQL() (string, error) {
	value := func(v *int64, unbounded string) string {
		switch {
		case v == nil:
			return unbounded
		case *v == 0:
			return "CURRENT ROW"
		case *v < 0:
			return fmt.Sprintf("%d PRECEDING", -*v)
		}
		return fmt.Sprintf("%d FOLLOWING", *v)
	}
	var err error
	if f.Start != nil && f.End != nil && *f.Start > *f.End {
		err = &ValueError{"start cannot be greater than end."}
	}
	return f.Type + " BETWEEN " + value(f.Start, "UNBOUNDED PRECEDING") + " AND " + value(f.End, "UNBOUNDED FOLLOWING"), err
}

// containsOverClause is contains_over_clause.
func containsOverClause(e Expression) bool {
	if _, ok := e.(*Window); ok {
		return true
	}
	for _, s := range sourceExpressions(e) {
		if containsOverClause(s) {
			return true
		}
	}
	return false
}

// checkFilterable is Query.check_filterable: a Window anywhere in a
// filter is Django's NotSupportedError.
func (q *Query) checkFilterable(e any) error {
	if q.features().WindowFiltering {
		// Window is filterable (a QUALIFY is emulated).
		return nil
	}
	return checkFilterable(e)
}

func checkFilterable(e any) error {
	x, ok := e.(Expression)
	if !ok {
		return nil
	}
	if _, ok := x.(*Window); ok {
		return &NotSupportedError{"Window is disallowed in the filter clause."}
	}
	for _, s := range sourceExpressions(x) {
		if err := checkFilterable(s); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	// django/db/models/functions/window.py
	for _, c := range []*FuncClass{
		{Name: "CumeDist", Function: "CUME_DIST", Output: floatField},
		{Name: "DenseRank", Function: "DENSE_RANK", Output: intField},
		{Name: "FirstValue", Function: "FIRST_VALUE", Arity: 1},
		{Name: "Lag", Function: "LAG", FirstSourceOutput: true},
		{Name: "LastValue", Function: "LAST_VALUE", Arity: 1},
		{Name: "Lead", Function: "LEAD", FirstSourceOutput: true},
		{Name: "NthValue", Function: "NTH_VALUE", FirstSourceOutput: true},
		{Name: "Ntile", Function: "NTILE", Output: intField},
		{Name: "PercentRank", Function: "PERCENT_RANK", Output: floatField},
		{Name: "Rank", Function: "RANK", Output: intField},
		{Name: "RowNumber", Function: "ROW_NUMBER", Output: intField},
	} {
		c.Window = true
		if c.Arity == 0 {
			c.Arity = -1
		}
		FuncClasses[c.Name] = c
	}
}
