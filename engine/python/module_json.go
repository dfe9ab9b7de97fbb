package python

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/ormfiddle/ormfiddle/engine/internal/jsonquote"
)

// The json module: dumps and loads with CPython's output and messages
// (pysrc/json.py holds JSONDecodeError and the Python-level signatures).

func init() {
	sourceModules["json"] = func(th *Thread) (*Module, error) {
		return pyModule(th, "json", map[string]Value{
			"_dumps":          NewBuiltin("dumps", jsonDumps),
			"_loads":          NewBuiltin("loads", jsonLoads),
			"_TRAILING_COMMA": Bool(th.Python.JSONTrailingCommaMessage),
		})
	}
}

type jsonEncoder struct {
	th                       *Thread
	ascii, allowNaN, sortKey bool
	skipKeys, circular       bool
	indent                   *string
	itemSep, keySep          string
	def                      Value
	active                   map[any]bool
	b                        strings.Builder
}

// jsonDumps is json.dumps(obj, skipkeys, ensure_ascii, check_circular,
// allow_nan, indent, separators, default, sort_keys), all but obj
// given by pysrc/json.py.
func jsonDumps(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
	e := &jsonEncoder{th: th, def: args[7]}
	e.skipKeys, _ = Truth(th, args[1])
	e.ascii, _ = Truth(th, args[2])
	e.circular, _ = Truth(th, args[3])
	e.allowNaN, _ = Truth(th, args[4])
	e.sortKey, _ = Truth(th, args[8])
	e.itemSep, e.keySep = ", ", ": "
	switch ind := args[5].(type) {
	case NoneType:
	case String:
		s := string(ind)
		e.indent = &s
	default:
		n, ok := asInt(ind)
		if !ok {
			return nil, NewError(TypeError, "can't multiply sequence by non-int of type '%s'", TypeOf(ind).Name)
		}
		k, ok := n.Int64()
		if !ok || k > maxAlloc {
			return nil, errTooBig()
		}
		if err := th.Reserve(k); err != nil {
			return nil, err
		}
		s := strings.Repeat(" ", int(max(k, 0)))
		e.indent = &s
		e.itemSep = ","
	}
	if _, ok := args[5].(String); ok {
		e.itemSep = ","
	}
	if args[6] != None {
		seps, err := collect(th, args[6])
		if err != nil {
			return nil, err
		}
		if len(seps) != 2 {
			return nil, NewError(ValueError, "too many values to unpack (expected 2)")
		}
		a, ok1 := seps[0].(String)
		b, ok2 := seps[1].(String)
		if !ok1 || !ok2 {
			return nil, NewError(TypeError, "make_encoder() argument 6 must be str, not %s", TypeOf(seps[0]).Name)
		}
		e.itemSep, e.keySep = string(a), string(b)
	}
	if e.circular {
		e.active = map[any]bool{}
	}
	if err := e.encode(args[0], 0); err != nil {
		return nil, err
	}
	return String(e.b.String()), nil
}

func (e *jsonEncoder) float(f float64) (string, error) {
	s := floatRepr(f)
	switch s {
	case "inf":
		s = "Infinity"
	case "-inf":
		s = "-Infinity"
	case "nan":
		s = "NaN"
	default:
		return s, nil
	}
	if !e.allowNaN {
		msg := "Out of range float values are not JSON compliant"
		if e.th.Python.JSONTrailingCommaMessage {
			msg += ": " + floatRepr(f)
		}
		return "", NewError(ValueError, "%s", msg)
	}
	return s, nil
}

// write adds a separator, then (if indenting and level >= 0) a newline
// and the indent of level, charging their size when it is large.
func (e *jsonEncoder) write(sep string, level int) error {
	ind := e.indent != nil && level >= 0
	n := len(sep)
	if ind {
		n += 1 + len(*e.indent)*level
	}
	if err := e.th.Reserve(int64(n)); err != nil {
		return err
	}
	e.b.WriteString(sep)
	if ind {
		e.b.WriteByte('\n')
		for range level {
			e.b.WriteString(*e.indent)
		}
	}
	return nil
}

