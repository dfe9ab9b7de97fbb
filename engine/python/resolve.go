package python

import (
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// The resolver decides, before any code runs, where each name lives, as
// CPython's symbol table does: a name assigned anywhere in a function is a
// local of that function (a slot in its frame), unless declared global or
// nonlocal; a name read but not assigned is looked up in the enclosing
// function scopes (a free variable, shared through a cell), then in the
// module globals and the builtins. Class bodies keep their names in the
// class namespace; comprehensions have their own scope whose variables are
// slots of the frame that runs them.

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	classScope
	funcScope
	compScope
)

type bindKind uint8

const (
	bLocal      bindKind = iota // slot in the frame (a *cell there when captured)
	bFree                       // index into the frame's free cells
	bGlobal                     // module globals, then builtins
	bName                       // class namespace, then globals, then builtins
	bClassDeref                 // class namespace, then a free cell
)

type binding struct {
	kind     bindKind
	name     string
	index    int      // slot (bLocal) or free index (bFree, bClassDeref)
	scope    *scope   // defining scope of a bLocal
	target   *binding // for bFree/bClassDeref: the captured local
	captured bool     // a bLocal referenced by an inner function: held in a cell
}

type scope struct {
	kind      scopeKind
	parent    *scope
	name      string // function or class name
	qualname  string
	bindings  map[string]*binding // locals (function and comprehension scopes)
	globals   map[string]bool
	nonlocals map[string]bool
	nlocals   int              // slots (frame owners only)
	freevars  []*binding       // captured bindings of enclosing scopes
	freeIndex map[*binding]int // position in freevars
	frees     map[*binding]*binding
	params    []*binding
	cellSlots []int // computed after resolution
	generator bool  // a function whose body holds yield
}

func (s *scope) owner() *scope {
	for s.kind == compScope {
		s = s.parent
	}
	return s
}

type resolver struct {
	file   string
	scopes map[any]*scope
	idents map[*syntax.Ident]*binding
	names  map[any]*binding // *DefStmt, *ClassStmt, *ExceptClause, *ImportName, *Param
	loops  int
	err    error
}

func newResolver(file string) *resolver {
	return &resolver{
		file:   file,
		scopes: map[any]*scope{},
		idents: map[*syntax.Ident]*binding{},
		names:  map[any]*binding{},
	}
}

func (r *resolver) errorf(pos syntax.Position, format string, args ...any) {
	if r.err == nil {
		e := NewError(SyntaxError, format, args...)
		e.Value.exc.traceback = []TracebackEntry{{File: r.file, Func: "<module>", Pos: pos}}
		r.err = e
	}
}

func newScope(kind scopeKind, parent *scope, name string) *scope {
	s := &scope{kind: kind, parent: parent, name: name, bindings: map[string]*binding{},
		globals: map[string]bool{}, nonlocals: map[string]bool{}, freeIndex: map[*binding]int{}, frees: map[*binding]*binding{}}
	switch {
	case parent == nil || parent.kind == moduleScope:
		s.qualname = name
	case parent.kind == classScope:
		s.qualname = parent.qualname + "." + name
	case parent.kind == funcScope:
		s.qualname = parent.qualname + ".<locals>." + name
	default:
		s.qualname = parent.owner().qualname + ".<locals>." + name
		if parent.owner().kind == moduleScope {
			s.qualname = name
		}
	}
	return s
}

func (r *resolver) declareLocal(s *scope, name string) *binding {
	if b, ok := s.bindings[name]; ok {
		return b
	}
	o := s.owner()
	b := &binding{kind: bLocal, name: name, index: o.nlocals, scope: s}
	o.nlocals++
	s.bindings[name] = b
	return b
}

