// Package jsonscan is CPython's JSON scanner (Modules/_json.c) over the
// code points of a document, building its values with a Builder: the
// json module's json.loads (engine/python) and JSONField's reading of
// the database (engine/schema) share it. Positions in errors are
// character indices, as Python counts them.
package jsonscan

import (
	"strconv"
	"strings"
	"unicode/utf16"
)

// A Builder makes the values of a document as the scanner reads them.
// Its errors end the scan and are returned as they are.
type Builder[V any] interface {
	// Literal is one of null, true, false, NaN, Infinity and -Infinity.
	Literal(word string) V
	// Number is a number's text; isFloat when it has a fraction or an
	// exponent.
	Number(text string, isFloat bool) (V, error)
	String(s string) V
	// Object is an object's members, in the document's order.
	Object(members []Member[V]) (V, error)
	Array(elems []V) (V, error)
	// Value is called before each value is read (a budget's tick).
	Value() error
}

// A Member is an object's key and value.
type Member[V any] struct {
	Key   string
	Value V
}

// SyntaxError is a document that is not JSON: Python's JSONDecodeError
// message ("Expecting value") and the character index it points at.
type SyntaxError struct {
	Msg string
	Pos int
}

func (e *SyntaxError) Error() string { return e.Msg + " (char " + strconv.Itoa(e.Pos) + ")" }

// LineCol is JSONDecodeError's lineno and colno of e in doc, counted in
// characters from 1.
func (e *SyntaxError) LineCol(doc string) (line, col int) {
	line, col = 1, e.Pos+1
	for i, r := range []rune(doc)[:e.Pos] {
		if r == '\n' {
			line, col = line+1, e.Pos-i
		}
	}
	return line, col
}

// Scan reads doc, a whole JSON document (white space around it allowed),
// as json.loads does. trailingComma words a comma before a closing
// bracket as Python 3.13 does ("Illegal trailing comma before end of
// array"), not as 3.11 ("Expecting value").
func Scan[V any](doc string, b Builder[V], trailingComma bool) (V, error) {
	s := &scanner[V]{s: []rune(doc), b: b, trailingComma: trailingComma}
	v, end, err := s.value(s.ws(0))
	if err == nil {
		if end = s.ws(end); end != len(s.s) {
			err = &SyntaxError{"Extra data", end}
		}
	}
	return v, err
}

type scanner[V any] struct {
	s             []rune
	b             Builder[V]
	trailingComma bool
}

func (s *scanner[V]) fail(msg string, pos int) (V, int, error) {
	var zero V
	return zero, 0, &SyntaxError{msg, pos}
}

func (s *scanner[V]) ws(i int) int {
	for i < len(s.s) && strings.ContainsRune(" \t\n\r", s.s[i]) {
		i++
	}
	return i
}

func (s *scanner[V]) has(i int, word string) bool {
	return i+len(word) <= len(s.s) && string(s.s[i:i+len(word)]) == word
}

func (s *scanner[V]) value(i int) (V, int, error) {
	if err := s.b.Value(); err != nil {
		var zero V
		return zero, 0, err
	}
	if i >= len(s.s) {
		return s.fail("Expecting value", i)
	}
	switch s.s[i] {
	case '"':
		str, end, err := s.str(i + 1)
		if err != nil {
			var zero V
			return zero, 0, err
		}
		return s.b.String(str), end, nil
	case '{':
		return s.object(i + 1)
	case '[':
		return s.array(i + 1)
	}
	for _, w := range [...]string{"null", "true", "false", "NaN", "Infinity", "-Infinity"} {
		if s.has(i, w) {
			return s.b.Literal(w), i + len(w), nil
		}
	}
	return s.number(i)
}

func (s *scanner[V]) digits(i int) int {
	for i < len(s.s) && s.s[i] >= '0' && s.s[i] <= '9' {
		i++
	}
	return i
}

