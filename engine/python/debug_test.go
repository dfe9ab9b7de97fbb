package python_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

func TestDebugSnippet(t *testing.T) {
	src := os.Getenv("SNIPPET")
	if src == "" {
		t.Skip()
	}
	f, err := syntax.Parse("snippet.py", src)
	if err != nil {
		t.Fatal(err)
	}
	th := python.NewThread()
	mod := python.NewModule("__main__", nil)
	for _, st := range f.Stmts {
		v, err := python.ExecStmt(th, "snippet.py", st, mod)
		if err != nil {
			fmt.Println("ERROR:", err)
			continue
		}
		if v != python.None {
			s, _ := python.Repr(th, v)
			fmt.Println(s)
		}
	}
}