// collectAssigned gathers the names bound by a function or class body
// (not looking inside nested functions, classes or comprehensions).
func collectAssigned(stmts []syntax.Stmt, add func(string), decl func(*syntax.GlobalStmt)) {
	var target func(e syntax.Expr)
	target = func(e syntax.Expr) {
		switch e := e.(type) {
		case *syntax.Ident:
			add(e.Name)
		case *syntax.TupleExpr:
			for _, x := range e.Elts {
				target(x)
			}
		case *syntax.ListExpr:
			for _, x := range e.Elts {
				target(x)
			}
		case *syntax.Starred:
			target(e.X)
		}
	}
	var walk func(stmts []syntax.Stmt)
	walk = func(stmts []syntax.Stmt) {
		for _, s := range stmts {
			switch s := s.(type) {
			case *syntax.AssignStmt:
				for _, t := range s.Targets {
					target(t)
				}
			case *syntax.AugAssignStmt:
				target(s.Target)
			case *syntax.AnnAssignStmt:
				if _, ok := s.Target.(*syntax.Ident); ok {
					target(s.Target)
				}
			case *syntax.ForStmt:
				target(s.Target)
				walk(s.Body)
				walk(s.Else)
			case *syntax.WhileStmt:
				walk(s.Body)
				walk(s.Else)
			case *syntax.IfStmt:
				walk(s.Then)
				walk(s.Else)
			case *syntax.WithStmt:
				for _, it := range s.Items {
					if it.Target != nil {
						target(it.Target)
					}
				}
				walk(s.Body)
			case *syntax.TryStmt:
				walk(s.Body)
				for _, h := range s.Handlers {
					if h.Name != "" {
						add(h.Name)
					}
					walk(h.Body)
				}
				walk(s.Else)
				walk(s.Finally)
			case *syntax.DelStmt:
				for _, t := range s.Targets {
					target(t)
				}
			case *syntax.DefStmt:
				add(s.Name)
			case *syntax.ClassStmt:
				add(s.Name)
			case *syntax.ImportStmt:
				for _, n := range s.Names {
					if n.Alias != "" {
						add(n.Alias)
					} else {
						add(firstComponent(n.Name))
					}
				}
			case *syntax.FromImportStmt:
				for _, n := range s.Names {
					if n.Alias != "" {
						add(n.Alias)
					} else if n.Name != "*" {
						add(n.Name)
					}
				}
			case *syntax.GlobalStmt:
				decl(s)
			}
		}
	}
	walk(stmts)
	// Assignment expressions (name := value) bind in this body too,
	// those inside comprehensions included; nested functions, lambdas and
	// classes have their own.
	syntax.WalkStmts(stmts, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.DefStmt, *syntax.ClassStmt, *syntax.LambdaExpr:
			return false
		case *syntax.NamedExpr:
			add(n.Target.Name)
		}
		return true
	})
}

func firstComponent(dotted string) string {
	for i := 0; i < len(dotted); i++ {
		if dotted[i] == '.' {
			return dotted[:i]
		}
	}
	return dotted
}

// lookupEnclosing finds a function-local (or comprehension) binding of name
// in the scopes enclosing from (inclusive), skipping class scopes; nil means
// the name is global.
func lookupEnclosing(from *scope, name string) *binding {
	for s := from; s != nil; s = s.parent {
		switch s.kind {
		case compScope:
			if b := s.bindings[name]; b != nil {
				return b
			}
		case funcScope:
			if s.globals[name] {
				return nil
			}
			if b := s.bindings[name]; b != nil {
				return b
			}
		case moduleScope:
			return nil
		}
	}
	return nil
}

// freeBinding makes b (a local of an enclosing scope) available in s as a
// free variable, threading it through the intermediate frame owners.
func freeBinding(s *scope, b *binding, kind bindKind) *binding {
	b.captured = true
	stop := b.scope.owner()
	for o := s.owner(); o != nil && o != stop; {
		if _, ok := o.freeIndex[b]; !ok {
			o.freeIndex[b] = len(o.freevars)
			o.freevars = append(o.freevars, b)
		}
		p := o.parent
		if p == nil {
			break
		}
		o = p.owner()
	}
	o := s.owner()
	key := b
	if fb, ok := o.frees[key]; ok && fb.kind == kind {
		return fb
	}
	fb := &binding{kind: kind, name: b.name, index: o.freeIndex[b], target: b}
	o.frees[key] = fb
	return fb
}

