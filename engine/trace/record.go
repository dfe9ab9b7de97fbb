package trace

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/conf"
)

// A recorded trace is a whole Trace as JSON, with what the page shows
// beyond the `trace --json` contract (the tables after each step, the
// traceback, the statement's lines, the schema): the browser records the
// trace of a snippet it shares, and the short link's page is rendered with
// it, so that whoever opens the link sees the trace at once, before the
// page's own engine has run the snippet again. Database is not kept.
type record struct {
	Django      string        `json:"django"`
	Settings    conf.Settings `json:"settings"`
	DDL         []string      `json:"ddl"`
	PostgresDDL []string      `json:"postgresDDL"`
	Tables      []Table       `json:"tables"`
	Schema      *SchemaInfo   `json:"schema"`
	Steps       []recordStep  `json:"steps"`
}

// recordStep is a Step with all its fields in the JSON (the same fields,
// in the same order: the one converts to the other).
type recordStep struct {
	Code      string      `json:"code"`
	SQL       []string    `json:"sql"`
	Output    string      `json:"output"`
	Error     *string     `json:"error"`
	Traceback []Frame     `json:"traceback,omitempty"`
	Line      int         `json:"line"`
	EndLine   int         `json:"endLine"`
	Snapshot  []TableRows `json:"snapshot,omitempty"`
}

// Record is t as a recorded trace: JSON that ReadRecord reads back into an
// equal Trace (without Database).
func (t *Trace) Record() []byte {
	r := record{Django: t.Django, Settings: t.Settings, DDL: t.DDL, PostgresDDL: t.PostgresDDL, Tables: t.Tables, Schema: t.Schema}
	r.Steps = make([]recordStep, len(t.Steps))
	for i, s := range t.Steps {
		r.Steps[i] = recordStep(s)
	}
	return appendRecord(nil, &r)
}

// maxSearched bounds the bytes of shell.py ReadRecord searches for the
// steps' code, in all: a real trace searches each line about once.
const maxSearched = 4 << 20

// ReadRecord reads a recorded trace (Trace.Record) that claims to be the
// trace of shell (shell.py's text) and checks that the page can render
// it: every member of the right type and none unknown, each step's Code
// found in lines Line to EndLine of shell, the steps in order (several
// may share a line: `a = 1; b = 2`), and
// every snapshot's rows as wide as its table, with known row changes and
// link kinds. The error says what is wrong. It does not run the snippet:
// the values themselves (the SQL, the output) are the recorder's word.
func ReadRecord(data []byte, shell string) (*Trace, error) {
	var r record
	if err := decodeRecord(data, &r); err != nil {
		return nil, fmt.Errorf("not a recorded trace: %w", err)
	}
	t := &Trace{Django: r.Django, Settings: r.Settings, DDL: r.DDL, PostgresDDL: r.PostgresDDL, Tables: r.Tables, Schema: r.Schema}
	widths := make(map[string]int, len(r.Tables))
	for _, tb := range r.Tables {
		widths[tb.Name] = len(tb.Columns)
	}
	// starts[k] is the offset of line k+1 of shell; a line ends where the
	// next starts.
	starts := []int{0}
	for i := range len(shell) {
		if shell[i] == '\n' && i+1 < len(shell) {
			starts = append(starts, i+1)
		}
	}
	next := 1     // the first line a step may start on: the last one's
	searched := 0 // bytes of shell searched for the steps' code
	t.Steps = make([]Step, len(r.Steps))
	for i, s := range r.Steps {
		n := i + 1
		if s.Line < next || s.EndLine < s.Line || s.EndLine > len(starts) {
			return nil, fmt.Errorf("step %d: lines %d to %d are not lines of shell.py from the step before", n, s.Line, s.EndLine)
		}
		from, to := starts[s.Line-1], len(shell)
		if s.EndLine < len(starts) {
			to = starts[s.EndLine]
		}
		// Steps on one line (a = 1; b = 2) search it again each: a bound
		// on the whole search keeps a made-up trace from making it long.
		if searched += to - from; searched > maxSearched {
			return nil, fmt.Errorf("step %d: the steps span more than %d MiB of shell.py", n, maxSearched>>20)
		}
		if code := strings.TrimSpace(s.Code); code == "" || !strings.Contains(shell[from:to], code) {
			return nil, fmt.Errorf("step %d: its code is not in lines %d to %d of shell.py", n, s.Line, s.EndLine)
		}
		next = s.EndLine
		for _, rows := range s.Snapshot {
			w, ok := widths[rows.Name]
			if !ok {
				return nil, fmt.Errorf("step %d: a snapshot of %q, which is not a table", n, rows.Name)
			}
			if len(rows.Changes) != 0 && len(rows.Changes) != len(rows.Rows) {
				return nil, fmt.Errorf("step %d: %s has %d rows and %d row changes", n, rows.Name, len(rows.Rows), len(rows.Changes))
			}
			for _, c := range rows.Changes {
				if c > RowUpdated {
					return nil, fmt.Errorf("step %d: %s: no row change %d", n, rows.Name, c)
				}
			}
			for _, row := range append(rows.Rows[:len(rows.Rows):len(rows.Rows)], rows.Deleted...) {
				if len(row) != w {
					return nil, fmt.Errorf("step %d: %s has %d columns, a row %d values", n, rows.Name, w, len(row))
				}
			}
		}
		t.Steps[i] = Step(s)
	}
	if r.Schema != nil {
		for _, tb := range r.Schema.Tables {
			for _, c := range tb.Columns {
				if c.Link > LinkParent {
					return nil, fmt.Errorf("schema: %s.%s: no link kind %d", tb.Name, c.Name, c.Link)
				}
			}
		}
	}
	return t, nil
}
