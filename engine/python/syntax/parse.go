package syntax

// This file holds the parser: recursive descent over the token slice made
// by the scanner, following CPython's grammar and, where it has them, its
// error messages.

import (
	"fmt"
	"strings"
)

// Parse parses a module or script. The error, if any, is an Error value:
// the first syntax error, or the first construct outside the subset; an
// error CPython reports when compiling (see compileErrorf) only when the
// file parses.
func Parse(filename, src string) (*File, error) {
	f, compileErrs, err := parseFile(filename, src)
	if err == nil && len(compileErrs) > 0 {
		return nil, compileErrs[0]
	}
	return f, err
}

// ParseScript parses a script that runs one top-level statement at a
// time, as Python's interactive mode compiles each input on its own: an
// error CPython reports when compiling rather than parsing ('break'
// outside loop, keyword argument repeated) does not fail the file but
// stays with the statement it is in, in File.CompileErrors. Other errors
// are Parse's.
func ParseScript(filename, src string) (*File, error) {
	f, compileErrs, err := parseFile(filename, src)
	if err != nil {
		return nil, err
	}
	for _, e := range compileErrs {
		st := statementAt(f.Stmts, e.Pos)
		if _, seen := f.CompileErrors[st]; seen {
			continue // the first error of a statement is reported
		}
		if f.CompileErrors == nil {
			f.CompileErrors = map[Stmt]Error{}
		}
		f.CompileErrors[st] = e
	}
	return f, nil
}

// parseFile parses top-level statements up to the end of the input: the
// tree and the compile errors in order, or the first parse error.
func parseFile(filename, src string) (f *File, compileErrs []Error, err error) {
	if len(src) > MaxFileSize {
		return nil, nil, sizeError(filename, src)
	}
	p := newParser(filename, src, Position{1, 1}, false)
	defer func() {
		if err != nil {
			f, compileErrs = nil, nil
		}
	}()
	defer p.recover(&err) // runs first
	f = &File{Name: filename}
	for p.tok.kind != tEOF {
		stmts := p.parseStmt()
		for _, s := range stmts {
			p.checkTreeDepth(s)
		}
		f.Stmts = append(f.Stmts, stmts...)
	}
	return f, p.compileErrs, nil
}

// statementAt is the last of stmts starting at or before pos.
func statementAt(stmts []Stmt, pos Position) Stmt {
	at := stmts[0]
	for _, s := range stmts {
		if start, _ := s.Span(); start.Line < pos.Line || start.Line == pos.Line && start.Col <= pos.Col {
			at = s
		}
	}
	return at
}

// ParseExpr parses a single expression (a tuple if it has top-level
// commas), as Python would inside parentheses: newlines are white space.
func ParseExpr(filename, src string) (x Expr, err error) {
	if len(src) > MaxFileSize {
		return nil, sizeError(filename, src)
	}
	p := newParser(filename, src, Position{1, 1}, true)
	defer p.recover(&err)
	x = p.parseWholeExpr()
	p.checkTreeDepth(x)
	if len(p.compileErrs) > 0 {
		return nil, p.compileErrs[0]
	}
	return x, nil
}

func sizeError(filename, src string) error {
	return Error{File: filename, Pos: Position{1, 1},
		Msg: fmt.Sprintf("%s is %d KiB; the limit is %d KiB", filename, (len(src)+1023)/1024, MaxFileSize>>10)}
}

// checkTreeDepth reports an error if the tree under n is more than
// MaxTreeDepth nodes deep. Nesting is already bounded by MaxDepth, but long
// chains of left-associative operators, calls or attributes (a + b + c ...)
// deepen the tree without nesting; CPython gives up on those too. The walk
// uses an explicit stack, so it cannot overflow whatever the depth.
func (p *parser) checkTreeDepth(n Node) {
	stack := append(p.depthStack[:0], depthItem{n, 1})
	children := p.children[:0]
	defer func() { p.depthStack, p.children = stack, children }()
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth > MaxTreeDepth {
			start, _ := it.n.Span()
			what := "expression"
			if _, ok := it.n.(Stmt); ok {
				what = "statement" // a very long elif chain
			}
			p.errorf(start, "%s too complex (nested more than %d levels deep)", what, MaxTreeDepth)
		}
		// Push in reverse, to visit in source order and report the
		// leftmost offender.
		children = appendChildren(children[:0], it.n)
		for i := len(children) - 1; i >= 0; i-- {
			stack = append(stack, depthItem{children[i], it.depth + 1})
		}
	}
}

type depthItem struct {
	n     Node
	depth int
}

// bailout is the panic value that carries the first error out of the parser.
type bailout struct{ err Error }

type parser struct {
	file     string
	src      string
	toks     []token
	i        int
	tok      *token
	prevEnd  Position // end of the last consumed token (not NEWLINE/INDENT/DEDENT)
	depth    int      // nesting of brackets, blocks and recursive expressions
	unclosed []Error  // brackets never closed, outermost first (the scanner stopped)
	fstring  bool     // parsing the expression of an f-string replacement field

	inFunc   bool // inside a def (for return) or a lambda (for yield)
	inLoop   bool // inside a for or while body (for break, continue)
	inModule bool // not inside a def or class (for nonlocal, import *)

	// compileErrs are the errors CPython reports when it compiles the
	// tree rather than when it parses (see compileErrorf), in order.
	compileErrs []Error
	// yields maps each yield not yet found in a comprehension to the
	// index of its "'yield' outside function" error, or -1.
	yields map[*YieldExpr]int

	// buffers reused by checkTreeDepth
	depthStack []depthItem
	children   []Node
}

func newParser(filename, src string, start Position, exprMode bool) *parser {
	src = normalizeNewlines(src)
	toks, unclosed := scan(filename, src, start, exprMode)
	p := &parser{file: filename, src: src, toks: toks, unclosed: unclosed, inModule: true}
	p.tok = &p.toks[0]
	return p
}

// recover turns a bailout into the returned error, and any other panic
// (a bug) into an Error rather than a crash. It must be deferred directly.
func (p *parser) recover(err *error) {
	r := recover()
	if r == nil {
		return
	}
	if b, ok := r.(bailout); ok {
		*err = b.err
		return
	}
	pos := Position{1, 1}
	if p.tok != nil {
		pos = p.tok.pos
	}
	*err = Error{File: p.file, Pos: pos, Msg: fmt.Sprintf("internal error (a bug): %v", r)}
}

