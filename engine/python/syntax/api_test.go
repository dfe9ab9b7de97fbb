package syntax_test

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

func TestParseExpr(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{`1 + 2 * 3`, `(+ 1 (* 2 3))`},
		{`-2 ** 2`, `(- (** 2 2))`},
		{`a if b else c`, `(a if b else c)`},
		{"f(\n  a,\n  b)", `(Call f a b)`}, // newlines are spaces
		{`a, *b`, `(Tuple a *b)`},
		{`  x  `, `x`},
		{`f"{x!r:>{w}}"`, `(FString {x !r :(FString ">" {w})})`},
		{`f"{x=}"`, `(FString {x ="x=" !r})`}, // {x=} defaults to repr
		{`f"{x=:>4}"`, `(FString {x ="x=" :(FString ">4")})`},
		{`f"{x=:}"`, `(FString {x ="x=" :(FString)})`}, // an empty spec: str(x)
		{`f"{x:}"`, `(FString {x})`},
		{`"a" f"b{c}d" "e"`, `(FString "ab" {c} "de")`},
		{`f""`, `(FString)`},
		{`b"a" b"b"`, `b"ab"`},
	} {
		x, err := syntax.ParseExpr("expr.py", test.src)
		if err != nil {
			t.Errorf("ParseExpr(%q): %v", test.src, err)
			continue
		}
		if got := syntax.Dump(x); got != test.want {
			t.Errorf("ParseExpr(%q) = %s, want %s", test.src, got, test.want)
		}
	}
	for _, test := range []struct{ src, want string }{
		{``, `expr.py:1:1: invalid syntax`},
		{`*a`, `expr.py:1:1: cannot use starred expression here`},
		{`a b`, `expr.py:1:1: invalid syntax. Perhaps you forgot a comma?`},
		{`x = 1`, `expr.py:1:3: invalid syntax`},
		{`(1`, `expr.py:1:1: '(' was never closed`},
	} {
		_, err := syntax.ParseExpr("expr.py", test.src)
		if err == nil || err.Error() != test.want {
			t.Errorf("ParseExpr(%q) error = %v, want %s", test.src, err, test.want)
		}
	}
}

func TestErrorValue(t *testing.T) {
	_, err := syntax.Parse("shell.py", "x = 1\nf() = 2\n")
	var serr syntax.Error
	if !errors.As(err, &serr) {
		t.Fatalf("error %v (%T) is not a syntax.Error", err, err)
	}
	want := syntax.Error{File: "shell.py", Pos: syntax.Position{Line: 2, Col: 1},
		Msg: "cannot assign to function call here. Maybe you meant '==' instead of '='?"}
	if serr != want {
		t.Errorf("got %#v, want %#v", serr, want)
	}
	if got, w := err.Error(), "shell.py:2:1: "+want.Msg; got != w {
		t.Errorf("Error() = %q, want %q", got, w)
	}
}

func TestSizeLimit(t *testing.T) {
	ok := strings.Repeat("x = 1  # padding\n", syntax.MaxFileSize/17)
	ok += strings.Repeat("#", syntax.MaxFileSize-len(ok))
	if _, err := syntax.Parse("models.py", ok); err != nil {
		t.Errorf("a file of exactly %d bytes: %v", len(ok), err)
	}
	for _, test := range []struct {
		size int
		want string
	}{
		{300 << 10, "models.py:1:1: models.py is 300 KiB; the limit is 256 KiB"},
		{256<<10 + 1, "models.py:1:1: models.py is 257 KiB; the limit is 256 KiB"},
	} {
		src := strings.Repeat("#", test.size)
		if _, err := syntax.Parse("models.py", src); err == nil || err.Error() != test.want {
			t.Errorf("Parse of %d bytes: %v, want %s", test.size, err, test.want)
		}
		if _, err := syntax.ParseExpr("models.py", src); err == nil || err.Error() != test.want {
			t.Errorf("ParseExpr of %d bytes: %v, want %s", test.size, err, test.want)
		}
	}
}

// TestLineNumbersInMessages checks the line numbers that messages quote,
// which the chunked error test cannot pin down.
func TestLineNumbersInMessages(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{"x = 1\n\nif x:\n# c\n\ny = 2\n", "m.py:6:1: expected an indented block after 'if' statement on line 3"},
		{"@d\n\ndef f():\nreturn\n", "m.py:4:1: expected an indented block after function definition on line 3"},
		{"try:\n  pass\nexcept E:\n  pass\nelse:\nx\n", "m.py:6:1: expected an indented block after 'else' statement on line 5"},
		{"x = (\n1,\n]", "m.py:3:1: closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
		{"x = '''\n\nabc", "m.py:1:5: unterminated triple-quoted string literal (detected at line 3)"},
		{"x = 1 + \\", "m.py:1:10: unexpected EOF while parsing"},
		{"x = 1 + \\\n", "m.py:1:10: unexpected EOF while parsing"},
		{"\\\r", "m.py:1:2: unexpected EOF while parsing"},
		// Errors at the end of the file are on its last line.
		{"class A:\n", "m.py:1:9: expected an indented block after class definition on line 1"},
		{"def f():\n    if x:\n\n# end\n", "m.py:4:6: expected an indented block after 'if' statement on line 2"},
		{"@property\n", "m.py:1:10: invalid syntax"},
		{"x = 1 +", "m.py:1:8: invalid syntax"},
		// The innermost bracket that encloses the error is blamed.
		{"a = f(g(1)\nb = h(2\n", "m.py:1:6: '(' was never closed"},
		{"a = [f(1,\n", "m.py:1:7: '(' was never closed"},
		{"x = 1 + \\\n# c\n", "m.py:1:8: invalid syntax"},
	} {
		_, err := syntax.Parse("m.py", test.src)
		if err == nil || err.Error() != test.want {
			t.Errorf("Parse(%q) = %v, want %s", test.src, err, test.want)
		}
	}
}