func (e *jsonEncoder) enter(key any) error {
	if e.active != nil {
		if e.active[key] {
			return NewError(ValueError, "Circular reference detected")
		}
		e.active[key] = true
	}
	return nil
}

func (e *jsonEncoder) encode(v Value, level int) error {
	if err := e.th.tick(); err != nil {
		return err
	}
	if mv := mixinValue(v); mv != nil {
		v = mv // a str, int, dict ... subclass (TextChoices, Counter): its value
	}
	switch x := v.(type) {
	case NoneType:
		e.b.WriteString("null")
		return nil
	case Bool:
		e.b.WriteString(map[Bool]string{true: "true", false: "false"}[x])
		return nil
	case Int:
		s, err := x.decimalString()
		e.b.WriteString(s)
		return err
	case Float:
		s, err := e.float(float64(x))
		e.b.WriteString(s)
		return err
	case String:
		jsonquote.Write(&e.b, string(x), e.ascii)
		return nil
	case *Dict:
		if x.Len() == 0 {
			e.b.WriteString("{}")
			return nil
		}
		if err := e.enter(x); err != nil {
			return err
		}
		items := x.Items()
		if e.sortKey {
			vs := make([]Value, len(items))
			for i, it := range items {
				vs[i] = it
			}
			if err := sortValues(e.th, vs, nil, false); err != nil {
				return err
			}
			for i := range vs {
				items[i] = vs[i].(Tuple)
			}
		}
		e.b.WriteByte('{')
		first := true
		for _, it := range items {
			var k string
			key := it[0]
			if mv := mixinValue(key); mv != nil {
				key = mv
			}
			switch kk := key.(type) {
			case String:
				k = string(kk)
			case Float:
				s, err := e.float(float64(kk))
				if err != nil {
					return err
				}
				k = s
			case Bool, NoneType:
				k = map[Value]string{True: "true", False: "false", None: "null"}[kk]
			case Int:
				k, _ = kk.decimalString()
			default:
				if e.skipKeys {
					continue
				}
				return NewError(TypeError, "keys must be str, int, float, bool or None, not %s", TypeOf(kk).Name)
			}
			sep := e.itemSep
			if first {
				sep, first = "", false
			}
			if err := e.write(sep, level+1); err != nil {
				return err
			}
			jsonquote.Write(&e.b, k, e.ascii)
			if err := e.write(e.keySep, -1); err != nil {
				return err
			}
			if err := e.encode(it[1], level+1); err != nil {
				return err
			}
		}
		if err := e.write("", level); err != nil {
			return err
		}
		e.b.WriteByte('}')
		delete(e.active, x)
		return nil
	case *List, Tuple:
		elems := x.(Indexable)
		if elems.Len() == 0 {
			e.b.WriteString("[]")
			return nil
		}
		var key any = x
		if t, ok := x.(Tuple); ok {
			key = &t[0]
		}
		if err := e.enter(key); err != nil {
			return err
		}
		e.b.WriteByte('[')
		for i := 0; i < elems.Len(); i++ {
			sep := e.itemSep
			if i == 0 {
				sep = ""
			}
			if err := e.write(sep, level+1); err != nil {
				return err
			}
			if err := e.encode(elems.Index(i), level+1); err != nil {
				return err
			}
		}
		if err := e.write("", level); err != nil {
			return err
		}
		e.b.WriteByte(']')
		delete(e.active, key)
		return nil
	}
	if e.def == None {
		return NewError(TypeError, "Object of type %s is not JSON serializable", TypeOf(v).Name)
	}
	var key any = v
	if e.active != nil {
		if _, ok := v.(Hashable); !ok {
			key = nil
		}
	}
	if key != nil {
		if err := e.enter(key); err != nil {
			return err
		}
	}
	r, err := Call(e.th, e.def, Tuple{v}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r, level); err != nil {
		return err
	}
	delete(e.active, key)
	return nil
}

