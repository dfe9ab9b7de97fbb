package python

import (
	"strings"
)

// hashtable is the insertion-ordered hash table behind dict and set: entries
// in insertion order (deleted ones are tombstones with key == nil) and, once
// the table outgrows a linear scan, an open-addressing index of entry
// positions.
type hashtable struct {
	entries []htEntry
	index   []int32 // entry position + 1; 0 is empty
	live    int
	version uint64 // bumped on every insertion or deletion (iteration check)
}

type htEntry struct {
	key, value Value
	hash       uint64
}

const linearMax = 8

func slotOf(h uint64, mask int) int {
	return int((h*0x9E3779B97F4A7C15)>>32) & mask
}

func keysEqual(th *Thread, x, y Value) (bool, error) {
	if xs, ok := x.(String); ok {
		if ys, ok := y.(String); ok {
			return xs == ys, nil
		}
	}
	if sameObject(x, y) {
		return true, nil
	}
	return Equal(th, x, y)
}

// find returns the entry position of k, or -1.
func (ht *hashtable) find(th *Thread, k Value, h uint64) (int, error) {
	if ht.index == nil {
		for i := range ht.entries {
			e := &ht.entries[i]
			if e.key != nil && e.hash == h {
				eq, err := keysEqual(th, e.key, k)
				if err != nil {
					return -1, err
				}
				if eq {
					return i, nil
				}
			}
		}
		return -1, nil
	}
	mask := len(ht.index) - 1
	for s := slotOf(h, mask); ; s = (s + 1) & mask {
		p := ht.index[s]
		if p == 0 {
			return -1, nil
		}
		e := &ht.entries[p-1]
		if e.key != nil && e.hash == h {
			eq, err := keysEqual(th, e.key, k)
			if err != nil {
				return -1, err
			}
			if eq {
				return int(p - 1), nil
			}
		}
	}
}

func (ht *hashtable) rebuild() {
	if ht.live < len(ht.entries) {
		j := 0
		for _, e := range ht.entries {
			if e.key != nil {
				ht.entries[j] = e
				j++
			}
		}
		clear(ht.entries[j:])
		ht.entries = ht.entries[:j]
	}
	if len(ht.entries) <= linearMax {
		ht.index = nil
		return
	}
	n := 16
	for n < len(ht.entries)*3 {
		n *= 2
	}
	ht.index = make([]int32, n)
	mask := n - 1
	for i, e := range ht.entries {
		s := slotOf(e.hash, mask)
		for ht.index[s] != 0 {
			s = (s + 1) & mask
		}
		ht.index[s] = int32(i + 1)
	}
}

