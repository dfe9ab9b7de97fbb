package schema

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/internal/jsonquote"
	"github.com/ormfiddle/ormfiddle/engine/internal/jsonscan"
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
		s, _ := jsonquote.Float(floatRepr(x))
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
// column 1 (char 0)"). The scanner is CPython's (jsonscan), as the json
// module's, rather than encoding/json, which would be the only user of
// that package's decoder in the wasm.
func ParseJSON(s string) (any, error) {
	v, err := jsonscan.Scan[any](s, jsonTree{}, false)
	if e, ok := err.(*jsonscan.SyntaxError); ok {
		line, col := e.LineCol(s)
		return nil, &ValidationError{"JSONDecodeError", fmt.Sprintf("%s: line %d column %d (char %d)", e.Msg, line, col, e.Pos)}
	}
	return v, err
}

// jsonTree builds ParseJSON's values.
type jsonTree struct{}

func (jsonTree) Literal(word string) any {
	switch word {
	case "true":
		return true
	case "false":
		return false
	case "NaN":
		return math.NaN()
	case "Infinity":
		return math.Inf(1)
	case "-Infinity":
		return math.Inf(-1)
	}
	return nil
}

func (jsonTree) Number(text string, isFloat bool) (any, error) {
	if !isFloat {
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			return n, nil
		}
		n, _ := new(big.Int).SetString(text, 10)
		return n, nil
	}
	// float(text): out of range is an infinity, not an error.
	f, _ := strconv.ParseFloat(text, 64)
	return f, nil
}

func (jsonTree) String(s string) any { return s }

func (jsonTree) Object(members []jsonscan.Member[any]) (any, error) {
	obj := make(JSONObject, len(members))
	for i, m := range members {
		obj[i] = JSONMember{Key: m.Key, Value: m.Value}
	}
	return obj, nil
}

func (jsonTree) Array(elems []any) (any, error) {
	if elems == nil {
		elems = []any{}
	}
	return elems, nil
}

func (jsonTree) Value() error { return nil }
