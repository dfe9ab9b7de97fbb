package trace_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// agree checks that decodeRecord and encoding/json (as ReadRecord used
// it before) both refuse data, or both read the same record from it.
func agree(t *testing.T, what string, data []byte) {
	t.Helper()
	got, gerr := trace.DecodeRecord(data)
	want, werr := trace.EncodingJSONDecodeRecord(data)
	switch {
	case gerr != nil && werr == nil:
		t.Errorf("%s: refused (%v), which encoding/json reads: %.200s", what, gerr, data)
	case gerr == nil && werr != nil:
		t.Errorf("%s: read, which encoding/json refuses (%v): %.200s", what, werr, data)
	case gerr == nil && !reflect.DeepEqual(got, want):
		t.Errorf("%s: read differently from encoding/json:\ngot  %+v\nwant %+v", what, got, want)
	}
}

// TestDecodeRecordMatchesEncodingJSON: ReadRecord's decoder reads what
// encoding/json reads, as encoding/json reads it, and refuses what it
// refuses: every conformance case's and example's recorded trace, the
// made-up ones, the same indented, cut short at every byte, and JSON
// with escapes, numbers, nulls, wrong types and unknown members.
func TestDecodeRecordMatchesEncodingJSON(t *testing.T) {
	var records [][]byte
	for _, tr := range madeTraces() {
		records = append(records, tr.Record())
	}
	for _, tr := range caseTraces(t) {
		records = append(records, tr.Record())
	}
	for i, r := range records {
		agree(t, "record", r)
		var indented bytes.Buffer
		if err := json.Indent(&indented, r, " ", "\t"); err != nil {
			t.Fatal(err)
		}
		agree(t, "indented", indented.Bytes())
		if i < len(madeTraces()) {
			for n := range len(r) {
				agree(t, "cut short", r[:n])
			}
		}
	}

	for _, raw := range []string{
		`{}`, ` {} `, `{"django":"5.2"}`, `{"django":null,"steps":null,"schema":null,"settings":null}`,
		`{"steps":[{"line":-0,"endLine":0}]}`,
		`{"steps":[{"line":1.0}]}`, `{"steps":[{"line":1e2}]}`, `{"steps":[{"line":01}]}`, `{"steps":[{"line":-}]}`,
		`{"steps":[{"line":9223372036854775807}]}`, `{"steps":[{"line":9223372036854775808}]}`, `{"steps":[{"line":"1"}]}`,
		`{"schema":{"Tables":[{"Columns":[{"Link":3}]}]}}`, `{"schema":{"Tables":[{"Columns":[{"Link":256}]}]}}`,
		`{"schema":{"Tables":[{"Columns":[{"Link":-1}]}]}}`, `{"schema":{"Tables":[{"AutoCreated":"true"}]}}`,
		`{"schema":{"Tables":[{"AutoCreated":tru}]}}`, `{"schema":[]}`, `{"schema":{"Proxies":[{}],"Tables":[]}}`,
		`{"settings":{"USE_TZ":true,"APP_LABEL":"polls"}}`, `{"settings":{"USE_TZ":1}}`, `{"settings":{"LANGUAGE":"en"}}`,
		`{"steps":[{"snapshot":[{"Name":"t","Rows":[["1",null],null,[]],"Changes":"AAEC","Deleted":[]}]}]}`,
		`{"steps":[{"snapshot":[{"Changes":""}]}]}`, `{"steps":[{"snapshot":[{"Changes":"!!"}]}]}`,
		`{"steps":[{"snapshot":[{"Changes":"AAE"}]}]}`, `{"steps":[{"snapshot":[{"Changes":null}]}]}`,
		`{"steps":[{"snapshot":[{"Changes":[0,1,2,null]}]}]}`, `{"steps":[{"snapshot":[{"Changes":[]}]}]}`,
		`{"steps":[{"snapshot":[{"Changes":[256]}]}]}`, `{"steps":[{"snapshot":[{"Changes":[-1]}]}]}`, `{"steps":[{"snapshot":[{"Changes":["1"]}]}]}`,
		`{"steps":[{"error":null},{"error":""},{"error":"x"}]}`, `{"steps":[{"error":1}]}`,
		`{"steps":[{"traceback":[{"file":"models.py","line":3,"function":"<module>"}]}]}`,
		`{"steps":[{"traceback":[{"column":3}]}]}`,
		`{"django":"\u00e9\ud83d\ude00\ud800\udc00\ud800x\udc00\\\/\"\b\f\n\r\t"}`,
		`{"django":"\ud83d\u0041"}`, `{"django":"\u12"}`, `{"django":"\x"}`, "{\"django\":\"a\tb\"}",
		"{\"django\":\"\xff\xfe é\"}", "{\"django\":\"é\xc3\"}", `{"django":"unterminated`,
		`{"django":"5.2",}`, `{"django":"5.2" "steps":[]}`, `{"steps":[1,]}`, `{"steps":[{}{}]}`, `{"ddl":["a" "b"]}`,
		`{"ddl":[null,"a"]}`, `{"ddl":{}}`, `{"ddl":"a"}`, `{"tables":[{"Name":"t","Columns":["id"],"PK":"id"}]}`,
		`{"html":"<b>"}`, `{"django":"5.2"} {}`, `{"django":"5.2"} x`, `{"django":"5.2"}` + "\n\t ", `[]`, `"x"`, ``, ` `,
		`{"django":"5.2"`, `{"django"`, `{"django":`, `{`, `{"steps":[`, `{"steps":[{"line":1`,
	} {
		agree(t, "made-up JSON", []byte(raw))
	}
}

// TestDecodeRecordStricter: what decodeRecord refuses although
// encoding/json reads it: member names in another case, a member given
// twice, and null for the whole trace.
func TestDecodeRecordStricter(t *testing.T) {
	for _, raw := range []string{
		`{"DJANGO":"5.2"}`,
		`{"django":"5.2","django":null}`,
		`null`,
	} {
		if _, err := trace.EncodingJSONDecodeRecord([]byte(raw)); err != nil {
			t.Errorf("encoding/json refuses %s: %v", raw, err)
		}
		if _, err := trace.DecodeRecord([]byte(raw)); err == nil {
			t.Errorf("decodeRecord reads %s", raw)
		}
	}
}

// FuzzDecodeRecord: whatever decodeRecord reads, encoding/json reads the
// same.
func FuzzDecodeRecord(f *testing.F) {
	for _, tr := range madeTraces() {
		f.Add(tr.Record())
	}
	f.Add([]byte(`{"steps":[{"snapshot":[{"Name":"t","Rows":[["1",null]],"Changes":"AAEC"}]}],"django":"\ud800"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := trace.DecodeRecord(data)
		if err != nil {
			return
		}
		want, werr := trace.EncodingJSONDecodeRecord(data)
		if werr != nil {
			t.Fatalf("read, which encoding/json refuses (%v): %q", werr, data)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("read differently from encoding/json:\ngot  %+v\nwant %+v\n%q", got, want, data)
		}
	})
}