func (s *scanner[V]) number(start int) (V, int, error) {
	i := start
	if i < len(s.s) && s.s[i] == '-' {
		i++
	}
	switch {
	case i < len(s.s) && s.s[i] >= '1' && s.s[i] <= '9':
		i = s.digits(i)
	case i < len(s.s) && s.s[i] == '0':
		i++
	default:
		return s.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(s.s) && s.s[i] == '.' && s.s[i+1] >= '0' && s.s[i+1] <= '9' {
		i = s.digits(i + 2)
		isFloat = true
	}
	if i < len(s.s) && (s.s[i] == 'e' || s.s[i] == 'E') {
		j := i + 1
		if j < len(s.s) && (s.s[j] == '+' || s.s[j] == '-') {
			j++
		}
		if k := s.digits(j); k > j {
			i, isFloat = k, true
		}
	}
	v, err := s.b.Number(string(s.s[start:i]), isFloat)
	return v, i, err
}

func (s *scanner[V]) str(i int) (string, int, error) {
	begin := i - 1
	var b strings.Builder
	for {
		j := i
		for ; j < len(s.s) && s.s[j] != '"' && s.s[j] != '\\'; j++ {
			if s.s[j] <= 0x1f {
				return "", 0, &SyntaxError{"Invalid control character at", j}
			}
		}
		if j >= len(s.s) {
			return "", 0, &SyntaxError{"Unterminated string starting at", begin}
		}
		b.WriteString(string(s.s[i:j]))
		if s.s[j] == '"' {
			return b.String(), j + 1, nil
		}
		j++
		if j >= len(s.s) {
			return "", 0, &SyntaxError{"Unterminated string starting at", begin}
		}
		if c := s.s[j]; c != 'u' {
			k := strings.IndexRune(`"\/bfnrt`, c)
			if k < 0 {
				return "", 0, &SyntaxError{"Invalid \\escape", j - 1}
			}
			b.WriteByte("\"\\/\b\f\n\r\t"[k])
			i = j + 1
			continue
		}
		r, ok := s.hex(j + 1)
		if !ok {
			return "", 0, &SyntaxError{"Invalid \\uXXXX escape", j}
		}
		i = j + 5
		if utf16.IsSurrogate(r) && r < 0xdc00 && s.has(i, `\u`) {
			if r2, ok := s.hex(i + 2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
				r = utf16.DecodeRune(r, r2)
				i += 6
			}
		}
		b.WriteRune(r)
	}
}

func (s *scanner[V]) hex(i int) (rune, bool) {
	if i+4 >= len(s.s) {
		return 0, false
	}
	h := string(s.s[i : i+4])
	n, err := strconv.ParseUint(h, 16, 32)
	return rune(n), err == nil && !strings.ContainsAny(h, "+-")
}

func (s *scanner[V]) object(i int) (V, int, error) {
	var members []Member[V]
	i = s.ws(i)
	if i >= len(s.s) || s.s[i] != '}' {
		for i < len(s.s) {
			if s.s[i] != '"' {
				return s.fail("Expecting property name enclosed in double quotes", i)
			}
			k, end, err := s.str(i + 1)
			if err != nil {
				var zero V
				return zero, 0, err
			}
			if i = s.ws(end); i >= len(s.s) || s.s[i] != ':' {
				return s.fail("Expecting ':' delimiter", i)
			}
			v, end, err := s.value(s.ws(i + 1))
			if err != nil {
				return v, 0, err
			}
			members = append(members, Member[V]{k, v})
			if i = s.ws(end); i < len(s.s) && s.s[i] == '}' {
				break
			}
			if i >= len(s.s) || s.s[i] != ',' {
				return s.fail("Expecting ',' delimiter", i)
			}
			comma := i
			i = s.ws(i + 1)
			if s.trailingComma && i < len(s.s) && s.s[i] == '}' {
				return s.fail("Illegal trailing comma before end of object", comma)
			}
		}
		if i >= len(s.s) || s.s[i] != '}' {
			return s.fail("Expecting property name enclosed in double quotes", i)
		}
	}
	v, err := s.b.Object(members)
	return v, i + 1, err
}

func (s *scanner[V]) array(i int) (V, int, error) {
	var elems []V
	i = s.ws(i)
	if i >= len(s.s) || s.s[i] != ']' {
		for i < len(s.s) {
			v, end, err := s.value(i)
			if err != nil {
				return v, 0, err
			}
			elems = append(elems, v)
			if i = s.ws(end); i < len(s.s) && s.s[i] == ']' {
				break
			}
			if i >= len(s.s) || s.s[i] != ',' {
				return s.fail("Expecting ',' delimiter", i)
			}
			comma := i
			i = s.ws(i + 1)
			if s.trailingComma && i < len(s.s) && s.s[i] == ']' {
				return s.fail("Illegal trailing comma before end of array", comma)
			}
		}
		if i >= len(s.s) || s.s[i] != ']' {
			return s.fail("Expecting value", i)
		}
	}
	v, err := s.b.Array(elems)
	return v, i + 1, err
}
