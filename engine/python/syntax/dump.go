package syntax

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Dump renders a node as compact, deterministic text, for golden tests and
// debugging. Expressions are S-expressions on one line, e.g.
// `(Call models.CharField max_length=30)`; a statement is one line per
// statement, prefixed with its span, with nested bodies indented.
func Dump(n Node) string {
	var d dumper
	switch n := n.(type) {
	case Stmt:
		d.stmt(n, 0)
	case Expr:
		d.expr(n)
	}
	return d.String()
}

// DumpFile renders every statement of f, as Dump does.
func DumpFile(f *File) string {
	var d dumper
	for _, s := range f.Stmts {
		d.stmt(s, 0)
	}
	return d.String()
}

type dumper struct{ strings.Builder }

func (d *dumper) printf(format string, args ...interface{}) { fmt.Fprintf(d, format, args...) }

func (d *dumper) block(stmts []Stmt, indent int) {
	for _, s := range stmts {
		d.stmt(s, indent)
	}
}

// clause prints the header line of an else/except/finally clause.
func (d *dumper) clause(indent int, format string, args ...interface{}) {
	d.WriteString(strings.Repeat("  ", indent) + " ")
	d.printf(format, args...)
	d.WriteString("\n")
}

func (d *dumper) stmt(s Stmt, indent int) {
	start, end := s.Span()
	d.printf("%s[%s-%s] ", strings.Repeat("  ", indent), start, end)
	switch s := s.(type) {
	case *ExprStmt:
		d.WriteString("Expr ")
		d.expr(s.X)
	case *AssignStmt:
		d.WriteString("Assign ")
		for _, t := range s.Targets {
			d.expr(t)
			d.WriteString(" = ")
		}
		d.expr(s.Value)
	case *AugAssignStmt:
		d.WriteString("AugAssign ")
		d.expr(s.Target)
		d.printf(" %s= ", s.Op)
		d.expr(s.Value)
	case *AnnAssignStmt:
		d.WriteString("AnnAssign ")
		d.expr(s.Target)
		d.WriteString(" : ")
		d.expr(s.Annotation)
		if s.Value != nil {
			d.WriteString(" = ")
			d.expr(s.Value)
		}
	case *IfStmt:
		if s.Elif {
			d.WriteString("Elif ")
		} else {
			d.WriteString("If ")
		}
		d.expr(s.Cond)
		d.WriteString("\n")
		d.block(s.Then, indent+1)
		if s.Else != nil {
			d.clause(indent, "else")
			d.block(s.Else, indent+1)
		}
		return
	case *ForStmt:
		d.WriteString("For ")
		d.expr(s.Target)
		d.WriteString(" in ")
		d.expr(s.Iter)
		d.WriteString("\n")
		d.block(s.Body, indent+1)
		if s.Else != nil {
			d.clause(indent, "else")
			d.block(s.Else, indent+1)
		}
		return
	case *WhileStmt:
		d.WriteString("While ")
		d.expr(s.Cond)
		d.WriteString("\n")
		d.block(s.Body, indent+1)
		if s.Else != nil {
			d.clause(indent, "else")
			d.block(s.Else, indent+1)
		}
		return
	case *ReturnStmt:
		d.WriteString("Return")
		if s.Value != nil {
			d.WriteString(" ")
			d.expr(s.Value)
		}
	case *BranchStmt:
		d.WriteString(strings.ToUpper(s.Token[:1]) + s.Token[1:])
	case *DelStmt:
		d.WriteString("Del")
		for _, t := range s.Targets {
			d.WriteString(" ")
			d.expr(t)
		}
	case *RaiseStmt:
		d.WriteString("Raise")
		if s.Exc != nil {
			d.WriteString(" ")
			d.expr(s.Exc)
		}
		if s.Cause != nil {
			d.WriteString(" from ")
			d.expr(s.Cause)
		}
	case *AssertStmt:
		d.WriteString("Assert ")
		d.expr(s.Cond)
		if s.Msg != nil {
			d.WriteString(", ")
			d.expr(s.Msg)
		}
	case *WithStmt:
		d.WriteString("With")
		for i, it := range s.Items {
			if i > 0 {
				d.WriteString(",")
			}
			d.WriteString(" ")
			d.expr(it.Context)
			if it.Target != nil {
				d.WriteString(" as ")
				d.expr(it.Target)
			}
		}
		d.WriteString("\n")
		d.block(s.Body, indent+1)
		return
	case *TryStmt:
		d.WriteString("Try\n")
		d.block(s.Body, indent+1)
		for _, h := range s.Handlers {
			var b dumper
			b.printf("except@%s", h.Pos)
			if h.Type != nil {
				b.WriteString(" ")
				b.expr(h.Type)
			}
			if h.Name != "" {
				b.printf(" as %s", h.Name)
			}
			d.clause(indent, "%s", b.String())
			d.block(h.Body, indent+1)
		}
		if s.Else != nil {
			d.clause(indent, "else")
			d.block(s.Else, indent+1)
		}
		if s.Finally != nil {
			d.clause(indent, "finally")
			d.block(s.Finally, indent+1)
		}
		return
	case *ImportStmt:
		d.WriteString("Import")
		d.importNames(s.Names)
	case *FromImportStmt:
		d.printf("FromImport %s:", s.Module)
		d.importNames(s.Names)
	case *GlobalStmt:
		if s.Nonlocal {
			d.WriteString("Nonlocal")
		} else {
			d.WriteString("Global")
		}
		for _, name := range s.Names {
			d.WriteString(" " + name)
		}
	case *DefStmt:
		d.printf("Def %s@%s ", s.Name, s.NamePos)
		d.params(s.Params)
		d.decorators(s.Decorators)
		if s.Doc != "" {
			d.printf(" doc=%s", strconv.Quote(s.Doc))
		}
		d.WriteString("\n")
		d.block(s.Body, indent+1)
		return
	case *ClassStmt:
		d.printf("Class %s@%s (", s.Name, s.NamePos)
		for i, b := range s.Bases {
			if i > 0 {
				d.WriteString(" ")
			}
			d.expr(b)
		}
		d.keywords(s.Keywords, len(s.Bases) > 0)
		d.WriteString(")")
		d.decorators(s.Decorators)
		if s.Doc != "" {
			d.printf(" doc=%s", strconv.Quote(s.Doc))
		}
		d.WriteString("\n")
		d.block(s.Body, indent+1)
		return
	default:
		d.printf("%T", s)
	}
	d.WriteString("\n")
}

