package python

import (
	"math"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/internal/jsonquote"
	"github.com/ormfiddle/ormfiddle/engine/internal/jsonscan"
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
	s, special := jsonquote.Float(floatRepr(f))
	if !special {
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

// jsonDecoder builds json.loads' values with its hooks (parse_float,
// parse_int, object_hook, object_pairs_hook), for CPython's scanner
// (jsonscan).
type jsonDecoder struct {
	th                    *Thread
	parseFloat, parseInt  Value
	objectHook, pairsHook Value
}

// jsonLoads is json.loads(s, parse_float, parse_int, object_hook,
// object_pairs_hook): (True, value) or (False, msg, pos) for the
// JSONDecodeError pysrc/json.py raises.
func jsonLoads(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
	d := &jsonDecoder{th: th, parseFloat: args[1], parseInt: args[2], objectHook: args[3], pairsHook: args[4]}
	v, err := jsonscan.Scan[Value](string(mustStr(args[0])), d, th.Python.JSONTrailingCommaMessage)
	if e, ok := err.(*jsonscan.SyntaxError); ok {
		return Tuple{False, String(e.Msg), MakeInt(int64(e.Pos))}, nil
	}
	if err != nil {
		return nil, err
	}
	return Tuple{True, v}, nil
}

func (d *jsonDecoder) Value() error { return d.th.tick() }

func (d *jsonDecoder) Literal(word string) Value {
	switch word {
	case "true":
		return True
	case "false":
		return False
	case "NaN":
		return Float(math.NaN())
	case "Infinity":
		return Float(math.Inf(1))
	case "-Infinity":
		return Float(math.Inf(-1))
	}
	return None
}

func (d *jsonDecoder) Number(text string, isFloat bool) (Value, error) {
	conv := d.parseInt
	if isFloat {
		conv = d.parseFloat
	}
	if conv != None {
		return Call(d.th, conv, Tuple{String(text)}, nil)
	}
	if isFloat {
		return toFloat(d.th, String(text))
	}
	return toInt(d.th, String(text))
}

func (d *jsonDecoder) String(s string) Value { return String(s) }

func (d *jsonDecoder) Object(members []jsonscan.Member[Value]) (Value, error) {
	if d.pairsHook != None {
		l := make([]Value, len(members))
		for j, m := range members {
			l[j] = Tuple{String(m.Key), m.Value}
		}
		return Call(d.th, d.pairsHook, Tuple{NewList(l)}, nil)
	}
	m := NewDict()
	for _, p := range members {
		if err := m.SetKey(d.th, String(p.Key), p.Value); err != nil {
			return nil, err
		}
	}
	if d.objectHook != None {
		return Call(d.th, d.objectHook, Tuple{m}, nil)
	}
	return m, nil
}

func (d *jsonDecoder) Array(elems []Value) (Value, error) { return NewList(elems), nil }

// mustStr is a str argument pysrc/json.py has checked.
func mustStr(v Value) String {
	s, _ := asStr(v)
	return s
}
