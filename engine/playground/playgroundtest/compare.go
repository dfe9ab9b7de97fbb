// Package playgroundtest compares a playground.Trace with the trace real
// Django 3.2 recorded for the same input (an expected.json written by
// shared/conformance/django_trace.py), under the rules of
// shared/conformance/score.py: per step the SQL (transaction control
// dropped, INSERT ... SELECT written as VALUES, RETURNING dropped, white
// space folded), the printed output and the error; the DDL as a multiset.
// Error messages are compared word for word, not only the error class that
// score.py compares: a Django expert reads the message too.
//
// The engine's conformance tests and the tests of the shipped examples use
// it, so both hold the engine to the same rules.
package playgroundtest

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// Expected is an expected.json: the trace Django recorded.
type Expected struct {
	DDL   []string `json:"ddl"`
	Steps []struct {
		Code   string   `json:"code"`
		SQL    []string `json:"sql"`
		Output string   `json:"output"`
		Error  *string  `json:"error"`
	} `json:"steps"`
	// Error is set when Django could not load the models at all.
	Error *string `json:"error"`
}

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
	wd, gd := SQLList(want.DDL), SQLList(got.DDL)
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
		if g, w := strings.Join(SQLList(gs.SQL), "\n"), strings.Join(SQLList(ws.SQL), "\n"); g != w {
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

// NormSQL is score.py's norm(): white space folded, a trailing semicolon
// and RETURNING clause dropped, and Django 3.2's multi-row
// `INSERT ... SELECT a, b UNION ALL SELECT c, d` written as VALUES.
func NormSQL(sql string) string {
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

// SQLList normalises statements with NormSQL, leaving transaction control
// out.
func SQLList(stmts []string) []string {
	out := []string{}
	for _, q := range stmts {
		if !txnRe.MatchString(strings.TrimSpace(q)) {
			out = append(out, NormSQL(q))
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
	return *e
}
