package python

import (
	"fmt"
	"math/big"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// The interpreter compiles the resolved syntax tree into Go closures (one
// per node) and runs them. Statements return a control code (normal, break,
// continue, return) and an error; a Python exception is an *Exception
// error that collects a traceback entry in each frame it leaves.

type ctl uint8

const (
	ctlNone ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

type (
	execFn   func(fr *frame) (ctl, error)
	evalFn   func(fr *frame) (Value, error)
	assignFn func(fr *frame, v Value) error
)

// frame is the activation of a code unit.
type frame struct {
	th        *Thread
	parent    *frame
	code      *code
	fn        *Function // nil for module code and class bodies
	locals    []Value
	free      []*cell
	globals   *Dict
	ns        *Dict // class body namespace
	classCell *cell // class bodies: the class being defined
	retval    Value
	gen       *Generator // the generator running this frame, if any
	buf       [6]Value   // inline storage for small locals
}

// fail attaches a traceback entry for this frame to err (once per frame)
// and returns it as an *Exception.
func (fr *frame) fail(err error, pos syntax.Position) error {
	e := AsException(err)
	if e.frame != fr {
		e.frame = fr
		name := fr.code.name
		if fr.fn == nil && fr.ns == nil {
			name = "<module>"
		}
		e.Value.exc.traceback = append(e.Value.exc.traceback, TracebackEntry{File: fr.code.file, Func: name, Pos: pos})
	}
	return e
}

func (fr *frame) moduleName() Value {
	if v, ok := fr.globals.GetStr("__name__"); ok {
		return v
	}
	return String("__main__")
}

// ---- entry points ----

// Compile resolves and compiles a file without running it, reporting
// scoping errors (e.g. "no binding for nonlocal 'x' found") as a
// SyntaxError *Exception.
func compileFile(f *syntax.File) (*code, error) {
	r := newResolver(f.Name)
	ms := r.resolveFile(f.Stmts, f)
	if r.err != nil {
		return nil, r.err
	}
	c := &compiler{r: r, file: f.Name}
	body := c.block(ms, f.Stmts)
	if c.err != nil {
		return nil, c.err
	}
	return &code{name: "<module>", qualname: "<module>", file: f.Name, nlocals: ms.nlocals, body: body}, nil
}

// ExecFile runs a parsed module (models.py) in globals, the module's
// namespace (its Dict receives the definitions). It returns the first
// uncaught exception as an *Exception (a SyntaxError for scoping errors
// found before running). The step counter restarts at 0.
func ExecFile(th *Thread, f *syntax.File, globals *Module) (err error) {
	p, err := Compile(f)
	if err != nil {
		return err
	}
	return ExecProgram(th, p, globals)
}

// Program is a compiled module. Compiled code holds no run-time state, so
// one Program can run any number of times, on any Threads, concurrently.
type Program struct {
	cd *code
}

// Compile resolves and compiles a parsed module without running it; a
// scoping error is a SyntaxError *Exception.
func Compile(f *syntax.File) (*Program, error) {
	cd, err := compileFile(f)
	if err != nil {
		return nil, err
	}
	return &Program{cd: cd}, nil
}

// ExecProgram runs a compiled module in globals, as ExecFile does.
func ExecProgram(th *Thread, p *Program, globals *Module) error {
	_, err := th.run(p.cd, globals, nil)
	return err
}

// ExecStmt runs one top-level statement, REPL-style, in globals. For an
// expression statement it returns the expression's value (the caller
// prints its repr unless it is None); otherwise it returns None, and the
// values of expression statements nested in it (in a for or if body, not
// in a function) go to th.Displayhook. The file
// name is used in tracebacks. The step counter restarts at 0, so the step
// budget applies to each statement. It is CompileStmt and ExecStmtProgram.
func ExecStmt(th *Thread, file string, stmt syntax.Stmt, globals *Module) (Value, error) {
	p, err := CompileStmt(file, stmt)
	if err != nil {
		return nil, err
	}
	return ExecStmtProgram(th, p, globals)
}

// StmtProgram is one top-level statement compiled for ExecStmtProgram.
// Like a Program, it holds no run-time state: it can run any number of
// times, on any Threads, concurrently.
type StmtProgram struct {
	cd *code
	ev evalFn // an expression statement's value, or nil
}

// CompileStmt resolves and compiles one top-level statement for
// ExecStmtProgram; a scoping error is a SyntaxError *Exception, which
// ExecStmt returns without running anything.
func CompileStmt(file string, stmt syntax.Stmt) (*StmtProgram, error) {
	r := newResolver(file)
	node := &syntax.File{Name: file, Stmts: []syntax.Stmt{stmt}}
	ms := r.resolveFile(node.Stmts, node)
	if r.err != nil {
		return nil, r.err
	}
	c := &compiler{r: r, file: file, interactive: ms}
	var ev evalFn
	var body execFn
	if es, ok := stmt.(*syntax.ExprStmt); ok {
		ev = c.expr(ms, es.X)
		pos, _ := es.Span()
		inner := ev
		ev = func(fr *frame) (Value, error) {
			if err := fr.th.tick(); err != nil {
				return nil, fr.fail(err, pos)
			}
			v, err := inner(fr)
			if err != nil {
				return nil, fr.fail(err, pos)
			}
			return v, nil
		}
	} else {
		body = c.block(ms, node.Stmts)
	}
	if c.err != nil {
		return nil, c.err
	}
	cd := &code{name: "<module>", qualname: "<module>", file: file, nlocals: ms.nlocals, body: body}
	return &StmtProgram{cd: cd, ev: ev}, nil
}

// ExecStmtProgram runs a compiled statement in globals, as ExecStmt does.
func ExecStmtProgram(th *Thread, p *StmtProgram, globals *Module) (Value, error) {
	return th.run(p.cd, globals, p.ev)
}

// EvalExpr evaluates an expression in globals.
func EvalExpr(th *Thread, file string, e syntax.Expr, globals *Module) (Value, error) {
	st := &syntax.ExprStmt{X: e}
	start, end := e.Span()
	st.SetSpan(start, end)
	return ExecStmt(th, file, st, globals)
}

func (th *Thread) run(cd *code, m *Module, ev evalFn) (v Value, err error) {
	top := th.depth == 0 && th.frame == nil
	if top {
		th.beginRun()
		defer th.recoverPanic(&err, nil)
	}
	if _, ok := m.Dict.GetStr("__name__"); !ok {
		m.Dict.SetStr("__name__", String(m.Name))
	}
	fr := &frame{th: th, parent: th.frame, code: cd, globals: m.Dict, locals: make([]Value, cd.nlocals)}
	th.frame = fr
	defer func() { th.frame = fr.parent }()
	if ev != nil {
		v, err = ev(fr)
	} else {
		_, err = cd.body(fr)
		v = None
	}
	if err != nil {
		e := AsException(err)
		e.prepare(th)
		return nil, e
	}
	return v, nil
}

// ---- the compiler ----

type compiler struct {
	r    *resolver
	file string
	err  error
	// interactive is the module scope of a statement run by ExecStmt:
	// expression statements directly in it (inside for, if, while...)
	// go to Thread.Displayhook, as CPython's 'single' mode prints them.
	interactive *scope
}

func (c *compiler) errorf(pos syntax.Position, format string, args ...any) {
	if c.err == nil {
		e := NewError(SyntaxError, format, args...)
		e.Value.exc.traceback = []TracebackEntry{{File: c.file, Func: "<module>", Pos: pos}}
		c.err = e
	}
}

func (c *compiler) block(s *scope, stmts []syntax.Stmt) execFn {
	fns := make([]execFn, 0, len(stmts))
	for _, st := range stmts {
		if f := c.stmt(s, st); f != nil {
			fns = append(fns, f)
		}
	}
	switch len(fns) {
	case 0:
		return func(fr *frame) (ctl, error) { return ctlNone, nil }
	case 1:
		return fns[0]
	}
	return func(fr *frame) (ctl, error) {
		for _, f := range fns {
			if k, err := f(fr); k != ctlNone || err != nil {
				return k, err
			}
		}
		return ctlNone, nil
	}
}

func (c *compiler) stmt(s *scope, st syntax.Stmt) execFn {
	pos, _ := st.Span()
	inner := c.stmtInner(s, st, pos)
	if inner == nil {
		return nil
	}
	return func(fr *frame) (ctl, error) {
		th := fr.th
		th.steps++
		if th.steps >= th.checkAt {
			if err := th.check(); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
		}
		return inner(fr)
	}
}

func (c *compiler) stmtInner(s *scope, st syntax.Stmt, pos syntax.Position) execFn {
	switch st := st.(type) {
	case *syntax.ExprStmt:
		x := c.expr(s, st.X)
		display := c.interactive != nil && s == c.interactive
		return func(fr *frame) (ctl, error) {
			v, err := x(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			if display && fr.th.Displayhook != nil && v != None {
				if err := fr.th.Displayhook(fr.th, v); err != nil {
					return ctlNone, fr.fail(err, pos)
				}
			}
			return ctlNone, nil
		}
	case *syntax.AssignStmt:
		val := c.expr(s, st.Value)
		targets := make([]assignFn, len(st.Targets))
		for i, t := range st.Targets {
			targets[i] = c.assign(s, t)
		}
		if len(targets) == 1 {
			t := targets[0]
			return func(fr *frame) (ctl, error) {
				v, err := val(fr)
				if err != nil {
					return ctlNone, fr.fail(err, pos)
				}
				if err := t(fr, v); err != nil {
					return ctlNone, fr.fail(err, pos)
				}
				return ctlNone, nil
			}
		}
		return func(fr *frame) (ctl, error) {
			v, err := val(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			for _, t := range targets {
				if err := t(fr, v); err != nil {
					return ctlNone, fr.fail(err, pos)
				}
			}
			return ctlNone, nil
		}
	case *syntax.AugAssignStmt:
		return c.augAssign(s, st, pos)
	case *syntax.AnnAssignStmt:
		if st.Value == nil {
			return nil
		}
		val := c.expr(s, st.Value)
		t := c.assign(s, st.Target)
		return func(fr *frame) (ctl, error) {
			v, err := val(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			if err := t(fr, v); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			return ctlNone, nil
		}
	case *syntax.IfStmt:
		cond := c.expr(s, st.Cond)
		then := c.block(s, st.Then)
		var els execFn
		if st.Else != nil {
			els = c.block(s, st.Else)
		}
		return func(fr *frame) (ctl, error) {
			v, err := cond(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			t, err := truth(fr.th, v)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			if t {
				return then(fr)
			}
			if els != nil {
				return els(fr)
			}
			return ctlNone, nil
		}
	case *syntax.WhileStmt:
		cond := c.expr(s, st.Cond)
		body := c.block(s, st.Body)
		var els execFn
		if st.Else != nil {
			els = c.block(s, st.Else)
		}
		return func(fr *frame) (ctl, error) {
			th := fr.th
			for {
				v, err := cond(fr)
				if err != nil {
					return ctlNone, fr.fail(err, pos)
				}
				t, err := truth(th, v)
				if err != nil {
					return ctlNone, fr.fail(err, pos)
				}
				if !t {
					break
				}
				if k, stop, err := loopIteration(fr, body, pos); stop {
					return k, err
				}
			}
			if els != nil {
				return els(fr)
			}
			return ctlNone, nil
		}
	case *syntax.ForStmt:
		iter := c.iterExpr(s, st.Iter)
		target := c.assign(s, st.Target)
		body := c.block(s, st.Body)
		var els execFn
		if st.Else != nil {
			els = c.block(s, st.Else)
		}
		return func(fr *frame) (ctl, error) {
			th := fr.th
			seq, err := iter(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			it, err := GetIterator(th, seq)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			for {
				x, err := it.Next(th)
				if err != nil {
					return ctlNone, fr.fail(err, pos)
				}
				if x == nil {
					break
				}
				if err := target(fr, x); err != nil {
					return ctlNone, fr.fail(err, pos)
				}
				if k, stop, err := loopIteration(fr, body, pos); stop {
					return k, err
				}
			}
			if els != nil {
				return els(fr)
			}
			return ctlNone, nil
		}
	case *syntax.ReturnStmt:
		if st.Value == nil {
			return func(fr *frame) (ctl, error) {
				fr.retval = None
				return ctlReturn, nil
			}
		}
		val := c.expr(s, st.Value)
		return func(fr *frame) (ctl, error) {
			v, err := val(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			fr.retval = v
			return ctlReturn, nil
		}
	case *syntax.BranchStmt:
		switch st.Token {
		case "break":
			return func(fr *frame) (ctl, error) { return ctlBreak, nil }
		case "continue":
			return func(fr *frame) (ctl, error) { return ctlContinue, nil }
		}
		return func(fr *frame) (ctl, error) { return ctlNone, nil }
	case *syntax.DelStmt:
		dels := make([]execFn, len(st.Targets))
		for i, t := range st.Targets {
			dels[i] = c.del(s, t, pos)
		}
		return func(fr *frame) (ctl, error) {
			for _, d := range dels {
				if _, err := d(fr); err != nil {
					return ctlNone, err
				}
			}
			return ctlNone, nil
		}
	case *syntax.RaiseStmt:
		return c.raise(s, st, pos)
	case *syntax.AssertStmt:
		cond := c.expr(s, st.Cond)
		var msg evalFn
		if st.Msg != nil {
			msg = c.expr(s, st.Msg)
		}
		return func(fr *frame) (ctl, error) {
			v, err := cond(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			t, err := truth(fr.th, v)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			if t {
				return ctlNone, nil
			}
			if msg == nil {
				return ctlNone, fr.fail(NewException(AssertionError), pos)
			}
			m, err := msg(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			return ctlNone, fr.fail(NewException(AssertionError, m), pos)
		}
	case *syntax.WithStmt:
		return c.with(s, st, pos)
	case *syntax.TryStmt:
		return c.try(s, st, pos)
	case *syntax.ImportStmt:
		return c.importStmt(s, st, pos)
	case *syntax.FromImportStmt:
		return c.fromImport(s, st, pos)
	case *syntax.GlobalStmt:
		return nil
	case *syntax.DefStmt:
		return c.def(s, st, pos)
	case *syntax.ClassStmt:
		return c.class(s, st, pos)
	}
	c.errorf(pos, "unsupported statement %T", st)
	return nil
}

func truth(th *Thread, v Value) (bool, error) {
	switch v := v.(type) {
	case Bool:
		return bool(v), nil
	case NoneType:
		return false, nil
	}
	return Truth(th, v)
}

func (c *compiler) augAssign(s *scope, st *syntax.AugAssignStmt, pos syntax.Position) execFn {
	op, ok := BinaryOpFromString(st.Op)
	if !ok {
		c.errorf(pos, "unsupported operator %s=", st.Op)
		return nil
	}
	val := c.expr(s, st.Value)
	switch t := st.Target.(type) {
	case *syntax.Ident:
		load := c.load(s, t)
		store := c.store(c.r.idents[t])
		return func(fr *frame) (ctl, error) {
			x, err := load(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			y, err := val(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			r, err := InplaceBinary(fr.th, op, x, y)
			if err != nil {
				return ctlNone, fr.fail(err, st.OpPos)
			}
			if err := store(fr, r); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			return ctlNone, nil
		}
	case *syntax.AttrExpr:
		obj := c.expr(s, t.X)
		name := t.Name
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			x, err := GetAttr(fr.th, o, name)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			y, err := val(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			r, err := InplaceBinary(fr.th, op, x, y)
			if err != nil {
				return ctlNone, fr.fail(err, st.OpPos)
			}
			if err := SetAttr(fr.th, o, name, r); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			return ctlNone, nil
		}
	case *syntax.IndexExpr:
		obj := c.expr(s, t.X)
		idx := c.index(s, t.Index)
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			k, err := idx(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			x, err := GetItem(fr.th, o, k)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			y, err := val(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			r, err := InplaceBinary(fr.th, op, x, y)
			if err != nil {
				return ctlNone, fr.fail(err, st.OpPos)
			}
			if err := SetItem(fr.th, o, k, r); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			return ctlNone, nil
		}
	}
	c.errorf(pos, "illegal expression for augmented assignment")
	return nil
}

func (c *compiler) raise(s *scope, st *syntax.RaiseStmt, pos syntax.Position) execFn {
	if st.Exc == nil {
		return func(fr *frame) (ctl, error) {
			h := fr.th.handling
			if len(h) == 0 {
				return ctlNone, fr.fail(NewError(RuntimeError, "No active exception to reraise"), pos)
			}
			e := h[len(h)-1]
			return ctlNone, fr.fail(e, pos)
		}
	}
	exc := c.expr(s, st.Exc)
	var cause evalFn
	if st.Cause != nil {
		cause = c.expr(s, st.Cause)
	}
	return func(fr *frame) (ctl, error) {
		v, err := exc(fr)
		if err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		inst, err := makeException(fr.th, v)
		if err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		if cause != nil {
			cv, err := cause(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			if cv == None {
				inst.exc.cause = nil
			} else {
				ci, err := makeException(fr.th, cv)
				if err != nil {
					return ctlNone, fr.fail(NewError(TypeError, "exception causes must derive from BaseException"), pos)
				}
				inst.exc.cause = ci
			}
			inst.exc.suppress = true
		}
		inst.exc.traceback = nil
		e := &Exception{Value: inst}
		if h := fr.th.handling; len(h) > 0 && h[len(h)-1].Value != inst && inst.exc.context == nil {
			inst.exc.context = h[len(h)-1].Value
		}
		return ctlNone, fr.fail(e, pos)
	}
}

// makeException turns the operand of raise into an exception instance:
// an instance is used as is, a class is called with no arguments.
func makeException(th *Thread, v Value) (*Instance, error) {
	switch x := v.(type) {
	case *Instance:
		if x.exc != nil {
			return x, nil
		}
	case *Class:
		if x.exception {
			r, err := Call(th, x, nil, nil)
			if err != nil {
				return nil, err
			}
			if inst, ok := r.(*Instance); ok && inst.exc != nil {
				return inst, nil
			}
			return nil, NewError(TypeError, "calling %s should have returned an instance of BaseException, not %s", x.Name, r.Type())
		}
	}
	return nil, NewError(TypeError, "exceptions must derive from BaseException")
}

func (c *compiler) try(s *scope, st *syntax.TryStmt, pos syntax.Position) execFn {
	body := c.block(s, st.Body)
	type handler struct {
		typ   evalFn
		store assignFn
		del   func(fr *frame)
		body  execFn
		pos   syntax.Position
	}
	hs := make([]handler, len(st.Handlers))
	for i, h := range st.Handlers {
		hs[i].pos = h.Pos
		if h.Type != nil {
			hs[i].typ = c.expr(s, h.Type)
		}
		if h.Name != "" {
			b := c.r.names[h]
			hs[i].store = c.store(b)
			d := c.delName(b, h.Pos)
			hs[i].del = func(fr *frame) { d(fr) }
		}
		hs[i].body = c.block(s, h.Body)
	}
	var els, fin execFn
	if st.Else != nil {
		els = c.block(s, st.Else)
	}
	if st.Finally != nil {
		fin = c.block(s, st.Finally)
	}
	handle := func(fr *frame, err error) (ctl, error) {
		e := AsException(err)
		if e.Uncatchable() {
			return ctlNone, e
		}
		for _, h := range hs {
			if h.typ != nil {
				t, err := h.typ(fr)
				if err != nil {
					return ctlNone, fr.fail(err, h.pos)
				}
				ok, err := exceptionMatches(e, t)
				if err != nil {
					return ctlNone, fr.fail(err, h.pos)
				}
				if !ok {
					continue
				}
			}
			th := fr.th
			th.handling = append(th.handling, e)
			if h.store != nil {
				if err := h.store(fr, e.Value); err != nil {
					th.handling = th.handling[:len(th.handling)-1]
					return ctlNone, fr.fail(err, h.pos)
				}
			}
			k, err2 := h.body(fr)
			th.handling = th.handling[:len(th.handling)-1]
			if h.del != nil {
				h.del(fr)
			}
			if err2 != nil {
				e2 := AsException(err2)
				if e2 != e && e2.Value.exc.context == nil && e2.Value != e.Value {
					e2.Value.exc.context = e.Value
				}
				return ctlNone, e2
			}
			return k, nil
		}
		return ctlNone, e
	}
	return func(fr *frame) (ctl, error) {
		k, err := body(fr)
		if err != nil && len(hs) > 0 {
			k, err = handle(fr, err)
		} else if err == nil && k == ctlNone && els != nil {
			k, err = els(fr)
		}
		if fin == nil {
			return k, err
		}
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Uncatchable() {
				return k, err
			}
		}
		saved := fr.retval
		var pending *Exception
		if err != nil {
			pending = AsException(err)
			fr.th.handling = append(fr.th.handling, pending)
		}
		fk, ferr := fin(fr)
		if pending != nil {
			fr.th.handling = fr.th.handling[:len(fr.th.handling)-1]
		}
		if ferr != nil {
			return ctlNone, ferr
		}
		if fk != ctlNone {
			return fk, nil
		}
		fr.retval = saved
		return k, err
	}
}

func exceptionMatches(e *Exception, t Value) (bool, error) {
	switch t := t.(type) {
	case *Class:
		if !t.exception {
			return false, NewError(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return e.Value.Class.IsSubclass(t), nil
	case Tuple:
		for _, x := range t {
			ok, err := exceptionMatches(e, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, NewError(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

func (c *compiler) importStmt(s *scope, st *syntax.ImportStmt, pos syntax.Position) execFn {
	type imp struct {
		name  string
		alias bool
		store assignFn
		pos   syntax.Position
	}
	imps := make([]imp, len(st.Names))
	for i, n := range st.Names {
		imps[i] = imp{name: n.Name, alias: n.Alias != "", store: c.store(c.r.names[n]), pos: n.Pos}
	}
	return func(fr *frame) (ctl, error) {
		th := fr.th
		for _, im := range imps {
			var top, last *Module
			parts := splitDots(im.name)
			for i := range parts {
				full := joinDots(parts[:i+1])
				m, err := th.importModule(full)
				if err != nil {
					return ctlNone, fr.fail(err, im.pos)
				}
				if last != nil {
					if _, ok := last.Dict.GetStr(parts[i]); !ok {
						last.Dict.SetStr(parts[i], m)
					}
				}
				if top == nil {
					top = m
				}
				last = m
			}
			bound := top
			if im.alias {
				bound = last
			}
			if err := im.store(fr, bound); err != nil {
				return ctlNone, fr.fail(err, im.pos)
			}
		}
		return ctlNone, nil
	}
}

func splitDots(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

func joinDots(parts []string) string {
	s := parts[0]
	for _, p := range parts[1:] {
		s += "." + p
	}
	return s
}

func (c *compiler) fromImport(s *scope, st *syntax.FromImportStmt, pos syntax.Position) execFn {
	type imp struct {
		name  string
		store assignFn
		pos   syntax.Position
	}
	var imps []imp
	star := false
	for _, n := range st.Names {
		if n.Name == "*" {
			star = true
			continue
		}
		imps = append(imps, imp{name: n.Name, store: c.store(c.r.names[n]), pos: n.Pos})
	}
	modname := st.Module
	return func(fr *frame) (ctl, error) {
		th := fr.th
		m, err := th.importModule(modname)
		if err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		if star {
			var names []Value
			if all, ok := m.Dict.GetStr("__all__"); ok {
				names, err = collect(th, all)
				if err != nil {
					return ctlNone, fr.fail(err, pos)
				}
			} else {
				for _, k := range m.Dict.Keys() {
					if ks, ok := k.(String); ok && len(ks) > 0 && ks[0] != '_' {
						names = append(names, k)
					}
				}
			}
			for _, k := range names {
				ks, _ := k.(String)
				v, err := GetAttr(th, m, string(ks))
				if err != nil {
					return ctlNone, fr.fail(err, pos)
				}
				if fr.ns != nil {
					fr.ns.SetStr(string(ks), v)
				} else {
					fr.globals.SetStr(string(ks), v)
				}
			}
		}
		for _, im := range imps {
			v, err := getAttr(th, m, im.name)
			if err != nil {
				return ctlNone, fr.fail(err, im.pos)
			}
			if v == nil {
				sub, err := th.importModule(modname + "." + im.name)
				if err != nil {
					loc := "unknown location"
					if f, ok := m.Dict.GetStr("__file__"); ok {
						if fs, ok := f.(String); ok {
							loc = string(fs)
						}
					}
					return ctlNone, fr.fail(NewError(ImportError, "cannot import name '%s' from '%s' (%s)", im.name, modname, loc), im.pos)
				}
				v = sub
			}
			if err := im.store(fr, v); err != nil {
				return ctlNone, fr.fail(err, im.pos)
			}
		}
		return ctlNone, nil
	}
}

// freeSources tells, for each free variable of the inner scope, where the
// frame of the outer code unit (running scope s) finds its cell.
func (c *compiler) freeSources(s *scope, inner *scope) func(fr *frame) []*cell {
	if len(inner.freevars) == 0 {
		return func(*frame) []*cell { return nil }
	}
	o := s.owner()
	type src struct {
		local bool
		index int
	}
	srcs := make([]src, len(inner.freevars))
	for i, b := range inner.freevars {
		if b.scope.owner() == o {
			srcs[i] = src{local: true, index: b.index}
		} else {
			srcs[i] = src{index: o.freeIndex[b]}
		}
	}
	return func(fr *frame) []*cell {
		cells := make([]*cell, len(srcs))
		for i, sr := range srcs {
			if sr.local {
				cl, ok := fr.locals[sr.index].(*cell)
				if !ok {
					cl = &cell{v: fr.locals[sr.index]}
					fr.locals[sr.index] = cl
				}
				cells[i] = cl
			} else {
				cells[i] = fr.free[sr.index]
			}
		}
		return cells
	}
}

func (c *compiler) function(s *scope, node syntax.Node, name string, params []*syntax.Param, body []syntax.Stmt, lambdaBody syntax.Expr, doc string, pos syntax.Position) (*code, []evalFn) {
	fs := c.r.scopes[node]
	cd := &code{name: name, qualname: fs.qualname, file: c.file, pos: pos, varargs: -1, varkw: -1}
	if doc != "" {
		cd.doc = String(doc)
	}
	var kwonly []paramInfo
	var posDefaults, kwDefaults []evalFn
	isKwonly := false
	for _, p := range params {
		var slot int
		if b := c.r.names[p]; b != nil {
			slot = b.index
		}
		switch p.Kind {
		case syntax.ParamBareStar:
			isKwonly = true
		case syntax.ParamStar:
			cd.varargs = slot
			isKwonly = true
		case syntax.ParamStarStar:
			cd.varkw = slot
		default:
			var d evalFn
			if p.Default != nil {
				d = c.expr(s, p.Default)
			}
			if isKwonly {
				kwonly = append(kwonly, paramInfo{name: p.Name, slot: slot})
				kwDefaults = append(kwDefaults, d)
			} else {
				cd.params = append(cd.params, paramInfo{name: p.Name, slot: slot})
				posDefaults = append(posDefaults, d)
			}
		}
	}
	cd.npos = len(cd.params)
	cd.nkwonly = len(kwonly)
	cd.params = append(cd.params, kwonly...)
	if lambdaBody != nil {
		e := c.expr(fs, lambdaBody)
		lpos, _ := lambdaBody.Span()
		cd.expr = func(fr *frame) (Value, error) {
			v, err := e(fr)
			if err != nil {
				return nil, fr.fail(err, lpos)
			}
			return v, nil
		}
	} else {
		cd.body = c.block(fs, body)
	}
	cd.nlocals = fs.nlocals
	cd.cells = fs.cellSlots
	cd.generator = fs.generator
	return cd, append(posDefaults, kwDefaults...)
}

// makeFunction returns the closure creating the function value at run time.
func (c *compiler) makeFunction(s *scope, node syntax.Node, cd *code, defaults []evalFn) func(fr *frame) (*Function, error) {
	fs := c.r.scopes[node]
	free := c.freeSources(s, fs)
	inClassBody := s.kind == classScope
	return func(fr *frame) (*Function, error) {
		defs := make([]Value, len(defaults))
		for i, d := range defaults {
			if d != nil {
				v, err := d(fr)
				if err != nil {
					return nil, err
				}
				defs[i] = v
			}
		}
		f := &Function{code: cd, name: cd.name, qualname: cd.qualname, defaults: defs, globals: fr.globals, free: free(fr)}
		if m, ok := fr.moduleName().(String); ok {
			f.module = string(m)
		}
		if inClassBody {
			f.classCell = fr.classCell
		} else if fr.fn != nil {
			f.classCell = fr.fn.classCell
		}
		return f, nil
	}
}

func (c *compiler) def(s *scope, st *syntax.DefStmt, pos syntax.Position) execFn {
	decorators := make([]evalFn, len(st.Decorators))
	for i, d := range st.Decorators {
		decorators[i] = c.expr(s, d)
	}
	cd, defaults := c.function(s, st, st.Name, st.Params, st.Body, nil, st.Doc, st.Start)
	mk := c.makeFunction(s, st, cd, defaults)
	store := c.store(c.r.names[st])
	return func(fr *frame) (ctl, error) {
		decs := make([]Value, len(decorators))
		for i, d := range decorators {
			v, err := d(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			decs[i] = v
		}
		f, err := mk(fr)
		if err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		var v Value = f
		for i := len(decs) - 1; i >= 0; i-- {
			v, err = Call(fr.th, decs[i], Tuple{v}, nil)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
		}
		if err := store(fr, v); err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		return ctlNone, nil
	}
}

func (c *compiler) class(s *scope, st *syntax.ClassStmt, pos syntax.Position) execFn {
	decorators := make([]evalFn, len(st.Decorators))
	for i, d := range st.Decorators {
		decorators[i] = c.expr(s, d)
	}
	bases := make([]evalFn, len(st.Bases))
	for i, b := range st.Bases {
		bases[i] = c.expr(s, b)
	}
	var metaclass evalFn
	type classKw struct {
		name string
		val  evalFn
	}
	var kws []classKw
	for _, k := range st.Keywords {
		if k.Name == "" {
			c.errorf(k.Pos, "class keyword arguments unpacked with ** are not supported")
			return nil
		}
		if k.Name == "metaclass" {
			metaclass = c.expr(s, k.Value)
			continue
		}
		kws = append(kws, classKw{k.Name, c.expr(s, k.Value)})
	}
	cs := c.r.scopes[st]
	body := c.block(cs, st.Body)
	cd := &code{name: st.Name, qualname: cs.qualname, file: c.file, pos: st.Start, nlocals: cs.nlocals, cells: cs.cellSlots, body: body}
	free := c.freeSources(s, cs)
	store := c.store(c.r.names[st])
	name, qualname, doc := st.Name, cs.qualname, st.Doc
	return func(fr *frame) (ctl, error) {
		th := fr.th
		decs := make([]Value, len(decorators))
		for i, d := range decorators {
			v, err := d(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			decs[i] = v
		}
		bs := make([]*Class, len(bases))
		for i, b := range bases {
			v, err := b(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			bc, ok := v.(*Class)
			if !ok {
				return ctlNone, fr.fail(NewError(TypeError, "bases must be types (got %s)", v.Type()), pos)
			}
			bs[i] = bc
		}
		// metaclass=M: a metaclass the engine knows (MetaFactory, as
		// Django's ModelBase and its subclasses) makes the class; type and
		// its subclasses that change nothing make it as type does.
		var metaFactory ClassFactory
		plainMeta := false
		if metaclass != nil {
			v, err := metaclass(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			mc, ok := v.(*Class)
			if !ok || !mc.IsSubclass(TypeClass) {
				return ctlNone, fr.fail(NewError(NotImplementedError, "metaclass=%s: only subclasses of type are supported as metaclasses", v.Type()), pos)
			}
			metaFactory = mc.MetaFactory
			if metaFactory == nil {
				for _, m := range mc.MRO {
					if m == TypeClass {
						break
					}
					for _, name := range []string{"__new__", "__init__", "__call__", "__prepare__"} {
						if _, ok := m.Dict.GetStr(name); ok {
							return ctlNone, fr.fail(NewError(NotImplementedError, "metaclass %s defines %s: metaclasses with their own methods are not supported", mc.Name, name), pos)
						}
					}
				}
				plainMeta = true
			}
		}
		kwVals := make([]Kwarg, len(kws))
		for i, k := range kws {
			v, err := k.val(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			kwVals[i] = Kwarg{Name: k.name, Value: v}
		}
		ns := NewDict()
		ns.SetStr("__module__", fr.moduleName())
		ns.SetStr("__qualname__", String(qualname))
		if doc != "" {
			ns.SetStr("__doc__", String(doc))
		}
		cfr := &frame{th: th, parent: fr, code: cd, globals: fr.globals, ns: ns,
			locals: make([]Value, cd.nlocals), free: free(fr), classCell: &cell{}}
		th.frame = cfr
		_, err := body(cfr)
		th.frame = fr
		if err != nil {
			return ctlNone, err
		}
		var factory ClassFactory
	find:
		for _, b := range bs {
			for _, m := range b.MRO {
				if m.Factory != nil {
					factory = m.Factory
					break find
				}
			}
		}
		if metaFactory != nil {
			factory = metaFactory
		} else if plainMeta && factory == nil {
			factory = nil
		}
		var result Value
		if factory != nil {
			result, err = factory.NewClass(th, name, bs, ns)
		} else {
			result, err = NewClass(name, bs, ns)
		}
		if err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		cfr.classCell.v = result
		if cls, ok := result.(*Class); ok {
			// Other class keywords go to __init_subclass__, object's
			// taking none.
			if err := initSubclass(th, cls, kwVals); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
		}
		if cls, ok := result.(*Class); ok {
			for _, it := range cls.Dict.Items() {
				if d, ok := it[1].(*Instance); ok {
					if _, _, err := d.callDunder(th, "__set_name__", cls, it[0]); err != nil {
						return ctlNone, fr.fail(err, pos)
					}
				}
			}
		}
		for i := len(decs) - 1; i >= 0; i-- {
			result, err = Call(th, decs[i], Tuple{result}, nil)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
		}
		if err := store(fr, result); err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		return ctlNone, nil
	}
}

// ---- names ----

func unboundLocal(name string) error {
	return NewError(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
}

func unboundFree(name string) error {
	return NewError(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func notDefined(name string) error {
	return NewError(NameError, "name '%s' is not defined", name)
}

func (c *compiler) load(s *scope, id *syntax.Ident) evalFn {
	b := c.r.idents[id]
	name := id.Name
	if b == nil {
		b = &binding{kind: bGlobal, name: name}
	}
	switch b.kind {
	case bLocal:
		i := b.index
		if b.captured {
			return func(fr *frame) (Value, error) {
				var v Value
				if cl, ok := fr.locals[i].(*cell); ok {
					v = cl.v
				} else {
					v = fr.locals[i]
				}
				if v == nil {
					return nil, unboundLocal(name)
				}
				return v, nil
			}
		}
		return func(fr *frame) (Value, error) {
			v := fr.locals[i]
			if v == nil {
				return nil, unboundLocal(name)
			}
			return v, nil
		}
	case bFree:
		i := b.index
		return func(fr *frame) (Value, error) {
			v := fr.free[i].v
			if v == nil {
				return nil, unboundFree(name)
			}
			return v, nil
		}
	case bClassDeref:
		i := b.index
		return func(fr *frame) (Value, error) {
			if v, ok := fr.ns.GetStr(name); ok {
				return v, nil
			}
			v := fr.free[i].v
			if v == nil {
				return nil, unboundFree(name)
			}
			return v, nil
		}
	case bName:
		return func(fr *frame) (Value, error) {
			if v, ok := fr.ns.GetStr(name); ok {
				return v, nil
			}
			if v, ok := fr.globals.GetStr(name); ok {
				return v, nil
			}
			if v, ok := Universe[name]; ok {
				return v, nil
			}
			return nil, notDefined(name)
		}
	}
	return func(fr *frame) (Value, error) {
		if v, ok := fr.globals.GetStr(name); ok {
			return v, nil
		}
		if v, ok := Universe[name]; ok {
			return v, nil
		}
		return nil, notDefined(name)
	}
}

func (c *compiler) store(b *binding) assignFn {
	name := b.name
	switch b.kind {
	case bLocal:
		i := b.index
		if b.captured {
			return func(fr *frame, v Value) error {
				if cl, ok := fr.locals[i].(*cell); ok {
					cl.v = v
				} else {
					fr.locals[i] = &cell{v: v}
				}
				return nil
			}
		}
		return func(fr *frame, v Value) error {
			fr.locals[i] = v
			return nil
		}
	case bFree, bClassDeref:
		i := b.index
		return func(fr *frame, v Value) error {
			fr.free[i].v = v
			return nil
		}
	case bName:
		return func(fr *frame, v Value) error {
			fr.ns.SetStr(name, v)
			return nil
		}
	}
	return func(fr *frame, v Value) error {
		fr.globals.SetStr(name, v)
		return nil
	}
}

func (c *compiler) delName(b *binding, pos syntax.Position) func(fr *frame) error {
	name := b.name
	switch b.kind {
	case bLocal:
		i := b.index
		return func(fr *frame) error {
			if cl, ok := fr.locals[i].(*cell); ok && b.captured {
				if cl.v == nil {
					return unboundLocal(name)
				}
				cl.v = nil
				return nil
			}
			if fr.locals[i] == nil {
				return unboundLocal(name)
			}
			fr.locals[i] = nil
			return nil
		}
	case bFree, bClassDeref:
		i := b.index
		return func(fr *frame) error {
			if fr.free[i].v == nil {
				return unboundFree(name)
			}
			fr.free[i].v = nil
			return nil
		}
	case bName:
		return func(fr *frame) error {
			if !fr.ns.DeleteStr(name) {
				return notDefined(name)
			}
			return nil
		}
	}
	return func(fr *frame) error {
		if !fr.globals.DeleteStr(name) {
			return notDefined(name)
		}
		return nil
	}
}

func (c *compiler) del(s *scope, t syntax.Expr, pos syntax.Position) execFn {
	switch t := t.(type) {
	case *syntax.Ident:
		d := c.delName(c.r.idents[t], pos)
		return func(fr *frame) (ctl, error) {
			if err := d(fr); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			return ctlNone, nil
		}
	case *syntax.AttrExpr:
		obj := c.expr(s, t.X)
		name := t.Name
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			if err := DelAttr(fr.th, o, name); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			return ctlNone, nil
		}
	case *syntax.IndexExpr:
		obj := c.expr(s, t.X)
		idx := c.index(s, t.Index)
		return func(fr *frame) (ctl, error) {
			o, err := obj(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			k, err := idx(fr)
			if err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			if err := DelItem(fr.th, o, k); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			return ctlNone, nil
		}
	case *syntax.TupleExpr:
		var dels []execFn
		for _, x := range t.Elts {
			dels = append(dels, c.del(s, x, pos))
		}
		return func(fr *frame) (ctl, error) {
			for _, d := range dels {
				if _, err := d(fr); err != nil {
					return ctlNone, err
				}
			}
			return ctlNone, nil
		}
	case *syntax.ListExpr:
		return c.del(s, &syntax.TupleExpr{Elts: t.Elts}, pos)
	}
	c.errorf(pos, "cannot delete %s", exprKindName(t))
	return func(fr *frame) (ctl, error) { return ctlNone, nil }
}

// ---- assignment targets ----

func (c *compiler) assign(s *scope, t syntax.Expr) assignFn {
	switch t := t.(type) {
	case *syntax.Ident:
		return c.store(c.r.idents[t])
	case *syntax.AttrExpr:
		obj := c.expr(s, t.X)
		name := t.Name
		return func(fr *frame, v Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			return SetAttr(fr.th, o, name, v)
		}
	case *syntax.IndexExpr:
		obj := c.expr(s, t.X)
		idx := c.index(s, t.Index)
		return func(fr *frame, v Value) error {
			o, err := obj(fr)
			if err != nil {
				return err
			}
			k, err := idx(fr)
			if err != nil {
				return err
			}
			return SetItem(fr.th, o, k, v)
		}
	case *syntax.TupleExpr:
		return c.unpack(s, t.Elts)
	case *syntax.ListExpr:
		return c.unpack(s, t.Elts)
	case *syntax.Starred:
		st, _ := t.Span()
		c.errorf(st, "starred assignment target must be in a list or tuple")
		return func(fr *frame, v Value) error { return nil }
	}
	st, _ := t.Span()
	c.errorf(st, "cannot assign to %s", exprKindName(t))
	return func(fr *frame, v Value) error { return nil }
}

func (c *compiler) unpack(s *scope, elts []syntax.Expr) assignFn {
	star := -1
	targets := make([]assignFn, len(elts))
	for i, e := range elts {
		if st, ok := e.(*syntax.Starred); ok {
			star = i
			targets[i] = c.assign(s, st.X)
		} else {
			targets[i] = c.assign(s, e)
		}
	}
	n := len(elts)
	return func(fr *frame, v Value) error {
		var vals []Value
		switch x := v.(type) {
		case Tuple:
			vals = x
		case *List:
			vals = x.elems
		default:
			if _, err := GetIterator(fr.th, v); err != nil {
				if e, ok := err.(*Exception); ok && e.Matches(TypeError) {
					return NewError(TypeError, "cannot unpack non-iterable %s object", v.Type())
				}
				return err
			}
			var err error
			if vals, err = collect(fr.th, v); err != nil {
				return err
			}
		}
		if star < 0 {
			if len(vals) < n {
				return NewError(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(vals))
			}
			if len(vals) > n {
				return NewError(ValueError, "too many values to unpack (expected %d)", n)
			}
			vals = append([]Value(nil), vals...)
			for i, t := range targets {
				if err := t(fr, vals[i]); err != nil {
					return err
				}
			}
			return nil
		}
		if len(vals) < n-1 {
			return NewError(ValueError, "not enough values to unpack (expected at least %d, got %d)", n-1, len(vals))
		}
		vals = append([]Value(nil), vals...)
		after := n - 1 - star
		for i := 0; i < star; i++ {
			if err := targets[i](fr, vals[i]); err != nil {
				return err
			}
		}
		mid := append([]Value(nil), vals[star:len(vals)-after]...)
		if err := targets[star](fr, NewList(mid)); err != nil {
			return err
		}
		for i := 0; i < after; i++ {
			if err := targets[star+1+i](fr, vals[len(vals)-after+i]); err != nil {
				return err
			}
		}
		return nil
	}
}

// index compiles a subscript: slices become *Slice values.
func (c *compiler) index(s *scope, e syntax.Expr) evalFn {
	switch e := e.(type) {
	case *syntax.SliceExpr:
		part := func(x syntax.Expr) evalFn {
			if x == nil {
				return func(*frame) (Value, error) { return None, nil }
			}
			return c.expr(s, x)
		}
		lo, hi, step := part(e.Lo), part(e.Hi), part(e.Step)
		return func(fr *frame) (Value, error) {
			a, err := lo(fr)
			if err != nil {
				return nil, err
			}
			b, err := hi(fr)
			if err != nil {
				return nil, err
			}
			st, err := step(fr)
			if err != nil {
				return nil, err
			}
			return &Slice{Start: a, Stop: b, Step: st}, nil
		}
	case *syntax.TupleExpr:
		hasSlice := false
		for _, x := range e.Elts {
			if _, ok := x.(*syntax.SliceExpr); ok {
				hasSlice = true
			}
		}
		if hasSlice {
			parts := make([]evalFn, len(e.Elts))
			for i, x := range e.Elts {
				parts[i] = c.index(s, x)
			}
			return func(fr *frame) (Value, error) {
				t := make(Tuple, len(parts))
				for i, p := range parts {
					v, err := p(fr)
					if err != nil {
						return nil, err
					}
					t[i] = v
				}
				return t, nil
			}
		}
	}
	return c.expr(s, e)
}

// ---- expressions ----

func constant(v Value) evalFn { return func(*frame) (Value, error) { return v, nil } }

func (c *compiler) expr(s *scope, e syntax.Expr) evalFn {
	switch e := e.(type) {
	case *syntax.Ident:
		return c.load(s, e)
	case *syntax.Literal:
		return constant(literalValue(e))
	case *syntax.FString:
		return c.fstring(s, e)
	case *syntax.TupleExpr:
		elems := c.elems(s, e.Elts)
		return func(fr *frame) (Value, error) {
			vals, err := elems(fr)
			return Tuple(vals), err
		}
	case *syntax.ListExpr:
		elems := c.elems(s, e.Elts)
		return func(fr *frame) (Value, error) {
			vals, err := elems(fr)
			if err != nil {
				return nil, err
			}
			return NewList(vals), nil
		}
	case *syntax.SetExpr:
		elems := c.elems(s, e.Elts)
		// CPython compiles a display of more than two constants as a
		// frozenset constant merged into a new set (starunpack_helper),
		// which can order colliding elements differently.
		if len(e.Elts) > 2 && isConstExpr(e) {
			return func(fr *frame) (Value, error) {
				f, err := constSet(fr, elems)
				if err != nil {
					return nil, err
				}
				return f.copyAs(false), nil
			}
		}
		return func(fr *frame) (Value, error) {
			vals, err := elems(fr)
			if err != nil {
				return nil, err
			}
			set := NewSet()
			for _, v := range vals {
				if err := set.Add(fr.th, v); err != nil {
					return nil, err
				}
			}
			return set, nil
		}
	case *syntax.DictExpr:
		return c.dict(s, e)
	case *syntax.Comprehension:
		return c.comprehension(s, e)
	case *syntax.NamedExpr:
		val, store := c.expr(s, e.Value), c.store(c.r.idents[e.Target])
		return func(fr *frame) (Value, error) {
			v, err := val(fr)
			if err != nil {
				return nil, err
			}
			return v, store(fr, v)
		}
	case *syntax.CondExpr:
		cond, then, els := c.expr(s, e.Cond), c.expr(s, e.Then), c.expr(s, e.Else)
		return func(fr *frame) (Value, error) {
			v, err := cond(fr)
			if err != nil {
				return nil, err
			}
			t, err := truth(fr.th, v)
			if err != nil {
				return nil, err
			}
			if t {
				return then(fr)
			}
			return els(fr)
		}
	case *syntax.BinaryExpr:
		op, ok := BinaryOpFromString(e.Op)
		if !ok {
			c.errorf(e.OpPos, "unsupported operator %s", e.Op)
			return constant(None)
		}
		x, y := c.expr(s, e.X), c.expr(s, e.Y)
		pos := e.OpPos
		return func(fr *frame) (Value, error) {
			a, err := x(fr)
			if err != nil {
				return nil, err
			}
			b, err := y(fr)
			if err != nil {
				return nil, err
			}
			if ai, ok := a.(Int); ok {
				if bi, ok := b.(Int); ok && ai.big == nil && bi.big == nil {
					switch op {
					case Plus:
						return ai.add(bi), nil
					case Minus:
						return ai.sub(bi), nil
					}
				}
			}
			r, err := Binary(fr.th, op, a, b)
			if err != nil {
				return nil, fr.fail(err, pos)
			}
			return r, nil
		}
	case *syntax.BoolExpr:
		x, y := c.expr(s, e.X), c.expr(s, e.Y)
		and := e.Op == "and"
		return func(fr *frame) (Value, error) {
			a, err := x(fr)
			if err != nil {
				return nil, err
			}
			t, err := truth(fr.th, a)
			if err != nil {
				return nil, err
			}
			if t != and {
				return a, nil
			}
			return y(fr)
		}
	case *syntax.UnaryExpr:
		x := c.expr(s, e.X)
		pos := e.Start
		if e.Op == "not" {
			return func(fr *frame) (Value, error) {
				a, err := x(fr)
				if err != nil {
					return nil, err
				}
				t, err := truth(fr.th, a)
				return Bool(!t), err
			}
		}
		var op UnaryOp
		switch e.Op {
		case "-":
			op = UMinus
		case "+":
			op = UPlus
		case "~":
			op = UInvert
		}
		return func(fr *frame) (Value, error) {
			a, err := x(fr)
			if err != nil {
				return nil, err
			}
			r, err := Unary(fr.th, op, a)
			if err != nil {
				return nil, fr.fail(err, pos)
			}
			return r, nil
		}
	case *syntax.CompareExpr:
		return c.compare(s, e)
	case *syntax.CallExpr:
		return c.call(s, e)
	case *syntax.AttrExpr:
		x := c.expr(s, e.X)
		name := e.Name
		pos := e.NamePos
		return func(fr *frame) (Value, error) {
			o, err := x(fr)
			if err != nil {
				return nil, err
			}
			v, err := GetAttr(fr.th, o, name)
			if err != nil {
				return nil, fr.fail(err, pos)
			}
			return v, nil
		}
	case *syntax.IndexExpr:
		x := c.expr(s, e.X)
		idx := c.index(s, e.Index)
		pos := e.Start
		return func(fr *frame) (Value, error) {
			o, err := x(fr)
			if err != nil {
				return nil, err
			}
			k, err := idx(fr)
			if err != nil {
				return nil, err
			}
			v, err := GetItem(fr.th, o, k)
			if err != nil {
				return nil, fr.fail(err, pos)
			}
			return v, nil
		}
	case *syntax.YieldExpr:
		return c.yield(s, e)
	case *syntax.LambdaExpr:
		cd, defaults := c.function(s, e, "<lambda>", e.Params, nil, e.Body, "", e.Start)
		mk := c.makeFunction(s, e, cd, defaults)
		return func(fr *frame) (Value, error) {
			f, err := mk(fr)
			if err != nil {
				return nil, err
			}
			return f, nil
		}
	case *syntax.Starred:
		c.errorf(e.Start, "can't use starred expression here")
		return constant(None)
	case *syntax.SliceExpr:
		return c.index(s, e)
	}
	st, _ := e.Span()
	c.errorf(st, "unsupported expression %T", e)
	return constant(None)
}

func literalValue(e *syntax.Literal) Value {
	switch e.Kind {
	case syntax.IntLit:
		switch v := e.Value.(type) {
		case int64:
			return MakeInt(v)
		case int:
			return MakeInt(int64(v))
		case *big.Int:
			return MakeBigInt(v)
		}
	case syntax.FloatLit:
		if f, ok := e.Value.(float64); ok {
			return Float(f)
		}
	case syntax.StringLit:
		if s, ok := e.Value.(string); ok {
			return String(s)
		}
	case syntax.BytesLit:
		if s, ok := e.Value.(string); ok {
			return Bytes(s)
		}
	case syntax.NoneLit:
		return None
	case syntax.TrueLit:
		return True
	case syntax.FalseLit:
		return False
	case syntax.EllipsisLit:
		return Ellipsis
	}
	panic(fmt.Sprintf("bad literal %v (%T)", e.Kind, e.Value))
}

// elems compiles the elements of a display, expanding *starred ones.
func (c *compiler) elems(s *scope, elts []syntax.Expr) func(fr *frame) ([]Value, error) {
	fns := make([]evalFn, len(elts))
	starred := make([]bool, len(elts))
	anyStar := false
	for i, e := range elts {
		if st, ok := e.(*syntax.Starred); ok {
			fns[i] = c.expr(s, st.X)
			starred[i] = true
			anyStar = true
		} else {
			fns[i] = c.expr(s, e)
		}
	}
	if !anyStar {
		return func(fr *frame) ([]Value, error) {
			vals := make([]Value, len(fns))
			for i, f := range fns {
				v, err := f(fr)
				if err != nil {
					return nil, err
				}
				vals[i] = v
			}
			return vals, nil
		}
	}
	return func(fr *frame) ([]Value, error) {
		var vals []Value
		for i, f := range fns {
			v, err := f(fr)
			if err != nil {
				return nil, err
			}
			if starred[i] {
				more, err := collect(fr.th, v)
				if err != nil {
					if _, ok := v.(Iterable); !ok {
						return nil, NewError(TypeError, "Value after * must be an iterable, not %s", v.Type())
					}
					return nil, err
				}
				vals = append(vals, more...)
			} else {
				vals = append(vals, v)
			}
		}
		return vals, nil
	}
}

func (c *compiler) dict(s *scope, e *syntax.DictExpr) evalFn {
	type entry struct{ k, v evalFn }
	entries := make([]entry, len(e.Entries))
	for i, en := range e.Entries {
		if en.Key != nil {
			entries[i].k = c.expr(s, en.Key)
		}
		entries[i].v = c.expr(s, en.Value)
	}
	return func(fr *frame) (Value, error) {
		d := NewDict()
		for _, en := range entries {
			if en.k == nil {
				m, err := en.v(fr)
				if err != nil {
					return nil, err
				}
				if err := mergeMapping(fr.th, d, m, ""); err != nil {
					return nil, err
				}
				continue
			}
			k, err := en.k(fr)
			if err != nil {
				return nil, err
			}
			v, err := en.v(fr)
			if err != nil {
				return nil, err
			}
			if err := d.SetKey(fr.th, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
}

// mergeMapping copies the entries of a mapping into d ({**m} and f(**m)).
// fn names the called function for the f(**m) errors ("" for displays).
func mergeMapping(th *Thread, d *Dict, m Value, fn string) error {
	if md, ok := m.(*Dict); ok {
		for _, it := range md.Items() {
			if fn != "" {
				if _, ok := it[0].(String); !ok {
					return NewError(TypeError, "keywords must be strings")
				}
				if _, dup, _ := d.Get(th, it[0]); dup {
					return NewError(TypeError, "%s() got multiple values for keyword argument '%s'", fn, it[0].(String))
				}
			}
			if err := d.SetKey(th, it[0], it[1]); err != nil {
				return err
			}
		}
		return nil
	}
	keysM, err := getAttr(th, m, "keys")
	if err != nil {
		return err
	}
	if keysM == nil {
		if fn != "" {
			return NewError(TypeError, "%s() argument after ** must be a mapping, not %s", fn, m.Type())
		}
		return NewError(TypeError, "'%s' object is not a mapping", m.Type())
	}
	keys, err := Call(th, keysM, nil, nil)
	if err != nil {
		return err
	}
	return Iterate(th, keys, func(k Value) error {
		v, err := GetItem(th, m, k)
		if err != nil {
			return err
		}
		if fn != "" {
			if _, ok := k.(String); !ok {
				return NewError(TypeError, "keywords must be strings")
			}
			if _, dup, _ := d.Get(th, k); dup {
				return NewError(TypeError, "%s() got multiple values for keyword argument '%s'", fn, k.(String))
			}
		}
		return d.SetKey(th, k, v)
	})
}

func (c *compiler) compare(s *scope, e *syntax.CompareExpr) evalFn {
	operands := make([]evalFn, len(e.Operands))
	for i, o := range e.Operands {
		operands[i] = c.expr(s, o)
	}
	ops := e.Ops
	poss := e.OpPos
	return func(fr *frame) (Value, error) {
		x, err := operands[0](fr)
		if err != nil {
			return nil, err
		}
		for i, op := range ops {
			y, err := operands[i+1](fr)
			if err != nil {
				return nil, err
			}
			r, err := compareOp(fr.th, op, x, y)
			if err != nil {
				var p syntax.Position
				if i < len(poss) {
					p = poss[i]
				}
				return nil, fr.fail(err, p)
			}
			if !r {
				return False, nil
			}
			x = y
		}
		return True, nil
	}
}

func compareOp(th *Thread, op string, x, y Value) (bool, error) {
	switch op {
	case "==":
		return Equal(th, x, y)
	case "!=":
		return Compare(th, NE, x, y)
	case "<":
		return Compare(th, LT, x, y)
	case "<=":
		return Compare(th, LE, x, y)
	case ">":
		return Compare(th, GT, x, y)
	case ">=":
		return Compare(th, GE, x, y)
	case "in":
		return Contains(th, y, x)
	case "not in":
		r, err := Contains(th, y, x)
		return !r, err
	case "is":
		return sameObject(x, y), nil
	case "is not":
		return !sameObject(x, y), nil
	}
	return false, NewError(SyntaxError, "unknown comparison %s", op)
}

// isCoreValue reports whether v's methods all live in its builtin class
// dict (so a method call can skip creating the bound method).
func isCoreValue(v Value) bool {
	switch v.(type) {
	case String, *List, *Dict, *Set, Tuple, Int, Float, Bytes:
		return true
	}
	return false
}

func (c *compiler) call(s *scope, e *syntax.CallExpr) evalFn {
	pos := e.Start
	// arguments
	type arg struct {
		f    evalFn
		star bool
	}
	args := make([]arg, len(e.Args))
	anyStar := false
	for i, a := range e.Args {
		if st, ok := a.(*syntax.Starred); ok {
			args[i] = arg{f: c.expr(s, st.X), star: true}
			anyStar = true
		} else {
			args[i] = arg{f: c.expr(s, a)}
		}
	}
	type kwarg struct {
		name string
		f    evalFn
	}
	kws := make([]kwarg, len(e.Keywords))
	anyKwStar := false
	for i, k := range e.Keywords {
		kws[i] = kwarg{name: k.Name, f: c.expr(s, k.Value)}
		if k.Name == "" {
			anyKwStar = true
		}
	}
	// the callee: a method call avoids building the bound method
	var recvFn evalFn
	var method string
	var fnFn evalFn
	if a, ok := e.Fn.(*syntax.AttrExpr); ok {
		recvFn = c.expr(s, a.X)
		method = a.Name
	} else {
		fnFn = c.expr(s, e.Fn)
	}
	return func(fr *frame) (Value, error) {
		th := fr.th
		var fn, self Value
		if recvFn != nil {
			recv, err := recvFn(fr)
			if err != nil {
				return nil, err
			}
			if inst, ok := recv.(*Instance); ok {
				if t, _ := inst.Class.Lookup(method); t != nil {
					if f, ok := t.(*Function); ok {
						if _, shadowed := inst.Dict.GetStr(method); !shadowed {
							fn, self = f, inst
						}
					}
				}
			} else if isCoreValue(recv) {
				if t, _ := TypeOf(recv).Lookup(method); t != nil {
					if b, ok := t.(*Builtin); ok {
						fn, self = b, recv
					}
				}
			}
			if fn == nil {
				fn, err = GetAttr(th, recv, method)
				if err != nil {
					return nil, fr.fail(err, pos)
				}
			}
		} else {
			var err error
			fn, err = fnFn(fr)
			if err != nil {
				return nil, err
			}
		}
		var argv Tuple
		n := len(args)
		if self != nil {
			n++
		}
		if !anyStar {
			argv = make(Tuple, 0, n)
			if self != nil {
				argv = append(argv, self)
			}
			for _, a := range args {
				v, err := a.f(fr)
				if err != nil {
					return nil, err
				}
				argv = append(argv, v)
			}
		} else {
			if self != nil {
				argv = append(argv, self)
			}
			for _, a := range args {
				v, err := a.f(fr)
				if err != nil {
					return nil, err
				}
				if a.star {
					more, err := collect(th, v)
					if err != nil {
						if _, ok := v.(Iterable); !ok {
							return nil, fr.fail(NewError(TypeError, "%s() argument after * must be an iterable, not %s", funcName(fn), v.Type()), pos)
						}
						return nil, err
					}
					argv = append(argv, more...)
				} else {
					argv = append(argv, v)
				}
			}
		}
		var kwargs []Kwarg
		if len(kws) > 0 {
			kwargs = make([]Kwarg, 0, len(kws))
			if !anyKwStar {
				for _, k := range kws {
					v, err := k.f(fr)
					if err != nil {
						return nil, err
					}
					kwargs = append(kwargs, Kwarg{k.name, v})
				}
			} else {
				d := NewDict()
				for _, k := range kws {
					v, err := k.f(fr)
					if err != nil {
						return nil, err
					}
					if k.name == "" {
						if err := mergeMapping(th, d, v, funcName(fn)); err != nil {
							return nil, fr.fail(err, pos)
						}
						continue
					}
					if _, dup := d.GetStr(k.name); dup {
						return nil, fr.fail(NewError(TypeError, "%s() got multiple values for keyword argument '%s'", funcName(fn), k.name), pos)
					}
					d.SetStr(k.name, v)
				}
				for _, it := range d.Items() {
					kwargs = append(kwargs, Kwarg{string(it[0].(String)), it[1]})
				}
			}
		}
		r, err := Call(th, fn, argv, kwargs)
		if err != nil {
			return nil, fr.fail(err, pos)
		}
		return r, nil
	}
}

func (c *compiler) fstring(s *scope, f *syntax.FString) evalFn {
	type part struct {
		text string
		expr evalFn
		conv rune
		spec evalFn
		doc  bool
	}
	parts := make([]part, len(f.Parts))
	for i, p := range f.Parts {
		parts[i] = part{text: p.Text, conv: p.Conv, doc: p.SelfDoc}
		if p.Expr != nil {
			parts[i].expr = c.expr(s, p.Expr)
		}
		if p.Spec != nil {
			parts[i].spec = c.fstring(s, p.Spec)
		}
	}
	return func(fr *frame) (Value, error) {
		th := fr.th
		var b []byte
		for _, p := range parts {
			if p.expr == nil {
				b = append(b, p.text...)
				continue
			}
			if p.doc {
				b = append(b, p.text...)
			}
			v, err := p.expr(fr)
			if err != nil {
				return nil, err
			}
			conv := p.conv
			if p.doc && conv == 0 && p.spec == nil {
				conv = 'r'
			}
			switch conv {
			case 'r':
				r, err := Repr(th, v)
				if err != nil {
					return nil, err
				}
				v = String(r)
			case 's':
				r, err := Str(th, v)
				if err != nil {
					return nil, err
				}
				v = String(r)
			case 'a':
				r, err := Repr(th, v)
				if err != nil {
					return nil, err
				}
				v = String(asciiEscape(r))
			}
			spec := ""
			if p.spec != nil {
				sv, err := p.spec(fr)
				if err != nil {
					return nil, err
				}
				spec = string(sv.(String))
			}
			out, err := Format(th, v, spec)
			if err != nil {
				return nil, err
			}
			if err := th.Reserve(int64(len(out))); err != nil {
				return nil, err
			}
			b = append(b, out...)
			if len(b) > maxAlloc {
				return nil, errTooBig()
			}
		}
		return String(b), nil
	}
}

// ---- comprehensions ----

type compClause struct {
	iter   evalFn
	target assignFn
	ifs    []evalFn
}

func (c *compiler) comprehension(s *scope, e *syntax.Comprehension) evalFn {
	first := c.iterExpr(s, e.Clauses[0].Iter)
	cs := c.r.scopes[e]
	clauses := make([]compClause, len(e.Clauses))
	for i, cl := range e.Clauses {
		if i > 0 {
			clauses[i].iter = c.iterExpr(cs, cl.Iter)
		}
		clauses[i].target = c.assign(cs, cl.Target)
		for _, x := range cl.Ifs {
			clauses[i].ifs = append(clauses[i].ifs, c.expr(cs, x))
		}
	}
	var key evalFn
	if e.Key != nil {
		key = c.expr(cs, e.Key)
	}
	elt := c.expr(cs, e.Elt)
	var cellSlots []int
	for _, b := range cs.bindings {
		if b.captured {
			cellSlots = append(cellSlots, b.index)
		}
	}
	pos := e.Start
	kind := e.Kind
	return func(fr *frame) (Value, error) {
		for _, i := range cellSlots {
			fr.locals[i] = &cell{}
		}
		src, err := first(fr)
		if err != nil {
			return nil, err
		}
		if kind == syntax.GeneratorExp {
			it, err := GetIterator(fr.th, src)
			if err != nil {
				return nil, fr.fail(err, pos)
			}
			return &generator{fr: fr, clauses: clauses, elt: elt, iters: []Iterator{it}, addr: fr.th.newAddr()}, nil
		}
		var list []Value
		var set *Set
		var dict *Dict
		switch kind {
		case syntax.SetComp:
			set = NewSet()
		case syntax.DictComp:
			dict = NewDict()
		}
		th := fr.th
		var loop func(i int, src Value) error
		loop = func(i int, src Value) error {
			return Iterate(th, src, func(x Value) error {
				if err := th.tick(); err != nil {
					return err
				}
				cl := &clauses[i]
				if err := cl.target(fr, x); err != nil {
					return err
				}
				for _, f := range cl.ifs {
					v, err := f(fr)
					if err != nil {
						return err
					}
					t, err := truth(th, v)
					if err != nil {
						return err
					}
					if !t {
						return nil
					}
				}
				if i+1 < len(clauses) {
					next, err := clauses[i+1].iter(fr)
					if err != nil {
						return err
					}
					return loop(i+1, next)
				}
				v, err := elt(fr)
				if err != nil {
					return err
				}
				switch kind {
				case syntax.ListComp:
					if len(list) >= maxAlloc {
						return errTooBig()
					}
					list = append(list, v)
				case syntax.SetComp:
					return set.Add(th, v)
				case syntax.DictComp:
					k, err := key(fr)
					if err != nil {
						return err
					}
					return dict.SetKey(th, k, v)
				}
				return nil
			})
		}
		if err := loop(0, src); err != nil {
			return nil, fr.fail(err, pos)
		}
		switch kind {
		case syntax.SetComp:
			return set, nil
		case syntax.DictComp:
			return dict, nil
		}
		return NewList(list), nil
	}
}

// generator is the lazy iterator of a generator expression.
type generator struct {
	fr      *frame
	clauses []compClause
	elt     evalFn
	iters   []Iterator
	done    bool
	running bool
	addr    uint64
}

func (g *generator) Type() string { return "generator" }

func (g *generator) Iterate(th *Thread) (Iterator, error) { return g, nil }

func (g *generator) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<generator object <genexpr> at %#x>", g.addr), nil
}

func (g *generator) Next(th *Thread) (Value, error) {
	if g.done {
		return nil, nil
	}
	if g.running {
		return nil, NewError(ValueError, "generator already executing")
	}
	g.running = true
	defer func() { g.running = false }()
	fr := g.fr
	for {
		d := len(g.iters) - 1
		if d < 0 {
			g.done = true
			return nil, nil
		}
		x, err := g.iters[d].Next(th)
		if err != nil {
			g.done = true
			return nil, err
		}
		if x == nil {
			g.iters = g.iters[:d]
			continue
		}
		if err := th.tick(); err != nil {
			return nil, err
		}
		cl := &g.clauses[d]
		if err := cl.target(fr, x); err != nil {
			g.done = true
			return nil, err
		}
		ok := true
		for _, f := range cl.ifs {
			v, err := f(fr)
			if err != nil {
				g.done = true
				return nil, err
			}
			t, err := truth(th, v)
			if err != nil {
				g.done = true
				return nil, err
			}
			if !t {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if d+1 < len(g.clauses) {
			src, err := g.clauses[d+1].iter(fr)
			if err != nil {
				g.done = true
				return nil, err
			}
			it, err := GetIterator(th, src)
			if err != nil {
				g.done = true
				return nil, err
			}
			g.iters = append(g.iters, it)
			continue
		}
		v, err := g.elt(fr)
		if err != nil {
			g.done = true
			return nil, err
		}
		return v, nil
	}
}

// loopIteration runs one pass of a while or for body under the step
// budget; stop is true when the loop ends here (break, return, an error),
// with what the statement returns.
func loopIteration(fr *frame, body execFn, pos syntax.Position) (k ctl, stop bool, err error) {
	if err := fr.th.tick(); err != nil {
		return ctlNone, true, fr.fail(err, pos)
	}
	k, err = body(fr)
	switch {
	case err != nil:
		return ctlNone, true, err
	case k == ctlBreak:
		return ctlNone, true, nil
	case k == ctlReturn:
		return k, true, nil
	}
	return ctlNone, false, nil
}

// initSubclass calls the first __init_subclass__ defined by a base of cls
// (a classmethod, as Python makes it) with the class keyword arguments.
func initSubclass(th *Thread, cls *Class, kwargs []Kwarg) error {
	for _, b := range cls.MRO[1:] {
		f, ok := b.Dict.GetStr("__init_subclass__")
		if !ok {
			continue
		}
		if cm, ok := f.(*ClassMethod); ok {
			f = cm.Func
		}
		_, err := Call(th, f, Tuple{cls}, kwargs)
		return err
	}
	if len(kwargs) == 0 {
		return nil
	}
	return NewError(TypeError, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
}

// isConstExpr reports whether CPython's AST optimizer makes x a constant:
// a literal, a signed number, a tuple of constants.
func isConstExpr(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Literal:
		return true
	case *syntax.UnaryExpr:
		l, ok := x.X.(*syntax.Literal)
		return ok && x.Op != "not" && (l.Kind == syntax.IntLit || l.Kind == syntax.FloatLit || x.Op == "~" && l.Kind == syntax.TrueLit)
	case *syntax.TupleExpr:
		for _, e := range x.Elts {
			if !isConstExpr(e) {
				return false
			}
		}
		return true
	case *syntax.SetExpr:
		for _, e := range x.Elts {
			if !isConstExpr(e) {
				return false
			}
		}
		return len(x.Elts) > 0
	}
	return false
}

// constSet is the frozenset constant CPython's compiler makes of a set
// display of constants (elems): built from the elements, rebuilt from its
// own order when the compiler merges constants (merge_consts_recursive),
// and again when the code object's constants are interned and an
// identifier-like string is replaced by the interned one
// (intern_constants), which we take to be the case for any such string:
// they are the words of a Django process.
func constSet(fr *frame, elems func(fr *frame) ([]Value, error)) (*Set, error) {
	vals, err := elems(fr)
	if err != nil {
		return nil, err
	}
	f := NewFrozenSet()
	passes := 1
	for _, v := range vals {
		if err := f.Add(fr.th, v); err != nil {
			return nil, err
		}
		if s, ok := v.(String); ok && len(s) > 1 && isIdentChars(string(s)) {
			passes = 2
		}
	}
	for ; passes > 0; passes-- {
		g := NewFrozenSet()
		for _, v := range f.Elems() {
			g.Add(fr.th, v)
		}
		f = g
	}
	return f, nil
}

// iterExpr compiles the iterable of a for statement or comprehension:
// CPython's AST optimizer makes a set display of constants there a
// frozenset constant (fold_iter), iterated as it is.
func (c *compiler) iterExpr(s *scope, x syntax.Expr) evalFn {
	if e, ok := x.(*syntax.SetExpr); ok && isConstExpr(e) {
		elems := c.elems(s, e.Elts)
		return func(fr *frame) (Value, error) { return constSet(fr, elems) }
	}
	return c.expr(s, x)
}

// isIdentChars reports whether s is made of ASCII letters, digits and
// underscores only (CPython's all_name_chars).
func isIdentChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
