package query

import (
	"errors"
	"strings"
)

// Connector joins the children of a WhereNode or Q.
type Connector string

// The connectors of WhereNode and Q.
const (
	AND Connector = "AND"
	OR  Connector = "OR"
	// XOR is Q(a) ^ Q(b) (Django 4.2); SQLite has no logical XOR, so a
	// WhereNode compiles it as (a OR b) AND 1 = (CASE WHEN a THEN 1
	// ELSE 0 END + ...), the sum taken MOD 2 for more than two children.
	XOR Connector = "XOR"
)

// ErrEmptyResult is Django's EmptyResultSet: the condition can match
// nothing (e.g. `pk__in=[]`), so no SQL needs to run.
var ErrEmptyResult = errors.New("EmptyResultSet")

// WhereNode is a tree of conditions (django.db.models.sql.where.WhereNode).
// Children are *WhereNode or Condition values.
type WhereNode struct {
	Connector Connector
	Negated   bool
	Children  []any
	// Resolved is set when the node was resolved as an expression a
	// second time (WhereNode.resolved): its SQL is then parenthesised.
	Resolved bool
}

// Condition is a leaf of the where tree: a lookup, or a raw condition.
type Condition interface {
	SQL(c *Compiler) (string, []any, error)
	relabelCond(m map[string]string) Condition
	equal(o Condition) bool
}

// NewWhere returns an empty node.
func NewWhere(conn Connector) *WhereNode { return &WhereNode{Connector: conn} }

func (w *WhereNode) clone() *WhereNode {
	n := &WhereNode{Connector: w.Connector, Negated: w.Negated, Resolved: w.Resolved}
	for _, ch := range w.Children {
		if sub, ok := ch.(*WhereNode); ok {
			n.Children = append(n.Children, sub.clone())
		} else {
			n.Children = append(n.Children, ch)
		}
	}
	return n
}

func (w *WhereNode) relabel(m map[string]string) *WhereNode {
	n := &WhereNode{Connector: w.Connector, Negated: w.Negated, Resolved: w.Resolved}
	for _, ch := range w.Children {
		switch c := ch.(type) {
		case *WhereNode:
			n.Children = append(n.Children, c.relabel(m))
		case Condition:
			n.Children = append(n.Children, c.relabelCond(m))
		}
	}
	return n
}

// splitHaving is WhereNode.split_having: the parts of w for the WHERE
// clause and those that must go to HAVING (they refer to aggregates); a
// branch whose effective connector is OR goes to HAVING whole.
func (w *WhereNode) splitHaving(negated bool) (*WhereNode, *WhereNode) {
	if !containsAggregate(w) {
		return w, nil
	}
	inNegated := negated != w.Negated
	if (inNegated && w.Connector == AND) || (!inNegated && w.Connector == OR) || w.Connector == XOR {
		return nil, w
	}
	var whereParts, havingParts []any
	for _, ch := range w.Children {
		if n, ok := ch.(*WhereNode); ok {
			wp, hp := n.splitHaving(inNegated)
			if wp != nil {
				whereParts = append(whereParts, wp)
			}
			if hp != nil {
				havingParts = append(havingParts, hp)
			}
		} else if containsAggregate(ch) {
			havingParts = append(havingParts, ch)
		} else {
			whereParts = append(whereParts, ch)
		}
	}
	var where, having *WhereNode
	if len(havingParts) > 0 {
		having = &WhereNode{Connector: w.Connector, Negated: w.Negated, Children: havingParts}
	}
	if len(whereParts) > 0 {
		where = &WhereNode{Connector: w.Connector, Negated: w.Negated, Children: whereParts}
	}
	return where, having
}

// hasOverClause is contains_over_clause for a where child.
func hasOverClause(e any) bool {
	switch x := e.(type) {
	case *WhereNode:
		for _, ch := range x.Children {
			if hasOverClause(ch) {
				return true
			}
		}
	case *Lookup:
		if containsOverClause(x.LHS) {
			return true
		}
		if r, ok := x.RHS.(Expression); ok {
			return containsOverClause(r)
		}
	case Expression:
		return containsOverClause(x)
	}
	return false
}

// splitHavingQualify is WhereNode.split_having_qualify (Django 4.2): the
// parts for WHERE, those for HAVING (aggregates) and those for QUALIFY
// (window functions).
func (w *WhereNode) splitHavingQualify(negated, mustGroupBy bool) (*WhereNode, *WhereNode, *WhereNode, error) {
	agg, over := containsAggregate(w), hasOverClause(w)
	if !agg && !over {
		return w, nil, nil, nil
	}
	inNegated := negated != w.Negated
	mustRemainConnected := (inNegated && w.Connector == AND) || (!inNegated && w.Connector == OR)
	if mustRemainConnected && agg && !over {
		return nil, w, nil, nil
	}
	var whereParts, havingParts, qualifyParts []any
	for _, ch := range w.Children {
		if n, ok := ch.(*WhereNode); ok {
			wp, hp, qp, err := n.splitHavingQualify(inNegated, mustGroupBy)
			if err != nil {
				return nil, nil, nil, err
			}
			if wp != nil {
				whereParts = append(whereParts, wp)
			}
			if hp != nil {
				havingParts = append(havingParts, hp)
			}
			if qp != nil {
				qualifyParts = append(qualifyParts, qp)
			}
			continue
		}
		switch {
		case hasOverClause(ch):
			qualifyParts = append(qualifyParts, ch)
		case containsAggregate(ch):
			havingParts = append(havingParts, ch)
		default:
			whereParts = append(whereParts, ch)
		}
	}
	if mustRemainConnected && len(qualifyParts) > 0 {
		if len(whereParts) == 0 || !mustGroupBy {
			return nil, nil, w, nil
		}
		return nil, nil, nil, &NotImplementedError{"Heterogeneous disjunctive predicates against window functions are not implemented when performing conditional aggregation."}
	}
	node := func(parts []any) *WhereNode {
		if len(parts) == 0 {
			return nil
		}
		return &WhereNode{Connector: w.Connector, Negated: w.Negated, Children: parts}
	}
	return node(whereParts), node(havingParts), node(qualifyParts), nil
}

