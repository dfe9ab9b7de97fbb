package schema

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/ormfiddle/ormfiddle/engine/internal/jsonquote"
)

// JSONValuer is a value a language binding stores for a JSONField: it
// gives the JSON tree (nil, bool, int64, float64, string, []any,
// JSONObject) to serialize.
type JSONValuer interface {
	JSONValue() any
}

// JSONText is Python's json.dumps(v) (as JSONField.get_prep_value calls
// it): ", " and ": " separators, non-ASCII escaped as \uXXXX, keys in
// insertion order. A value json cannot encode (a set, a date, a Decimal
// ...) is the TypeError json.dumps raises.
func JSONText(v any) (string, error) {
	var b strings.Builder
	if err := writeJSON(&b, v); err != nil {
		return "", err
	}
	return b.String(), nil
}

func writeJSON(b *strings.Builder, v any) error {
	if j, ok := v.(JSONValuer); ok {
		v = j.JSONValue()
	}
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case int:
		b.WriteString(strconv.Itoa(x))
	case *big.Int:
		b.WriteString(x.String())
	case float64:
		s := floatRepr(x)
		switch s {
		case "inf":
			s = "Infinity"
		case "-inf":
			s = "-Infinity"
		case "nan":
			s = "NaN"
		}
		b.WriteString(s)
	case string:
		jsonquote.Write(b, x, true)
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := writeJSON(b, e); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case JSONObject:
		b.WriteByte('{')
		for i, m := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			jsonquote.Write(b, m.Key, true)
			b.WriteString(": ")
			if err := writeJSON(b, m.Value); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	default:
		if f, ok := v.(interface{ JSONFailure() (string, string) }); ok {
			kind, msg := f.JSONFailure()
			return &ValidationError{kind, msg}
		}
		if je, ok := v.(interface{ JSONError() string }); ok {
			return &ValidationError{"TypeError", je.JSONError()}
		}
		return &ValidationError{"TypeError", fmt.Sprintf("Object of type %s is not JSON serializable", PyTypeName(v))}
	}
	return nil
}

// ParseJSON is json.loads: objects become JSONObject (key order kept),
// arrays []any, integers int64 (*big.Int past 64 bits), other numbers
// float64; NaN and Infinity as Python reads them. An invalid document is
// a JSONDecodeError with Python's message ("Expecting value: line 1
// column 1 (char 0)"). A hand-written scanner (CPython's Modules/_json.c
// without the hooks) rather than encoding/json, which would be the only
// user of that package's decoder in the wasm.
func ParseJSON(s string) (any, error) {
	p := &jsonParser{s: []rune(s)}
	v, end, ok := p.value(p.ws(0))
	if ok {
		if end = p.ws(end); end != len(p.s) {
			ok = p.fail("Extra data", end)
		}
	}
	if !ok {
		// JSONDecodeError's lineno and colno, counted in characters.
		line, col := 1, p.pos+1
		for i, r := range p.s[:p.pos] {
			if r == '\n' {
				line, col = line+1, p.pos-i
			}
		}
		return nil, &ValidationError{"JSONDecodeError", fmt.Sprintf("%s: line %d column %d (char %d)", p.msg, line, col, p.pos)}
	}
	return v, nil
}

// jsonParser scans the code points of a document, so that positions in
// messages are character indices as in Python.
type jsonParser struct {
	s   []rune
	msg string
	pos int
}

func (p *jsonParser) fail(msg string, pos int) bool {
	p.msg, p.pos = msg, pos
	return false
}

func (p *jsonParser) ws(i int) int {
	for i < len(p.s) && strings.ContainsRune(" \t\n\r", p.s[i]) {
		i++
	}
	return i
}

func (p *jsonParser) has(i int, word string) bool {
	return i+len(word) <= len(p.s) && string(p.s[i:i+len(word)]) == word
}

func (p *jsonParser) value(i int) (any, int, bool) {
	if i >= len(p.s) {
		return nil, 0, p.fail("Expecting value", i)
	}
	switch p.s[i] {
	case '"':
		return p.str(i + 1)
	case '{':
		return p.object(i + 1)
	case '[':
		return p.array(i + 1)
	}
	for _, w := range [...]struct {
		word string
		v    any
	}{{"null", nil}, {"true", true}, {"false", false}, {"NaN", math.NaN()}, {"Infinity", math.Inf(1)}, {"-Infinity", math.Inf(-1)}} {
		if p.has(i, w.word) {
			return w.v, i + len(w.word), true
		}
	}
	return p.number(i)
}

func (p *jsonParser) digits(i int) int {
	for i < len(p.s) && p.s[i] >= '0' && p.s[i] <= '9' {
		i++
	}
	return i
}