// use resolves a name read or written in scope s.
func (r *resolver) use(s *scope, name string, pos syntax.Position, store bool) *binding {
	cur := s
	viaComp := false
	for cur.kind == compScope {
		if b := cur.bindings[name]; b != nil {
			return b
		}
		cur = cur.parent
		viaComp = true
	}
	switch cur.kind {
	case moduleScope:
		return &binding{kind: bGlobal, name: name}
	case classScope:
		if cur.globals[name] {
			return &binding{kind: bGlobal, name: name}
		}
		if viaComp {
			// names in a comprehension inside a class body skip the class
			if b := lookupEnclosing(cur.parent, name); b != nil {
				return freeBinding(s, b, bFree)
			}
			return &binding{kind: bGlobal, name: name}
		}
		if cur.nonlocals[name] {
			b := lookupEnclosing(cur.parent, name)
			if b == nil {
				r.errorf(pos, "no binding for nonlocal '%s' found", name)
				return &binding{kind: bGlobal, name: name}
			}
			return freeBinding(s, b, bFree)
		}
		if !store {
			if b := lookupEnclosing(cur.parent, name); b != nil {
				return freeBinding(s, b, bClassDeref)
			}
		}
		return &binding{kind: bName, name: name}
	case funcScope:
		if cur.globals[name] {
			return &binding{kind: bGlobal, name: name}
		}
		if b := cur.bindings[name]; b != nil {
			return b
		}
		b := lookupEnclosing(cur.parent, name)
		if cur.nonlocals[name] && b == nil {
			r.errorf(pos, "no binding for nonlocal '%s' found", name)
		}
		if b == nil {
			return &binding{kind: bGlobal, name: name}
		}
		return freeBinding(s, b, bFree)
	}
	return &binding{kind: bGlobal, name: name}
}

// ---- the walk ----

func (r *resolver) resolveFile(stmts []syntax.Stmt, node any) *scope {
	s := newScope(moduleScope, nil, "<module>")
	s.qualname = ""
	r.scopes[node] = s
	r.stmts(s, stmts)
	r.finish(s)
	return s
}

// finish computes the cell slots of every frame owner.
func (r *resolver) finish(s *scope) {
	for _, sc := range r.scopes {
		if sc.kind == compScope {
			continue
		}
		sc.cellSlots = sc.cellSlots[:0]
	}
	all := map[*scope]bool{}
	for _, sc := range r.scopes {
		all[sc] = true
	}
	for sc := range all {
		for _, b := range sc.bindings {
			if b.captured && sc.kind != compScope {
				o := sc.owner()
				o.cellSlots = append(o.cellSlots, b.index)
			}
		}
	}
}

func (r *resolver) stmts(s *scope, stmts []syntax.Stmt) {
	for _, st := range stmts {
		r.stmt(s, st)
	}
}

func (r *resolver) target(s *scope, e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Ident:
		r.idents[e] = r.use(s, e.Name, e.Start, true)
	case *syntax.TupleExpr:
		r.targets(s, e.Elts, e.Start)
	case *syntax.ListExpr:
		r.targets(s, e.Elts, e.Start)
	case *syntax.Starred:
		r.target(s, e.X)
	case *syntax.AttrExpr:
		r.expr(s, e.X)
	case *syntax.IndexExpr:
		r.expr(s, e.X)
		r.expr(s, e.Index)
	default:
		st, _ := e.Span()
		r.errorf(st, "cannot assign to %s", exprKindName(e))
	}
}

