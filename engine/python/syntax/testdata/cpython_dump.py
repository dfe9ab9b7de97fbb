# Renders CPython's ast of a file in the format of syntax.DumpFile, to
# cross-check the golden files against CPython (3.11 or later):
#
#     python3 testdata/cpython_dump.py testdata/parse/expressions.py |
#         diff testdata/parse/expressions.py.golden -
#
# With --spans it lists the span of every expression instead, which
# CPYTHON_SPANS=FILE go test -run TestExprSpanList -v prints for the Go
# parser, for the same comparison.
#
# Known differences: CPython folds {x=} into the preceding text, flattens
# `a or b or c`, and positions are bytes (the same for ASCII sources).
# This is a test tool only; the Go tests do not run it.
import ast
import decimal
import math
import sys

src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")


def pos(line, col):
    return f"{line}:{col + 1}"


def span(n):
    return f"[{pos(n.lineno, n.col_offset)}-{pos(n.end_lineno, n.end_col_offset)}]"


def text_at(line, col, n):
    return lines[line - 1][col:col + n]


def gofloat(v):
    if math.isinf(v):
        return "+Inf" if v > 0 else "-Inf"
    if v == 0:
        return "0"
    d = decimal.Decimal(repr(v)).normalize()
    sign, digits, exp = d.as_tuple()
    ds = "".join(map(str, digits))
    dp = len(ds) + exp
    e = dp - 1
    if e < -4 or e >= 6:  # strconv.FormatFloat(v, 'g', -1, 64)
        m = ds[0] + ("." + ds[1:] if len(ds) > 1 else "")
        return f"{m}e{'+' if e >= 0 else '-'}{abs(e):02d}"
    if dp <= 0:
        return "0." + "0" * -dp + ds
    if dp >= len(ds):
        return ds + "0" * (dp - len(ds))
    return ds[:dp] + "." + ds[dp:]


def goquote(s, is_bytes=False):
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "\a\b\f\n\r\t\v":
            out.append({"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}[ch])
        elif is_bytes and c >= 0x80:
            out.append(f"\\x{c:02x}")
        elif c < 0x20 or c == 0x7F:
            out.append(f"\\x{c:02x}")
        elif c < 0x80 or ch.isprintable():
            out.append(ch)
        elif c < 0x10000:
            out.append(f"\\u{c:04x}")
        else:
            out.append(f"\\U{c:08x}")
    out.append('"')
    return "".join(out)


BIN = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
       ast.Pow: "**", ast.MatMult: "@", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^",
       ast.LShift: "<<", ast.RShift: ">>"}
UN = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not"}
CMP = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
       ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}


def params(a):
    out = []
    pos_args = a.posonlyargs + a.args
    defaults = [None] * (len(pos_args) - len(a.defaults)) + a.defaults
    for arg, d in zip(pos_args, defaults):
        out.append(arg.arg + ("=" + expr(d) if d else ""))
    if a.vararg:
        out.append("*" + a.vararg.arg)
    elif a.kwonlyargs:
        out.append("*")
    for arg, d in zip(a.kwonlyargs, a.kw_defaults):
        out.append(arg.arg + ("=" + expr(d) if d else ""))
    if a.kwarg:
        out.append("**" + a.kwarg.arg)
    return "(" + " ".join(out) + ")"


def keywords(kws):
    return "".join(" " + ("**" if k.arg is None else k.arg + "=") + expr(k.value) for k in kws)


def fstring(n):
    parts = []
    for v in n.values:
        if isinstance(v, ast.Constant):
            parts.append(goquote(v.value))
            continue
        s = "{" + expr(v.value)
        if v.conversion != -1:
            s += " !" + chr(v.conversion)
        if v.format_spec is not None and v.format_spec.values:
            s += " :" + fstring(v.format_spec)
        parts.append(s + "}")
    return "(FString" + "".join(" " + p for p in parts) + ")"


def comp(kind, n):
    s = f"({kind} "
    if kind == "DictComp":
        s += expr(n.key) + ":" + expr(n.value)
    else:
        s += expr(n.elt)
    for g in n.generators:
        s += " (for " + expr(g.target) + " in " + expr(g.iter) + "".join(" if " + expr(c) for c in g.ifs) + ")"
    return s + ")"


