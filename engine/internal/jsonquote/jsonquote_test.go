package jsonquote

import (
	"strings"
	"testing"
)

// TestWrite holds json.dumps(s) and json.dumps(s, ensure_ascii=False) as
// CPython 3.11 prints them.
func TestWrite(t *testing.T) {
	for _, c := range []struct{ s, ascii, utf8 string }{
		{"a\"b\\\\c\n\t", `"a\"b\\\\c\n\t"`, `"a\"b\\\\c\n\t"`},
		{"é€", `"\u00e9\u20ac"`, `"é€"`},
		{"😀", `"\ud83d\ude00"`, `"😀"`},
		{"\x01\x7f", `"\u0001\u007f"`, "\"\\u0001\x7f\""},
	} {
		for _, ascii := range []bool{true, false} {
			var b strings.Builder
			Write(&b, c.s, ascii)
			want := c.utf8
			if ascii {
				want = c.ascii
			}
			if b.String() != want {
				t.Errorf("Write(%q, ascii=%v) = %s, want %s", c.s, ascii, b.String(), want)
			}
		}
	}
}
