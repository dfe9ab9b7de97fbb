package trace

import (
	"strings"
	"testing"
)

// TestReadRecordRefuses: a recorded trace that does not fit its shell.py,
// or that the page could not render, is refused with what is wrong.
func TestReadRecordRefuses(t *testing.T) {
	shell := "p = Place(name='a')\np.save()\nfor x in y:\n    print(x)\n"
	good := &Trace{
		Django: "5.2",
		Tables: []Table{{Name: "myapp_place", Columns: []string{"id", "name"}, PK: "id"}},
		Steps: []Step{
			{Code: "p = Place(name='a')", Line: 1, EndLine: 1},
			{Code: "p.save()", Line: 2, EndLine: 2, SQL: []string{"INSERT"}, Snapshot: []TableRows{{Name: "myapp_place", Rows: [][]string{{"1", "'a'"}}, Changes: []RowChange{RowInserted}}}},
			{Code: "for x in y:\n    print(x)", Line: 3, EndLine: 4},
		},
	}
	if _, err := ReadRecord(good.Record(), shell); err != nil {
		t.Fatalf("the good record: %v", err)
	}
	for _, c := range []struct {
		name   string
		change func(tr *Trace)
		raw    string
		want   string
	}{
		{name: "code elsewhere", change: func(tr *Trace) { tr.Steps[1].Code = "p.delete()" }, want: "step 2: its code is not in lines 2 to 2"},
		{name: "out of order", change: func(tr *Trace) { tr.Steps[1].Code, tr.Steps[1].Line, tr.Steps[1].EndLine = "print(x)", 4, 4 }, want: "step 3: lines 3 to 4 are not lines of shell.py from the step before"},
		{name: "past the end", change: func(tr *Trace) { tr.Steps[2].EndLine = 9 }, want: "step 3: lines 3 to 9"},
		{name: "no line", change: func(tr *Trace) { tr.Steps[0].Line = 0 }, want: "step 1: lines 0 to 1"},
		{name: "unknown table", change: func(tr *Trace) { tr.Steps[1].Snapshot[0].Name = "x" }, want: `step 2: a snapshot of "x", which is not a table`},
		{name: "short row", change: func(tr *Trace) { tr.Steps[1].Snapshot[0].Rows[0] = []string{"1"} }, want: "myapp_place has 2 columns, a row 1 values"},
		{name: "short deleted row", change: func(tr *Trace) { tr.Steps[1].Snapshot[0].Deleted = [][]string{{"1", "2", "3"}} }, want: "a row 3 values"},
		{name: "changes", change: func(tr *Trace) { tr.Steps[1].Snapshot[0].Changes = []RowChange{7} }, want: "no row change 7"},
		{name: "changes count", change: func(tr *Trace) { tr.Steps[1].Snapshot[0].Changes = []RowChange{1, 1} }, want: "1 rows and 2 row changes"},
		{name: "link kind", change: func(tr *Trace) {
			tr.Schema = &SchemaInfo{Tables: []TableInfo{{Name: "t", Columns: []ColumnInfo{{Name: "c", Link: 9}}}}}
		}, want: "schema: t.c: no link kind 9"},
		{name: "unknown member", raw: `{"django":"5.2","steps":[],"html":"<b>"}`, want: `unknown field "html"`},
		{name: "wrong type", raw: `{"django":"5.2","steps":"x"}`, want: "not a recorded trace"},
		{name: "trailing", raw: `{"django":"5.2","steps":[]} {}`, want: "there is more after the object"},
	} {
		data := []byte(c.raw)
		if c.change != nil {
			tr, err := ReadRecord(good.Record(), shell) // a deep copy
			if err != nil {
				t.Fatal(err)
			}
			c.change(tr)
			data = tr.Record()
		}
		_, err := ReadRecord(data, shell)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error with %q", c.name, err, c.want)
		}
	}
}

// TestReadRecordBoundsSearch: steps that claim one long line each again
// and again (as several statements on one line do) are refused once the
// search for their code would read 4 MiB of shell.py.
func TestReadRecordBoundsSearch(t *testing.T) {
	line := strings.Repeat("x", 1<<20)
	tr := &Trace{Django: "5.2"}
	for range 4 {
		tr.Steps = append(tr.Steps, Step{Code: line, Line: 1, EndLine: 1})
	}
	if _, err := ReadRecord(tr.Record(), line+"\n"); err == nil || !strings.Contains(err.Error(), "step 4: the steps span more than 4 MiB of shell.py") {
		t.Errorf("got %v", err)
	}
	tr.Steps = tr.Steps[:3]
	if _, err := ReadRecord(tr.Record(), line+"\n"); err != nil {
		t.Errorf("3 steps on a 1 MiB line: %v", err)
	}
}
