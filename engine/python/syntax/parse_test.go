package syntax_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestErrors checks every chunk of testdata/errors.py: chunks with a ###
// expectation must fail with a matching message at that line (and column,
// if given); the others must parse.
func TestErrors(t *testing.T) {
	const filename = "testdata/errors.py"
	for _, c := range readChunks(t, filename) {
		_, err := syntax.Parse("models.py", c.src)
		if c.wantErr == nil {
			if err != nil {
				t.Errorf("%s:%d: unexpected error: %v", filename, c.start, err)
			}
			continue
		}
		var serr syntax.Error
		if !errors.As(err, &serr) {
			t.Errorf("%s:%d: got %v, want error matching %q", filename, c.wantPos, err, c.wantErr)
			continue
		}
		if !c.wantErr.MatchString(serr.Msg) {
			t.Errorf("%s:%d: got error %q, want match for %q", filename, c.wantPos, serr.Msg, c.wantErr)
		}
		if int(serr.Pos.Line) != c.wantPos || c.wantCol != 0 && int(serr.Pos.Col) != c.wantCol {
			want := c.wantPos
			t.Errorf("%s:%d: error %q reported at %d:%d, want line %d (col %d)", filename, want, serr.Msg, serr.Pos.Line, serr.Pos.Col, want, c.wantCol)
		}
	}
}

// goldenFiles returns the .py files under testdata/parse.
func goldenFiles(t *testing.T) []string {
	var files []string
	for _, pattern := range []string{"testdata/parse/*.py"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	return files
}

// TestParseRealInputs parses every real models.py and shell.py the project
// ships: they must all load.
func TestParseRealInputs(t *testing.T) {
	n := 0
	for _, pattern := range syntax.RealInputs {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			parse := syntax.Parse
			if filepath.Base(file) == "shell.py" {
				parse = syntax.ParseScript // run a statement at a time
			}
			if _, err := parse(filepath.Base(file), string(src)); err != nil {
				t.Errorf("%s: %v", file, err)
			}
			n++
		}
	}
	if n < 30 {
		t.Fatalf("only %d real inputs found", n)
	}
}

// TestParseGolden parses each golden input and compares the dump of its
// tree with the .golden file beside it (go test -update rewrites them).
func TestParseGolden(t *testing.T) {
	for _, file := range goldenFiles(t) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := syntax.Parse(filepath.Base(file), string(src))
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		checkTree(t, file, string(src), f)
		got := syntax.DumpFile(f)
		compareGolden(t, file+".golden", got)
	}
}

func compareGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s: dump differs from the golden file (go test -update rewrites it):\n%s", golden, diff(string(want), got))
	}
}

// diff shows the first differing lines of want and got.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + itoa(i+1) + ":\nwant: " + wl + "\ngot:  " + gl
		}
	}
	return ""
}

func itoa(i int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
		if i == 0 {
			return string(b)
		}
	}
}

// TestParseScript checks that a script keeps the errors CPython reports
// when compiling with their statements, as the REPL compiles each input
// alone, while Parse fails the file with the first of them.
func TestParseScript(t *testing.T) {
	src := "x = 1\nbreak\nf(a=1, a=2); return 2\ny = 2\n"
	f, err := syntax.ParseScript("shell.py", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Stmts) != 5 {
		t.Fatalf("got %d statements, want 5", len(f.Stmts))
	}
	want := []string{"", "'break' outside loop", "keyword argument repeated: a", "'return' outside function", ""}
	for i, st := range f.Stmts {
		got := ""
		if e, ok := f.CompileErrors[st]; ok {
			got = e.Msg
		}
		if got != want[i] {
			t.Errorf("statement %d: got error %q, want %q", i+1, got, want[i])
		}
	}
	if _, err := syntax.Parse("shell.py", src); err == nil || err.Error() != "shell.py:2:1: 'break' outside loop" {
		t.Errorf("Parse: got %v, want shell.py:2:1: 'break' outside loop", err)
	}
	if _, err := syntax.ParseScript("shell.py", "break\nf(1 2)\n"); err == nil || err.(syntax.Error).Pos.Line != 2 {
		t.Errorf("ParseScript: a parse error must win over an earlier compile error, got %v", err)
	}
}