func (r *resolver) targets(s *scope, elts []syntax.Expr, pos syntax.Position) {
	stars := 0
	for _, x := range elts {
		if _, ok := x.(*syntax.Starred); ok {
			stars++
		}
		r.target(s, x)
	}
	if stars > 1 {
		r.errorf(pos, "multiple starred expressions in assignment")
	}
}

func exprKindName(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Literal:
		return "literal"
	case *syntax.CallExpr:
		return "function call"
	case *syntax.BinaryExpr, *syntax.UnaryExpr, *syntax.BoolExpr:
		return "expression"
	case *syntax.CompareExpr:
		return "comparison"
	case *syntax.LambdaExpr:
		return "lambda"
	case *syntax.CondExpr:
		return "conditional expression"
	case *syntax.Comprehension:
		_ = e
		return "comprehension"
	case *syntax.DictExpr:
		return "dict literal"
	case *syntax.SetExpr:
		return "set display"
	case *syntax.FString:
		return "f-string expression"
	}
	return "expression"
}

func (r *resolver) stmt(s *scope, st syntax.Stmt) {
	switch st := st.(type) {
	case *syntax.ExprStmt:
		r.expr(s, st.X)
	case *syntax.AssignStmt:
		r.expr(s, st.Value)
		for _, t := range st.Targets {
			r.target(s, t)
		}
	case *syntax.AugAssignStmt:
		r.expr(s, st.Value)
		switch t := st.Target.(type) {
		case *syntax.Ident, *syntax.AttrExpr, *syntax.IndexExpr:
			r.target(s, t)
		default:
			r.errorf(st.Start, "'%s' is an illegal expression for augmented assignment", exprKindName(t))
		}
	case *syntax.AnnAssignStmt:
		r.expr(s, st.Annotation)
		if st.Value != nil {
			r.expr(s, st.Value)
		}
		r.target(s, st.Target)
	case *syntax.IfStmt:
		r.expr(s, st.Cond)
		r.stmts(s, st.Then)
		r.stmts(s, st.Else)
	case *syntax.ForStmt:
		r.expr(s, st.Iter)
		r.target(s, st.Target)
		r.loops++
		r.stmts(s, st.Body)
		r.loops--
		r.stmts(s, st.Else)
	case *syntax.WhileStmt:
		r.expr(s, st.Cond)
		r.loops++
		r.stmts(s, st.Body)
		r.loops--
		r.stmts(s, st.Else)
	case *syntax.ReturnStmt:
		if s.owner().kind != funcScope {
			r.errorf(st.Start, "'return' outside function")
		}
		if st.Value != nil {
			r.expr(s, st.Value)
		}
	case *syntax.BranchStmt:
		if st.Token != "pass" && r.loops == 0 {
			if st.Token == "continue" {
				r.errorf(st.Start, "'continue' not properly in loop")
			} else {
				r.errorf(st.Start, "'break' outside loop")
			}
		}
	case *syntax.DelStmt:
		for _, t := range st.Targets {
			r.target(s, t)
		}
	case *syntax.RaiseStmt:
		if st.Exc != nil {
			r.expr(s, st.Exc)
		}
		if st.Cause != nil {
			r.expr(s, st.Cause)
		}
	case *syntax.AssertStmt:
		r.expr(s, st.Cond)
		if st.Msg != nil {
			r.expr(s, st.Msg)
		}
	case *syntax.WithStmt:
		for _, it := range st.Items {
			r.expr(s, it.Context)
			if it.Target != nil {
				r.target(s, it.Target)
			}
		}
		r.stmts(s, st.Body)
	case *syntax.TryStmt:
		r.stmts(s, st.Body)
		for _, h := range st.Handlers {
			if h.Type != nil {
				r.expr(s, h.Type)
			}
			if h.Name != "" {
				r.names[h] = r.use(s, h.Name, h.Pos, true)
			}
			r.stmts(s, h.Body)
		}
		r.stmts(s, st.Else)
		r.stmts(s, st.Finally)
	case *syntax.ImportStmt:
		for _, n := range st.Names {
			name := n.Alias
			if name == "" {
				name = firstComponent(n.Name)
			}
			r.names[n] = r.use(s, name, n.Pos, true)
		}
	case *syntax.FromImportStmt:
		for _, n := range st.Names {
			if n.Name == "*" {
				if s.kind != moduleScope {
					r.errorf(n.Pos, "import * only allowed at module level")
				}
				continue
			}
			name := n.Alias
			if name == "" {
				name = n.Name
			}
			r.names[n] = r.use(s, name, n.Pos, true)
		}
	case *syntax.GlobalStmt:
		for _, name := range st.Names {
			if s.kind == moduleScope && st.Nonlocal {
				r.errorf(st.Start, "nonlocal declaration not allowed at module level")
			}
			if st.Nonlocal {
				if s.kind == funcScope && lookupEnclosing(s.parent, name) == nil {
					r.errorf(st.Start, "no binding for nonlocal '%s' found", name)
				}
			}
		}
	case *syntax.DefStmt:
		for _, d := range st.Decorators {
			r.expr(s, d)
		}
		for _, p := range st.Params {
			if p.Default != nil {
				r.expr(s, p.Default)
			}
		}
		r.function(s, st, st.Name, st.Params, st.Body, nil)
		r.names[st] = r.use(s, st.Name, st.NamePos, true)
	case *syntax.ClassStmt:
		for _, d := range st.Decorators {
			r.expr(s, d)
		}
		for _, b := range st.Bases {
			r.expr(s, b)
		}
		for _, k := range st.Keywords {
			r.expr(s, k.Value)
		}
		cs := newScope(classScope, s, st.Name)
		r.scopes[st] = cs
		collectAssigned(st.Body, func(string) {}, func(g *syntax.GlobalStmt) {
			for _, n := range g.Names {
				if g.Nonlocal {
					cs.nonlocals[n] = true
				} else {
					cs.globals[n] = true
				}
			}
		})
		loops := r.loops
		r.loops = 0
		r.stmts(cs, st.Body)
		r.loops = loops
		r.names[st] = r.use(s, st.Name, st.NamePos, true)
	default:
		st0, _ := st.Span()
		r.errorf(st0, "unsupported statement")
	}
}

