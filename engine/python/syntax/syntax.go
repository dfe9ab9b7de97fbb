// Package syntax is the front end of the Django-subset language: the scanner,
// the parser and the plain abstract syntax tree they produce.
//
// The subset is the part of Python that Django's model documentation and
// shell sessions use (see DESIGN.md, "The Django-subset language"). Every
// node carries the position of its first token, and statements also the
// position just past their last token, so that the playground can show the
// exact source text of a step. The shape follows go.starlark.net/syntax:
// Parse returns a *File or an Error carrying a Position; a construct outside
// the subset is an Error that names it ("`async def` is not supported").
package syntax

import "fmt"

// Position is a location in a source file. Line and Col are 1-based; Col
// counts Unicode code points (as Python's own error messages do, plus one).
// The zero Position means "unknown".
type Position struct {
	Line int32
	Col  int32
}

// IsValid reports whether the position is known.
func (p Position) IsValid() bool { return p.Line > 0 }

// String renders "line:col".
func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Before reports whether p is strictly before q.
func (p Position) Before(q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

// Error is a syntax error or an unsupported construct, at a position in a
// named file. Its Error string is "file:line:col: msg".
type Error struct {
	File string
	Pos  Position
	Msg  string
}

// Error returns "file:line:col: msg".
func (e Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Node is any node of the tree.
type Node interface {
	// Span returns the position of the node's first token and the position
	// just past its last one.
	Span() (start, end Position)
}

// A Stmt is a statement.
type Stmt interface {
	Node
	stmt()
}

// An Expr is an expression.
type Expr interface {
	Node
	expr()
}

// File is a parsed source file: a module (models.py) or a script (shell.py).
type File struct {
	Name  string // file name used in error positions, e.g. "models.py"
	Stmts []Stmt
	// CompileErrors maps a top-level statement to the error CPython's
	// compiler reports for it (ParseScript only; Parse fails instead).
	CompileErrors map[Stmt]Error
}

// ---- statements ----

// stmtSpan is embedded in every statement: Start is its first token, End the
// position just past its last token (end of its last line for compound
// statements).
type stmtSpan struct {
	Start, End Position
}

// Span returns the statement's first position and the one just past it.
func (s *stmtSpan) Span() (start, end Position) { return s.Start, s.End }
func (*stmtSpan) stmt()                         {}

// SetSpan sets the statement's span; used by the parser.
func (s *stmtSpan) SetSpan(start, end Position) { s.Start, s.End = start, end }

// ExprStmt is an expression used as a statement; in a REPL its value is
// printed when it is not None.
type ExprStmt struct {
	stmtSpan
	X Expr
}

// AssignStmt is `a = b = value`: one or more targets (Ident, Attr, Index,
// Slice subscripts, TupleExpr/ListExpr of targets, Starred inside those).
type AssignStmt struct {
	stmtSpan
	Targets []Expr
	Value   Expr
}

// AugAssignStmt is `target op= value`; Op is the binary operator ("+", "-",
// "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>").
type AugAssignStmt struct {
	stmtSpan
	Target Expr
	Op     string
	OpPos  Position
	Value  Expr
}

// AnnAssignStmt is `target: annotation [= value]`. The annotation is parsed
// and ignored by the evaluator, as Python does for module-level names.
type AnnAssignStmt struct {
	stmtSpan
	Target     Expr
	Annotation Expr
	Value      Expr // nil when absent
}

// IfStmt is `if cond: ... elif ...: ... else: ...`; an elif chain is an
// IfStmt whose Else holds a single IfStmt with Elif set.
type IfStmt struct {
	stmtSpan
	Cond Expr
	Then []Stmt
	Else []Stmt // nil when absent
	Elif bool   // this IfStmt was written as `elif`
}

// ForStmt is `for target in iter: body [else: orelse]`.
type ForStmt struct {
	stmtSpan
	Target Expr
	Iter   Expr
	Body   []Stmt
	Else   []Stmt
}

// WhileStmt is `while cond: body [else: orelse]`.
type WhileStmt struct {
	stmtSpan
	Cond Expr
	Body []Stmt
	Else []Stmt
}

// ReturnStmt is `return [value]`; Value is nil for a bare return.
type ReturnStmt struct {
	stmtSpan
	Value Expr
}

// BranchStmt is `pass`, `break` or `continue` (Token holds which).
type BranchStmt struct {
	stmtSpan
	Token string
}

// DelStmt is `del a, b[0], c.d`.
type DelStmt struct {
	stmtSpan
	Targets []Expr
}

// RaiseStmt is `raise [exc [from cause]]`.
type RaiseStmt struct {
	stmtSpan
	Exc   Expr // nil for a bare re-raise
	Cause Expr // nil when absent
}

// AssertStmt is `assert cond[, msg]`.
type AssertStmt struct {
	stmtSpan
	Cond Expr
	Msg  Expr
}

// ExceptClause is one `except [Type [as name]]:` clause.
type ExceptClause struct {
	Pos  Position
	Type Expr   // nil for a bare except; may be a TupleExpr
	Name string // "" when there is no `as`
	Body []Stmt
}

// TryStmt is try/except/else/finally.
type TryStmt struct {
	stmtSpan
	Body     []Stmt
	Handlers []*ExceptClause
	Else     []Stmt
	Finally  []Stmt
}

// WithStmt is `with a [as x], b [as y]: body`. Several items behave as
// nested with statements, the first outermost.
type WithStmt struct {
	stmtSpan
	Items []*WithItem
	Body  []Stmt
}

// WithItem is one `context [as target]` of a with statement; Target is nil
// when there is no `as`.
type WithItem struct {
	Context Expr
	Target  Expr
}

// ImportStmt is `import a.b [as c], d`.
type ImportStmt struct {
	stmtSpan
	Names []*ImportName
}

// FromImportStmt is `from module import a [as b], c` or `from module import *`
// (a single name "*").
type FromImportStmt struct {
	stmtSpan
	Module string // dotted name, e.g. "django.db"
	Names  []*ImportName
}

// ImportName is one imported name and its alias ("" when none).
type ImportName struct {
	Pos   Position
	Name  string // dotted for ImportStmt
	Alias string
}

// GlobalStmt is `global a, b` (Nonlocal set for `nonlocal`).
type GlobalStmt struct {
	stmtSpan
	Names    []string
	Nonlocal bool
}

// Param is one parameter of a def or lambda. Kind tells plain, *args,
// **kwargs or the bare `*` separator; Default is nil when there is none.
type Param struct {
	Pos     Position
	Name    string
	Kind    ParamKind
	Default Expr
}

// ParamKind classifies a Param.
type ParamKind uint8

const (
	ParamNormal   ParamKind = iota // a or a=1 (keyword-only after * or *args)
	ParamStar                      // *args
	ParamStarStar                  // **kwargs
	ParamBareStar                  // the lone * that starts keyword-only parameters
)

// DefStmt is a function definition, possibly decorated.
type DefStmt struct {
	stmtSpan
	Name       string
	NamePos    Position
	Params     []*Param
	Body       []Stmt
	Decorators []Expr
	Doc        string // the docstring, if the body starts with one
}

// ClassStmt is a class definition: `class Name(bases, kw=...): body`.
type ClassStmt struct {
	stmtSpan
	Name       string
	NamePos    Position
	Bases      []Expr
	Keywords   []*Keyword // e.g. metaclass=...; rarely used
	Body       []Stmt
	Decorators []Expr
	Doc        string
}

// ---- expressions ----

// exprSpan is embedded in every expression.
type exprSpan struct {
	Start, End Position
}

// Span returns the expression's first position and the one just past it.
func (e *exprSpan) Span() (start, end Position) { return e.Start, e.End }
func (*exprSpan) expr()                         {}

// SetSpan sets the expression's span; used by the parser.
func (e *exprSpan) SetSpan(start, end Position) { e.Start, e.End = start, end }

// Ident is a name.
type Ident struct {
	exprSpan
	Name string
}

// LiteralKind tells which kind of constant a Literal holds.
type LiteralKind uint8

const (
	IntLit      LiteralKind = iota // Value: int64, or *big.Int when it does not fit
	FloatLit                       // Value: float64
	StringLit                      // Value: string (already unescaped; adjacent literals joined)
	BytesLit                       // Value: string holding the bytes
	NoneLit                        // Value: nil
	TrueLit                        // Value: true
	FalseLit                       // Value: false
	EllipsisLit                    // `...`; Value: nil
)

// Literal is a constant: number, string, bytes, None, True, False, `...`.
// Raw is the source text of the token(s); for adjacent string literals it
// runs from the first to the last, including what separates them.
type Literal struct {
	exprSpan
	Kind  LiteralKind
	Value interface{}
	Raw   string
}

// FString is an f-string (adjacent plain strings are folded into its parts).
// Adjacent text parts are merged, and empty ones dropped: f"" has no parts.
type FString struct {
	exprSpan
	Parts []FStringPart
}

// FStringPart is either literal text (Expr == nil) or a replacement field
// `{expr!conv:spec}`. Spec may itself contain replacement fields, so it is an
// *FString (nil when absent, or empty as in `{x:}`; but `{x=:}` keeps its
// empty spec, as Python then shows str(x), not repr(x)). Conv is 0, 'r', 's'
// or 'a'. SelfDoc is set for `{expr=}` and Text then holds the "expr=" prefix
// to print, spaces included as written (`{x = }` gives "x = "); when such a
// field has neither a conversion nor a spec, the parser sets Conv to 'r', as
// Python shows repr(x) there.
type FStringPart struct {
	Text    string
	Expr    Expr
	Conv    rune
	Spec    *FString
	SelfDoc bool
}

// TupleExpr is `a, b` or `(a, b)`; Parens tells whether it was parenthesised.
type TupleExpr struct {
	exprSpan
	Elts   []Expr
	Parens bool
}

// ListExpr is `[a, b]`.
type ListExpr struct {
	exprSpan
	Elts []Expr
}

// SetExpr is `{a, b}`.
type SetExpr struct {
	exprSpan
	Elts []Expr
}

// DictEntry is `key: value`, or `**value` when Key is nil.
type DictEntry struct {
	Key   Expr
	Value Expr
}

// DictExpr is `{k: v, **other}`.
type DictExpr struct {
	exprSpan
	Entries []*DictEntry
}

// CompKind tells which comprehension a Comprehension builds.
type CompKind uint8

const (
	ListComp CompKind = iota
	SetComp
	DictComp
	GeneratorExp
)

// CompFor is one `for target in iter if cond ...` clause of a comprehension.
type CompFor struct {
	Pos    Position
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// Comprehension is `[elt for ...]`, `{elt for ...}`, `{key: value for ...}`
// or `(elt for ...)`. For DictComp, Key and Elt hold key and value.
type Comprehension struct {
	exprSpan
	Kind    CompKind
	Key     Expr // DictComp only
	Elt     Expr
	Clauses []*CompFor
}

// NamedExpr is `name := value` (an assignment expression): it binds
// name in the enclosing function (a comprehension's enclosing function)
// and is value.
type NamedExpr struct {
	exprSpan
	Target *Ident
	Value  Expr
}

// CondExpr is `a if cond else b`.
type CondExpr struct {
	exprSpan
	Then, Cond, Else Expr
}

// BinaryExpr is `x op y` for arithmetic and bitwise operators: "+", "-",
// "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>".
type BinaryExpr struct {
	exprSpan
	Op    string
	OpPos Position
	X, Y  Expr
}

// BoolExpr is `x and y` or `x or y` (Op is "and" or "or").
type BoolExpr struct {
	exprSpan
	Op   string
	X, Y Expr
}

// UnaryExpr is `-x`, `+x`, `~x` or `not x` (Op is "-", "+", "~", "not").
type UnaryExpr struct {
	exprSpan
	Op string
	X  Expr
}

// CompareExpr is a comparison chain `a < b <= c`: Ops[i] joins Operands[i]
// and Operands[i+1]. Ops are "==", "!=", "<", "<=", ">", ">=", "in",
// "not in", "is", "is not".
type CompareExpr struct {
	exprSpan
	Operands []Expr
	Ops      []string
	OpPos    []Position
}

// Keyword is `name=value` in a call or class header, or `**value` when Name
// is "".
type Keyword struct {
	Pos   Position
	Name  string
	Value Expr
}

// CallExpr is `fn(args, *rest, name=value, **kw)`. Positional arguments
// (including Starred ones) are in Args in order; keyword arguments and
// `**` unpackings are in Keywords in order.
type CallExpr struct {
	exprSpan
	Fn       Expr
	Lparen   Position
	Args     []Expr
	Keywords []*Keyword
}

// Starred is `*x` in a call, a display or an assignment target.
type Starred struct {
	exprSpan
	X Expr
}

// AttrExpr is `x.name`.
type AttrExpr struct {
	exprSpan
	X       Expr
	Name    string
	NamePos Position
}

// IndexExpr is `x[i]`; a subscript with commas has a TupleExpr index and a
// slice subscript has a SliceExpr index.
type IndexExpr struct {
	exprSpan
	X     Expr
	Index Expr
}

// SliceExpr is `lo:hi:step` inside a subscript; absent parts are nil.
type SliceExpr struct {
	exprSpan
	Lo, Hi, Step Expr
}

// YieldExpr is `yield [value]` or `yield from value` (From set); Value
// is nil for a bare yield.
type YieldExpr struct {
	exprSpan
	Value Expr
	From  bool
}

// LambdaExpr is `lambda params: body`.
type LambdaExpr struct {
	exprSpan
	Params []*Param
	Body   Expr
}