def expr(n):
    if n is None:
        return "_"
    t = type(n)
    if t is ast.Name:
        return n.id
    if t is ast.Constant:
        v = n.value
        if v is None or v is True or v is False:
            return repr(v)
        if v is Ellipsis:
            return "..."
        if isinstance(v, bool):
            return repr(v)
        if isinstance(v, int):
            return str(v) if -2**63 <= v < 2**63 else f"{v}(big)"
        if isinstance(v, float):
            return gofloat(v)
        if isinstance(v, bytes):
            return "b" + goquote(v.decode("latin-1"), True)
        return goquote(v)
    if t is ast.JoinedStr:
        return fstring(n)
    if t is ast.Tuple:
        paren = text_at(n.lineno, n.col_offset, 1) == "("
        return ("(ParenTuple" if paren else "(Tuple") + "".join(" " + expr(e) for e in n.elts) + ")"
    if t is ast.List:
        return "(List" + "".join(" " + expr(e) for e in n.elts) + ")"
    if t is ast.Set:
        return "(Set" + "".join(" " + expr(e) for e in n.elts) + ")"
    if t is ast.Dict:
        return "(Dict" + "".join(" " + ("**" if k is None else expr(k) + ":") + expr(v) for k, v in zip(n.keys, n.values)) + ")"
    if t is ast.ListComp:
        return comp("ListComp", n)
    if t is ast.SetComp:
        return comp("SetComp", n)
    if t is ast.DictComp:
        return comp("DictComp", n)
    if t is ast.GeneratorExp:
        return comp("GenExp", n)
    if t is ast.IfExp:
        return f"({expr(n.body)} if {expr(n.test)} else {expr(n.orelse)})"
    if t is ast.BinOp:
        return f"({BIN[type(n.op)]} {expr(n.left)} {expr(n.right)})"
    if t is ast.BoolOp:
        op = "and" if isinstance(n.op, ast.And) else "or"
        s = expr(n.values[0])
        for v in n.values[1:]:
            s = f"({op} {s} {expr(v)})"
        return s
    if t is ast.UnaryOp:
        return f"({UN[type(n.op)]} {expr(n.operand)})"
    if t is ast.Compare:
        s = "(Compare " + expr(n.left)
        for op, c in zip(n.ops, n.comparators):
            s += f" {CMP[type(op)]} {expr(c)}"
        return s + ")"
    if t is ast.Call:
        return "(Call " + expr(n.func) + "".join(" " + expr(a) for a in n.args) + keywords(n.keywords) + ")"
    if t is ast.Starred:
        return "*" + expr(n.value)
    if t is ast.Attribute:
        return expr(n.value) + "." + n.attr
    if t is ast.Subscript:
        return f"(Index {expr(n.value)} {expr(n.slice)})"
    if t is ast.Slice:
        return f"(Slice {expr(n.lower)} {expr(n.upper)} {expr(n.step)})"
    if t is ast.Lambda:
        return f"(Lambda {params(n.args)} {expr(n.body)})"
    if t is ast.Yield:
        return f"(Yield {expr(n.value)})"
    if t is ast.YieldFrom:
        return f"(YieldFrom {expr(n.value)})"
    return t.__name__


out = []


def block(stmts, indent):
    for s in stmts:
        stmt(s, indent)


def clause(indent, text):
    out.append("  " * indent + " " + text)


def name_pos(n, kw):
    # the position of the name after `def`/`class`
    line, col = n.lineno, n.col_offset + len(kw)
    while lines[line - 1][col] == " ":
        col += 1
    return pos(line, col)