func (r *resolver) function(s *scope, node syntax.Node, name string, params []*syntax.Param, body []syntax.Stmt, lambdaBody syntax.Expr) {
	fs := newScope(funcScope, s, name)
	r.scopes[node] = fs
	seen := map[string]bool{}
	for _, p := range params {
		if p.Kind == syntax.ParamBareStar {
			continue
		}
		if seen[p.Name] {
			r.errorf(p.Pos, "duplicate argument '%s' in function definition", p.Name)
		}
		seen[p.Name] = true
		b := r.declareLocal(fs, p.Name)
		fs.params = append(fs.params, b)
		r.names[p] = b
	}
	collectAssigned(body, func(n string) {
		if !fs.globals[n] && !fs.nonlocals[n] {
			r.declareLocal(fs, n)
		}
	}, func(g *syntax.GlobalStmt) {
		for _, n := range g.Names {
			if seen[n] {
				kind := "global"
				if g.Nonlocal {
					kind = "nonlocal"
				}
				r.errorf(g.Start, "name '%s' is parameter and %s", n, kind)
			}
			if g.Nonlocal {
				fs.nonlocals[n] = true
			} else {
				fs.globals[n] = true
			}
			if b, ok := fs.bindings[n]; ok && !seen[n] {
				// declared after an assignment: still global (CPython
				// reports a SyntaxError; we accept it)
				delete(fs.bindings, n)
				_ = b
			}
		}
	})
	loops := r.loops
	r.loops = 0
	if lambdaBody != nil {
		r.expr(fs, lambdaBody)
	} else {
		r.stmts(fs, body)
	}
	r.loops = loops
}

