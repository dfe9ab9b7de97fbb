package django

import (
	"math/big"
	"time"

	"github.com/cockroachdb/apd/v3"

	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/query"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// opaque carries a Python value that has no engine representation (a
// list assigned to a JSONField, any object assigned to a field) through the
// ORM unchanged, so that reading the attribute back gives the same object,
// as in Django. It renders as Python's str() when a field stringifies it.
type opaque struct {
	e *Env
	v python.Value
}

// String is str(v).
func (o opaque) String() string {
	s, err := python.Str(o.e.Th, o.v)
	if err != nil {
		return o.v.Type()
	}
	return s
}

// PyRepr is repr(v), for error messages.
func (o opaque) PyRepr() string {
	s, err := python.Repr(o.e.Th, o.v)
	if err != nil {
		return o.v.Type()
	}
	return s
}

// PyType is the Python type name (for "Object of type set is not JSON
// serializable").
func (o opaque) PyType() string { return o.v.Type() }

// ScalarValue gives the value a field stores for a Choices member (its
// value: TextChoices and IntegerChoices members are str and int); ok is
// false for other objects.
func (o opaque) ScalarValue() (any, bool) {
	v := mixinValue(o.v)
	if m := memberOf(o.v); m != nil {
		v = m.value
	}
	if v != nil {
		if g, ok := o.e.toGoScalar(v); ok {
			return g, true
		}
	}
	return nil, false
}

// mixinValue is the builtin value an instance stands for (an instance of
// a subclass of str, int, Decimal, dict or list; a TextChoices member),
// or nil.
func mixinValue(v python.Value) python.Value {
	if inst, ok := v.(*python.Instance); ok {
		if m, ok := inst.Native.(python.MixinValuer); ok {
			return m.MixinValue()
		}
	}
	return nil
}

// JSONValue converts the value for a JSONField: dicts to JSONObject, lists
// and tuples to []any, scalars as toGo.
func (o opaque) JSONValue() any { return o.e.toJSON(o.v) }

func (e *Env) toJSON(v python.Value) any { return e.toJSONIn(v, &jsonWalk{}) }

// jsonWalk is the state of json.dumps' walk over nested containers: the
// containers being encoded (check_circular) and the nesting depth.
type jsonWalk struct {
	active map[python.Value]bool
	depth  int
}

// jsonMaxDepth is the nesting at which json.dumps' C encoder hits the
// recursion limit (1000, less the frames of the Django code calling it).
const jsonMaxDepth = 990

// enter starts encoding a container: ValueError "Circular reference
// detected" when it is already being encoded, RecursionError when the
// nesting is too deep; nil when the walk may go on.
func (w *jsonWalk) enter(c python.Value) any {
	if w.active[c] {
		return jsonFailure{"ValueError", "Circular reference detected"}
	}
	if w.depth >= jsonMaxDepth {
		return jsonFailure{"RecursionError", "maximum recursion depth exceeded while encoding a JSON object"}
	}
	if w.active == nil {
		w.active = map[python.Value]bool{}
	}
	w.active[c] = true
	w.depth++
	return nil
}

func (w *jsonWalk) leave(c python.Value) {
	delete(w.active, c)
	w.depth--
}

// jsonFailure is an error json.dumps raises while walking the value.
type jsonFailure struct{ kind, msg string }

// JSONFailure is the exception class and message.
func (f jsonFailure) JSONFailure() (string, string) { return f.kind, f.msg }

func (e *Env) toJSONIn(v python.Value, w *jsonWalk) any {
	if mv := mixinValue(v); mv != nil && memberOf(v) == nil {
		v = mv
	}
	switch x := v.(type) {
	case *python.Dict:
		if f := w.enter(x); f != nil {
			return f
		}
		defer w.leave(x)
		var obj schema.JSONObject
		for _, kv := range x.Items() {
			// json.dumps turns str, int, float, bool and None keys
			// into strings; other keys it rejects.
			var k string
			switch kk := kv[0].(type) {
			case python.String:
				k = string(kk)
			case python.Bool:
				k = "false"
				if kk {
					k = "true"
				}
			case python.NoneType:
				k = "null"
			case python.Int, python.Float:
				k, _ = schema.JSONText(e.toJSON(kk))
			default:
				return opaque{e, python.Tuple{}}.badJSONKey(kv[0])
			}
			obj = append(obj, schema.JSONMember{Key: k, Value: e.toJSONIn(kv[1], w)})
		}
		if obj == nil {
			obj = schema.JSONObject{}
		}
		return obj
	case *python.List:
		if f := w.enter(x); f != nil {
			return f
		}
		defer w.leave(x)
		out := []any{}
		for _, el := range x.Elems() {
			out = append(out, e.toJSONIn(el, w))
		}
		return out
	case python.Tuple:
		if w.depth >= jsonMaxDepth {
			return jsonFailure{"RecursionError", "maximum recursion depth exceeded while encoding a JSON object"}
		}
		w.depth++
		defer func() { w.depth-- }()
		out := []any{}
		for _, el := range x {
			out = append(out, e.toJSONIn(el, w))
		}
		return out
	}
	switch x := v.(type) {
	case python.NoneType, python.Bool, python.Float, python.String:
		g, _ := e.toGoScalar(v)
		return g
	case python.Int:
		if n, ok := x.Int64(); ok {
			return n
		}
		return x.BigInt()
	}
	o := opaque{e, v}
	if sv, ok := o.ScalarValue(); ok {
		return sv
	}
	// Anything else json.dumps rejects (the opaque value has no JSON
	// form and names its type).
	return o
}

// jsonKeyError is a dict key json.dumps cannot encode.
type jsonKeyError struct{ typ string }

// JSONError is json.dumps' message.
func (k jsonKeyError) JSONError() string {
	return "keys must be str, int, float, bool or None, not " + k.typ
}

// badJSONKey is the value standing for a dict with a key json.dumps
// rejects.
func (o opaque) badJSONKey(k python.Value) any { return jsonKeyError{k.Type()} }

// toGoScalar converts the immutable Python values that have an engine
// representation; ok is false for anything else.
func (e *Env) toGoScalar(v python.Value) (any, bool) {
	switch x := v.(type) {
	case python.NoneType:
		return nil, true
	case python.Bool:
		return bool(x), true
	case python.Int:
		if n, ok := x.Int64(); ok {
			return n, true
		}
		return nil, false
	case python.Float:
		return float64(x), true
	case python.String:
		return string(x), true
	case python.Bytes:
		return []byte(x), true
	case python.Decimal:
		return x.Apd(), true
	case python.DateTime:
		loc := time.UTC
		if x.TZ != nil {
			loc = locationOf(x.TZ)
		}
		return time.Date(x.Year, time.Month(x.Month), x.Day, x.Hour, x.Minute, x.Second, x.Microsecond*1000, loc), true
	case python.Date:
		return schema.Date{Year: x.Year, Month: x.Month, Day: x.Day}, true
	case python.Time:
		return schema.TimeOfDay{Hour: x.Hour, Minute: x.Minute, Second: x.Second, Microsecond: x.Microsecond}, true
	case python.TimeDelta:
		return time.Duration(x.Days)*24*time.Hour + time.Duration(x.Seconds)*time.Second + time.Duration(x.Microseconds)*time.Microsecond, true
	case python.UUID:
		return schema.UUID(x), true
	case *python.Instance:
		if inst, ok := x.Native.(*orm.Instance); ok {
			return inst, true
		}
	}
	return nil, false
}

// toGoStore converts a value assigned to a model attribute: scalars and
// model instances convert, other objects travel as opaque values.
func (e *Env) toGoStore(v python.Value) any {
	if g, ok := e.toGoScalar(v); ok {
		return g
	}
	if x, ok := v.(*Expr); ok {
		// An expression assigned to a field is saved as SQL (F() + 1).
		return x.expr
	}
	return opaque{e, v}
}

// toGo converts a value used in a query: as toGoStore, plus lists,
// tuples and sets to []any (for __in and __range), querysets, Q and F.
func (e *Env) toGo(v python.Value) any {
	if g, ok := e.toGoScalar(v); ok {
		return g
	}
	if qs, _, ok := querySetOf(v); ok {
		return qs
	}
	switch x := v.(type) {
	case *python.List:
		return e.toGoList(x.Elems())
	case python.Tuple:
		return e.toGoList(x)
	case *python.Set:
		var elems []python.Value
		python.Iterate(e.Th, x, func(el python.Value) error { elems = append(elems, el); return nil })
		return e.toGoList(elems)
	case *Expr:
		return x.expr
	case *QValue:
		return x.q
	case *python.Dict:
		return e.toJSON(x)
	case python.Iterator:
		// A generator as the value of an __in lookup, which iterates it.
		elems, _ := e.iterList(x)
		return e.toGoList(elems)
	}
	return opaque{e, v}
}

// iterList returns the elements of an iterable (list(v)).
func (e *Env) iterList(v python.Value) ([]python.Value, error) {
	var elems []python.Value
	err := python.Iterate(e.Th, v, func(el python.Value) error { elems = append(elems, el); return nil })
	return elems, err
}

func (e *Env) toGoList(elems []python.Value) []any {
	out := make([]any, len(elems))
	for i, el := range elems {
		out[i] = e.toGo(el)
	}
	return out
}

// toPy converts an engine value to Python.
func (e *Env) toPy(v any) python.Value {
	switch x := v.(type) {
	case nil:
		return python.None
	case bool:
		return python.Bool(x)
	case int64:
		return python.MakeInt(x)
	case int:
		return python.MakeInt(int64(x))
	case float64:
		return python.Float(x)
	case string:
		return python.String(x)
	case []byte:
		return python.Bytes(x)
	case *big.Int:
		return python.MakeBigInt(x)
	case *apd.Decimal:
		return python.MakeDecimal(x)
	case schema.Date:
		return python.Date{Year: x.Year, Month: x.Month, Day: x.Day}
	case time.Time:
		var tz *python.TimeZone
		if schema.IsAware(x) {
			tz = timeZoneOf(x)
		}
		d, _ := python.NewDateTime(x.Year(), int(x.Month()), x.Day(), x.Hour(), x.Minute(), x.Second(), x.Nanosecond()/1000, tz)
		return d
	case schema.TimeOfDay:
		return python.Time{Hour: x.Hour, Minute: x.Minute, Second: x.Second, Microsecond: x.Microsecond}
	case time.Duration:
		us := int64(x / time.Microsecond)
		days := us / 86_400_000_000
		us -= days * 86_400_000_000
		if us < 0 {
			days--
			us += 86_400_000_000
		}
		return python.TimeDelta{Days: days, Seconds: us / 1_000_000, Microseconds: us % 1_000_000}
	case schema.UUID:
		return python.UUID(x)
	case *orm.Instance:
		return e.wrap(x)
	case opaque:
		return x.v
	case []any:
		out := make([]python.Value, len(x))
		for i, el := range x {
			out[i] = e.toPy(el)
		}
		return python.NewList(out)
	case schema.CompositeValue:
		return python.Tuple(e.toPyList(x))
	case schema.JSONObject:
		d := python.NewDict()
		for _, m := range x {
			d.SetStr(m.Key, e.toPy(m.Value))
		}
		return d
	case orm.Row:
		return python.Tuple(e.toPyList(x.Values))
	case *orm.QuerySet:
		return e.newQuerySet(x)
	case query.Expression:
		return &Expr{e: e, expr: x}
	}
	return python.None
}

func (e *Env) toPyList(vs []any) []python.Value {
	out := make([]python.Value, len(vs))
	for i, v := range vs {
		out[i] = e.toPy(v)
	}
	return out
}

// wrap returns the Python object of an ORM instance, creating it (of the
// instance's model class) the first time.
func (e *Env) wrap(inst *orm.Instance) *python.Instance {
	if inst == nil {
		return nil
	}
	if p, ok := inst.Host.(*python.Instance); ok {
		return p
	}
	if p := e.userFromDB(inst); p != nil {
		return p
	}
	p := python.NewInstance(e.classFor(inst.Model), inst)
	inst.Host = p
	for name, v := range inst.Annotations() {
		p.Dict.SetStr(name, e.toPy(v))
	}
	return p
}

// wrapOrNone is wrap, with None for nil.
func (e *Env) wrapOrNone(inst *orm.Instance) python.Value {
	if inst == nil {
		return python.None
	}
	return e.wrap(inst)
}

// ormInstance returns the ORM instance behind a model instance value.
func (e *Env) ormInstance(v python.Value) (*orm.Instance, bool) {
	if p, ok := v.(*python.Instance); ok {
		if inst, ok := p.Native.(*orm.Instance); ok {
			return inst, true
		}
	}
	return nil, false
}

// kwargsToGo converts keyword arguments for the ORM.
func (e *Env) kwargsToGo(kw []python.Kwarg) []orm.KV {
	out := make([]orm.KV, len(kw))
	for i, k := range kw {
		out[i] = orm.KV{Name: k.Name, Value: e.toGo(k.Value)}
	}
	return out
}

// userFromDB is a model's own from_db(db, field_names, values) classmethod
// making the instance of a row the ORM loaded (nil when the model does
// not override it, or its from_db fails or returns no instance).
func (e *Env) userFromDB(inst *orm.Instance) *python.Instance {
	cls := e.classFor(inst.Model)
	if inst.State.Adding || !e.overrides(cls, "from_db") {
		return nil
	}
	var names, values []python.Value
	for _, f := range inst.Model.Meta.ConcreteFields() {
		if inst.Deferred(f.Attname) {
			continue
		}
		v, _ := inst.Value(f.Attname)
		names = append(names, python.String(f.Attname))
		values = append(values, e.toPy(v))
	}
	r, err := python.CallMethod(e.Th, cls, "from_db", python.Tuple{python.String("default"), python.NewList(names), python.Tuple(values)}, nil)
	if err != nil {
		return nil
	}
	p, ok := r.(*python.Instance)
	if !ok {
		return nil
	}
	inst.Host = p
	return p
}