func (p *jsonParser) number(start int) (any, int, bool) {
	i := start
	if i < len(p.s) && p.s[i] == '-' {
		i++
	}
	switch {
	case i < len(p.s) && p.s[i] >= '1' && p.s[i] <= '9':
		i = p.digits(i)
	case i < len(p.s) && p.s[i] == '0':
		i++
	default:
		return nil, 0, p.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(p.s) && p.s[i] == '.' && p.s[i+1] >= '0' && p.s[i+1] <= '9' {
		i = p.digits(i + 2)
		isFloat = true
	}
	if i < len(p.s) && (p.s[i] == 'e' || p.s[i] == 'E') {
		j := i + 1
		if j < len(p.s) && (p.s[j] == '+' || p.s[j] == '-') {
			j++
		}
		if k := p.digits(j); k > j {
			i, isFloat = k, true
		}
	}
	text := string(p.s[start:i])
	if !isFloat {
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			return n, i, true
		}
		n, _ := new(big.Int).SetString(text, 10)
		return n, i, true
	}
	// float(text): out of range is an infinity, not an error.
	f, _ := strconv.ParseFloat(text, 64)
	return f, i, true
}

func (p *jsonParser) str(i int) (any, int, bool) {
	begin := i - 1
	var b strings.Builder
	for {
		j := i
		for ; j < len(p.s) && p.s[j] != '"' && p.s[j] != '\\'; j++ {
			if p.s[j] <= 0x1f {
				return nil, 0, p.fail("Invalid control character at", j)
			}
		}
		if j >= len(p.s) {
			return nil, 0, p.fail("Unterminated string starting at", begin)
		}
		b.WriteString(string(p.s[i:j]))
		if p.s[j] == '"' {
			return b.String(), j + 1, true
		}
		j++
		if j >= len(p.s) {
			return nil, 0, p.fail("Unterminated string starting at", begin)
		}
		if c := p.s[j]; c != 'u' {
			k := strings.IndexRune(`"\/bfnrt`, c)
			if k < 0 {
				return nil, 0, p.fail("Invalid \\escape", j-1)
			}
			b.WriteByte("\"\\/\b\f\n\r\t"[k])
			i = j + 1
			continue
		}
		r, ok := p.hex(j + 1)
		if !ok {
			return nil, 0, p.fail("Invalid \\uXXXX escape", j)
		}
		i = j + 5
		if utf16.IsSurrogate(r) && r < 0xdc00 && p.has(i, `\u`) {
			if r2, ok := p.hex(i + 2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
				r = utf16.DecodeRune(r, r2)
				i += 6
			}
		}
		b.WriteRune(r)
	}
}

func (p *jsonParser) hex(i int) (rune, bool) {
	if i+4 >= len(p.s) {
		return 0, false
	}
	h := string(p.s[i : i+4])
	n, err := strconv.ParseUint(h, 16, 32)
	return rune(n), err == nil && !strings.ContainsAny(h, "+-_")
}

func (p *jsonParser) object(i int) (any, int, bool) {
	obj := JSONObject{}
	i = p.ws(i)
	if i < len(p.s) && p.s[i] == '}' {
		return obj, i + 1, true
	}
	for {
		if i >= len(p.s) || p.s[i] != '"' {
			return nil, 0, p.fail("Expecting property name enclosed in double quotes", i)
		}
		k, end, ok := p.str(i + 1)
		if !ok {
			return nil, 0, false
		}
		if i = p.ws(end); i >= len(p.s) || p.s[i] != ':' {
			return nil, 0, p.fail("Expecting ':' delimiter", i)
		}
		v, end, ok := p.value(p.ws(i + 1))
		if !ok {
			return nil, 0, false
		}
		obj = append(obj, JSONMember{Key: k.(string), Value: v})
		if i = p.ws(end); i < len(p.s) && p.s[i] == '}' {
			return obj, i + 1, true
		}
		if i >= len(p.s) || p.s[i] != ',' {
			return nil, 0, p.fail("Expecting ',' delimiter", i)
		}
		i = p.ws(i + 1)
	}
}

func (p *jsonParser) array(i int) (any, int, bool) {
	arr := []any{}
	i = p.ws(i)
	if i < len(p.s) && p.s[i] == ']' {
		return arr, i + 1, true
	}
	for {
		v, end, ok := p.value(i)
		if !ok {
			return nil, 0, false
		}
		arr = append(arr, v)
		if i = p.ws(end); i < len(p.s) && p.s[i] == ']' {
			return arr, i + 1, true
		}
		if i >= len(p.s) || p.s[i] != ',' {
			return nil, 0, p.fail("Expecting ',' delimiter", i)
		}
		i = p.ws(i + 1)
	}
}
