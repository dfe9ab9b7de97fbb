package python_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// TestScripts runs the golden scripts of testdata/*.py, in the manner of
// go.starlark.net: each file is a sequence of chunks separated by a line
// "---"; each chunk runs in a fresh module, one top-level statement at a
// time (as the shell does). A statement that raises must carry, on one of
// its lines, a comment `### "regexp"` matching "ClassName: message"; any
// other exception fails the test, and so does an expected error that is not
// raised. Output of print() is collected and may be checked with a trailing
// comment block:
//
//	# output:
//	# line 1
//	# line 2
//
// The scripts are valid Python: testdata/cpython_check.py runs them under
// CPython to check that the expectations are CPython's.
func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, "cpython_check.py") {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			for i, chunk := range splitChunks(string(data)) {
				runChunk(t, fmt.Sprintf("%s:chunk%d", filepath.Base(file), i+1), chunk.text, chunk.line)
			}
		})
	}
}

type chunk struct {
	text string
	line int // first line in the file
}

func splitChunks(src string) []chunk {
	var chunks []chunk
	lines := strings.Split(src, "\n")
	start := 0
	for i, l := range lines {
		if strings.TrimRight(l, " ") == "---" {
			chunks = append(chunks, chunk{strings.Join(lines[start:i], "\n"), start + 1})
			start = i + 1
		}
	}
	return append(chunks, chunk{strings.Join(lines[start:], "\n"), start + 1})
}

var expectRE = regexp.MustCompile("### (?:\"(.*)\"|`(.*)`)")

func runChunk(t *testing.T, name, src string, firstLine int) {
	// pad so that line numbers match the file
	padded := strings.Repeat("\n", firstLine-1) + src
	f, err := syntax.Parse(name, padded)
	if err != nil {
		t.Errorf("%s: parse error: %v", name, err)
		return
	}
	lines := strings.Split(padded, "\n")
	expect := map[int]*regexp.Regexp{}
	for i, l := range lines {
		if m := expectRE.FindStringSubmatch(l); m != nil {
			pat := m[1]
			if pat == "" {
				pat = m[2]
			}
			re, err := regexp.Compile(pat)
			if err != nil {
				t.Errorf("%s:%d: bad regexp: %v", name, i+1, err)
				continue
			}
			expect[i+1] = re
		}
	}
	var out strings.Builder
	th := python.NewThread()
	th.Print = func(_ *python.Thread, s string) { out.WriteString(s) }
	th.Now = func() time.Time { return time.Date(2024, 3, 15, 10, 30, 45, 123456, time.UTC) }
	th.SetMaxSteps(1_000_000)
	mod := python.NewModule("__main__", nil)
	for _, st := range f.Stmts {
		start, end := st.Span()
		endLine := int(end.Line)
		if end.Col == 1 && endLine > int(start.Line) {
			endLine--
		}
		var re *regexp.Regexp
		reLine := 0
		for l := int(start.Line); l <= endLine; l++ {
			if expect[l] != nil {
				re, reLine = expect[l], l
			}
		}
		_, err := python.ExecStmt(th, name, st, mod)
		if err != nil {
			msg := err.Error()
			if re == nil {
				e := python.AsException(err)
				t.Errorf("%s:%d: unexpected error: %s\n%s", name, start.Line, msg, e.TracebackString())
				continue
			}
			if !re.MatchString(msg) {
				t.Errorf("%s:%d: error %q does not match %q", name, reLine, msg, re)
			}
			delete(expect, reLine)
			continue
		}
		if re != nil {
			t.Errorf("%s:%d: expected error %q, got none", name, reLine, re)
			delete(expect, reLine)
		}
	}
	// expected output block
	if i := strings.Index(src, "\n# output:\n"); i >= 0 {
		var want strings.Builder
		for _, l := range strings.Split(src[i+len("\n# output:\n"):], "\n") {
			if !strings.HasPrefix(l, "#") {
				break
			}
			l = strings.TrimPrefix(l, "#")
			l = strings.TrimPrefix(l, " ")
			want.WriteString(l + "\n")
		}
		if got := out.String(); got != want.String() {
			t.Errorf("%s: output mismatch:\n--- got ---\n%s--- want ---\n%s", name, got, want.String())
		}
	}
}
