package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

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
// float64.
func ParseJSON(s string) (any, error) {
	dec := json.NewDecoder(bytes.NewReader([]byte(s)))
	dec.UseNumber()
	v, err := parseJSONValue(dec)
	if err != nil {
		return nil, &ValidationError{"JSONDecodeError", err.Error()}
	}
	return v, nil
}

func parseJSONValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '[':
			arr := []any{}
			for dec.More() {
				e, err := parseJSONValue(dec)
				if err != nil {
					return nil, err
				}
				arr = append(arr, e)
			}
			_, err := dec.Token()
			return arr, err
		case '{':
			obj := JSONObject{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				val, err := parseJSONValue(dec)
				if err != nil {
					return nil, err
				}
				obj = append(obj, JSONMember{Key: kt.(string), Value: val})
			}
			_, err := dec.Token()
			return obj, err
		}
	case json.Number:
		// json.loads: a number without fraction or exponent is an int,
		// of any size.
		if !strings.ContainsAny(string(t), ".eE") {
			if n, err := t.Int64(); err == nil {
				return n, nil
			}
			if n, ok := new(big.Int).SetString(string(t), 10); ok {
				return n, nil
			}
		}
		f, err := t.Float64()
		return f, err
	case string, bool, nil:
		return t, nil
	}
	return nil, fmt.Errorf("unexpected %v", tok)
}
