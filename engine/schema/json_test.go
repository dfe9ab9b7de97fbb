package schema

import (
	"fmt"
	"math/big"
	"testing"
)

// TestParseJSON: json.loads' values and its JSONDecodeError messages
// (as CPython 3.11 gives them; 3.13 names a trailing comma).
func TestParseJSON(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	for _, c := range []struct {
		in   string
		want string
	}{
		{`{"a": [1, 2.5, -0, 1e3, "x\u00e9\ud83d\ude00\n", null, true, false], "b": {}}`, `schema.JSONObject{schema.JSONMember{Key:"a", Value:[]interface {}{1, 2.5, 0, 1000, "xé😀\n", interface {}(nil), true, false}}, schema.JSONMember{Key:"b", Value:schema.JSONObject{}}}`},
		{` [] `, `[]interface {}{}`},
		{`123456789012345678901234567890`, fmt.Sprintf("%#v", huge)},
		{`1e400`, `+Inf`},
		{`[NaN, -Infinity]`, `[]interface {}{NaN, -Inf}`},
		{`"\"\\\/\b\f\r\t"`, `"\"\\/\b\f\r\t"`},
		{``, `JSONDecodeError: Expecting value: line 1 column 1 (char 0)`},
		{`[1,`, `JSONDecodeError: Expecting value: line 1 column 4 (char 3)`},
		{"{\n \"a\" 1}", `JSONDecodeError: Expecting ':' delimiter: line 2 column 6 (char 7)`},
		{`{"a": 1,}`, `JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 9 (char 8)`},
		{`[1 2]`, `JSONDecodeError: Expecting ',' delimiter: line 1 column 4 (char 3)`},
		{`1 2`, `JSONDecodeError: Extra data: line 1 column 3 (char 2)`},
		{`"ab`, `JSONDecodeError: Unterminated string starting at: line 1 column 1 (char 0)`},
		{`"\x"`, `JSONDecodeError: Invalid \escape: line 1 column 2 (char 1)`},
		{`"\u12"`, `JSONDecodeError: Invalid \uXXXX escape: line 1 column 3 (char 2)`},
		{"\"a\tb\"", `JSONDecodeError: Invalid control character at: line 1 column 3 (char 2)`},
		{`é x`, `JSONDecodeError: Expecting value: line 1 column 1 (char 0)`},
		{`["é", x]`, `JSONDecodeError: Expecting value: line 1 column 7 (char 6)`},
	} {
		v, err := ParseJSON(c.in)
		got := fmt.Sprintf("%#v", v)
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("ParseJSON(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