// TestFirstError checks that, of several errors, the first in the text
// is reported, whichever phase finds it.
func TestFirstError(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{"x = 1 2\ny = 'abc\n", "m.py:1:7: invalid syntax"},
		{"x = 'abc\ny = 1 2\n", "m.py:1:5: unterminated string literal (detected at line 1)"},
		{"f() = 1 $\n", "m.py:1:1: cannot assign to function call here. Maybe you meant '==' instead of '='?"},
		{"x = [1, 2\ny = 3\n", "m.py:1:5: '[' was never closed"},
		{"x = f'{a b}' + $\n", "m.py:1:8: f-string: invalid syntax. Perhaps you forgot a comma?"},
	} {
		_, err := syntax.Parse("m.py", test.src)
		if err == nil || err.Error() != test.want {
			t.Errorf("Parse(%q) = %v, want %s", test.src, err, test.want)
		}
	}
}

func TestLiteralValues(t *testing.T) {
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	for _, test := range []struct {
		src  string
		kind syntax.LiteralKind
		val  interface{}
	}{
		{`0`, syntax.IntLit, int64(0)},
		{`1_000`, syntax.IntLit, int64(1000)},
		{`0xff`, syntax.IntLit, int64(255)},
		{`0o17`, syntax.IntLit, int64(15)},
		{`0b101`, syntax.IntLit, int64(5)},
		{`9223372036854775807`, syntax.IntLit, int64(math.MaxInt64)},
		{`123456789012345678901234567890`, syntax.IntLit, big1},
		{`1.5`, syntax.FloatLit, 1.5},
		{`1.`, syntax.FloatLit, 1.0},
		{`.5`, syntax.FloatLit, 0.5},
		{`1e3`, syntax.FloatLit, 1000.0},
		{`1e400`, syntax.FloatLit, math.Inf(1)},
		{`'a\tb'`, syntax.StringLit, "a\tb"},
		{`r'a\tb'`, syntax.StringLit, `a\tb`},
		{`'\u00e9\q'`, syntax.StringLit, `é\q`},
		{`b'\xff\x00'`, syntax.BytesLit, "\xff\x00"},
		{`'a' "b"`, syntax.StringLit, "ab"},
		{`None`, syntax.NoneLit, nil},
		{`True`, syntax.TrueLit, true},
		{`False`, syntax.FalseLit, false},
		{`...`, syntax.EllipsisLit, nil},
	} {
		x, err := syntax.ParseExpr("lit.py", test.src)
		if err != nil {
			t.Errorf("%s: %v", test.src, err)
			continue
		}
		lit, ok := x.(*syntax.Literal)
		if !ok {
			t.Errorf("%s: got %T, want *syntax.Literal", test.src, x)
			continue
		}
		if lit.Raw != test.src {
			t.Errorf("%s: Raw = %q", test.src, lit.Raw)
		}
		if lit.Kind != test.kind {
			t.Errorf("%s: Kind = %d, want %d", test.src, lit.Kind, test.kind)
		}
		if b, ok := test.val.(*big.Int); ok {
			if v, ok := lit.Value.(*big.Int); !ok || v.Cmp(b) != 0 {
				t.Errorf("%s: Value = %#v, want %s", test.src, lit.Value, b)
			}
		} else if lit.Value != test.val {
			t.Errorf("%s: Value = %#v, want %#v", test.src, lit.Value, test.val)
		}
	}
}

// TestNewlines checks that CRLF and CR line endings and a byte order mark
// change nothing but the raw text.
func TestNewlines(t *testing.T) {
	const src = "class A:\n    '''Doc\n    string.'''\n    x = f(1,\n          2)  # c\n\nA.x\n"
	f, err := syntax.Parse("m.py", src)
	if err != nil {
		t.Fatal(err)
	}
	want := syntax.DumpFile(f)
	for _, variant := range []string{
		strings.ReplaceAll(src, "\n", "\r\n"),
		strings.ReplaceAll(src, "\n", "\r"),
		"\uFEFF" + src,
	} {
		f, err := syntax.Parse("m.py", variant)
		if err != nil {
			t.Errorf("%q: %v", variant, err)
			continue
		}
		if got := syntax.DumpFile(f); got != want {
			t.Errorf("%q:\n%s\nwant:\n%s", variant, got, want)
		}
		if doc := f.Stmts[0].(*syntax.ClassStmt).Doc; doc != "Doc\n    string." {
			t.Errorf("%q: docstring %q", variant, doc)
		}
	}
}