// jsonDecoder is CPython's C scanner (Modules/_json.c) over the code
// points of the document, so that positions are character indices.
type jsonDecoder struct {
	th                    *Thread
	s                     []rune
	parseFloat, parseInt  Value
	objectHook, pairsHook Value
	trailingComma         bool
	errMsg                string
	errPos                int
}

type jsonErr struct{}

func (d *jsonDecoder) fail(msg string, pos int) error {
	d.errMsg, d.errPos = msg, pos
	return jsonErr{}
}

func (jsonErr) Error() string { return "json" }

// jsonLoads is json.loads(s, parse_float, parse_int, object_hook,
// object_pairs_hook): (True, value) or (False, msg, pos) for the
// JSONDecodeError pysrc/json.py raises.
func jsonLoads(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
	d := &jsonDecoder{th: th, s: []rune(string(mustStr(args[0]))), parseFloat: args[1], parseInt: args[2], objectHook: args[3], pairsHook: args[4], trailingComma: th.Python.JSONTrailingCommaMessage}
	i := d.ws(0)
	v, end, err := d.value(i)
	if err == nil {
		if end = d.ws(end); end != len(d.s) {
			err = d.fail("Extra data", end)
		}
	}
	if _, ok := err.(jsonErr); ok {
		return Tuple{False, String(d.errMsg), MakeInt(int64(d.errPos))}, nil
	}
	if err != nil {
		return nil, err
	}
	return Tuple{True, v}, nil
}

func (d *jsonDecoder) ws(i int) int {
	for i < len(d.s) && strings.ContainsRune(" \t\n\r", d.s[i]) {
		i++
	}
	return i
}

func (d *jsonDecoder) has(i int, word string) bool {
	return i+len(word) <= len(d.s) && string(d.s[i:i+len(word)]) == word
}

func (d *jsonDecoder) value(i int) (Value, int, error) {
	if err := d.th.tick(); err != nil {
		return nil, 0, err
	}
	if i >= len(d.s) {
		return nil, 0, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		return String(s), end, err
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	}
	for _, w := range []struct {
		word string
		v    Value
	}{{"null", None}, {"true", True}, {"false", False}, {"NaN", Float(math.NaN())}, {"Infinity", Float(math.Inf(1))}, {"-Infinity", Float(math.Inf(-1))}} {
		if d.has(i, w.word) {
			return w.v, i + len(w.word), nil
		}
	}
	return d.number(i)
}

