package orm

// pySet reproduces the iteration order of a CPython set (Objects/
// setobject.c: open addressing with linear probes, perturbation, resizing
// and dummy entries) for the values Django keeps in sets while deleting
// and while managing related objects: primary keys and model instances
// (hashed by pk). Django renders those sets into SQL (`pk__in=old_ids`,
// the pks of a Collector field update) and into error messages
// (ProtectedError's set of objects), so the order has to be CPython's.
//
// Only integer hashes are reproduced (hash(n) is n for the pks Django
// uses); a set holding a value with another hash (strings, whose hash is
// randomised per process in CPython, so Django's own order varies) keeps
// insertion order instead.
type pySet struct {
	table  []pySlot
	fill   int
	used   int
	hashed bool // every key so far has an integer hash
	order  []any
}

type pySlot struct {
	state uint8 // 0 empty, 1 active, 2 dummy
	hash  uint64
	key   any
}

const (
	pySetMinSize  = 8
	pyLinearProbe = 9
	pyPerturb     = 5
	pyHashModulus = 1<<61 - 1
)

func newPySet() *pySet {
	return &pySet{table: make([]pySlot, pySetMinSize), hashed: true}
}

// pyHash is hash(v) for ints and instances with an integer pk; ok is false
// for values whose hash CPython randomises or this file does not model.
func pyHash(v any) (uint64, bool) {
	switch x := v.(type) {
	case *Instance:
		return pyHash(x.Pk())
	case int64:
		var h int64
		if x >= 0 {
			h = x % pyHashModulus
		} else {
			h = -((-x) % pyHashModulus)
		}
		if h == -1 {
			h = -2
		}
		return uint64(h), true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case pyTuple:
		// tuplehash (Objects/tupleobject.c, xxHash-style since 3.8).
		const (
			prime1 = 11400714785074694791
			prime2 = 14029467366897019727
			prime5 = 2870177450012600261
		)
		acc := uint64(prime5)
		for _, item := range x {
			lane, ok := pyHash(item)
			if !ok {
				return 0, false
			}
			acc += lane * prime2
			acc = acc<<31 | acc>>33
			acc *= prime1
		}
		acc += uint64(len(x)) ^ (prime5 ^ 3527539)
		if acc == ^uint64(0) {
			return 1546275796, true
		}
		return acc, true
	}
	return 0, false
}

// pyTuple is a Python tuple as a set key (its hash is CPython's).
type pyTuple []any

// pyEqual is == between set keys (Model.__eq__ for instances).
func pyEqual(a, b any) bool {
	ia, okA := a.(*Instance)
	ib, okB := b.(*Instance)
	if okA && okB {
		return ia.Equal(ib)
	}
	if okA || okB {
		return false
	}
	if ta, ok := a.(pyTuple); ok {
		tb, ok := b.(pyTuple)
		if !ok || len(ta) != len(tb) {
			return false
		}
		for i := range ta {
			if !pyEqual(ta[i], tb[i]) {
				return false
			}
		}
		return true
	}
	if _, ok := b.(pyTuple); ok {
		return false
	}
	return valuesEqual(a, b)
}

// has reports whether key is in the set.
func (s *pySet) has(key any) bool {
	for _, k := range s.items() {
		if pyEqual(k, key) {
			return true
		}
	}
	return false
}

// add is set.add(key).
func (s *pySet) add(key any) {
	if s.has(key) {
		return
	}
	s.order = append(s.order, key)
	h, ok := pyHash(key)
	if !ok {
		s.hashed = false
	}
	if !s.hashed {
		s.used++
		return
	}
	mask := uint64(len(s.table) - 1)
	i := h & mask
	perturb := h
	free := -1
	for {
		probes := 0
		if i+pyLinearProbe <= mask {
			probes = pyLinearProbe
		}
		for j := uint64(0); ; j++ {
			e := &s.table[i+j]
			if e.state == 0 {
				if free >= 0 {
					s.table[free] = pySlot{1, h, key}
					s.used++
					return
				}
				*e = pySlot{1, h, key}
				s.fill++
				s.used++
				if s.fill*5 >= int(mask)*3 {
					n := s.used * 4
					if s.used > 50000 {
						n = s.used * 2
					}
					s.resize(n)
				}
				return
			}
			if e.state == 2 {
				// CPython 3.11 keeps the last dummy seen, not the first.
				free = int(i + j)
			}
			if j == uint64(probes) {
				break
			}
		}
		perturb >>= pyPerturb
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: a table of the smallest power of two above
// minused, active entries reinserted in table order.
func (s *pySet) resize(minused int) {
	size := pySetMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]pySlot, size)
	s.fill = s.used
	for _, e := range old {
		if e.state == 1 {
			s.insertClean(e.hash, e.key)
		}
	}
}