// compileErrorf records an error that CPython's compiler reports, not its
// parser ('return' outside function, keyword argument repeated): ast.parse
// accepts the code, so a parse error later in the file wins over it, and
// a REPL that compiles one statement at a time fails only that statement.
// Parsing goes on.
// (CPython's compiler does not prefix the errors of f-string fields.)
func (p *parser) compileErrorf(pos Position, format string, args ...interface{}) {
	p.compileErrs = append(p.compileErrs, Error{File: p.file, Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// errorf stops parsing with an error at pos.
func (p *parser) errorf(pos Position, format string, args ...interface{}) {
	msg := fmt.Sprintf(format, args...)
	if p.fstring && !strings.HasPrefix(msg, "f-string") {
		msg = "f-string: " + msg
	}
	panic(bailout{Error{File: p.file, Pos: pos, Msg: msg}})
}

// unexpected reports the current token as out of place: the scanner's
// error if scanning stopped there, a named unsupported construct, or msg
// (normally "invalid syntax").
func (p *parser) unexpected(msg string) {
	t := p.tok
	switch t.kind {
	case tERROR:
		p.errorf(t.err().Pos, "%s", t.err().Msg)
	case tINDENT:
		p.errorf(t.pos, "unexpected indent")
	case tDEDENT:
		p.errorf(t.pos, "unexpected unindent")
	case tWALRUS:
		// name := value is an expression where Python's grammar has
		// named expressions; elsewhere (a statement, a target that is not
		// a name) it is out of place.
		p.errorf(t.pos, "invalid syntax")
	case tAWAIT:
		p.errorf(t.pos, "`await` is not supported")
	case tASYNC:
		switch p.peek(1).kind {
		case tDEF:
			p.errorf(t.pos, "`async def` is not supported")
		case tFOR:
			p.errorf(t.pos, "`async for` is not supported")
		case tWITH:
			p.errorf(t.pos, "`async with` is not supported")
		}
	}
	if b := p.unclosedBefore(t.pos); msg == "invalid syntax" && b != nil {
		// As CPython does: the real mistake is probably the bracket.
		p.errorf(b.Pos, "%s", b.Msg)
	}
	p.errorf(t.pos, "%s", msg)
}

// unclosedBefore returns the innermost bracket opened before pos that is
// never closed, or nil.
func (p *parser) unclosedBefore(pos Position) *Error {
	for i := len(p.unclosed) - 1; i >= 0; i-- {
		if p.unclosed[i].Pos.Before(pos) {
			return &p.unclosed[i]
		}
	}
	return nil
}

// next consumes the current token.
func (p *parser) next() {
	switch p.tok.kind {
	case tEOF, tERROR:
		return
	case tNEWLINE, tINDENT, tDEDENT:
	default:
		p.prevEnd = p.tok.end
	}
	p.i++
	p.tok = &p.toks[p.i]
}

// peek returns the token k places ahead (the last token if past the end).
func (p *parser) peek(k int) *token {
	if p.i+k < len(p.toks) {
		return &p.toks[p.i+k]
	}
	return &p.toks[len(p.toks)-1]
}

// expect consumes a token of the given kind or reports msg.
func (p *parser) expect(kind tokenKind, msg string) {
	if p.tok.kind != kind {
		p.unexpected(msg)
	}
	p.next()
}

// expectName consumes an identifier and returns it with its position.
func (p *parser) expectName() (string, Position) {
	if p.tok.kind != tNAME {
		p.unexpected("invalid syntax")
	}
	name, pos := p.tok.str, p.tok.pos
	p.next()
	return name, pos
}

// enter and leave bound the nesting depth.
func (p *parser) enter(pos Position) {
	p.depth++
	if p.depth > MaxDepth {
		p.errorf(pos, "%s", tooDeep)
	}
}

func (p *parser) leave() { p.depth-- }

// ---- statements ----

// parseStmt parses one statement, or the several simple statements of a
// line separated by semicolons.
func (p *parser) parseStmt() []Stmt {
	t := p.tok
	switch t.kind {
	case tIF:
		return []Stmt{p.parseIf()}
	case tFOR:
		return []Stmt{p.parseFor()}
	case tWHILE:
		return []Stmt{p.parseWhile()}
	case tTRY:
		return []Stmt{p.parseTry()}
	case tDEF, tCLASS, tAT:
		return []Stmt{p.parseDecorated()}
	case tWITH:
		return []Stmt{p.parseWith()}
	case tASYNC, tINDENT:
		p.unexpected("invalid syntax")
	case tNAME:
		if t.str == "match" && p.isMatchStmt() {
			p.errorf(t.pos, "`match` statements are not supported")
		}
		if t.str == "type" && p.peek(1).kind == tNAME && (p.peek(2).kind == tEQ || p.peek(2).kind == tLBRACK) {
			p.errorf(t.pos, "`type` statements are not supported")
		}
	}
	return p.parseSimpleStmts()
}

// isMatchStmt reports whether the logical line starting with the soft
// keyword `match` is a match statement: it ends with a colon.
func (p *parser) isMatchStmt() bool {
	switch p.peek(1).kind {
	case tCOLON, tEQ, tDOT, tNEWLINE, tSEMI, tCOMMA:
		return false
	}
	for j := p.i + 1; j < len(p.toks); j++ {
		switch p.toks[j].kind {
		case tNEWLINE, tEOF, tERROR:
			return p.toks[j-1].kind == tCOLON
		}
	}
	return false
}

// parseSimpleStmts parses `small_stmt (';' small_stmt)* [';'] NEWLINE`.
func (p *parser) parseSimpleStmts() []Stmt {
	var stmts []Stmt
	for {
		stmts = append(stmts, p.parseSmallStmt())
		if p.tok.kind != tSEMI {
			break
		}
		p.next()
		if p.tok.kind == tNEWLINE {
			break
		}
	}
	if p.tok.kind != tNEWLINE {
		if es, ok := stmts[len(stmts)-1].(*ExprStmt); ok {
			if id, ok := es.X.(*Ident); ok && (id.Name == "print" || id.Name == "exec") && p.startsOperand() {
				p.errorf(id.Start, "Missing parentheses in call to '%s'. Did you mean %s(...)?", id.Name, id.Name)
			}
		}
		p.unexpected("invalid syntax")
	}
	p.next()
	return stmts
}

// startsOperand reports whether the current token begins an operand that
// cannot continue a preceding expression (so juxtaposition is an error).
func (p *parser) startsOperand() bool {
	switch p.tok.kind {
	case tNAME, tINT, tFLOAT, tSTRING, tNONE, tTRUE, tFALSE, tELLIPSIS,
		tLBRACE, tLAMBDA, tTILDE:
		return true
	}
	return false
}

func (p *parser) parseSmallStmt() Stmt {
	t := p.tok
	start := t.pos
	var s interface {
		Stmt
		SetSpan(start, end Position)
	}
	switch t.kind {
	case tPASS, tBREAK, tCONTINUE:
		if t.kind == tBREAK && !p.inLoop {
			p.compileErrorf(start, "'break' outside loop")
		}
		if t.kind == tCONTINUE && !p.inLoop {
			p.compileErrorf(start, "'continue' not properly in loop")
		}
		p.next()
		s = &BranchStmt{Token: t.str}
	case tRETURN:
		if !p.inFunc {
			p.compileErrorf(start, "'return' outside function")
		}
		p.next()
		r := &ReturnStmt{}
		if p.tok.kind != tNEWLINE && p.tok.kind != tSEMI {
			r.Value = p.parseStarExprs()
			p.checkNotStarred(r.Value)
		}
		s = r
	case tDEL:
		p.next()
		d := &DelStmt{}
		d.Targets, _ = p.parseExprList(p.parseStarOrTest)
		for _, x := range d.Targets {
			p.checkTarget(x, ctxDel, false)
		}
		s = d
	case tRAISE:
		p.next()
		r := &RaiseStmt{}
		if p.tok.kind != tNEWLINE && p.tok.kind != tSEMI {
			r.Exc = p.parseTest()
			if p.tok.kind == tFROM {
				p.next()
				r.Cause = p.parseTest()
			}
		}
		s = r
	case tASSERT:
		p.next()
		a := &AssertStmt{Cond: p.parseTest()}
		if p.tok.kind == tCOMMA {
			p.next()
			a.Msg = p.parseTest()
		}
		s = a
	case tGLOBAL, tNONLOCAL:
		if t.kind == tNONLOCAL && p.inModule {
			p.compileErrorf(start, "nonlocal declaration not allowed at module level")
		}
		p.next()
		g := &GlobalStmt{Nonlocal: t.kind == tNONLOCAL}
		for {
			name, _ := p.expectName()
			g.Names = append(g.Names, name)
			if p.tok.kind != tCOMMA {
				break
			}
			p.next()
		}
		s = g
	case tIMPORT:
		s = p.parseImport()
	case tFROM:
		s = p.parseFromImport()
	default:
		return p.parseExprStmt()
	}
	s.SetSpan(start, p.prevEnd)
	return s
}

func (p *parser) parseDottedName() (string, Position) {
	name, pos := p.expectName()
	for p.tok.kind == tDOT {
		p.next()
		n, _ := p.expectName()
		name += "." + n
	}
	return name, pos
}

func (p *parser) parseImport() *ImportStmt {
	p.next()
	s := &ImportStmt{}
	for {
		name, pos := p.parseDottedName()
		in := &ImportName{Pos: pos, Name: name}
		if p.tok.kind == tAS {
			p.next()
			in.Alias, _ = p.expectName()
		}
		s.Names = append(s.Names, in)
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
	}
	return s
}

func (p *parser) parseFromImport() *FromImportStmt {
	p.next()
	if p.tok.kind == tDOT || p.tok.kind == tELLIPSIS {
		p.errorf(p.tok.pos, "relative imports are not supported")
	}
	s := &FromImportStmt{}
	s.Module, _ = p.parseDottedName()
	p.expect(tIMPORT, "invalid syntax")
	if p.tok.kind == tSTAR {
		if !p.inModule {
			p.compileErrorf(p.tok.pos, "import * only allowed at module level")
		}
		s.Names = []*ImportName{{Pos: p.tok.pos, Name: "*"}}
		p.next()
		return s
	}
	parens := p.tok.kind == tLPAREN
	if parens {
		p.next()
	}
	for {
		name, pos := p.expectName()
		in := &ImportName{Pos: pos, Name: name}
		if p.tok.kind == tAS {
			p.next()
			in.Alias, _ = p.expectName()
		}
		s.Names = append(s.Names, in)
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
		if parens && p.tok.kind == tRPAREN {
			break
		}
		if !parens && p.tok.kind != tNAME {
			p.errorf(p.tok.pos, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if parens {
		p.expect(tRPAREN, "invalid syntax")
	}
	return s
}

// parseExprStmt parses an expression statement or an assignment.
func (p *parser) parseExprStmt() Stmt {
	start := p.tok.pos
	x := p.parseYieldOrStarExprs()
	switch p.tok.kind {
	case tEQ:
		exprs := []Expr{x}
		for p.tok.kind == tEQ {
			p.next()
			exprs = append(exprs, p.parseYieldOrStarExprs())
			// Check each target once its value is parsed, so that errors
			// come in source order.
			n := len(exprs)
			p.checkTarget(exprs[n-2], ctxAssign, n == 2 && p.tok.kind != tEQ)
		}
		value := exprs[len(exprs)-1]
		p.checkNotStarred(value)
		s := &AssignStmt{Targets: exprs[:len(exprs)-1], Value: value}
		s.SetSpan(start, p.prevEnd)
		return s
	case tPLUSEQ, tMINUSEQ, tSTAREQ, tSLASHEQ, tSLASHSLASHEQ, tPERCENTEQ,
		tSTARSTAREQ, tATEQ, tLTLTEQ, tGTGTEQ, tAMPEQ, tPIPEEQ, tCIRCUMFLEXEQ:
		switch x.(type) {
		case *Ident, *AttrExpr, *IndexExpr:
		default:
			xs, _ := x.Span()
			p.errorf(xs, "'%s' is an illegal expression for augmented assignment", exprName(x))
		}
		op, opPos := strings.TrimSuffix(p.tok.str, "="), p.tok.pos
		p.next()
		value := p.parseYieldOrStarExprs()
		p.checkNotStarred(value)
		s := &AugAssignStmt{Target: x, Op: op, OpPos: opPos, Value: value}
		s.SetSpan(start, p.prevEnd)
		return s
	case tCOLON:
		xs, _ := x.Span()
		switch x := x.(type) {
		case *Ident, *AttrExpr, *IndexExpr:
		case *TupleExpr:
			p.errorf(xs, "only single target (not tuple) can be annotated")
		case *ListExpr:
			p.errorf(xs, "only single target (not list) can be annotated")
		default:
			p.errorf(xs, "illegal target for annotation")
			_ = x
		}
		p.next()
		s := &AnnAssignStmt{Target: x, Annotation: p.parseTest()}
		if p.tok.kind == tEQ {
			p.next()
			s.Value = p.parseYieldOrStarExprs()
			p.checkNotStarred(s.Value)
		}
		s.SetSpan(start, p.prevEnd)
		return s
	}
	p.checkNotStarred(x)
	s := &ExprStmt{X: x}
	s.SetSpan(start, p.prevEnd)
	return s
}

// checkNotStarred rejects a bare `*x` where a value is needed.
func (p *parser) checkNotStarred(x Expr) {
	if s, ok := x.(*Starred); ok {
		p.compileErrorf(s.Start, "can't use starred expression here")
	}
}

type targetCtx uint8

const (
	ctxAssign targetCtx = iota // `=`; may suggest '=='
	ctxFor                     // for loops and comprehensions
	ctxDel                     // del
)

// checkTarget reports an error unless x can be assigned to (or deleted).
// suggest adds CPython's "Maybe you meant '=='" hint.
func (p *parser) checkTarget(x Expr, ctx targetCtx, suggest bool) {
	var elts []Expr
	switch x := x.(type) {
	case *Ident, *AttrExpr, *IndexExpr:
		return
	case *YieldExpr:
		if ctx == ctxAssign {
			p.errorf(x.Start, "assignment to yield expression not possible")
		}
	case *TupleExpr:
		elts = x.Elts
	case *ListExpr:
		elts = x.Elts
	case *Starred:
		if ctx == ctxDel {
			p.errorf(x.Start, "cannot delete starred")
		}
		p.compileErrorf(x.Start, "starred assignment target must be in a list or tuple")
		p.checkTarget(x.X, ctx, false)
		return
	}
	if elts != nil || isDisplay(x) {
		starred := false
		for _, elt := range elts {
			if s, ok := elt.(*Starred); ok && ctx != ctxDel {
				if starred {
					xs, _ := x.Span()
					p.compileErrorf(xs, "multiple starred expressions in assignment")
				}
				starred = true
				p.checkTarget(s.X, ctx, false)
				continue
			}
			p.checkTarget(elt, ctx, false)
		}
		return
	}
	xs, _ := x.Span()
	verb := "assign to"
	if ctx == ctxDel {
		verb = "delete"
	}
	msg := "cannot " + verb + " " + exprName(x)
	if suggest && ctx == ctxAssign && hintsEquality(x) {
		msg += " here. Maybe you meant '==' instead of '='?"
	}
	p.errorf(xs, "%s", msg)
}

// isDisplay reports whether x is a tuple or list display (possibly empty).
func isDisplay(x Expr) bool {
	switch x.(type) {
	case *TupleExpr, *ListExpr:
		return true
	}
	return false
}

// hintsEquality reports whether CPython suggests '==' for an invalid
// assignment target x: when x is an operand-level expression.
func hintsEquality(x Expr) bool {
	switch x := x.(type) {
	case *BoolExpr, *CompareExpr, *CondExpr, *LambdaExpr:
		return false
	case *UnaryExpr:
		return x.Op != "not"
	case *Literal:
		return x.Kind != NoneLit && x.Kind != TrueLit && x.Kind != FalseLit
	case *Comprehension:
		return x.Kind != GeneratorExp
	}
	return true
}

// exprName names an expression in error messages, as CPython does.
func exprName(x Expr) string {
	switch x := x.(type) {
	case *AttrExpr:
		return "attribute"
	case *IndexExpr:
		return "subscript"
	case *Starred:
		return "starred"
	case *Ident:
		return "name"
	case *ListExpr:
		return "list"
	case *TupleExpr:
		return "tuple"
	case *LambdaExpr:
		return "lambda"
	case *CallExpr:
		return "function call"
	case *BoolExpr, *BinaryExpr, *UnaryExpr:
		return "expression"
	case *Comprehension:
		switch x.Kind {
		case ListComp:
			return "list comprehension"
		case SetComp:
			return "set comprehension"
		case DictComp:
			return "dict comprehension"
		}
		return "generator expression"
	case *DictExpr:
		return "dict literal"
	case *SetExpr:
		return "set display"
	case *FString:
		return "f-string expression"
	case *Literal:
		switch x.Kind {
		case NoneLit:
			return "None"
		case TrueLit:
			return "True"
		case FalseLit:
			return "False"
		case EllipsisLit:
			return "ellipsis"
		}
		return "literal"
	case *CompareExpr:
		return "comparison"
	case *CondExpr:
		return "conditional expression"
	case *SliceExpr:
		return "slice"
	case *YieldExpr:
		return "yield expression"
	}
	return "expression"
}

// parseBlock parses `':' suite` after a compound statement header; what
// describes the header for the "expected an indented block" message.
func (p *parser) parseBlock(what string, line int32) []Stmt {
	p.expect(tCOLON, "expected ':'")
	if p.tok.kind != tNEWLINE {
		return p.parseSimpleStmts()
	}
	p.next()
	if p.tok.kind != tINDENT {
		if p.tok.kind == tERROR {
			p.unexpected("")
		}
		p.errorf(p.tok.pos, "expected an indented block after %s on line %d", what, line)
	}
	p.enter(p.tok.pos)
	p.next()
	var stmts []Stmt
	for p.tok.kind != tDEDENT && p.tok.kind != tEOF {
		stmts = append(stmts, p.parseStmt()...)
	}
	p.expect(tDEDENT, "invalid syntax")
	p.leave()
	return stmts
}

// parseCond parses the condition of an if, elif or while.
func (p *parser) parseCond() Expr {
	x := p.parseNamedOr(p.parseTest)
	if p.tok.kind == tEQ {
		xs, _ := x.Span()
		p.errorf(xs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	return x
}

func (p *parser) parseIf() Stmt {
	// An elif chain is parsed iteratively and linked afterwards.
	var chain []*IfStmt
	for {
		t := p.tok
		p.next()
		s := &IfStmt{Elif: t.kind == tELIF}
		s.Start = t.pos
		s.Cond = p.parseCond()
		s.Then = p.parseBlock(fmt.Sprintf("'%s' statement", t.str), t.pos.Line)
		chain = append(chain, s)
		if p.tok.kind != tELIF {
			break
		}
	}
	if p.tok.kind == tELSE {
		line := p.tok.pos.Line
		p.next()
		chain[len(chain)-1].Else = p.parseBlock("'else' statement", line)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		chain[i].End = p.prevEnd
		if i > 0 {
			chain[i-1].Else = []Stmt{chain[i]}
		}
	}
	return chain[0]
}

// loopBody parses the body of a for or while loop.
func (p *parser) loopBody(what string, line int32) []Stmt {
	saved := p.inLoop
	p.inLoop = true
	body := p.parseBlock(what, line)
	p.inLoop = saved
	return body
}

func (p *parser) parseElse() []Stmt {
	if p.tok.kind != tELSE {
		return nil
	}
	line := p.tok.pos.Line
	p.next()
	return p.parseBlock("'else' statement", line)
}

func (p *parser) parseFor() Stmt {
	start := p.tok.pos
	p.next()
	s := &ForStmt{}
	s.Target = p.parseTargetList()
	p.checkTarget(s.Target, ctxFor, false)
	p.expect(tIN, "invalid syntax")
	s.Iter = p.parseStarExprs()
	p.checkNotStarred(s.Iter)
	s.Body = p.loopBody("'for' statement", start.Line)
	s.Else = p.parseElse()
	s.SetSpan(start, p.prevEnd)
	return s
}

func (p *parser) parseWhile() Stmt {
	start := p.tok.pos
	p.next()
	s := &WhileStmt{Cond: p.parseCond()}
	s.Body = p.loopBody("'while' statement", start.Line)
	s.Else = p.parseElse()
	s.SetSpan(start, p.prevEnd)
	return s
}

func (p *parser) parseTry() Stmt {
	start := p.tok.pos
	p.next()
	s := &TryStmt{Body: p.parseBlock("'try' statement", start.Line)}
	for p.tok.kind == tEXCEPT {
		c := &ExceptClause{Pos: p.tok.pos}
		if n := len(s.Handlers); n > 0 && s.Handlers[n-1].Type == nil {
			p.errorf(s.Handlers[n-1].Pos, "default 'except:' must be last")
		}
		p.next()
		if p.tok.kind == tSTAR {
			p.errorf(c.Pos, "`except*` is not supported")
		}
		if p.tok.kind != tCOLON {
			c.Type = p.parseTest()
			if p.tok.kind == tCOMMA {
				xs, _ := c.Type.Span()
				p.errorf(xs, "multiple exception types must be parenthesized")
			}
			if p.tok.kind == tAS {
				p.next()
				c.Name, _ = p.expectName()
			}
		}
		c.Body = p.parseBlock("'except' statement", c.Pos.Line)
		s.Handlers = append(s.Handlers, c)
	}
	if len(s.Handlers) > 0 {
		s.Else = p.parseElse()
	}
	if p.tok.kind == tFINALLY {
		line := p.tok.pos.Line
		p.next()
		s.Finally = p.parseBlock("'finally' statement", line)
	}
	if len(s.Handlers) == 0 && s.Finally == nil {
		p.unexpected("expected 'except' or 'finally' block")
	}
	s.SetSpan(start, p.prevEnd)
	return s
}

// parseWith parses `with item (',' item)* ':' block`, where an item is
// `expression ['as' target]`. Python 3.10's parenthesized form
// `with (a as x, b):` is reported as unsupported.
func (p *parser) parseWith() Stmt {
	start := p.tok.pos
	p.next()
	s := &WithStmt{}
	for {
		it := &WithItem{Context: p.parseTest()}
		if t, ok := it.Context.(*TupleExpr); ok && p.tok.kind == tCOLON {
			xs, _ := t.Span()
			p.errorf(xs, "parenthesized context managers are not supported")
		}
		if p.tok.kind == tAS {
			p.next()
			it.Target = p.parseBitOr()
			p.checkTarget(it.Target, ctxFor, false)
		}
		s.Items = append(s.Items, it)
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
	}
	s.Body = p.parseBlock("'with' statement", start.Line)
	s.SetSpan(start, p.prevEnd)
	return s
}

// parseDecorated parses a def or class, with any decorators.
func (p *parser) parseDecorated() Stmt {
	start := p.tok.pos
	var decorators []Expr
	for p.tok.kind == tAT {
		p.next()
		decorators = append(decorators, p.parseTest())
		p.expect(tNEWLINE, "invalid syntax")
	}
	switch p.tok.kind {
	case tDEF:
		return p.parseDef(start, decorators)
	case tCLASS:
		return p.parseClass(start, decorators)
	}
	p.unexpected("invalid syntax")
	return nil
}

// scope saves the statement context around a def or class body.
type scope struct{ inFunc, inLoop, inModule bool }

func (p *parser) enterScope(inFunc bool) scope {
	s := scope{p.inFunc, p.inLoop, p.inModule}
	p.inFunc, p.inLoop, p.inModule = inFunc, false, false
	return s
}

func (p *parser) leaveScope(s scope) { p.inFunc, p.inLoop, p.inModule = s.inFunc, s.inLoop, s.inModule }

func (p *parser) parseDef(start Position, decorators []Expr) Stmt {
	line := p.tok.pos.Line
	p.next()
	s := &DefStmt{Decorators: decorators}
	s.Name, s.NamePos = p.expectName()
	p.expect(tLPAREN, "expected '('")
	s.Params = p.parseParams(tRPAREN, true)
	p.expect(tRPAREN, "invalid syntax")
	if p.tok.kind == tARROW {
		p.next()
		p.parseTest() // the return annotation is ignored
	}
	saved := p.enterScope(true)
	s.Body = p.parseBlock("function definition", line)
	p.leaveScope(saved)
	s.Doc = docstring(s.Body)
	s.SetSpan(start, p.prevEnd)
	return s
}

func (p *parser) parseClass(start Position, decorators []Expr) Stmt {
	line := p.tok.pos.Line
	p.next()
	s := &ClassStmt{Decorators: decorators}
	s.Name, s.NamePos = p.expectName()
	if p.tok.kind == tLPAREN {
		lparen := p.tok.pos
		p.enter(lparen)
		p.next()
		s.Bases, s.Keywords = p.parseArgs(lparen, false)
		p.leave()
	}
	saved := p.enterScope(false)
	s.Body = p.parseBlock("class definition", line)
	p.leaveScope(saved)
	s.Doc = docstring(s.Body)
	s.SetSpan(start, p.prevEnd)
	return s
}

// docstring returns the docstring of a def or class body.
func docstring(body []Stmt) string {
	if len(body) > 0 {
		if es, ok := body[0].(*ExprStmt); ok {
			if lit, ok := es.X.(*Literal); ok && lit.Kind == StringLit {
				return lit.Value.(string)
			}
		}
	}
	return ""
}

// parseParams parses the parameters of a def (up to the closing
// parenthesis) or a lambda (up to the colon). Annotations are parsed and
// dropped; the positional-only marker `/` is accepted and ignored.
func (p *parser) parseParams(closing tokenKind, annotations bool) []*Param {
	var params []*Param
	var bareStar *Param
	seen := make(map[string]bool)
	star, starStar, slash, defaults := false, false, false, false
	annotation := func() {
		if annotations && p.tok.kind == tCOLON {
			p.next()
			p.parseTest()
		}
	}
	for p.tok.kind != closing {
		if starStar {
			p.errorf(p.tok.pos, "arguments cannot follow var-keyword argument")
		}
		pos := p.tok.pos
		var param *Param
		switch p.tok.kind {
		case tSLASH:
			switch {
			case slash:
				p.errorf(pos, "/ may appear only once")
			case star:
				p.errorf(pos, "/ must be ahead of *")
			case len(params) == 0:
				p.errorf(pos, "at least one argument must precede /")
			}
			slash = true
			p.next()
		case tSTAR:
			if star {
				p.errorf(pos, "* argument may appear only once")
			}
			star = true
			p.next()
			if p.tok.kind == tCOMMA || p.tok.kind == closing {
				param = &Param{Pos: pos, Kind: ParamBareStar}
				bareStar = param
				break
			}
			name, npos := p.expectName()
			param = &Param{Pos: npos, Name: name, Kind: ParamStar}
			annotation()
			if p.tok.kind == tEQ {
				p.errorf(p.tok.pos, "var-positional argument cannot have default value")
			}
		case tSTARSTAR:
			p.next()
			name, npos := p.expectName()
			param = &Param{Pos: npos, Name: name, Kind: ParamStarStar}
			annotation()
			if p.tok.kind == tEQ {
				p.errorf(p.tok.pos, "var-keyword argument cannot have default value")
			}
			starStar = true
		case tNAME:
			name, npos := p.expectName()
			param = &Param{Pos: npos, Name: name}
			annotation()
			if p.tok.kind == tEQ {
				p.next()
				param.Default = p.parseTest()
				if !star {
					defaults = true
				}
			} else if defaults && !star {
				p.errorf(npos, "non-default argument follows default argument")
			}
			bareStar = nil
		default:
			p.unexpected("invalid syntax")
		}
		if param != nil {
			if param.Name != "" {
				if seen[param.Name] {
					p.compileErrorf(param.Pos, "duplicate argument '%s' in function definition", param.Name)
				}
				seen[param.Name] = true
			}
			params = append(params, param)
		}
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
	}
	if bareStar != nil {
		p.errorf(bareStar.Pos, "named arguments must follow bare *")
	}
	return params
}

// ---- expressions ----

// parseWholeExpr parses the expression of ParseExpr or of an f-string
// field: star expressions up to the end of the input.
func (p *parser) parseWholeExpr() Expr {
	x := p.parseYieldOrStarExprs()
	if s, ok := x.(*Starred); ok {
		p.errorf(s.Start, "cannot use starred expression here")
	}
	if p.tok.kind != tEOF {
		p.forgotComma(x)
		p.unexpected("invalid syntax")
	}
	return x
}

// canStartExpr reports whether the current token can begin an expression
// (or a starred one).
func (p *parser) canStartExpr() bool {
	switch p.tok.kind {
	case tNAME, tINT, tFLOAT, tSTRING, tNONE, tTRUE, tFALSE, tELLIPSIS,
		tLPAREN, tLBRACK, tLBRACE, tMINUS, tPLUS, tTILDE, tNOT, tLAMBDA,
		tSTAR, tAWAIT, tYIELD:
		return true
	}
	return false
}

// parseExprList parses `elem (',' elem)* [',']`.
func (p *parser) parseExprList(elem func() Expr) (elts []Expr, trailingComma bool) {
	elts = append(elts, elem())
	for p.tok.kind == tCOMMA {
		p.next()
		if !p.canStartExpr() {
			return elts, true
		}
		elts = append(elts, elem())
	}
	return elts, false
}

// parseStarExprs parses star_expressions: an expression, or an
// unparenthesized tuple whose items may be starred.
func (p *parser) parseStarExprs() Expr {
	start := p.tok.pos
	elts, trailing := p.parseExprList(p.parseStarOrTest)
	if len(elts) == 1 && !trailing {
		return elts[0]
	}
	t := &TupleExpr{Elts: elts}
	t.SetSpan(start, p.prevEnd)
	return t
}

// parseTargetList parses the target of a for loop or comprehension:
// star_targets, which stop before `in`.
func (p *parser) parseTargetList() Expr {
	start := p.tok.pos
	elts, trailing := p.parseExprList(func() Expr {
		if p.tok.kind == tSTAR {
			return p.parseStarred(p.parseBitOr)
		}
		return p.parseBitOr()
	})
	if len(elts) == 1 && !trailing {
		return elts[0]
	}
	t := &TupleExpr{Elts: elts}
	t.SetSpan(start, p.prevEnd)
	return t
}

func (p *parser) parseStarred(operand func() Expr) Expr {
	start := p.tok.pos
	p.next()
	s := &Starred{X: operand()}
	s.SetSpan(start, p.prevEnd)
	return s
}

// parseStarOrTest parses `'*' bitwise_or | expression`.
func (p *parser) parseStarOrTest() Expr {
	if p.tok.kind == tSTAR {
		return p.parseStarred(p.parseBitOr)
	}
	return p.parseTest()
}

// parseTest parses an expression: lambda, conditional or disjunction.
// parseNamedOr parses `name := value` where Python's grammar takes a
// named expression (conditions, parenthesized and display elements,
// positional arguments, comprehension conditions), else what parse
// parses.
func (p *parser) parseNamedOr(parse func() Expr) Expr {
	if p.tok.kind != tNAME || p.peek(1).kind != tWALRUS {
		return parse()
	}
	start := p.tok.pos
	name, pos := p.expectName()
	id := &Ident{Name: name}
	id.SetSpan(pos, p.prevEnd)
	p.next() // :=
	n := &NamedExpr{Target: id, Value: p.parseTest()}
	n.SetSpan(start, p.prevEnd)
	return n
}

func (p *parser) parseTest() Expr {
	if p.tok.kind == tLAMBDA {
		return p.parseLambda()
	}
	start := p.tok.pos
	x := p.parseOrTest()
	if p.tok.kind != tIF {
		return x
	}
	p.enter(p.tok.pos)
	p.next()
	cond := p.parseOrTest()
	if p.tok.kind != tELSE {
		if p.tok.kind == tERROR {
			p.unexpected("")
		}
		p.errorf(start, "expected 'else' after 'if' expression")
	}
	p.next()
	c := &CondExpr{Then: x, Cond: cond, Else: p.parseTest()}
	p.leave()
	c.SetSpan(start, p.prevEnd)
	return c
}

func (p *parser) parseLambda() Expr {
	start := p.tok.pos
	p.enter(start)
	p.next()
	l := &LambdaExpr{Params: p.parseParams(tCOLON, false)}
	p.expect(tCOLON, "invalid syntax")
	inFunc := p.inFunc
	p.inFunc = true
	l.Body = p.parseTest()
	p.inFunc = inFunc
	p.leave()
	l.SetSpan(start, p.prevEnd)
	return l
}

func (p *parser) parseOrTest() Expr {
	start := p.tok.pos
	x := p.parseAndTest()
	for p.tok.kind == tOR {
		p.next()
		b := &BoolExpr{Op: "or", X: x, Y: p.parseAndTest()}
		b.SetSpan(start, p.prevEnd)
		x = b
	}
	return x
}

func (p *parser) parseAndTest() Expr {
	start := p.tok.pos
	x := p.parseNotTest()
	for p.tok.kind == tAND {
		p.next()
		b := &BoolExpr{Op: "and", X: x, Y: p.parseNotTest()}
		b.SetSpan(start, p.prevEnd)
		x = b
	}
	return x
}

func (p *parser) parseNotTest() Expr {
	if p.tok.kind != tNOT {
		return p.parseComparison()
	}
	start := p.tok.pos
	p.enter(start)
	p.next()
	u := &UnaryExpr{Op: "not", X: p.parseNotTest()}
	p.leave()
	u.SetSpan(start, p.prevEnd)
	return u
}

var compareOps = map[tokenKind]string{
	tLT: "<", tGT: ">", tEQL: "==", tGE: ">=", tLE: "<=", tNEQ: "!=", tIN: "in", tIS: "is",
}

func (p *parser) parseComparison() Expr {
	start := p.tok.pos
	x := p.parseBitOr()
	var c *CompareExpr
	for {
		op, ok := compareOps[p.tok.kind]
		opPos := p.tok.pos
		switch {
		case p.tok.kind == tNOT && p.peek(1).kind == tIN:
			op, ok = "not in", true
			p.next()
		case p.tok.kind == tIS && p.peek(1).kind == tNOT:
			op = "is not"
			p.next()
		}
		if !ok {
			break
		}
		p.next()
		if c == nil {
			c = &CompareExpr{Operands: []Expr{x}}
		}
		c.Ops = append(c.Ops, op)
		c.OpPos = append(c.OpPos, opPos)
		c.Operands = append(c.Operands, p.parseBitOr())
	}
	if c == nil {
		return x
	}
	c.SetSpan(start, p.prevEnd)
	return c
}

// binaryOps holds the binary operators by precedence, loosest first.
var binaryOps = []map[tokenKind]string{
	{tPIPE: "|"},
	{tCIRCUMFLEX: "^"},
	{tAMP: "&"},
	{tLTLT: "<<", tGTGT: ">>"},
	{tPLUS: "+", tMINUS: "-"},
	{tSTAR: "*", tSLASH: "/", tSLASHSLASH: "//", tPERCENT: "%", tAT: "@"},
}

func (p *parser) parseBitOr() Expr { return p.parseBinary(0) }

func (p *parser) parseBinary(level int) Expr {
	if level == len(binaryOps) {
		return p.parseFactor()
	}
	start := p.tok.pos
	x := p.parseBinary(level + 1)
	for {
		op, ok := binaryOps[level][p.tok.kind]
		if !ok {
			return x
		}
		opPos := p.tok.pos
		p.next()
		b := &BinaryExpr{Op: op, OpPos: opPos, X: x, Y: p.parseBinary(level + 1)}
		b.SetSpan(start, p.prevEnd)
		x = b
	}
}

// parseFactor parses unary + - ~, which bind less tightly than ** on their
// right: -2**2 is -(2**2).
func (p *parser) parseFactor() Expr {
	var op string
	switch p.tok.kind {
	case tMINUS:
		op = "-"
	case tPLUS:
		op = "+"
	case tTILDE:
		op = "~"
	default:
		return p.parsePower()
	}
	start := p.tok.pos
	p.enter(start)
	p.next()
	u := &UnaryExpr{Op: op, X: p.parseFactor()}
	p.leave()
	u.SetSpan(start, p.prevEnd)
	return u
}

// parsePower parses `primary ['**' factor]` (right associative).
func (p *parser) parsePower() Expr {
	start := p.tok.pos
	x := p.parsePrimary()
	if p.tok.kind != tSTARSTAR {
		return x
	}
	opPos := p.tok.pos
	p.enter(opPos)
	p.next()
	b := &BinaryExpr{Op: "**", OpPos: opPos, X: x, Y: p.parseFactor()}
	p.leave()
	b.SetSpan(start, p.prevEnd)
	return b
}

// parsePrimary parses an atom followed by attribute, call and subscript
// trailers.
func (p *parser) parsePrimary() Expr {
	start := p.tok.pos
	x := p.parseAtom()
	for {
		switch p.tok.kind {
		case tDOT:
			p.next()
			a := &AttrExpr{X: x}
			a.Name, a.NamePos = p.expectName()
			a.SetSpan(start, p.prevEnd)
			x = a
		case tLPAREN:
			c := &CallExpr{Fn: x, Lparen: p.tok.pos}
			p.enter(p.tok.pos)
			p.next()
			c.Args, c.Keywords = p.parseArgs(c.Lparen, true)
			p.leave()
			c.SetSpan(start, p.prevEnd)
			x = c
		case tLBRACK:
			p.enter(p.tok.pos)
			p.next()
			ix := &IndexExpr{X: x, Index: p.parseSubscript()}
			p.leave()
			ix.SetSpan(start, p.prevEnd)
			x = ix
		default:
			return x
		}
	}
}

// parseArgs parses call arguments after the '(' at lparen through the ')'.
// A lone generator expression argument is allowed when gen is set; its
// span is then that of the parentheses, as in CPython.
func (p *parser) parseArgs(lparen Position, gen bool) (args []Expr, keywords []*Keyword) {
	var genexp *Comprehension
	var last Expr
	sawKeyword, sawKwUnpack := false, false
	var names map[string]bool // keyword names, to find repeats
	for p.tok.kind != tRPAREN {
		start := p.tok.pos
		switch p.tok.kind {
		case tSTAR:
			s := p.parseStarred(p.parseTest)
			if p.tok.kind == tFOR || p.tok.kind == tASYNC {
				p.errorf(start, "iterable unpacking cannot be used in comprehension")
			}
			if sawKwUnpack {
				p.errorf(start, "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, s)
			last = s
		case tSTARSTAR:
			p.next()
			v := p.parseTest()
			keywords = append(keywords, &Keyword{Pos: start, Value: v})
			sawKwUnpack = true
			last = v
		default:
			x := p.parseNamedOr(p.parseTest)
			switch {
			case p.tok.kind == tEQ:
				id, ok := x.(*Ident)
				if !ok {
					if lit, ok := x.(*Literal); ok && (lit.Kind == TrueLit || lit.Kind == FalseLit || lit.Kind == NoneLit) {
						p.errorf(start, "cannot assign to %s", lit.Raw)
					}
					p.errorf(start, `expression cannot contain assignment, perhaps you meant "=="?`)
				}
				p.next()
				if p.tok.kind == tCOMMA || p.tok.kind == tRPAREN {
					p.errorf(p.tok.pos, "expected argument value expression")
				}
				v := p.parseTest()
				if names[id.Name] {
					p.compileErrorf(start, "keyword argument repeated: %s", id.Name)
				}
				if names == nil {
					names = make(map[string]bool)
				}
				names[id.Name] = true
				keywords = append(keywords, &Keyword{Pos: start, Name: id.Name, Value: v})
				sawKeyword = true
				last = v
			case p.tok.kind == tFOR || p.tok.kind == tASYNC:
				g := p.parseComprehension(GeneratorExp, start, nil, x)
				if !gen || len(args) > 0 || len(keywords) > 0 || p.tok.kind == tCOMMA {
					p.errorf(start, "Generator expression must be parenthesized")
				}
				args = append(args, g)
				last = g
				genexp = g
			default:
				if sawKwUnpack {
					p.errorf(start, "positional argument follows keyword argument unpacking")
				}
				if sawKeyword {
					p.errorf(start, "positional argument follows keyword argument")
				}
				args = append(args, x)
				last = x
			}
		}
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
	}
	p.expectClose(tRPAREN, last)
	if genexp != nil {
		genexp.SetSpan(lparen, p.prevEnd)
	}
	return args, keywords
}

// expectClose consumes the closing bracket of a display or call whose last
// element was last (nil if none).
func (p *parser) expectClose(kind tokenKind, last Expr) {
	if p.tok.kind != kind {
		if last != nil {
			p.forgotComma(last)
		}
		p.unexpected("invalid syntax")
	}
	p.next()
}

// forgotComma reports CPython's "Perhaps you forgot a comma?" when the
// current token starts an operand right after the expression prev.
func (p *parser) forgotComma(prev Expr) {
	if !p.startsOperand() {
		return
	}
	if id, ok := prev.(*Ident); ok {
		switch {
		case p.tok.kind == tSTRING, id.Name == "match", id.Name == "case", id.Name == "_", id.Name == "type":
			return
		}
	}
	start, end := prev.Span()
	if b := p.unclosedBefore(start); b != nil && p.tok.pos.Line > end.Line {
		// On a new line, the likelier mistake is the unclosed bracket.
		p.errorf(b.Pos, "%s", b.Msg)
	}
	p.errorf(start, "invalid syntax. Perhaps you forgot a comma?")
}

// parseSubscript parses the inside of x[...] through the ']'.
func (p *parser) parseSubscript() Expr {
	start := p.tok.pos
	var elts []Expr
	trailing := false
	for {
		elts = append(elts, p.parseSliceOrTest())
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
		if p.tok.kind == tRBRACK {
			trailing = true
			break
		}
	}
	var x Expr = elts[0]
	if len(elts) > 1 || trailing {
		t := &TupleExpr{Elts: elts}
		t.SetSpan(start, p.prevEnd)
		x = t
	}
	p.expectClose(tRBRACK, elts[len(elts)-1])
	return x
}

func (p *parser) parseSliceOrTest() Expr {
	start := p.tok.pos
	if p.tok.kind == tSTAR {
		p.errorf(start, "can't use starred expression here")
	}
	var lo Expr
	if p.tok.kind != tCOLON {
		lo = p.parseTest()
		if p.tok.kind != tCOLON {
			return lo
		}
	}
	p.next()
	s := &SliceExpr{Lo: lo}
	if k := p.tok.kind; k != tCOLON && k != tCOMMA && k != tRBRACK {
		s.Hi = p.parseTest()
	}
	if p.tok.kind == tCOLON {
		p.next()
		if k := p.tok.kind; k != tCOMMA && k != tRBRACK {
			s.Step = p.parseTest()
		}
	}
	s.SetSpan(start, p.prevEnd)
	return s
}

func (p *parser) parseAtom() Expr {
	t := p.tok
	switch t.kind {
	case tNAME:
		p.next()
		id := &Ident{Name: t.str}
		id.SetSpan(t.pos, t.end)
		return id
	case tINT, tFLOAT, tNONE, tTRUE, tFALSE, tELLIPSIS:
		p.next()
		lit := &Literal{Raw: t.str}
		switch t.kind {
		case tINT:
			lit.Kind, lit.Value = IntLit, t.val
		case tFLOAT:
			lit.Kind, lit.Value = FloatLit, t.val
		case tNONE:
			lit.Kind = NoneLit
		case tTRUE:
			lit.Kind, lit.Value = TrueLit, true
		case tFALSE:
			lit.Kind, lit.Value = FalseLit, false
		case tELLIPSIS:
			lit.Kind = EllipsisLit
		}
		lit.SetSpan(t.pos, t.end)
		return lit
	case tSTRING:
		return p.parseStrings()
	case tLPAREN:
		return p.parseParen()
	case tLBRACK:
		return p.parseList()
	case tLBRACE:
		return p.parseBrace()
	}
	p.unexpected("invalid syntax")
	return nil
}

// parseParen parses `()`, a parenthesized expression, a tuple or a
// generator expression.
func (p *parser) parseParen() Expr {
	start := p.tok.pos
	p.enter(start)
	defer p.leave()
	p.next()
	if p.tok.kind == tRPAREN {
		p.next()
		t := &TupleExpr{Parens: true}
		t.SetSpan(start, p.prevEnd)
		return t
	}
	if p.tok.kind == tYIELD {
		y := p.parseYield()
		p.expectClose(tRPAREN, y)
		return y
	}
	first := p.parseNamedOr(p.parseStarOrTest)
	if p.tok.kind == tFOR || p.tok.kind == tASYNC {
		g := p.parseComprehension(GeneratorExp, start, nil, first)
		p.expectClose(tRPAREN, nil)
		g.SetSpan(start, p.prevEnd)
		return g
	}
	if p.tok.kind != tCOMMA {
		p.expectClose(tRPAREN, first)
		if s, ok := first.(*Starred); ok {
			p.errorf(s.Start, "cannot use starred expression here")
		}
		return first
	}
	elts := []Expr{first}
	for p.tok.kind == tCOMMA {
		p.next()
		if !p.canStartExpr() {
			break
		}
		elts = append(elts, p.parseNamedOr(p.parseStarOrTest))
	}
	p.expectClose(tRPAREN, elts[len(elts)-1])
	t := &TupleExpr{Elts: elts, Parens: true}
	t.SetSpan(start, p.prevEnd)
	return t
}

// parseList parses a list display or comprehension.
func (p *parser) parseList() Expr {
	start := p.tok.pos
	p.enter(start)
	defer p.leave()
	p.next()
	var elts []Expr
	for p.tok.kind != tRBRACK {
		x := p.parseNamedOr(p.parseStarOrTest)
		if p.tok.kind == tFOR || p.tok.kind == tASYNC {
			if len(elts) > 0 {
				xs, _ := elts[0].Span()
				p.errorf(xs, "did you forget parentheses around the comprehension target?")
			}
			c := p.parseComprehension(ListComp, start, nil, x)
			p.expectClose(tRBRACK, nil)
			c.SetSpan(start, p.prevEnd)
			return c
		}
		elts = append(elts, x)
		if p.tok.kind != tCOMMA {
			break
		}
		p.next()
	}
	var last Expr
	if len(elts) > 0 {
		last = elts[len(elts)-1]
	}
	p.expectClose(tRBRACK, last)
	l := &ListExpr{Elts: elts}
	l.SetSpan(start, p.prevEnd)
	return l
}

// parseBrace parses a dict or set display or comprehension.
func (p *parser) parseBrace() Expr {
	start := p.tok.pos
	p.enter(start)
	defer p.leave()
	p.next()
	if p.tok.kind == tRBRACE {
		p.next()
		d := &DictExpr{}
		d.SetSpan(start, p.prevEnd)
		return d
	}
	// The first item decides between a dict and a set.
	var first *DictEntry
	var firstX Expr
	if p.tok.kind == tSTARSTAR {
		p.next()
		first = &DictEntry{Value: p.parseBitOr()}
		if p.tok.kind == tFOR || p.tok.kind == tASYNC {
			p.errorf(start, "dict unpacking cannot be used in dict comprehension")
		}
	} else {
		firstX = p.parseStarOrTest()
		if p.tok.kind == tCOLON {
			if _, ok := firstX.(*Starred); ok {
				p.unexpected("invalid syntax")
			}
			p.next()
			first = &DictEntry{Key: firstX, Value: p.parseTest()}
			if p.tok.kind == tFOR || p.tok.kind == tASYNC {
				c := p.parseComprehension(DictComp, start, firstX, first.Value)
				p.expectClose(tRBRACE, nil)
				c.SetSpan(start, p.prevEnd)
				return c
			}
		} else if p.tok.kind == tFOR || p.tok.kind == tASYNC {
			c := p.parseComprehension(SetComp, start, nil, firstX)
			p.expectClose(tRBRACE, nil)
			c.SetSpan(start, p.prevEnd)
			return c
		}
	}
	if first == nil {
		elts := []Expr{firstX}
		for p.tok.kind == tCOMMA {
			p.next()
			if p.tok.kind == tRBRACE {
				break
			}
			elts = append(elts, p.parseStarOrTest())
		}
		p.expectClose(tRBRACE, elts[len(elts)-1])
		s := &SetExpr{Elts: elts}
		s.SetSpan(start, p.prevEnd)
		return s
	}
	entries := []*DictEntry{first}
	for p.tok.kind == tCOMMA {
		p.next()
		if p.tok.kind == tRBRACE {
			break
		}
		if p.tok.kind == tSTARSTAR {
			p.next()
			entries = append(entries, &DictEntry{Value: p.parseBitOr()})
			continue
		}
		k := p.parseTest()
		if p.tok.kind != tCOLON {
			if p.tok.kind == tERROR {
				p.unexpected("")
			}
			ks, _ := k.Span()
			p.errorf(ks, "':' expected after dictionary key")
		}
		p.next()
		entries = append(entries, &DictEntry{Key: k, Value: p.parseTest()})
	}
	p.expectClose(tRBRACE, entries[len(entries)-1].Value)
	d := &DictExpr{Entries: entries}
	d.SetSpan(start, p.prevEnd)
	return d
}

// parseComprehension parses the `for ... in ... if ...` clauses after the
// element elt (and key, for a dict). The caller sets the final span.
func (p *parser) parseComprehension(kind CompKind, start Position, key, elt Expr) *Comprehension {
	if s, ok := elt.(*Starred); ok {
		p.errorf(s.Start, "iterable unpacking cannot be used in comprehension")
	}
	c := &Comprehension{Kind: kind, Key: key, Elt: elt}
	for p.tok.kind == tFOR || p.tok.kind == tASYNC {
		if p.tok.kind == tASYNC {
			p.errorf(p.tok.pos, "`async for` is not supported")
		}
		cf := &CompFor{Pos: p.tok.pos}
		p.next()
		cf.Target = p.parseTargetList()
		p.checkTarget(cf.Target, ctxFor, false)
		p.expect(tIN, "invalid syntax")
		cf.Iter = p.parseOrTest()
		for p.tok.kind == tIF {
			p.next()
			cf.Ifs = append(cf.Ifs, p.parseNamedOr(p.parseOrTest))
		}
		c.Clauses = append(c.Clauses, cf)
	}
	c.SetSpan(start, p.prevEnd)
	p.checkCompYield(c)
	return c
}

// parseYieldOrStarExprs parses `yield_expr | star_expressions`.
func (p *parser) parseYieldOrStarExprs() Expr {
	if p.tok.kind == tYIELD {
		return p.parseYield()
	}
	return p.parseStarExprs()
}

// parseYield parses `'yield' 'from' expression | 'yield' [star_expressions]`.
// Outside a function it is CPython's compile error "'yield' outside
// function" (changed by checkCompYield when in a comprehension).
func (p *parser) parseYield() *YieldExpr {
	start := p.tok.pos
	p.enter(start)
	p.next()
	y := &YieldExpr{}
	if p.tok.kind == tFROM {
		p.next()
		y.From = true
		y.Value = p.parseTest()
	} else if p.canStartExpr() {
		y.Value = p.parseStarExprs()
		p.checkNotStarred(y.Value)
	}
	p.leave()
	y.SetSpan(start, p.prevEnd)
	if p.yields == nil {
		p.yields = map[*YieldExpr]int{}
	}
	p.yields[y] = -1
	if !p.inFunc {
		p.yields[y] = len(p.compileErrs)
		p.compileErrorf(start, "'yield' outside function")
	}
	return y
}

// checkCompYield reports a yield in the part of a comprehension that
// runs in its own scope (all but the first iterable) as CPython's symbol
// table does: "'yield' inside list comprehension".
func (p *parser) checkCompYield(c *Comprehension) {
	if len(p.yields) == 0 {
		return
	}
	parts := []Expr{c.Key, c.Elt}
	for i, cf := range c.Clauses {
		if i > 0 {
			parts = append(parts, cf.Iter)
		}
		parts = append(parts, cf.Ifs...)
	}
	found := false
	for _, x := range parts {
		if x == nil || found {
			continue
		}
		Walk(x, func(n Node) bool {
			switch n := n.(type) {
			case *LambdaExpr:
				return false
			case *YieldExpr:
				if i, ok := p.yields[n]; ok && !found {
					found = true
					delete(p.yields, n)
					msg := "'yield' inside " + exprName(c)
					if i >= 0 {
						p.compileErrs[i].Msg = msg
					} else {
						p.compileErrorf(n.Start, "%s", msg)
					}
				}
			}
			return !found
		})
	}
}
