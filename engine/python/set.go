package python

import "errors"

// Set is Python's set, or frozenset when frozen: CPython's open-addressing
// table (Objects/setobject.c) slot for slot, so that a set iterates, and
// prints, in CPython's order. With CPython's hashes (SipHash-1-3 for str
// under PYTHONHASHSEED=0, the reference's setting; ints are themselves)
// {'name', 'body'} prints as {'body', 'name'}, as in the REPL.
type Set struct {
	// table is CPython's table, mask+1 slots (nil until the first
	// insertion: the 8-slot smalltable), holding positions in entries:
	// 0 an unused slot, slotDummy a deleted one, k the entry k-1.
	table      []int32
	entries    []setEntry
	fill, used int // active+dummy slots, active slots
	finger     int // where pop() looks next
	frozen     bool
}

// setEntry is an element and its hash.
type setEntry struct {
	key  Value
	hash uint64
}

const (
	setMinSize      = 8  // PySet_MINSIZE
	setLinearProbes = 9  // LINEAR_PROBES
	setPerturbShift = 5  // PERTURB_SHIFT
	slotDummy       = -1 // a deleted slot (CPython's dummy, hash -1)
	dummyHash       = ^uint64(0)
)

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns an empty frozenset (fill it before exposing it).
func NewFrozenSet() *Set { return &Set{frozen: true} }

