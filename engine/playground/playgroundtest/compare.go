// Package playgroundtest compares a playground.Trace with the trace real
// Django recorded for the same input (an expected.json for Django 3.2,
// expected-5.2.json and expected-6.1.json for later versions, written by
// shared/conformance/reference.sh), under the rules of
// shared/conformance/score.py: per step the SQL (transaction control
// dropped, white space folded; for a 3.2 golden only, INSERT ... SELECT
// written as VALUES and RETURNING dropped), the printed output and the
// error; the DDL as a multiset.
// Error messages are compared word for word, not only the error class that
// score.py compares: a Django expert reads the message too; only an object
// address, `<... object at 0x7f...>`, which the engine's reprs leave out
// (`<... object>`) and no two runs of CPython share, is not compared.
//
// The engine's conformance tests and the tests of the shipped examples use
// it, so both hold the engine to the same rules.
package playgroundtest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// Expected is an expected.json: the trace Django recorded.
type Expected struct {
	// Django is the release that recorded it ("5.2.19").
	Django string   `json:"django"`
	DDL    []string `json:"ddl"`
	Steps  []struct {
		Code   string   `json:"code"`
		SQL    []string `json:"sql"`
		Output string   `json:"output"`
		Error  *string  `json:"error"`
	} `json:"steps"`
	// Error is set when Django could not load the models at all.
	Error *string `json:"error"`
}

// Golden is one recorded trace of a case directory.
type Golden struct {
	Version string // the release series, "3.2"
	Path    string // the file, DIR/expected.json or DIR/expected-5.2.json
}

// Goldens lists the traces recorded in a case directory, one per Django
// version that has one: expected.json is 3.2's, expected-X.Y.json X.Y's.
func Goldens(dir string) []Golden {
	var out []Golden
	for _, v := range []string{"3.2", "5.2", "6.1"} {
		name := "expected-" + v + ".json"
		if v == "3.2" {
			name = "expected.json"
		}
		p := filepath.Join(dir, name)
		if _, err := os.Stat(p); err == nil {
			out = append(out, Golden{Version: v, Path: p})
		}
	}
	return out
}

// legacy reports whether the golden is Django 3.2's, whose SQL is
// compared with 3.2's quirks normalised away.
func (e *Expected) legacy() bool { return e.Django == "" || strings.HasPrefix(e.Django, "3.") }

// ReadExpected reads and decodes an expected.json.
func ReadExpected(name string) (*Expected, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var e Expected
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &e, nil
}

// Compare returns the differences between got and want, one message per
// differing item (the DDL, or a step's SQL, output, error class or error
// message); none when got matches.
func Compare(got *playground.Trace, want *Expected) []string {
	var diffs []string
	if want.Error != nil {
		return []string{"Django could not load the models: " + *want.Error}
	}
	legacy := want.legacy()
	wd, gd := sqlList(want.DDL, legacy), sqlList(got.DDL, legacy)
	sort.Strings(wd)
	sort.Strings(gd)
	if strings.Join(wd, "\n") != strings.Join(gd, "\n") {
		diffs = append(diffs, fmt.Sprintf("DDL:\n got %q\nwant %q", gd, wd))
	}
	if len(got.Steps) != len(want.Steps) {
		return append(diffs, fmt.Sprintf("%d steps, want %d", len(got.Steps), len(want.Steps)))
	}
	for i, ws := range want.Steps {
		gs := got.Steps[i]
		if g, w := strings.Join(sqlList(gs.SQL, legacy), "\n"), strings.Join(sqlList(ws.SQL, legacy), "\n"); g != w {
			diffs = append(diffs, fmt.Sprintf("step %d %s\n got SQL: %s\nwant SQL: %s", i+1, ws.Code, g, w))
		}
		if g, w := strings.TrimRight(gs.Output, " \n\t"), strings.TrimRight(ws.Output, " \n\t"); g != w {
			diffs = append(diffs, fmt.Sprintf("step %d %s\n got output: %q\nwant output: %q", i+1, ws.Code, g, w))
		}
		if g, w := errClass(gs.Error), errClass(ws.Error); g != w {
			diffs = append(diffs, fmt.Sprintf("step %d %s\n got error: %s\nwant error: %s", i+1, ws.Code, errText(gs.Error), errText(ws.Error)))
		} else if errText(gs.Error) != errText(ws.Error) {
			diffs = append(diffs, fmt.Sprintf("step %d %s\n got message: %s\nwant message: %s", i+1, ws.Code, errText(gs.Error), errText(ws.Error)))
		}
	}
	return diffs
}

var (
	txnRe       = regexp.MustCompile(`(?i)^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b`)
	returningRe = regexp.MustCompile(`\s+RETURNING\s+.*$`)
	insertRe    = regexp.MustCompile(`^(INSERT INTO \S+ \([^)]*\)) SELECT (.*)$`)
)

// normSQL is score.py's norm(): white space folded, a trailing semicolon
// dropped and, for a 3.2 golden (legacy), a RETURNING clause dropped and
// 3.2's multi-row `INSERT ... SELECT a, b UNION ALL SELECT c, d` written
// as VALUES.
func normSQL(sql string, legacy bool) string {
	s := strings.TrimRight(strings.Join(strings.Fields(sql), " "), ";")
	if !legacy {
		return s
	}
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

// sqlList normalises statements with normSQL, leaving transaction control
// out.
func sqlList(stmts []string, legacy bool) []string {
	out := []string{}
	for _, q := range stmts {
		if !txnRe.MatchString(strings.TrimSpace(q)) {
			out = append(out, normSQL(q, legacy))
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

func errText(e *string) string {
	if e == nil {
		return "<nil>"
	}
	return addressRe.ReplaceAllString(*e, " object>")
}

// addressRe is the address in CPython's object.__repr__.
var addressRe = regexp.MustCompile(` object at 0x[0-9a-f]+>`)