func TestBadBytes(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{"x = 1\ny = \x00", "m.py:2:5: source code cannot contain null bytes"},
		{"x = '\x00'", "m.py:1:6: source code cannot contain null bytes"},
		{"x = 1 # \xff", "m.py:1:9: invalid UTF-8 encoding (byte 0xff)"},
		{"x = '\xc3'", "m.py:1:6: invalid UTF-8 encoding (byte 0xc3)"},
		{"x = \x01", "m.py:1:5: invalid non-printable character U+0001"},
		{"x\u00e9 = 1\n", ""},
		{"名前 = 'é'\n", ""},
	} {
		_, err := syntax.Parse("m.py", test.src)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != test.want {
			t.Errorf("Parse(%q) = %q, want %q", test.src, got, test.want)
		}
	}
}

func TestDocstrings(t *testing.T) {
	f, err := syntax.Parse("m.py", `
def f():
    """F's doc."""
    return 1

def g():
    x = "not a doc"

class C:
    'C doc' ' continued'
    def m(self): f"not a doc"

class D: b"not a doc"
`)
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		f.Stmts[0].(*syntax.DefStmt).Doc,
		f.Stmts[1].(*syntax.DefStmt).Doc,
		f.Stmts[2].(*syntax.ClassStmt).Doc,
		f.Stmts[2].(*syntax.ClassStmt).Body[1].(*syntax.DefStmt).Doc,
		f.Stmts[3].(*syntax.ClassStmt).Doc,
	}
	want := []string{"F's doc.", "", "C doc continued", "", ""}
	for i := range want {
		if docs[i] != want[i] {
			t.Errorf("doc %d = %q, want %q", i, docs[i], want[i])
		}
	}
	// The docstring statement stays in the body.
	if body := f.Stmts[0].(*syntax.DefStmt).Body; len(body) != 2 {
		t.Errorf("body of f has %d statements, want 2", len(body))
	}
}

// TestStatementLines checks what the playground relies on: each top-level
// statement's Start.Line..End.Line covers exactly its source lines.
func TestStatementLines(t *testing.T) {
	const src = `p = Person(
    name="Fred",  # comment
)  # trailing comment

# a comment between statements
for x in y:
    print(x)

    # an indented comment after the body
if a:
    pass
else:
    b = [
        1,
    ]
@dec
def f(): pass
x = 1; y = 2
s = """a
b"""
t = 1 + \
    2
`
	f, err := syntax.Parse("shell.py", src)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(src, "\n")
	var got []string
	for _, s := range f.Stmts {
		start, end := s.Span()
		got = append(got, strings.Join(lines[start.Line-1:end.Line], "\n"))
	}
	want := []string{
		"p = Person(\n    name=\"Fred\",  # comment\n)  # trailing comment",
		"for x in y:\n    print(x)",
		"if a:\n    pass\nelse:\n    b = [\n        1,\n    ]",
		"@dec\ndef f(): pass",
		"x = 1; y = 2",
		"x = 1; y = 2",
		"s = \"\"\"a\nb\"\"\"",
		"t = 1 + \\\n    2",
	}
	if strings.Join(got, "\n---\n") != strings.Join(want, "\n---\n") {
		t.Errorf("statement lines:\n%s\n\nwant:\n%s", strings.Join(got, "\n---\n"), strings.Join(want, "\n---\n"))
	}
	// Ends are just past the last token.
	if _, end := f.Stmts[0].Span(); end != (syntax.Position{Line: 3, Col: 2}) {
		t.Errorf("end of the first statement = %s, want 3:2", end)
	}
	if _, end := f.Stmts[1].Span(); end != (syntax.Position{Line: 7, Col: 13}) {
		t.Errorf("end of the for statement = %s, want 7:13", end)
	}
}

func TestWalk(t *testing.T) {
	f, err := syntax.Parse("m.py", "def f(a=1):\n    return [x + a for x in g(*b, k=f'{c}')]\n")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	depth, maxDepth := 0, 0
	syntax.WalkStmts(f.Stmts, func(n syntax.Node) bool {
		if n == nil {
			depth--
			return false
		}
		depth++
		if depth > maxDepth {
			maxDepth = depth
		}
		if id, ok := n.(*syntax.Ident); ok {
			names = append(names, id.Name)
		}
		return true
	})
	if depth != 0 {
		t.Errorf("unbalanced f(nil) calls: depth %d", depth)
	}
	if got, want := strings.Join(names, " "), "x a x g b c"; got != want {
		t.Errorf("identifiers %q, want %q", got, want)
	}
	// Returning false prunes the subtree, and f(nil) is not called for it.
	var visited int
	syntax.Walk(f.Stmts[0], func(n syntax.Node) bool {
		if n == nil {
			t.Error("f(nil) called after pruning")
		}
		visited++
		return false
	})
	if visited != 1 {
		t.Errorf("visited %d nodes, want 1", visited)
	}
}
