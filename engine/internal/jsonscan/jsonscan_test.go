package jsonscan

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// show builds a value's Python-like text, to compare documents read.
type show struct{ ticks int }

func (*show) Literal(w string) string { return w }
func (*show) Number(text string, isFloat bool) (string, error) {
	if text == "666" {
		return "", errors.New("the builder refuses 666")
	}
	if isFloat {
		return "f" + text, nil
	}
	return text, nil
}
func (*show) String(s string) string { return fmt.Sprintf("%q", s) }
func (*show) Object(ms []Member[string]) (string, error) {
	var parts []string
	for _, m := range ms {
		parts = append(parts, fmt.Sprintf("%q: %s", m.Key, m.Value))
	}
	return "{" + strings.Join(parts, ", ") + "}", nil
}
func (*show) Array(es []string) (string, error) { return "[" + strings.Join(es, ", ") + "]", nil }
func (b *show) Value() error                    { b.ticks++; return nil }

// The documents and the messages are CPython 3.13's json.loads (3.11's
// for a trailing comma without trailingComma).
func TestScan(t *testing.T) {
	for _, c := range []struct {
		doc, want string
		trailing  bool
	}{
		{doc: ` {"a": [1, 2.5, -0, 1e3, 1E+2, true, null, NaN, -Infinity], "é": "x\ty\u00e9\ud83d\ude00"} `, want: `{"a": [1, f2.5, -0, f1e3, f1E+2, true, null, NaN, -Infinity], "é": "x\tyé😀"}`},
		{doc: `[]`, want: `[]`},
		{doc: `{}`, want: `{}`},
		{doc: `"\ud800"`, want: "\"\uFFFD\""}, // a lone surrogate: U+FFFD in a Go string
		{doc: ``, want: `Expecting value (char 0)`},
		{doc: `[1,]`, want: `Expecting value (char 3)`},
		{doc: `[1,]`, trailing: true, want: `Illegal trailing comma before end of array (char 2)`},
		{doc: `{"a": 1,}`, want: `Expecting property name enclosed in double quotes (char 8)`},
		{doc: `{"a": 1,}`, trailing: true, want: `Illegal trailing comma before end of object (char 7)`},
		{doc: `{"a" 1}`, want: `Expecting ':' delimiter (char 5)`},
		{doc: `[1 2]`, want: `Expecting ',' delimiter (char 3)`},
		{doc: `"abc`, want: `Unterminated string starting at (char 0)`},
		{doc: "\"a\nb\"", want: `Invalid control character at (char 2)`},
		{doc: `"\x"`, want: `Invalid \escape (char 1)`},
		{doc: `"\u12g4"`, want: `Invalid \uXXXX escape (char 2)`},
		{doc: `1 2`, want: `Extra data (char 2)`},
		{doc: `01`, want: `Extra data (char 1)`},
		{doc: `-`, want: `Expecting value (char 0)`},
		{doc: `[666]`, want: `the builder refuses 666`},
	} {
		v, err := Scan[string](c.doc, &show{}, c.trailing)
		got := v
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%q (trailing comma %v): got %s, want %s", c.doc, c.trailing, got, c.want)
		}
	}
}

func TestLineCol(t *testing.T) {
	doc := "[1,\n 2,\n  x]"
	_, err := Scan[string](doc, &show{}, false)
	var e *SyntaxError
	if !errors.As(err, &e) {
		t.Fatal(err)
	}
	if line, col := e.LineCol(doc); line != 3 || col != 3 || e.Pos != 10 {
		t.Errorf("line %d col %d char %d, want 3, 3, 10", line, col, e.Pos)
	}
}