func (ht *hashtable) lookup(th *Thread, k Value) (Value, bool, error) {
	h, err := Hash(th, k)
	if err != nil {
		return nil, false, err
	}
	i, err := ht.find(th, k, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return ht.entries[i].value, true, nil
}

func (ht *hashtable) insert(th *Thread, k, v Value) error {
	h, err := Hash(th, k)
	if err != nil {
		return err
	}
	return ht.insertHashed(th, k, v, h)
}

func (ht *hashtable) insertHashed(th *Thread, k, v Value, h uint64) error {
	i, err := ht.find(th, k, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		ht.entries[i].value = v
		return nil
	}
	if len(ht.entries) >= maxAlloc {
		return errTooBig()
	}
	ht.entries = append(ht.entries, htEntry{key: k, value: v, hash: h})
	ht.live++
	ht.version++
	if ht.index == nil {
		if len(ht.entries) > linearMax {
			ht.rebuild()
		}
		return nil
	}
	if len(ht.entries)*3 > len(ht.index)*2 {
		ht.rebuild()
		return nil
	}
	mask := len(ht.index) - 1
	s := slotOf(h, mask)
	for ht.index[s] != 0 {
		s = (s + 1) & mask
	}
	ht.index[s] = int32(len(ht.entries))
	return nil
}

func (ht *hashtable) remove(th *Thread, k Value) (Value, bool, error) {
	h, err := Hash(th, k)
	if err != nil {
		return nil, false, err
	}
	i, err := ht.find(th, k, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	v := ht.entries[i].value
	ht.removeAt(i)
	return v, true, nil
}

func (ht *hashtable) removeAt(i int) {
	ht.entries[i].key = nil
	ht.entries[i].value = nil
	ht.live--
	ht.version++
	if ht.live == 0 {
		ht.entries = ht.entries[:0]
		ht.index = nil
		return
	}
	if ht.live*2 < len(ht.entries) {
		ht.rebuild()
	}
}

func (ht *hashtable) clear() {
	ht.entries = nil
	ht.index = nil
	ht.live = 0
	ht.version++
}

func (ht *hashtable) keys() []Value {
	ks := make([]Value, 0, ht.live)
	for _, e := range ht.entries {
		if e.key != nil {
			ks = append(ks, e.key)
		}
	}
	return ks
}

// htIterator iterates over keys, values or items, failing with
// RuntimeError when the table changes size during the iteration.
type htIterator struct {
	ht      *hashtable
	i       int
	version uint64
	kind    byte // 'k', 'v', 'i'
	what    string
	tname   string
}

func (it *htIterator) Type() string { return it.tname }

func (it *htIterator) Next(th *Thread) (Value, error) {
	if err := th.Charge(1); err != nil {
		return nil, err
	}
	if it.version != it.ht.version {
		if it.i < 0 {
			return nil, nil
		}
		it.i = -1
		return nil, NewError(RuntimeError, "%s changed size during iteration", it.what)
	}
	for it.i >= 0 && it.i < len(it.ht.entries) {
		e := &it.ht.entries[it.i]
		it.i++
		if e.key == nil {
			continue
		}
		switch it.kind {
		case 'v':
			return e.value, nil
		case 'i':
			return Tuple{e.key, e.value}, nil
		}
		return e.key, nil
	}
	it.i = -1
	return nil, nil
}

func (it *htIterator) Iterate(th *Thread) (Iterator, error) { return it, nil }

// Dict is Python's dict: insertion-ordered, keyed by hashable values.
type Dict struct {
	ht hashtable
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Type returns "dict".
func (d *Dict) Type() string { return "dict" }

// Len returns the number of entries.
func (d *Dict) Len() int { return d.ht.live }

// Get returns d[k]; found is false when k is absent. It fails only when k is
// unhashable or a key's __eq__ fails.
func (d *Dict) Get(th *Thread, k Value) (Value, bool, error) { return d.ht.lookup(th, k) }

// SetKey sets d[k] = v.
func (d *Dict) SetKey(th *Thread, k, v Value) error { return d.ht.insert(th, k, v) }

// Delete removes k, returning its value and whether it was present.
func (d *Dict) Delete(th *Thread, k Value) (Value, bool, error) { return d.ht.remove(th, k) }

// GetStr returns d[name] for a string key.
func (d *Dict) GetStr(name string) (Value, bool) {
	if d.ht.live == 0 {
		return nil, false
	}
	if d.ht.index == nil {
		// A small dict is searched without hashing the name.
		for i := range d.ht.entries {
			e := &d.ht.entries[i]
			if s, ok := e.key.(String); ok && string(s) == name {
				return e.value, true
			}
		}
		return nil, false
	}
	h := strHash(name)
	mask := len(d.ht.index) - 1
	for s := slotOf(h, mask); ; s = (s + 1) & mask {
		p := d.ht.index[s]
		if p == 0 {
			return nil, false
		}
		e := &d.ht.entries[p-1]
		if e.hash == h {
			if s, ok := e.key.(String); ok && string(s) == name {
				return e.value, true
			}
		}
	}
}

// SetStr sets d[name] = v for a string key.
func (d *Dict) SetStr(name string, v Value) {
	_ = d.ht.insertHashed(nil, String(name), v, strHash(name))
}

// DeleteStr removes a string key, reporting whether it was present.
func (d *Dict) DeleteStr(name string) bool {
	_, found, _ := d.ht.remove(nil, String(name))
	return found
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value { return d.ht.keys() }

// Items returns the (key, value) pairs in insertion order.
func (d *Dict) Items() []Tuple {
	items := make([]Tuple, 0, d.ht.live)
	for _, e := range d.ht.entries {
		if e.key != nil {
			items = append(items, Tuple{e.key, e.value})
		}
	}
	return items
}

// Clear removes all entries.
func (d *Dict) Clear() { d.ht.clear() }

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{}
	c.ht.entries = make([]htEntry, 0, d.ht.live)
	for _, e := range d.ht.entries {
		if e.key != nil {
			c.ht.entries = append(c.ht.entries, e)
		}
	}
	c.ht.live = len(c.ht.entries)
	c.ht.rebuild()
	return c
}

// Iterate iterates over the keys.
func (d *Dict) Iterate(th *Thread) (Iterator, error) {
	return &htIterator{ht: &d.ht, version: d.ht.version, kind: 'k', what: "dictionary", tname: "dict_keyiterator"}, nil
}

// Contains reports whether k is a key.
func (d *Dict) Contains(th *Thread, k Value) (bool, error) {
	_, found, err := d.ht.lookup(th, k)
	return found, err
}

// Repr renders {k: v, ...}.
func (d *Dict) Repr(th *Thread) (string, error) {
	if err := th.enterRepr(); err != nil {
		return "", err
	}
	defer th.leaveRepr()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for _, e := range d.ht.entries {
		if e.key == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k, err := Repr(th, e.key)
		if err != nil {
			return "", err
		}
		v, err := Repr(th, e.value)
		if err != nil {
			return "", err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

// dictEqual compares two dicts as Python does.
func dictEqual(th *Thread, x, y *Dict) (bool, error) {
	if x.Len() != y.Len() {
		return false, nil
	}
	for _, e := range x.ht.entries {
		if e.key == nil {
			continue
		}
		v, found, err := y.Get(th, e.key)
		if err != nil {
			return false, err
		}
		if !found {
			return false, nil
		}
		eq, err := keysEqual(th, e.value, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dictView is dict.keys(), dict.values() or dict.items().
type dictView struct {
	d    *Dict
	kind byte
}

func (v *dictView) Type() string {
	switch v.kind {
	case 'v':
		return "dict_values"
	case 'i':
		return "dict_items"
	}
	return "dict_keys"
}

func (v *dictView) Len() int { return v.d.Len() }

func (v *dictView) Iterate(th *Thread) (Iterator, error) {
	return &htIterator{ht: &v.d.ht, version: v.d.ht.version, kind: v.kind, what: "dictionary", tname: v.Type()[:5] + v.Type()[5:] + "iterator"}, nil
}

func (v *dictView) Contains(th *Thread, x Value) (bool, error) {
	switch v.kind {
	case 'k':
		return v.d.Contains(th, x)
	case 'i':
		t, ok := x.(Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, found, err := v.d.Get(th, t[0])
		if err != nil || !found {
			return false, err
		}
		return keysEqual(th, val, t[1])
	}
	for _, e := range v.d.ht.entries {
		if e.key != nil {
			eq, err := keysEqual(th, e.value, x)
			if err != nil || eq {
				return eq, err
			}
		}
	}
	return false, nil
}

func (v *dictView) Repr(th *Thread) (string, error) {
	var elems []Value
	for _, e := range v.d.ht.entries {
		if e.key == nil {
			continue
		}
		switch v.kind {
		case 'k':
			elems = append(elems, e.key)
		case 'v':
			elems = append(elems, e.value)
		default:
			elems = append(elems, Tuple{e.key, e.value})
		}
	}
	s, err := Repr(th, NewList(elems))
	if err != nil {
		return "", err
	}
	return v.Type() + "(" + s + ")", nil
}

// asSet materializes a keys or items view as a set (dictviews_to_set: a
// keys view as its dict, so with the dict's hashes).
func (v *dictView) asSet(th *Thread) (*Set, error) {
	if v.kind == 'k' {
		return setFromIterable(th, v.d, false)
	}
	return setFromIterable(th, v, false)
}

// Binary is dictviews_or, _sub, _xor and _PyDictView_Intersect: the left
// operand (a view or not) made a set, then updated with the right one.
func (v *dictView) Binary(th *Thread, op BinaryOp, y Value, side Side) (Value, error) {
	if v.kind == 'v' {
		return NotImplemented, nil
	}
	left, right := Value(v), y
	if side == Right {
		left, right = y, v
	}
	var s *Set
	var err error
	switch op {
	case Pipe, Minus, Caret:
		if lv, ok := left.(*dictView); ok {
			s, err = lv.asSet(th)
		} else {
			s, err = setFromIterable(th, left, false)
		}
		if err != nil {
			return nil, err
		}
	case Amp:
		return v.intersect(th, right)
	default:
		return NotImplemented, nil
	}
	switch op {
	case Pipe:
		err = s.update(th, right)
	case Minus:
		err = s.differenceUpdate(th, right)
	case Caret:
		err = s.symmetricDifferenceUpdate(th, right)
	}
	return s, err
}

// intersect is _PyDictView_Intersect: the smaller side iterated and
// looked up in the other.
func (v *dictView) intersect(th *Thread, other Value) (Value, error) {
	self := v
	n := v.Len()
	if os, ok := other.(*Set); ok && !os.frozen && n <= os.Len() {
		return os.intersection(th, v)
	}
	if ov, ok := other.(*dictView); ok && ov.kind != 'v' && ov.Len() > n {
		self, other = ov, v
	}
	out := NewSet()
	err := Iterate(th, other, func(x Value) error {
		in, err := self.Contains(th, x)
		if err != nil || !in {
			return err
		}
		return out.Add(th, x)
	})
	return out, err
}

func (v *dictView) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	if op != EQ && op != NE || v.kind == 'v' {
		return NotImplemented, nil
	}
	yv, ok := y.(*dictView)
	var other *Set
	var err error
	if ok && yv.kind != 'v' {
		other, err = yv.asSet(th)
	} else if ys, ok := y.(*Set); ok {
		other = ys
	} else {
		return NotImplemented, nil
	}
	if err != nil {
		return nil, err
	}
	s, err := v.asSet(th)
	if err != nil {
		return nil, err
	}
	eq, err := setEqual(th, s, other)
	if op == NE {
		eq = !eq
	}
	return Bool(eq), err
}

// dictUpdate implements dict.update(other, **kwargs) (and dict(...)).
func dictUpdate(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) error {
	if len(args) > 1 {
		return NewError(TypeError, "update expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 1 {
		src := args[0]
		if sd, ok := src.(*Dict); ok {
			for _, it := range sd.Items() {
				if err := d.SetKey(th, it[0], it[1]); err != nil {
					return err
				}
			}
		} else if keysM, err := getAttr(th, src, "keys"); err != nil {
			return err
		} else if keysM != nil {
			if err := mergeMapping(th, d, src, ""); err != nil {
				return err
			}
		} else {
			i := 0
			err := Iterate(th, src, func(x Value) error {
				pair, err := collect(th, x)
				if err != nil {
					return NewError(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				if len(pair) != 2 {
					return NewError(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				i++
				return d.SetKey(th, pair[0], pair[1])
			})
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Matches(TypeError) && strings.Contains(e.Message(), "is not iterable") {
					return NewError(TypeError, "'%s' object is not iterable", src.Type())
				}
				return err
			}
		}
	}
	for _, kw := range kwargs {
		d.SetStr(kw.Name, kw.Value)
	}
	return nil
}

func dictRecv(name string, args Tuple) (*Dict, error) {
	if len(args) > 0 {
		if d, ok := args[0].(*Dict); ok {
			return d, nil
		}
		if d, ok := mixinValue(args[0]).(*Dict); ok {
			return d, nil // dict.update(self, ...) in a dict subclass
		}
	}
	return nil, NewError(TypeError, "descriptor '%s' for 'dict' objects doesn't apply to this object", name)
}

func dictMethod(name string, fn func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error)) methodFunc {
	return func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		d, err := dictRecv(name, args)
		if err != nil {
			return nil, err
		}
		return fn(th, d, args[1:], kwargs)
	}
}

func init() {
	defMethods(DictClass, map[string]methodFunc{
		"get": dictMethod("get", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := noKwargs("dict.get", kwargs); err != nil {
				return nil, err
			}
			if err := argCount("get", args, 1, 2); err != nil {
				return nil, err
			}
			v, found, err := d.Get(th, args[0])
			if err != nil {
				return nil, err
			}
			if found {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}),
		"keys": dictMethod("keys", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			return &dictView{d: d, kind: 'k'}, argCount("dict.keys", args, 0, 0)
		}),
		"values": dictMethod("values", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			return &dictView{d: d, kind: 'v'}, argCount("dict.values", args, 0, 0)
		}),
		"items": dictMethod("items", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			return &dictView{d: d, kind: 'i'}, argCount("dict.items", args, 0, 0)
		}),
		"pop": dictMethod("pop", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("pop", args, 1, 2); err != nil {
				return nil, err
			}
			v, found, err := d.Delete(th, args[0])
			if err != nil {
				return nil, err
			}
			if found {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(KeyError, args[0])
		}),
		"popitem": dictMethod("popitem", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			for i := len(d.ht.entries) - 1; i >= 0; i-- {
				e := d.ht.entries[i]
				if e.key != nil {
					d.ht.removeAt(i)
					return Tuple{e.key, e.value}, nil
				}
			}
			return nil, NewError(KeyError, "popitem(): dictionary is empty")
		}),
		"setdefault": dictMethod("setdefault", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("setdefault", args, 1, 2); err != nil {
				return nil, err
			}
			v, found, err := d.Get(th, args[0])
			if err != nil {
				return nil, err
			}
			if found {
				return v, nil
			}
			var def Value = None
			if len(args) == 2 {
				def = args[1]
			}
			return def, d.SetKey(th, args[0], def)
		}),
		"update": dictMethod("update", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			return None, dictUpdate(th, d, args, kwargs)
		}),
		"copy": dictMethod("copy", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			return d.Copy(), nil
		}),
		"clear": dictMethod("clear", func(th *Thread, d *Dict, args Tuple, kwargs []Kwarg) (Value, error) {
			d.Clear()
			return None, nil
		}),
	})
	DictClass.Dict.SetStr("fromkeys", &ClassMethod{Func: NewBuiltin("fromkeys", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("fromkeys", args[1:], 1, 2); err != nil {
			return nil, err
		}
		var v Value = None
		if len(args) == 3 {
			v = args[2]
		}
		d := NewDict()
		err := Iterate(th, args[1], func(k Value) error { return d.SetKey(th, k, v) })
		return d, err
	})})
}