// insertClean is set_insert_clean.
func (s *pySet) insertClean(h uint64, key any) {
	mask := uint64(len(s.table) - 1)
	i := h & mask
	perturb := h
	for {
		if s.table[i].state == 0 {
			s.table[i] = pySlot{1, h, key}
			return
		}
		if i+pyLinearProbe <= mask {
			for j := uint64(1); j <= pyLinearProbe; j++ {
				if s.table[i+j].state == 0 {
					s.table[i+j] = pySlot{1, h, key}
					return
				}
			}
		}
		perturb >>= pyPerturb
		i = (i*5 + 1 + perturb) & mask
	}
}

// discard is set.discard(key): the slot becomes a dummy.
func (s *pySet) discard(key any) {
	for i, k := range s.order {
		if pyEqual(k, key) {
			s.order = append(s.order[:i:i], s.order[i+1:]...)
			break
		}
	}
	if !s.hashed {
		s.used = len(s.order)
		return
	}
	for i := range s.table {
		e := &s.table[i]
		if e.state == 1 && pyEqual(e.key, key) {
			e.state, e.key = 2, nil
			s.used--
			return
		}
	}
}

// copy is set(s) (set_merge into an empty set).
func (s *pySet) copy() *pySet {
	c := newPySet()
	if !s.hashed {
		c.hashed = false
		c.order = append([]any(nil), s.order...)
		c.used = len(c.order)
		return c
	}
	if s.used == 0 {
		return c
	}
	if s.used*5 >= (len(c.table)-1)*3 {
		c.resize(s.used * 2)
	}
	if len(c.table) == len(s.table) && s.fill == s.used {
		copy(c.table, s.table)
	} else {
		for _, e := range s.table {
			if e.state == 1 {
				c.insertClean(e.hash, e.key)
			}
		}
	}
	c.fill, c.used = s.used, s.used
	c.order = c.items()
	return c
}

// difference is s.difference(iterable) for an iterable that is no set
// (set_copy_and_difference): a copy with the others discarded.
func (s *pySet) difference(others []any) *pySet {
	c := s.copy()
	for _, o := range others {
		c.discard(o)
	}
	// set_difference_update_internal: more than a quarter dummies are
	// resized away.
	if c.hashed && c.fill-c.used > (len(c.table)-1)/4 {
		n := c.used * 4
		if c.used > 50000 {
			n = c.used * 2
		}
		c.resize(n)
	}
	return c
}

// differenceSet is s - other for a set other (set_difference): a copy
// with other's keys discarded when s is much larger, else a new set of
// s's keys not in other, added in s's order.
func (s *pySet) differenceSet(other *pySet) *pySet {
	if s.len()>>2 > other.len() {
		return s.difference(other.items())
	}
	r := newPySet()
	for _, k := range s.items() {
		if !other.has(k) {
			r.add(k)
		}
	}
	return r
}

// items are the keys in iteration order.
func (s *pySet) items() []any {
	if !s.hashed {
		return s.order
	}
	var out []any
	for _, e := range s.table {
		if e.state == 1 {
			out = append(out, e.key)
		}
	}
	return out
}

// len is len(s).
func (s *pySet) len() int { return s.used }

// instances are the keys as instances.
func (s *pySet) instances() []*Instance {
	var out []*Instance
	for _, k := range s.items() {
		out = append(out, k.(*Instance))
	}
	return out
}

// SetOrder returns vals in the order a CPython set built by adding them
// one by one iterates (duplicates dropped): the order Django's sets of
// pks and instances give. Bindings use it to render such sets.
func SetOrder(vals []any) []any {
	s := newPySet()
	for _, v := range vals {
		s.add(v)
	}
	return s.items()
}

// InstanceSetOrder is SetOrder for instances.
func InstanceSetOrder(objs []*Instance) []*Instance {
	s := newPySet()
	for _, o := range objs {
		s.add(o)
	}
	return s.instances()
}
