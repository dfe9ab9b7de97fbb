package trace_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// TestRecordMatchesEncodingJSON: Trace.Record writes what encoding/json
// would, byte for byte, for the traces of every conformance case and
// example (with the page's snapshots) and for made-up traces with every
// kind of string escape, nil and empty slices and omitted members.
func TestRecordMatchesEncodingJSON(t *testing.T) {
	check := func(t *testing.T, tr *trace.Trace) {
		t.Helper()
		if got, want := tr.Record(), trace.EncodingJSONRecord(tr); !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("Record differs from encoding/json at byte %d:\ngot  %.200s\nwant %.200s", i, got[i:], want[i:])
		}
	}
	made := madeTraces()
	for _, tr := range made {
		check(t, tr)
	}

	for _, tr := range caseTraces(t) {
		check(t, tr)
	}
}

// caseTraces are the traces, with the page's snapshots, of every
// conformance case and example that loads.
func caseTraces(t *testing.T) []*trace.Trace {
	t.Helper()
	dirs, _ := filepath.Glob("../playground/testdata/conformance/*")
	examples, _ := filepath.Glob("../../examples/*")
	if len(dirs) == 0 || len(examples) == 0 {
		t.Fatal("no conformance cases or examples")
	}
	var out []*trace.Trace
	for _, dir := range append(dirs, examples...) {
		if _, err := os.Stat(filepath.Join(dir, "shell.py")); err != nil {
			continue
		}
		src, err := playground.ReadSource(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		tr, err := playground.Run(src, playground.Options{Snapshots: true})
		if err != nil {
			continue
		}
		out = append(out, tr)
	}
	return out
}

// madeTraces are made-up traces with every kind of string escape, nil and
// empty slices and omitted members.
func madeTraces() []*trace.Trace {
	errMsg := "TypeError: \x00\x1f\x7f \"q\" \\ <&> \b\f\n\r\t é \u2028\u2029 \xff\xfe 😀"
	return []*trace.Trace{
		{},
		{Django: "3.2", Settings: conf.Settings{DefaultAutoField: "x", UseTZ: true, TimeZone: "UTC", AppLabel: "polls"}, DDL: []string{}, PostgresDDL: []string{"a"},
			Tables: []trace.Table{{Name: "t", Columns: nil, PK: "id"}, {Columns: []string{}}},
			Schema: &trace.SchemaInfo{Tables: []trace.TableInfo{{Name: "t", Model: "M", Through: "A.b", AutoCreated: true, Columns: []trace.ColumnInfo{{Name: "c", Field: "f", Type: "integer", PK: true, Null: true, Unique: true, Link: trace.LinkParent, References: "r", RefColumn: "id"}}}, {}}, Proxies: []trace.ProxyInfo{{Model: "P", ProxyFor: "M", Table: "t"}}},
			Steps: []trace.Step{
				{Code: errMsg, SQL: []string{errMsg, ""}, Output: errMsg, Error: &errMsg, Traceback: []trace.Frame{{File: "models.py", Line: 3, Function: "<module>"}}, Line: 1, EndLine: 2,
					Snapshot: []trace.TableRows{{Name: "t", Rows: [][]string{{"1", "'a'"}, nil, {}}, Changes: []trace.RowChange{0, 1, 2, 1}, Deleted: [][]string{}}, {Changes: []trace.RowChange{}}}},
				{Traceback: []trace.Frame{}, Snapshot: []trace.TableRows{}},
			}},
		{Schema: &trace.SchemaInfo{}, Steps: []trace.Step{}},
	}
}
