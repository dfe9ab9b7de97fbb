package playground

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// The conformance tests run every case under testdata/conformance (a
// models.py and shell.py with the expected.json real Django 3.2 produced)
// and compare them under the rules of shared/conformance/score.py: per
// step the SQL (transaction control dropped, INSERT ... SELECT written as
// VALUES, RETURNING dropped, white space folded), the printed output and
// the error class; the DDL as a multiset.

type expectedTrace struct {
	DDL   []string `json:"ddl"`
	Steps []struct {
		Code   string   `json:"code"`
		SQL    []string `json:"sql"`
		Output string   `json:"output"`
		Error  *string  `json:"error"`
	} `json:"steps"`
}

var (
	txnRe       = regexp.MustCompile(`(?i)^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b`)
	returningRe = regexp.MustCompile(`\s+RETURNING\s+.*$`)
	insertRe    = regexp.MustCompile(`^(INSERT INTO \S+ \([^)]*\)) SELECT (.*)$`)
)

// normSQL is score.py's norm().
func normSQL(sql string) string {
	s := strings.TrimRight(strings.Join(strings.Fields(sql), " "), ";")
	s = returningRe.ReplaceAllString(s, "")
	if m := insertRe.FindStringSubmatch(s); m != nil && !strings.Contains(m[2], " FROM ") {
		rows := strings.Split(m[2], " UNION ALL SELECT ")
		for i, r := range rows {
			rows[i] = "(" + r + ")"
		}
		s = m[1] + " VALUES " + strings.Join(rows, ", ")
	}
	return s
}

func sqlList(stmts []string) []string {
	out := []string{}
	for _, q := range stmts {
		if !txnRe.MatchString(strings.TrimSpace(q)) {
			out = append(out, normSQL(q))
		}
	}
	return out
}

func errClass(e *string) string {
	if e == nil || *e == "" {
		return ""
	}
	c, _, _ := strings.Cut(*e, ":")
	return strings.TrimSpace(c)
}

// Error messages are compared word for word, not only the error class
// score.py compares: a Django expert reads the message too.

func errText(e *string) string {
	if e == nil {
		return "<nil>"
	}
	return *e
}

func TestConformance(t *testing.T) {
	dirs, err := filepath.Glob("testdata/conformance/*")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no conformance cases", err)
	}
	for _, dir := range dirs {
		dir := dir
		t.Run(filepath.Base(dir), func(t *testing.T) {
			read := func(name string) string {
				b, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			var want expectedTrace
			if err := json.Unmarshal([]byte(read("expected.json")), &want); err != nil {
				t.Fatal(err)
			}
			got, err := Run(Source{Models: read("models.py"), Shell: read("shell.py")}, Options{})
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			wd, gd := sqlList(want.DDL), sqlList(got.DDL)
			sort.Strings(wd)
			sort.Strings(gd)
			if strings.Join(wd, "\n") != strings.Join(gd, "\n") {
				t.Errorf("DDL:\n got %q\nwant %q", gd, wd)
			}
			if len(got.Steps) != len(want.Steps) {
				t.Fatalf("%d steps, want %d", len(got.Steps), len(want.Steps))
			}
			for i, ws := range want.Steps {
				gs := got.Steps[i]
				if g, w := strings.Join(sqlList(gs.SQL), "\n"), strings.Join(sqlList(ws.SQL), "\n"); g != w {
					t.Errorf("step %d %s\n got SQL: %s\nwant SQL: %s", i+1, ws.Code, g, w)
				}
				if g, w := strings.TrimRight(gs.Output, " \n\t"), strings.TrimRight(ws.Output, " \n\t"); g != w {
					t.Errorf("step %d %s\n got output: %q\nwant output: %q", i+1, ws.Code, g, w)
				}
				if g, w := errClass(gs.Error), errClass(ws.Error); g != w {
					t.Errorf("step %d %s\n got error: %s\nwant error: %s", i+1, ws.Code, errText(gs.Error), errText(ws.Error))
				} else if errText(gs.Error) != errText(ws.Error) {
					t.Errorf("step %d %s\n got message: %s\nwant message: %s", i+1, ws.Code, errText(gs.Error), errText(ws.Error))
				}
			}
		})
	}
}