func (d *jsonDecoder) number(start int) (Value, int, error) {
	i := start
	digits := func() {
		for i < len(d.s) && d.s[i] >= '0' && d.s[i] <= '9' {
			i++
		}
	}
	if i < len(d.s) && d.s[i] == '-' {
		i++
	}
	switch {
	case i < len(d.s) && d.s[i] >= '1' && d.s[i] <= '9':
		digits()
	case i < len(d.s) && d.s[i] == '0':
		i++
	default:
		return nil, 0, d.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && d.s[i+1] >= '0' && d.s[i+1] <= '9' {
		i += 2
		digits()
		isFloat = true
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		e := i
		i++
		if i < len(d.s) && (d.s[i] == '+' || d.s[i] == '-') {
			i++
		}
		ds := i
		digits()
		if i == ds {
			i = e
		} else {
			isFloat = true
		}
	}
	text := String(d.s[start:i])
	conv := d.parseInt
	if isFloat {
		conv = d.parseFloat
	}
	if conv != None {
		v, err := Call(d.th, conv, Tuple{text}, nil)
		return v, i, err
	}
	var v Value
	var err error
	if isFloat {
		v, err = toFloat(d.th, text)
	} else {
		v, err = toInt(d.th, text)
	}
	return v, i, err
}

func (d *jsonDecoder) str(i int) (string, int, error) {
	begin := i - 1
	var b strings.Builder
	for {
		j := i
		for ; j < len(d.s) && d.s[j] != '"' && d.s[j] != '\\'; j++ {
			if d.s[j] <= 0x1f {
				return "", 0, d.fail("Invalid control character at", j)
			}
		}
		if j >= len(d.s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		b.WriteString(string(d.s[i:j]))
		if d.s[j] == '"' {
			return b.String(), j + 1, nil
		}
		j++
		if j >= len(d.s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		if c := d.s[j]; c != 'u' {
			r, ok := map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}[c]
			if !ok {
				return "", 0, d.fail("Invalid \\escape", j-1)
			}
			b.WriteRune(r)
			i = j + 1
			continue
		}
		r, ok := d.hex(j + 1)
		if !ok {
			return "", 0, d.fail("Invalid \\uXXXX escape", j)
		}
		i = j + 5
		if utf16.IsSurrogate(r) && r < 0xdc00 && d.has(i, `\u`) {
			if r2, ok := d.hex(i + 2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
				r = utf16.DecodeRune(r, r2)
				i += 6
			}
		}
		b.WriteRune(r)
	}
}

func (d *jsonDecoder) hex(i int) (rune, bool) {
	if i+4 >= len(d.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.s[i:i+4]), 16, 32)
	return rune(n), err == nil && !strings.ContainsAny(string(d.s[i:i+4]), "+-")
}

func (d *jsonDecoder) object(i int) (Value, int, error) {
	var pairs []Tuple
	i = d.ws(i)
	if i >= len(d.s) || d.s[i] != '}' {
		for i < len(d.s) {
			if d.s[i] != '"' {
				return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
			}
			k, end, err := d.str(i + 1)
			if err != nil {
				return nil, 0, err
			}
			i = d.ws(end)
			if i >= len(d.s) || d.s[i] != ':' {
				return nil, 0, d.fail("Expecting ':' delimiter", i)
			}
			v, end, err := d.value(d.ws(i + 1))
			if err != nil {
				return nil, 0, err
			}
			pairs = append(pairs, Tuple{String(k), v})
			i = d.ws(end)
			if i < len(d.s) && d.s[i] == '}' {
				break
			}
			if i >= len(d.s) || d.s[i] != ',' {
				return nil, 0, d.fail("Expecting ',' delimiter", i)
			}
			comma := i
			i = d.ws(i + 1)
			if d.trailingComma && i < len(d.s) && d.s[i] == '}' {
				return nil, 0, d.fail("Illegal trailing comma before end of object", comma)
			}
		}
		if i >= len(d.s) || d.s[i] != '}' {
			return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
	}
	if d.pairsHook != None {
		l := make([]Value, len(pairs))
		for j, p := range pairs {
			l[j] = p
		}
		v, err := Call(d.th, d.pairsHook, Tuple{NewList(l)}, nil)
		return v, i + 1, err
	}
	m := NewDict()
	for _, p := range pairs {
		if err := m.SetKey(d.th, p[0], p[1]); err != nil {
			return nil, 0, err
		}
	}
	if d.objectHook != None {
		v, err := Call(d.th, d.objectHook, Tuple{m}, nil)
		return v, i + 1, err
	}
	return m, i + 1, nil
}

func (d *jsonDecoder) array(i int) (Value, int, error) {
	var elems []Value
	i = d.ws(i)
	if i >= len(d.s) || d.s[i] != ']' {
		for i < len(d.s) {
			v, end, err := d.value(i)
			if err != nil {
				return nil, 0, err
			}
			elems = append(elems, v)
			i = d.ws(end)
			if i < len(d.s) && d.s[i] == ']' {
				break
			}
			if i >= len(d.s) || d.s[i] != ',' {
				return nil, 0, d.fail("Expecting ',' delimiter", i)
			}
			comma := i
			i = d.ws(i + 1)
			if d.trailingComma && i < len(d.s) && d.s[i] == ']' {
				return nil, 0, d.fail("Illegal trailing comma before end of array", comma)
			}
		}
		if i >= len(d.s) || d.s[i] != ']' {
			return nil, 0, d.fail("Expecting value", i)
		}
	}
	return NewList(elems), i + 1, nil
}

// mustStr is a str argument pysrc/json.py has checked.
func mustStr(v Value) String {
	s, _ := asStr(v)
	return s
}
