package syntax

// Walk traverses a syntax tree in depth-first order, as
// go.starlark.net/syntax.Walk does. It starts by calling f(n); n must not be
// nil. If f returns true, Walk calls itself recursively for each non-nil
// child of n, in source order (except that a call's or class header's
// keyword arguments come after its positional ones), and then calls f(nil).
//
// The children of a statement are its expressions and the statements of
// its bodies; the parts that are not nodes (ExceptClause, Param, DictEntry,
// CompFor, Keyword, FStringPart) are walked through: their expressions and
// statements are visited as children of the enclosing node. Decorators are
// visited first, then parameter defaults, then the body. A format spec of an
// f-string field is an *FString and is visited as a node.
func Walk(n Node, f func(Node) bool) {
	if !f(n) {
		return
	}
	for _, c := range appendChildren(nil, n) {
		Walk(c, f)
	}
	f(nil)
}

// WalkStmts calls Walk for each statement in turn.
func WalkStmts(stmts []Stmt, f func(Node) bool) {
	for _, s := range stmts {
		Walk(s, f)
	}
}

// appendChildren appends the children of n to dst, in the order Walk
// visits them.
func appendChildren(dst []Node, n Node) []Node {
	expr := func(x Expr) {
		if x != nil {
			dst = append(dst, x)
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			dst = append(dst, s)
		}
	}
	exprs := func(xs []Expr) {
		for _, x := range xs {
			expr(x)
		}
	}
	params := func(ps []*Param) {
		for _, p := range ps {
			expr(p.Default)
		}
	}
	switch n := n.(type) {
	case *ExprStmt:
		expr(n.X)
	case *AssignStmt:
		exprs(n.Targets)
		expr(n.Value)
	case *AugAssignStmt:
		expr(n.Target)
		expr(n.Value)
	case *AnnAssignStmt:
		expr(n.Target)
		expr(n.Annotation)
		expr(n.Value)
	case *IfStmt:
		expr(n.Cond)
		stmts(n.Then)
		stmts(n.Else)
	case *ForStmt:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Else)
	case *WhileStmt:
		expr(n.Cond)
		stmts(n.Body)
		stmts(n.Else)
	case *ReturnStmt:
		expr(n.Value)
	case *BranchStmt, *ImportStmt, *FromImportStmt, *GlobalStmt:
	case *DelStmt:
		exprs(n.Targets)
	case *RaiseStmt:
		expr(n.Exc)
		expr(n.Cause)
	case *AssertStmt:
		expr(n.Cond)
		expr(n.Msg)
	case *WithStmt:
		for _, it := range n.Items {
			expr(it.Context)
			expr(it.Target)
		}
		stmts(n.Body)
	case *TryStmt:
		stmts(n.Body)
		for _, h := range n.Handlers {
			expr(h.Type)
			stmts(h.Body)
		}
		stmts(n.Else)
		stmts(n.Finally)
	case *DefStmt:
		exprs(n.Decorators)
		params(n.Params)
		stmts(n.Body)
	case *ClassStmt:
		exprs(n.Decorators)
		exprs(n.Bases)
		for _, k := range n.Keywords {
			expr(k.Value)
		}
		stmts(n.Body)

	case *Ident, *Literal:
	case *FString:
		for _, part := range n.Parts {
			expr(part.Expr)
			if part.Spec != nil {
				dst = append(dst, part.Spec)
			}
		}
	case *TupleExpr:
		exprs(n.Elts)
	case *ListExpr:
		exprs(n.Elts)
	case *SetExpr:
		exprs(n.Elts)
	case *DictExpr:
		for _, e := range n.Entries {
			expr(e.Key)
			expr(e.Value)
		}
	case *Comprehension:
		expr(n.Key)
		expr(n.Elt)
		for _, c := range n.Clauses {
			expr(c.Target)
			expr(c.Iter)
			exprs(c.Ifs)
		}
	case *NamedExpr:
		expr(n.Target)
		expr(n.Value)
	case *CondExpr:
		expr(n.Then)
		expr(n.Cond)
		expr(n.Else)
	case *BinaryExpr:
		expr(n.X)
		expr(n.Y)
	case *BoolExpr:
		expr(n.X)
		expr(n.Y)
	case *UnaryExpr:
		expr(n.X)
	case *CompareExpr:
		exprs(n.Operands)
	case *CallExpr:
		expr(n.Fn)
		exprs(n.Args)
		for _, k := range n.Keywords {
			expr(k.Value)
		}
	case *Starred:
		expr(n.X)
	case *AttrExpr:
		expr(n.X)
	case *IndexExpr:
		expr(n.X)
		expr(n.Index)
	case *SliceExpr:
		expr(n.Lo)
		expr(n.Hi)
		expr(n.Step)
	case *YieldExpr:
		expr(n.Value)
	case *LambdaExpr:
		params(n.Params)
		expr(n.Body)
	}
	return dst
}