def stmt(s, indent, elif_=False):
    pre = "  " * indent
    t = type(s)
    sp = span(s)
    if t in (ast.FunctionDef, ast.ClassDef) and s.decorator_list:
        d = s.decorator_list[0]
        sp = f"[{pos(d.lineno, d.col_offset - 1)}-{pos(s.end_lineno, s.end_col_offset)}]"
    head = pre + sp + " "
    if t is ast.Expr:
        out.append(head + "Expr " + expr(s.value))
    elif t is ast.Assign:
        out.append(head + "Assign " + "".join(expr(x) + " = " for x in s.targets) + expr(s.value))
    elif t is ast.AugAssign:
        out.append(head + f"AugAssign {expr(s.target)} {BIN[type(s.op)]}= {expr(s.value)}")
    elif t is ast.AnnAssign:
        out.append(head + f"AnnAssign {expr(s.target)} : {expr(s.annotation)}" + (" = " + expr(s.value) if s.value else ""))
    elif t is ast.If:
        is_elif = text_at(s.lineno, s.col_offset, 4) == "elif"
        out.append(head + ("Elif " if is_elif else "If ") + expr(s.test))
        block(s.body, indent + 1)
        if s.orelse:
            clause(indent, "else")
            block(s.orelse, indent + 1)
    elif t is ast.For:
        out.append(head + f"For {expr(s.target)} in {expr(s.iter)}")
        block(s.body, indent + 1)
        if s.orelse:
            clause(indent, "else")
            block(s.orelse, indent + 1)
    elif t is ast.While:
        out.append(head + "While " + expr(s.test))
        block(s.body, indent + 1)
        if s.orelse:
            clause(indent, "else")
            block(s.orelse, indent + 1)
    elif t is ast.Return:
        out.append(head + "Return" + (" " + expr(s.value) if s.value else ""))
    elif t in (ast.Pass, ast.Break, ast.Continue):
        out.append(head + t.__name__)
    elif t is ast.Delete:
        out.append(head + "Del" + "".join(" " + expr(x) for x in s.targets))
    elif t is ast.Raise:
        out.append(head + "Raise" + (" " + expr(s.exc) if s.exc else "") + (" from " + expr(s.cause) if s.cause else ""))
    elif t is ast.Assert:
        out.append(head + "Assert " + expr(s.test) + (", " + expr(s.msg) if s.msg else ""))
    elif t is ast.With:
        out.append(head + "With" + ",".join(" " + expr(i.context_expr) + (" as " + expr(i.optional_vars) if i.optional_vars else "") for i in s.items))
        block(s.body, indent + 1)
    elif t is ast.Try:
        out.append(head + "Try")
        block(s.body, indent + 1)
        for h in s.handlers:
            c = f"except@{pos(h.lineno, h.col_offset)}"
            if h.type:
                c += " " + expr(h.type)
            if h.name:
                c += " as " + h.name
            clause(indent, c)
            block(h.body, indent + 1)
        if s.orelse:
            clause(indent, "else")
            block(s.orelse, indent + 1)
        if s.finalbody:
            clause(indent, "finally")
            block(s.finalbody, indent + 1)
    elif t is ast.Import:
        out.append(head + "Import" + ",".join(" " + a.name + (" as " + a.asname if a.asname else "") for a in s.names))
    elif t is ast.ImportFrom:
        out.append(head + f"FromImport {s.module}:" + ",".join(" " + a.name + (" as " + a.asname if a.asname else "") for a in s.names))
    elif t in (ast.Global, ast.Nonlocal):
        out.append(head + t.__name__ + "".join(" " + n for n in s.names))
    elif t is ast.FunctionDef:
        doc = ast.get_docstring(s, clean=False)
        out.append(head + f"Def {s.name}@{name_pos(s, 'def')} {params(s.args)}" +
                   "".join(" @" + expr(d) for d in s.decorator_list) +
                   (f" doc={goquote(doc)}" if doc else ""))
        block(s.body, indent + 1)
    elif t is ast.ClassDef:
        doc = ast.get_docstring(s, clean=False)
        bases = " ".join(expr(b) for b in s.bases)
        kws = keywords(s.keywords)
        if not s.bases:
            kws = kws[1:]
        out.append(head + f"Class {s.name}@{name_pos(s, 'class')} ({bases}{kws})" +
                   "".join(" @" + expr(d) for d in s.decorator_list) +
                   (f" doc={goquote(doc)}" if doc else ""))
        block(s.body, indent + 1)
    else:
        out.append(head + t.__name__)


KIND = {ast.Name: "Ident", ast.Constant: "Literal", ast.JoinedStr: "FString", ast.Tuple: "TupleExpr",
        ast.List: "ListExpr", ast.Set: "SetExpr", ast.Dict: "DictExpr", ast.ListComp: "Comprehension",
        ast.SetComp: "Comprehension", ast.DictComp: "Comprehension", ast.GeneratorExp: "Comprehension",
        ast.IfExp: "CondExpr", ast.BinOp: "BinaryExpr", ast.BoolOp: "BoolExpr", ast.UnaryOp: "UnaryExpr",
        ast.Compare: "CompareExpr", ast.Call: "CallExpr", ast.Starred: "Starred", ast.Attribute: "AttrExpr",
        ast.Subscript: "IndexExpr", ast.Slice: "SliceExpr", ast.Lambda: "LambdaExpr",
        ast.Yield: "YieldExpr", ast.YieldFrom: "YieldExpr"}


def spans(tree):
    # The sorted spans of every expression, as "Kind start-end"; with
    # --spans, for comparison with the Go parser's (see spans_test.go).
    res = set()

    def rng(a, b):
        return f"{pos(a.lineno, a.col_offset)}-{pos(b.end_lineno, b.end_col_offset)}"

    def visit(n):
        if isinstance(n, ast.JoinedStr):
            res.add(f"FString {rng(n, n)}")
            for v in n.values:
                if isinstance(v, ast.FormattedValue):
                    visit(v.value)  # the format spec's own positions are not reliable in 3.11
            return
        k = KIND.get(type(n))
        if k:
            res.add(f"{k} {rng(n, n)}")
        if isinstance(n, ast.BoolOp):
            for v in n.values[1:-1]:
                res.add(f"BoolExpr {rng(n.values[0], v)}")
        for c in ast.iter_child_nodes(n):
            visit(c)

    visit(tree)
    return sorted(res)


tree = ast.parse(src)
if len(sys.argv) > 2 and sys.argv[2] == "--spans":
    print("\n".join(spans(tree)))
else:
    block(tree.body, 0)
    print("\n".join(out))
