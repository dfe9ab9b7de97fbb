package syntax_test

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// treeErrors checks the invariants of a parsed tree: every node has a
// valid span, that is not empty, and lies within its parent's span.
func treeErrors(f *syntax.File) []string {
	var errs []string
	var stack []syntax.Node
	visit := func(n syntax.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		start, end := n.Span()
		switch {
		case !start.IsValid() || !end.IsValid():
			errs = append(errs, fmt.Sprintf("%T: invalid span %s-%s", n, start, end))
		case !start.Before(end):
			errs = append(errs, fmt.Sprintf("%T: empty or reversed span %s-%s", n, start, end))
		}
		if len(stack) > 0 {
			ps, pe := stack[len(stack)-1].Span()
			if start.Before(ps) || pe.Before(end) {
				errs = append(errs, fmt.Sprintf("%T %s-%s is outside its parent %T %s-%s", n, start, end, stack[len(stack)-1], ps, pe))
			}
		}
		stack = append(stack, n)
		return true
	}
	syntax.WalkStmts(f.Stmts, visit)
	return errs
}

func checkTree(t *testing.T, file, src string, f *syntax.File) {
	t.Helper()
	errs := treeErrors(f)
	for i, e := range errs {
		if i == 5 {
			t.Errorf("%s: ...", file)
			break
		}
		t.Errorf("%s: %s", file, e)
	}
}

// sourceIndex converts positions to byte offsets of a source text.
type sourceIndex struct {
	src   string
	lines []int // byte offset of the start of each line
}

func newSourceIndex(src string) *sourceIndex {
	ix := &sourceIndex{src: src, lines: []int{0}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			ix.lines = append(ix.lines, i+1)
		}
	}
	return ix
}

func (ix *sourceIndex) offset(p syntax.Position) int {
	off := ix.lines[p.Line-1]
	for col := int32(1); col < p.Col && off < len(ix.src); col++ {
		_, size := utf8.DecodeRuneInString(ix.src[off:])
		off += size
	}
	return off
}

func (ix *sourceIndex) text(n syntax.Node) string {
	start, end := n.Span()
	return ix.src[ix.offset(start):ix.offset(end)]
}

// TestSpans lists the source text of every node of testdata/spans.py, in
// walk order, and compares it with testdata/spans.py.golden.
func TestSpans(t *testing.T) {
	const file = "testdata/spans.py"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	f, err := syntax.Parse("spans.py", src)
	if err != nil {
		t.Fatal(err)
	}
	ix := newSourceIndex(src)
	var b strings.Builder
	depth := 0
	syntax.WalkStmts(f.Stmts, func(n syntax.Node) bool {
		if n == nil {
			depth--
			return false
		}
		start, end := n.Span()
		fmt.Fprintf(&b, "%s%s %s-%s %s\n", strings.Repeat("  ", depth),
			strings.TrimPrefix(fmt.Sprintf("%T", n), "*syntax."), start, end, strconv.Quote(ix.text(n)))
		depth++
		return true
	})
	compareGolden(t, file+".golden", b.String())
}

// TestExprSpanList prints the sorted spans of every expression of the file
// named by $CPYTHON_SPANS, in the format of testdata/cpython_dump.py
// --spans, to compare them with CPython's. It is skipped otherwise.
func TestExprSpanList(t *testing.T) {
	file := os.Getenv("CPYTHON_SPANS")
	if file == "" {
		t.Skip("set CPYTHON_SPANS=file.py to print expression spans")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	f, err := syntax.Parse(file, string(data))
	if err != nil {
		t.Fatal(err)
	}
	// Format specs are skipped: CPython 3.11 does not position them.
	specs := make(map[syntax.Node]bool)
	set := make(map[string]bool)
	syntax.WalkStmts(f.Stmts, func(n syntax.Node) bool {
		if n == nil {
			return false
		}
		if fs, ok := n.(*syntax.FString); ok {
			for _, part := range fs.Parts {
				if part.Spec != nil {
					specs[part.Spec] = true
				}
			}
		}
		if _, isStmt := n.(syntax.Stmt); !isStmt && !specs[n] {
			start, end := n.Span()
			set[fmt.Sprintf("%s %s-%s", strings.TrimPrefix(fmt.Sprintf("%T", n), "*syntax."), start, end)] = true
		}
		return true
	})
	var lines []string
	for l := range set {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, "\n"))
}