func (r *resolver) exprs(s *scope, es []syntax.Expr) {
	for _, e := range es {
		r.expr(s, e)
	}
}

func (r *resolver) expr(s *scope, e syntax.Expr) {
	switch e := e.(type) {
	case nil:
	case *syntax.Ident:
		r.idents[e] = r.use(s, e.Name, e.Start, false)
	case *syntax.Literal:
	case *syntax.FString:
		r.fstring(s, e)
	case *syntax.TupleExpr:
		r.exprs(s, e.Elts)
	case *syntax.ListExpr:
		r.exprs(s, e.Elts)
	case *syntax.SetExpr:
		r.exprs(s, e.Elts)
	case *syntax.DictExpr:
		for _, en := range e.Entries {
			r.expr(s, en.Key)
			r.expr(s, en.Value)
		}
	case *syntax.Comprehension:
		r.expr(s, e.Clauses[0].Iter)
		cs := newScope(compScope, s, "<"+[...]string{"listcomp", "setcomp", "dictcomp", "genexpr"}[e.Kind]+">")
		r.scopes[e] = cs
		var declare func(t syntax.Expr)
		declare = func(t syntax.Expr) {
			switch t := t.(type) {
			case *syntax.Ident:
				r.declareLocal(cs, t.Name)
			case *syntax.TupleExpr:
				for _, x := range t.Elts {
					declare(x)
				}
			case *syntax.ListExpr:
				for _, x := range t.Elts {
					declare(x)
				}
			case *syntax.Starred:
				declare(t.X)
			}
		}
		for _, c := range e.Clauses {
			declare(c.Target)
		}
		for i, c := range e.Clauses {
			if i > 0 {
				r.expr(cs, c.Iter)
			}
			r.target(cs, c.Target)
			r.exprs(cs, c.Ifs)
		}
		r.expr(cs, e.Key)
		r.expr(cs, e.Elt)
	case *syntax.NamedExpr:
		r.expr(s, e.Value)
		// The target is a name of the enclosing function (or module),
		// even inside a comprehension.
		r.idents[e.Target] = r.use(s.owner(), e.Target.Name, e.Target.Start, true)
	case *syntax.CondExpr:
		r.expr(s, e.Cond)
		r.expr(s, e.Then)
		r.expr(s, e.Else)
	case *syntax.BinaryExpr:
		r.expr(s, e.X)
		r.expr(s, e.Y)
	case *syntax.BoolExpr:
		r.expr(s, e.X)
		r.expr(s, e.Y)
	case *syntax.UnaryExpr:
		r.expr(s, e.X)
	case *syntax.CompareExpr:
		r.exprs(s, e.Operands)
	case *syntax.CallExpr:
		r.expr(s, e.Fn)
		r.exprs(s, e.Args)
		for _, k := range e.Keywords {
			r.expr(s, k.Value)
		}
	case *syntax.Starred:
		r.expr(s, e.X)
	case *syntax.AttrExpr:
		r.expr(s, e.X)
	case *syntax.IndexExpr:
		r.expr(s, e.X)
		r.expr(s, e.Index)
	case *syntax.SliceExpr:
		r.expr(s, e.Lo)
		r.expr(s, e.Hi)
		r.expr(s, e.Step)
	case *syntax.YieldExpr:
		r.expr(s, e.Value)
		s.owner().generator = true
	case *syntax.LambdaExpr:
		for _, p := range e.Params {
			if p.Default != nil {
				r.expr(s, p.Default)
			}
		}
		r.function(s, e, "<lambda>", e.Params, nil, e.Body)
	default:
		st, _ := e.Span()
		r.errorf(st, "unsupported expression")
	}
}

func (r *resolver) fstring(s *scope, f *syntax.FString) {
	if f == nil {
		return
	}
	for _, p := range f.Parts {
		if p.Expr != nil {
			r.expr(s, p.Expr)
		}
		r.fstring(s, p.Spec)
	}
}