func (d *dumper) importNames(names []*ImportName) {
	for i, n := range names {
		if i > 0 {
			d.WriteString(",")
		}
		d.printf(" %s", n.Name)
		if n.Alias != "" {
			d.printf(" as %s", n.Alias)
		}
	}
}

func (d *dumper) decorators(decos []Expr) {
	for _, x := range decos {
		d.WriteString(" @")
		d.expr(x)
	}
}

func (d *dumper) params(params []*Param) {
	d.WriteString("(")
	for i, p := range params {
		if i > 0 {
			d.WriteString(" ")
		}
		switch p.Kind {
		case ParamStar:
			d.WriteString("*")
		case ParamStarStar:
			d.WriteString("**")
		case ParamBareStar:
			d.WriteString("*")
		}
		d.WriteString(p.Name)
		if p.Default != nil {
			d.WriteString("=")
			d.expr(p.Default)
		}
	}
	d.WriteString(")")
}

func (d *dumper) keywords(kws []*Keyword, space bool) {
	for _, k := range kws {
		if space {
			d.WriteString(" ")
		}
		space = true
		if k.Name == "" {
			d.WriteString("**")
		} else {
			d.WriteString(k.Name + "=")
		}
		d.expr(k.Value)
	}
}

func (d *dumper) exprs(xs []Expr) {
	for _, x := range xs {
		d.WriteString(" ")
		d.expr(x)
	}
}