// NotImplementedError is Python's NotImplementedError.
type NotImplementedError struct{ Msg string }

func (e *NotImplementedError) Error() string { return "NotImplementedError: " + e.Msg }

// childEqual is tree.Node.__eq__ for where children: nodes with the same
// connector, negation and (equal) children, or equal conditions.
func childEqual(a, b any) bool {
	switch x := a.(type) {
	case *WhereNode:
		y, ok := b.(*WhereNode)
		if !ok || x.Connector != y.Connector || x.Negated != y.Negated || len(x.Children) != len(y.Children) {
			return false
		}
		for i := range x.Children {
			if !childEqual(x.Children[i], y.Children[i]) {
				return false
			}
		}
		return true
	case Condition:
		y, ok := b.(Condition)
		return ok && x.equal(y)
	}
	return false
}

// Len is the number of children.
func (w *WhereNode) Len() int { return len(w.Children) }

// Add is tree.Node.add with squashing: a node with the same connector (or a
// single child) is merged into this one; a different connector wraps the
// current children. A child equal to an existing one is not added twice.
func (w *WhereNode) Add(data any, conn Connector) {
	if w.Connector == conn {
		for _, ch := range w.Children {
			if childEqual(ch, data) {
				return
			}
		}
	}
	if w.Connector == conn {
		if n, ok := data.(*WhereNode); ok && !n.Negated && (n.Connector == conn || len(n.Children) == 1) {
			w.Children = append(w.Children, n.Children...)
			return
		}
		w.Children = append(w.Children, data)
		return
	}
	obj := &WhereNode{Connector: w.Connector, Negated: w.Negated, Children: w.Children}
	w.Connector = conn
	w.Negated = false
	w.Children = []any{obj, data}
}

// SQL is WhereNode.as_sql: children joined by the connector, parenthesised
// when more than one, NOT (...) when negated. Children that can match
// nothing or everything collapse the node per Django's rules
// (ErrEmptyResult, or "" for everything).
func (w *WhereNode) SQL(c *Compiler) (string, []any, error) {
	if w.Connector == XOR {
		return w.xorSQL(c)
	}
	var result []string
	var params []any
	fullNeeded, emptyNeeded := len(w.Children), 1
	if w.Connector == OR {
		fullNeeded, emptyNeeded = 1, len(w.Children)
	}
	for _, ch := range w.Children {
		var sql string
		var p []any
		var err error
		switch x := ch.(type) {
		case *WhereNode:
			sql, p, err = x.SQL(c)
		case Condition:
			sql, p, err = x.SQL(c)
		}
		if err == ErrEmptyResult {
			emptyNeeded--
		} else if err != nil {
			return "", nil, err
		} else if sql != "" {
			result = append(result, sql)
			params = append(params, p...)
		} else {
			fullNeeded--
		}
		if emptyNeeded == 0 {
			if w.Negated {
				return "", nil, nil
			}
			return "", nil, ErrEmptyResult
		}
		if fullNeeded == 0 {
			if w.Negated {
				return "", nil, ErrEmptyResult
			}
			return "", nil, nil
		}
	}
	s := strings.Join(result, " "+string(w.Connector)+" ")
	if s != "" {
		if w.Negated {
			s = "NOT (" + s + ")"
		} else if len(result) > 1 || w.Resolved {
			s = "(" + s + ")"
		}
	}
	return s, params, nil
}

// xorSQL is WhereNode.as_sql's emulation of XOR on a database without
// it: (a OR b OR ...) AND 1 = MOD(a + b + ..., 2), each operand counted
// as CASE WHEN a THEN 1 ELSE 0 END (no MOD for two operands).
func (w *WhereNode) xorSQL(c *Compiler) (string, []any, error) {
	lhs := &WhereNode{Connector: OR, Children: w.Children}
	var sum Expression
	for _, ch := range w.Children {
		term := &Case{Cases: []*When{{Condition: ch, Result: &Value{V: int64(1)}}}, Default: &Value{V: int64(0)}}
		if sum == nil {
			sum = term
		} else {
			sum = &Combined{LHS: sum, RHS: term, Op: "+", ByConnector: true}
		}
	}
	if len(w.Children) > 2 {
		sum = NewFunc("Mod", sum, &Value{V: int64(2)})
	}
	rhs := &Lookup{Name: "exact", LHS: &Value{V: int64(1)}, RHS: sum, rhsExpr: true}
	return (&WhereNode{Connector: AND, Negated: w.Negated, Children: []any{lhs, rhs}}).SQL(c)
}

// Nothing is a condition that matches no rows (NothingNode, for none()).
type Nothing struct{}

func (Nothing) SQL(*Compiler) (string, []any, error)      { return "", nil, ErrEmptyResult }
func (n Nothing) relabelCond(map[string]string) Condition { return n }
func (Nothing) equal(o Condition) bool                    { _, ok := o.(Nothing); return ok }

// RawCondition is a condition given as SQL with parameters, as
// QuerySet.extra(where=...) or a subquery test.
type RawCondition struct {
	Text   string
	Params []any
}

func (r *RawCondition) SQL(*Compiler) (string, []any, error)    { return r.Text, r.Params, nil }
func (r *RawCondition) relabelCond(map[string]string) Condition { return r }
func (r *RawCondition) equal(o Condition) bool                  { return o == Condition(r) }
