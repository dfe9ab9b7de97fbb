package syntax_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// FuzzParse checks that Parse and ParseExpr never panic (nor report an
// internal error), that errors carry a position inside the input, and that
// the trees they build keep the span invariants. Crashers found are kept
// under testdata/fuzz/FuzzParse and replayed by go test. In CI:
//
//	go test ./engine/python/syntax -run '^$' -fuzz FuzzParse -fuzztime 10s
func FuzzParse(f *testing.F) {
	for _, s := range syntax.SeedInputs(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		file, err := syntax.Parse("fuzz.py", src)
		checkParse(t, src, err)
		if err == nil {
			for _, e := range treeErrors(file) {
				t.Error(e)
			}
			_ = syntax.DumpFile(file)
		}
		script, err := syntax.ParseScript("fuzz.py", src)
		checkParse(t, src, err)
		if err == nil {
			for st, e := range script.CompileErrors {
				if start, _ := st.Span(); e.Pos.Line < start.Line {
					t.Errorf("compile error %v before its statement at %v", e, start)
				}
			}
		}
		x, err := syntax.ParseExpr("fuzz.py", src)
		checkParse(t, src, err)
		if err == nil {
			_ = syntax.Dump(x)
		}
	})
}

func checkParse(t *testing.T, src string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var serr syntax.Error
	if !errors.As(err, &serr) {
		t.Fatalf("error %v is a %T, want syntax.Error", err, err)
	}
	if strings.Contains(serr.Msg, "internal error") {
		t.Fatal(err)
	}
	lines := int32(strings.Count(src, "\n") + strings.Count(src, "\r") + 1)
	if serr.Msg == "" || serr.File != "fuzz.py" || serr.Pos.Line < 1 || serr.Pos.Col < 1 || serr.Pos.Line > lines+1 {
		t.Fatalf("bad error %q (input has %d lines)", err, lines)
	}
}