func (d *dumper) expr(x Expr) {
	switch x := x.(type) {
	case nil:
		d.WriteString("_")
	case *Ident:
		d.WriteString(x.Name)
	case *Literal:
		switch x.Kind {
		case IntLit:
			switch v := x.Value.(type) {
			case int64:
				d.printf("%d", v)
			case *big.Int:
				d.printf("%s(big)", v)
			}
		case FloatLit:
			d.WriteString(strconv.FormatFloat(x.Value.(float64), 'g', -1, 64))
		case StringLit:
			d.WriteString(strconv.Quote(x.Value.(string)))
		case BytesLit:
			d.WriteString("b" + strconv.Quote(x.Value.(string)))
		case NoneLit:
			d.WriteString("None")
		case TrueLit:
			d.WriteString("True")
		case FalseLit:
			d.WriteString("False")
		case EllipsisLit:
			d.WriteString("...")
		}
	case *FString:
		d.WriteString("(FString")
		for _, part := range x.Parts {
			d.WriteString(" ")
			if part.Expr == nil {
				d.WriteString(strconv.Quote(part.Text))
				continue
			}
			d.WriteString("{")
			d.expr(part.Expr)
			if part.SelfDoc {
				d.printf(" =%s", strconv.Quote(part.Text))
			}
			if part.Conv != 0 {
				d.printf(" !%c", part.Conv)
			}
			if part.Spec != nil {
				d.WriteString(" :")
				d.expr(part.Spec)
			}
			d.WriteString("}")
		}
		d.WriteString(")")
	case *TupleExpr:
		if x.Parens {
			d.WriteString("(ParenTuple")
		} else {
			d.WriteString("(Tuple")
		}
		d.exprs(x.Elts)
		d.WriteString(")")
	case *ListExpr:
		d.WriteString("(List")
		d.exprs(x.Elts)
		d.WriteString(")")
	case *SetExpr:
		d.WriteString("(Set")
		d.exprs(x.Elts)
		d.WriteString(")")
	case *DictExpr:
		d.WriteString("(Dict")
		for _, e := range x.Entries {
			d.WriteString(" ")
			if e.Key == nil {
				d.WriteString("**")
			} else {
				d.expr(e.Key)
				d.WriteString(":")
			}
			d.expr(e.Value)
		}
		d.WriteString(")")
	case *Comprehension:
		d.WriteString([...]string{"(ListComp ", "(SetComp ", "(DictComp ", "(GenExp "}[x.Kind])
		if x.Kind == DictComp {
			d.expr(x.Key)
			d.WriteString(":")
		}
		d.expr(x.Elt)
		for _, c := range x.Clauses {
			d.WriteString(" (for ")
			d.expr(c.Target)
			d.WriteString(" in ")
			d.expr(c.Iter)
			for _, cond := range c.Ifs {
				d.WriteString(" if ")
				d.expr(cond)
			}
			d.WriteString(")")
		}
		d.WriteString(")")
	case *NamedExpr:
		d.WriteString("(")
		d.expr(x.Target)
		d.WriteString(" := ")
		d.expr(x.Value)
		d.WriteString(")")
	case *CondExpr:
		d.WriteString("(")
		d.expr(x.Then)
		d.WriteString(" if ")
		d.expr(x.Cond)
		d.WriteString(" else ")
		d.expr(x.Else)
		d.WriteString(")")
	case *BinaryExpr:
		d.printf("(%s ", x.Op)
		d.expr(x.X)
		d.WriteString(" ")
		d.expr(x.Y)
		d.WriteString(")")
	case *BoolExpr:
		d.printf("(%s ", x.Op)
		d.expr(x.X)
		d.WriteString(" ")
		d.expr(x.Y)
		d.WriteString(")")
	case *UnaryExpr:
		d.printf("(%s ", x.Op)
		d.expr(x.X)
		d.WriteString(")")
	case *CompareExpr:
		d.WriteString("(Compare ")
		for i, operand := range x.Operands {
			if i > 0 {
				d.printf(" %s ", x.Ops[i-1])
			}
			d.expr(operand)
		}
		d.WriteString(")")
	case *CallExpr:
		d.WriteString("(Call ")
		d.expr(x.Fn)
		d.exprs(x.Args)
		d.keywords(x.Keywords, true)
		d.WriteString(")")
	case *Starred:
		d.WriteString("*")
		d.expr(x.X)
	case *AttrExpr:
		d.expr(x.X)
		d.WriteString("." + x.Name)
	case *IndexExpr:
		d.WriteString("(Index ")
		d.expr(x.X)
		d.WriteString(" ")
		d.expr(x.Index)
		d.WriteString(")")
	case *SliceExpr:
		d.WriteString("(Slice ")
		d.expr(x.Lo)
		d.WriteString(" ")
		d.expr(x.Hi)
		d.WriteString(" ")
		d.expr(x.Step)
		d.WriteString(")")
	case *YieldExpr:
		if x.From {
			d.WriteString("(YieldFrom ")
		} else {
			d.WriteString("(Yield ")
		}
		d.expr(x.Value)
		d.WriteString(")")
	case *LambdaExpr:
		d.WriteString("(Lambda ")
		d.params(x.Params)
		d.WriteString(" ")
		d.expr(x.Body)
		d.WriteString(")")
	default:
		d.printf("%T", x)
	}
}