// Type returns "set" or "frozenset".
func (s *Set) Type() string {
	if s.frozen {
		return "frozenset"
	}
	return "set"
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func (s *Set) mask() int {
	if s.table == nil {
		return setMinSize - 1
	}
	return len(s.table) - 1
}

func (s *Set) tab() []int32 {
	if s.table == nil {
		s.table = make([]int32, setMinSize)
	}
	return s.table
}

// at is the entry in slot i, ok false for an unused or deleted slot.
func (s *Set) at(i int) (setEntry, bool) {
	if p := s.table[i]; p > 0 {
		return s.entries[p-1], true
	}
	return setEntry{}, false
}

// hashKey is hash(x) as a set stores it (never the dummy's -1).
func hashKey(th *Thread, x Value) (uint64, error) {
	h, err := Hash(th, x)
	if h == dummyHash {
		h--
	}
	return h, err
}

// lookkey is set_lookkey: the slot holding key, or -1.
func (s *Set) lookkey(th *Thread, key Value, h uint64) (int, error) {
	if s.used == 0 {
		return -1, nil
	}
	t := s.table
	mask := uint64(len(t) - 1)
	perturb := h
	i := h & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			p := t[j]
			if p == 0 {
				return -1, nil
			}
			if p > 0 && s.entries[p-1].hash == h {
				eq, err := keysEqual(th, s.entries[p-1].key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(j), nil
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// put stores a new entry in slot i.
func (s *Set) put(i int, key Value, h uint64) {
	s.entries = append(s.entries, setEntry{key, h})
	s.table[i] = int32(len(s.entries))
}

// addEntry is set_add_entry.
func (s *Set) addEntry(th *Thread, key Value, h uint64) error {
	t := s.tab()
	mask := uint64(len(t) - 1)
	perturb := h
	i := h & mask
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			p := t[j]
			if p == 0 {
				if free >= 0 {
					s.put(free, key, h)
					s.used++
					return nil
				}
				if s.used >= maxAlloc {
					return errTooBig()
				}
				s.put(int(j), key, h)
				s.fill++
				s.used++
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				return s.resize(th, s.growth())
			}
			if p > 0 {
				if e := s.entries[p-1]; e.hash == h {
					eq, err := keysEqual(th, e.key, key)
					if err != nil {
						return err
					}
					if eq {
						return nil
					}
				}
			} else {
				free = int(j)
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) growth() int {
	if s.used > 50000 {
		return s.used * 2
	}
	return s.used * 4
}

// insertClean is set_insert_clean: the entry at position p (1-based) is
// known to be absent from t, which has no dummies.
func insertClean(t []int32, p int32, h uint64) {
	mask := uint64(len(t) - 1)
	perturb := h
	i := h & mask
	for {
		if t[i] == 0 {
			t[i] = p
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if t[j] == 0 {
					t[j] = p
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: the smallest table larger than minused,
// the active entries reinserted in slot order (and compacted).
func (s *Set) resize(th *Thread, minused int) error {
	n := setMinSize
	for n <= minused {
		n <<= 1
	}
	old := s.table
	if n == setMinSize && len(old) <= setMinSize && s.fill == s.used {
		return nil
	}
	if err := th.Reserve(int64(n)*4 + int64(s.used)*24); err != nil {
		return err
	}
	t := make([]int32, n)
	entries := make([]setEntry, 0, s.used)
	for _, p := range old {
		if p > 0 {
			e := s.entries[p-1]
			entries = append(entries, e)
			insertClean(t, int32(len(entries)), e.hash)
		}
	}
	s.table, s.entries = t, entries
	s.fill = s.used
	return nil
}

// discardSlot marks slot i deleted.
func (s *Set) discardSlot(i int) {
	p := s.table[i]
	s.entries[p-1] = setEntry{}
	s.table[i] = slotDummy
	s.used--
}

// discardEntry is set_discard_entry: whether key was there.
func (s *Set) discardEntry(th *Thread, key Value, h uint64) (bool, error) {
	i, err := s.lookkey(th, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.discardSlot(i)
	return true, nil
}

// discard is set_discard_key.
func (s *Set) discard(th *Thread, key Value) (bool, error) {
	h, err := hashKey(th, key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(th, key, h)
}

// clear is set_clear_internal: back to the small table.
func (s *Set) clear() {
	s.table, s.entries = nil, nil
	s.fill, s.used = 0, 0
}

// Add adds x (set_add_key).
func (s *Set) Add(th *Thread, x Value) error {
	h, err := hashKey(th, x)
	if err != nil {
		return err
	}
	return s.addEntry(th, x, h)
}

// Has reports whether x is an element.
func (s *Set) Has(th *Thread, x Value) (bool, error) {
	h, err := hashKey(th, x)
	if err != nil {
		return false, err
	}
	i, err := s.lookkey(th, x, h)
	return i >= 0, err
}

// Contains implements `x in s`.
func (s *Set) Contains(th *Thread, x Value) (bool, error) {
	found, err := s.Has(th, x)
	if err != nil {
		if sx, ok := x.(*Set); ok && !sx.frozen {
			// CPython retries a set key as a frozenset.
			return s.Has(th, sx.copyAs(true))
		}
	}
	return found, err
}

// each calls fn for the active entries in slot order (set_next).
func (s *Set) each(fn func(e setEntry) error) error {
	for _, p := range s.table {
		if p > 0 {
			if err := fn(s.entries[p-1]); err != nil {
				return err
			}
		}
	}
	return nil
}

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Value {
	out := make([]Value, 0, s.used)
	s.each(func(e setEntry) error { out = append(out, e.key); return nil })
	return out
}

// setIterator is CPython's set_iterator: a position in the table, failing
// when the set's size changed.
type setIterator struct {
	s    *Set
	used int
	pos  int
}

func (it *setIterator) Type() string { return "set_iterator" }

func (it *setIterator) Next(th *Thread) (Value, error) {
	s := it.s
	if s == nil {
		return nil, nil
	}
	if it.used != s.used {
		it.s = nil
		return nil, NewError(RuntimeError, "Set changed size during iteration")
	}
	if err := th.Charge(1); err != nil {
		return nil, err
	}
	for ; it.pos < len(s.table); it.pos++ {
		if e, ok := s.at(it.pos); ok {
			it.pos++
			return e.key, nil
		}
	}
	it.s = nil
	return nil, nil
}

func (it *setIterator) Iterate(th *Thread) (Iterator, error) { return it, nil }

// Iterate iterates over the elements.
func (s *Set) Iterate(th *Thread) (Iterator, error) {
	return &setIterator{s: s, used: s.used}, nil
}

// Repr renders {a, b}, set(), frozenset({a}).
func (s *Set) Repr(th *Thread) (string, error) {
	if s.Len() == 0 {
		return s.Type() + "()", nil
	}
	r, err := joinReprs(th, "{", s.Elems(), "}")
	if err != nil {
		return "", err
	}
	if s.frozen {
		return "frozenset(" + r + ")", nil
	}
	return r, nil
}

// merge is set_merge: other's entries added to s.
func (s *Set) merge(th *Thread, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		if err := s.resize(th, (s.used+o.used)*2); err != nil {
			return err
		}
	}
	if s.fill == 0 && s.mask() == o.mask() && o.fill == o.used {
		// The same slots.
		s.table = make([]int32, len(o.table))
		s.entries = make([]setEntry, 0, o.used)
		for i, p := range o.table {
			if p > 0 {
				s.entries = append(s.entries, o.entries[p-1])
				s.table[i] = int32(len(s.entries))
			}
		}
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		t := s.tab()
		o.each(func(e setEntry) error {
			s.entries = append(s.entries, e)
			insertClean(t, int32(len(s.entries)), e.hash)
			return nil
		})
		s.fill, s.used = o.used, o.used
		return nil
	}
	for i := 0; i < len(o.table); i++ {
		if e, ok := o.at(i); ok {
			if err := s.addEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update is set_update_internal: a set is merged, a dict's keys added
// with their hashes after one resize, any other iterable added in turn.
func (s *Set) update(th *Thread, v Value) error {
	switch o := v.(type) {
	case *Set:
		return s.merge(th, o)
	case *Dict:
		n := o.Len()
		if (s.fill+n)*5 >= s.mask()*3 {
			if err := s.resize(th, (s.used+n)*2); err != nil {
				return err
			}
		}
		for _, e := range o.ht.entries {
			if e.key != nil {
				if err := s.addEntry(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return Iterate(th, v, func(x Value) error { return s.Add(th, x) })
}

// copyAs is make_new_set(type, s).
func (s *Set) copyAs(frozen bool) *Set {
	c := &Set{frozen: frozen}
	c.merge(nil, s)
	return c
}

func setFromIterable(th *Thread, v Value, frozen bool) (*Set, error) {
	if s, ok := v.(*Set); ok {
		if frozen && s.frozen {
			return s, nil // frozenset(f) is f
		}
		return s.copyAs(frozen), nil
	}
	s := &Set{frozen: frozen}
	if err := s.update(th, v); err != nil {
		return nil, err
	}
	return s, nil
}

func setEqual(th *Thread, x, y *Set) (bool, error) {
	if x.Len() != y.Len() {
		return false, nil
	}
	return isSubset(th, x, y)
}

func isSubset(th *Thread, x, y *Set) (bool, error) {
	if x.Len() > y.Len() {
		return false, nil
	}
	found := true
	err := x.each(func(e setEntry) error {
		i, err := y.lookkey(th, e.key, e.hash)
		if err != nil || i < 0 {
			found = false
			if err == nil {
				err = errStop
			}
		}
		return err
	})
	if err == errStop {
		err = nil
	}
	return found && err == nil, err
}

// intersection is set_intersection: a new set of so's type.
func (so *Set) intersection(th *Thread, other Value) (*Set, error) {
	if other == so {
		return so.copyAs(so.frozen), nil
	}
	out := &Set{frozen: so.frozen}
	if o, ok := other.(*Set); ok {
		a, b := so, o
		if b.Len() > a.Len() {
			a, b = b, a
		}
		err := b.each(func(e setEntry) error {
			i, err := a.lookkey(th, e.key, e.hash)
			if err != nil || i < 0 {
				return err
			}
			return out.addEntry(th, e.key, e.hash)
		})
		return out, err
	}
	it, err := GetIterator(th, other)
	if err != nil {
		return nil, err
	}
	for {
		x, err := it.Next(th)
		if err != nil || x == nil {
			return out, err
		}
		h, err := hashKey(th, x)
		if err != nil {
			return nil, err
		}
		i, err := so.lookkey(th, x, h)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			if err := out.addEntry(th, x, h); err != nil {
				return nil, err
			}
			if out.Len() >= so.Len() {
				return out, nil
			}
		}
	}
}

// differenceUpdate is set_difference_update_internal.
func (so *Set) differenceUpdate(th *Thread, other Value) error {
	if other == so {
		so.clear()
		return nil
	}
	if o, ok := other.(*Set); ok {
		if o.Len()>>3 > so.Len() {
			var err error
			if o, err = so.intersection(th, o); err != nil {
				return err
			}
		}
		if err := o.each(func(e setEntry) error {
			_, err := so.discardEntry(th, e.key, e.hash)
			return err
		}); err != nil {
			return err
		}
	} else if err := Iterate(th, other, func(x Value) error {
		_, err := so.discard(th, x)
		return err
	}); err != nil {
		return err
	}
	if so.fill-so.used > so.mask()/4 {
		return so.resize(th, so.growth())
	}
	return nil
}

// difference is set_difference.
func (so *Set) difference(th *Thread, other Value) (*Set, error) {
	var n int
	switch o := other.(type) {
	case *Set:
		n = o.Len()
	case *Dict:
		n = o.Len()
	default:
		n = -1
	}
	if n < 0 || so.Len()>>2 > n {
		out := so.copyAs(so.frozen)
		return out, out.differenceUpdate(th, other)
	}
	out := &Set{frozen: so.frozen}
	err := so.each(func(e setEntry) error {
		var found bool
		switch o := other.(type) {
		case *Set:
			i, err := o.lookkey(th, e.key, e.hash)
			if err != nil {
				return err
			}
			found = i >= 0
		case *Dict:
			i, err := o.ht.find(th, e.key, e.hash)
			if err != nil {
				return err
			}
			found = i >= 0
		}
		if found {
			return nil
		}
		return out.addEntry(th, e.key, e.hash)
	})
	return out, err
}

// symmetricDifferenceUpdate is set_symmetric_difference_update.
func (so *Set) symmetricDifferenceUpdate(th *Thread, other Value) error {
	if other == so {
		so.clear()
		return nil
	}
	toggle := func(key Value, h uint64) error {
		found, err := so.discardEntry(th, key, h)
		if err != nil || found {
			return err
		}
		return so.addEntry(th, key, h)
	}
	if d, ok := other.(*Dict); ok {
		for _, e := range d.ht.entries {
			if e.key != nil {
				if err := toggle(e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	o, ok := other.(*Set)
	if !ok {
		var err error
		if o, err = setFromIterable(th, other, so.frozen); err != nil {
			return err
		}
	}
	return o.each(func(e setEntry) error { return toggle(e.key, e.hash) })
}

// symmetricDifference is set_symmetric_difference.
func (so *Set) symmetricDifference(th *Thread, other Value) (*Set, error) {
	o := &Set{frozen: so.frozen}
	if err := o.update(th, other); err != nil {
		return nil, err
	}
	return o, o.symmetricDifferenceUpdate(th, so)
}

// setBinary implements | & - ^ on two sets; the result has x's type.
func setBinary(th *Thread, op BinaryOp, x, y *Set) (Value, error) {
	switch op {
	case Pipe:
		out := x.copyAs(x.frozen)
		if y == x {
			return out, nil
		}
		return out, out.update(th, y)
	case Amp:
		return x.intersection(th, y)
	case Minus:
		return x.difference(th, y)
	case Caret:
		return x.symmetricDifference(th, y)
	}
	return NotImplemented, nil
}

// setInplace implements |= &= -= ^= on a set.
func setInplace(th *Thread, op BinaryOp, x, y *Set) error {
	switch op {
	case Pipe:
		return x.update(th, y)
	case Amp:
		r, err := x.intersection(th, y)
		if err != nil {
			return err
		}
		x.swapBody(r)
		return nil
	case Minus:
		return x.differenceUpdate(th, y)
	case Caret:
		return x.symmetricDifferenceUpdate(th, y)
	}
	return nil
}

// swapBody is set_swap_bodies, one way: x takes r's table.
func (x *Set) swapBody(r *Set) {
	x.table, x.entries, x.fill, x.used = r.table, r.entries, r.fill, r.used
}

func (s *Set) hash(th *Thread) (uint64, error) {
	// CPython's frozenset hash algorithm (order independent).
	var h uint64
	s.each(func(e setEntry) error {
		x := e.hash
		h ^= ((x ^ (x << 16)) ^ 89869747) * 3644798167
		return nil
	})
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return h, nil
}

func setRecv(name string, args Tuple, mutating bool) (*Set, error) {
	if len(args) > 0 {
		if s, ok := args[0].(*Set); ok && (!mutating || !s.frozen) {
			return s, nil
		}
	}
	return nil, NewError(TypeError, "descriptor '%s' requires a 'set' object", name)
}

func setMethod(name string, mutating bool, fn func(th *Thread, s *Set, args Tuple) (Value, error)) methodFunc {
	return func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		s, err := setRecv(name, args, mutating)
		if err != nil {
			return nil, err
		}
		if err := noKwargs("set."+name, kwargs); err != nil {
			return nil, err
		}
		return fn(th, s, args[1:])
	}
}

// setOneArg is a set method of one other set or iterable.
func setOneArg(name string, mutating bool, fn func(th *Thread, s *Set, other Value) (Value, error)) methodFunc {
	return setMethod(name, mutating, func(th *Thread, s *Set, args Tuple) (Value, error) {
		if err := argCount(name, args, 1, 1); err != nil {
			return nil, err
		}
		return fn(th, s, args[0])
	})
}

func init() {
	common := map[string]methodFunc{
		"union": setMethod("union", false, func(th *Thread, s *Set, args Tuple) (Value, error) {
			out := s.copyAs(s.frozen)
			for _, o := range args {
				if o != Value(s) {
					if err := out.update(th, o); err != nil {
						return nil, err
					}
				}
			}
			return out, nil
		}),
		"intersection": setMethod("intersection", false, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if len(args) == 0 {
				return s.copyAs(s.frozen), nil
			}
			out := s
			for _, o := range args {
				var err error
				if out, err = out.intersection(th, o); err != nil {
					return nil, err
				}
			}
			return out, nil
		}),
		"difference": setMethod("difference", false, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if len(args) == 0 {
				return s.copyAs(s.frozen), nil
			}
			out, err := s.difference(th, args[0])
			if err != nil {
				return nil, err
			}
			for _, o := range args[1:] {
				if err := out.differenceUpdate(th, o); err != nil {
					return nil, err
				}
			}
			return out, nil
		}),
		"symmetric_difference": setOneArg("symmetric_difference", false, func(th *Thread, s *Set, o Value) (Value, error) {
			return s.symmetricDifference(th, o)
		}),
		"issubset": setOneArg("issubset", false, func(th *Thread, s *Set, a Value) (Value, error) {
			o, err := setFromIterable(th, a, false)
			if err != nil {
				return nil, err
			}
			r, err := isSubset(th, s, o)
			return Bool(r), err
		}),
		"issuperset": setOneArg("issuperset", false, func(th *Thread, s *Set, a Value) (Value, error) {
			o, err := setFromIterable(th, a, false)
			if err != nil {
				return nil, err
			}
			r, err := isSubset(th, o, s)
			return Bool(r), err
		}),
		"isdisjoint": setOneArg("isdisjoint", false, func(th *Thread, s *Set, a Value) (Value, error) {
			r, err := s.intersection(th, a)
			if err != nil {
				return nil, err
			}
			return Bool(r.Len() == 0), nil
		}),
		"copy": setMethod("copy", false, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if s.frozen {
				return s, nil
			}
			return s.copyAs(false), nil
		}),
	}
	defMethods(FrozenSetClass, common)
	defMethods(SetClass, common)
	defMethods(SetClass, map[string]methodFunc{
		"add": setOneArg("set.add", true, func(th *Thread, s *Set, x Value) (Value, error) {
			return None, s.Add(th, x)
		}),
		"remove": setOneArg("set.remove", true, func(th *Thread, s *Set, x Value) (Value, error) {
			found, err := s.discard(th, x)
			if err != nil {
				return nil, err
			}
			if !found {
				return nil, NewException(KeyError, x)
			}
			return None, nil
		}),
		"discard": setOneArg("set.discard", true, func(th *Thread, s *Set, x Value) (Value, error) {
			_, err := s.discard(th, x)
			return None, err
		}),
		"pop": setMethod("pop", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			// set_pop: from the finger on, wrapping around.
			if s.used == 0 {
				return nil, NewError(KeyError, "pop from an empty set")
			}
			i := s.finger & s.mask()
			for s.table[i] <= 0 {
				i = (i + 1) & s.mask()
			}
			e, _ := s.at(i)
			s.discardSlot(i)
			s.finger = i + 1
			return e.key, nil
		}),
		"clear": setMethod("clear", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			s.clear()
			return None, nil
		}),
		"update": setMethod("update", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			for _, o := range args {
				if err := s.update(th, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		}),
		"intersection_update": setMethod("intersection_update", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			out := s
			for _, o := range args {
				var err error
				if out, err = out.intersection(th, o); err != nil {
					return nil, err
				}
			}
			if len(args) == 0 {
				out = s.copyAs(false)
			}
			s.swapBody(out)
			return None, nil
		}),
		"difference_update": setMethod("difference_update", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			for _, o := range args {
				if err := s.differenceUpdate(th, o); err != nil {
					return nil, err
				}
			}
			return None, nil
		}),
		"symmetric_difference_update": setOneArg("symmetric_difference_update", true, func(th *Thread, s *Set, o Value) (Value, error) {
			return None, s.symmetricDifferenceUpdate(th, o)
		}),
	})
}

// errStop ends an each() early.
var errStop = errors.New("stop")
