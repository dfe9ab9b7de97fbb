package query

import "github.com/ormfiddle/ormfiddle/engine/schema"

// CheckValue is one entry of Q.check()'s `against`: a name the condition
// may refer to and the value it stands for (Value(value, field)).
type CheckValue struct {
	Name  string
	Value any
	Field *schema.Field
}

// CheckSQL is Q.check(against) (Django 4.1): the condition cond with its
// names bound to the given values (annotations that are not selected),
// as `SELECT 1 AS "_check" WHERE COALESCE((cond), 1)`; a row means the
// condition holds (or is NULL). m is the model whose names cond uses;
// no table is read, unless cond holds a subquery (Exists). coalesce says
// that the caller wrapped cond in Coalesce(cond, True), as
// CheckConstraint.validate does since Django 6.0, when Q.check() no
// longer does (QCheckPlainWhere).
func CheckSQL(m *schema.Model, against []CheckValue, cond *Q, coalesce bool) (string, []any, error) {
	known := map[string]bool{}
	for _, a := range against {
		known[a.Name] = true
	}
	// Q.check's query has no model: a name that is not in against is a
	// FieldError.
	if name := unknownName(cond, known); name != "" {
		return "", nil, &FieldError{"Cannot resolve keyword '" + name + "' into field."}
	}
	q := New(m)
	for _, a := range against {
		if err := q.AddAlias(a.Name, &Value{V: a.Value, Field: a.Field}); err != nil {
			return "", nil, err
		}
	}
	clause, _, err := q.addQ(cond, nil, false, false, true, false)
	if err != nil {
		return "", nil, err
	}
	c := NewCompiler(q)
	feats := q.features()
	if feats.QCheckPlainWhere && !coalesce {
		// query.add_q(self): the condition is the WHERE clause.
		sql, params, err := c.Compile(clause)
		if err != nil {
			return "", nil, err
		}
		if sql == "" {
			return `SELECT 1 AS "_check"`, nil, nil
		}
		return `SELECT 1 AS "_check" WHERE ` + sql, params, nil
	}
	clause.Resolved = true
	sql, params, err := c.Compile(clause)
	if err == ErrEmptyResult {
		sql, params, err = "0", nil, nil
	}
	if err != nil {
		return "", nil, err
	}
	if sql == "" {
		sql = "1"
	}
	// Coalesce(Q, True, output_field=BooleanField()), compared with True
	// where boolean expressions are (BooleanExactCompares).
	where := "COALESCE(" + sql + ", %s)"
	params = append(params, true)
	if feats.BooleanExactCompares {
		where += " = %s"
		params = append(params, true)
	}
	return `SELECT 1 AS "_check" WHERE ` + where, params, nil
}

// unknownName returns the first name cond refers to (a lookup's field or
// an F()) that is not known, or "".
func unknownName(cond *Q, known map[string]bool) string {
	first := func(path string) string {
		if i := indexSep(path); i >= 0 {
			return path[:i]
		}
		return path
	}
	var expr func(e any) string
	expr = func(e any) string {
		switch x := e.(type) {
		case *F:
			if n := first(x.Name); !known[n] {
				return n
			}
		case *Combined:
			if n := expr(x.LHS); n != "" {
				return n
			}
			return expr(x.RHS)
		case *Func:
			for _, s := range x.Sources {
				if n := expr(s); n != "" {
					return n
				}
			}
		case *Q:
			return unknownName(x, known)
		}
		return ""
	}
	for _, ch := range cond.Children {
		switch c := ch.(type) {
		case Filter:
			if n := first(c.Lookup); !known[n] {
				return n
			}
			if n := expr(c.Value); n != "" {
				return n
			}
		default:
			if n := expr(c); n != "" {
				return n
			}
		}
	}
	return ""
}

func indexSep(s string) int {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '_' && s[i+1] == '_' {
			return i
		}
	}
	return -1
}
