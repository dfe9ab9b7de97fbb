package python_test

import (
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// TestDeepRecursion checks that the recursion limit is reached before the
// Go stack is at risk, with recursion through calls, reprs and methods.
func TestDeepRecursion(t *testing.T) {
	src := `
def down(n):
    return down(n + 1)
class R:
    def __repr__(self):
        return repr(self)
class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")
class Lt:
    def __lt__(self, other):
        return sorted([self, other])
deep = []
for _ in range(100000):
    deep = [deep]
`
	f, err := syntax.Parse("deep.py", src)
	if err != nil {
		t.Fatal(err)
	}
	th := python.NewThread()
	mod := python.NewModule("deep", nil)
	if err := python.ExecFile(th, f, mod); err != nil {
		t.Fatal(err)
	}
	for _, expr := range []string{"down(0)", "repr(R())", "G().a", "sorted([R(), R()], key=repr)", "sorted([Lt(), Lt()])", "deep == [deep]", "deep < [deep]", "{1: deep} == {1: [deep]}", "repr(deep)"} {
		e, err := syntax.ParseExpr("deep.py", expr)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s", expr)
		_, err = python.EvalExpr(th, "deep.py", e, mod)
		if err == nil || !strings.HasPrefix(err.Error(), "RecursionError: maximum recursion depth exceeded") {
			t.Errorf("%s: got %v", expr, err)
		}
	}
}
