package python

// Set is Python's set, or frozenset when frozen. Iteration follows insertion
// order (CPython's order depends on hashes; ours is deterministic).
type Set struct {
	ht     hashtable
	frozen bool
}

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
func (s *Set) Len() int { return s.ht.live }

// Add adds x.
func (s *Set) Add(th *Thread, x Value) error { return s.ht.insert(th, x, None) }

// Has reports whether x is an element.
func (s *Set) Has(th *Thread, x Value) (bool, error) {
	_, found, err := s.ht.lookup(th, x)
	return found, err
}

// Contains implements `x in s`.
func (s *Set) Contains(th *Thread, x Value) (bool, error) {
	found, err := s.Has(th, x)
	if err != nil {
		if sx, ok := x.(*Set); ok && !sx.frozen {
			// CPython retries a set key as a frozenset.
			f := &Set{ht: sx.ht, frozen: true}
			return s.Has(th, f)
		}
	}
	return found, err
}

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Value { return s.ht.keys() }

// Iterate iterates over the elements.
func (s *Set) Iterate(th *Thread) (Iterator, error) {
	return &htIterator{ht: &s.ht, version: s.ht.version, kind: 'k', what: "Set", tname: "set_iterator"}, nil
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

func (s *Set) copyAs(frozen bool) *Set {
	c := &Set{frozen: frozen}
	for _, e := range s.ht.entries {
		if e.key != nil {
			c.ht.entries = append(c.ht.entries, e)
		}
	}
	c.ht.live = len(c.ht.entries)
	c.ht.rebuild()
	return c
}

func setFromIterable(th *Thread, v Value, frozen bool) (*Set, error) {
	if s, ok := v.(*Set); ok {
		return s.copyAs(frozen), nil
	}
	s := &Set{frozen: frozen}
	err := Iterate(th, v, func(x Value) error { return s.Add(th, x) })
	if err != nil {
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
	for _, e := range x.ht.entries {
		if e.key == nil {
			continue
		}
		found, err := y.Has(th, e.key)
		if err != nil || !found {
			return false, err
		}
	}
	return true, nil
}

// setBinary implements | & - ^ on two sets; the result has x's type.
func setBinary(th *Thread, op BinaryOp, x, y *Set) (Value, error) {
	out := &Set{frozen: x.frozen}
	switch op {
	case Pipe:
		out = x.copyAs(x.frozen)
		for _, e := range y.ht.entries {
			if e.key != nil {
				if err := out.Add(th, e.key); err != nil {
					return nil, err
				}
			}
		}
	case Amp:
		for _, e := range x.ht.entries {
			if e.key != nil {
				found, err := y.Has(th, e.key)
				if err != nil {
					return nil, err
				}
				if found {
					out.Add(th, e.key)
				}
			}
		}
	case Minus:
		for _, e := range x.ht.entries {
			if e.key != nil {
				found, err := y.Has(th, e.key)
				if err != nil {
					return nil, err
				}
				if !found {
					out.Add(th, e.key)
				}
			}
		}
	case Caret:
		for _, e := range x.ht.entries {
			if e.key != nil {
				found, err := y.Has(th, e.key)
				if err != nil {
					return nil, err
				}
				if !found {
					out.Add(th, e.key)
				}
			}
		}
		for _, e := range y.ht.entries {
			if e.key != nil {
				found, err := x.Has(th, e.key)
				if err != nil {
					return nil, err
				}
				if !found {
					out.Add(th, e.key)
				}
			}
		}
	default:
		return NotImplemented, nil
	}
	return out, nil
}

func (s *Set) hash(th *Thread) (uint64, error) {
	// CPython's frozenset hash algorithm (order independent).
	var h uint64
	for _, e := range s.ht.entries {
		if e.key == nil {
			continue
		}
		x := e.hash
		h ^= ((x ^ (x << 16)) ^ 89869747) * 3644798167
	}
	h ^= (uint64(s.ht.live) + 1) * 1927868237
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

// setOpMethod implements union & co. with any number of iterable args.
func setOpMethod(name string, op BinaryOp, inplace bool) methodFunc {
	return setMethod(name, inplace, func(th *Thread, s *Set, args Tuple) (Value, error) {
		acc := s
		if !inplace {
			acc = s.copyAs(s.frozen)
		}
		for _, a := range args {
			o, err := setFromIterable(th, a, false)
			if err != nil {
				return nil, err
			}
			r, err := setBinary(th, op, acc, o)
			if err != nil {
				return nil, err
			}
			if inplace {
				acc.ht = r.(*Set).ht
				acc.ht.version++
			} else {
				acc = r.(*Set)
			}
		}
		if inplace {
			return None, nil
		}
		return acc, nil
	})
}

func init() {
	common := map[string]methodFunc{
		"union":                setOpMethod("union", Pipe, false),
		"intersection":         setOpMethod("intersection", Amp, false),
		"difference":           setOpMethod("difference", Minus, false),
		"symmetric_difference": setOpMethod("symmetric_difference", Caret, false),
		"issubset": setMethod("issubset", false, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if err := argCount("issubset", args, 1, 1); err != nil {
				return nil, err
			}
			o, err := setFromIterable(th, args[0], false)
			if err != nil {
				return nil, err
			}
			r, err := isSubset(th, s, o)
			return Bool(r), err
		}),
		"issuperset": setMethod("issuperset", false, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if err := argCount("issuperset", args, 1, 1); err != nil {
				return nil, err
			}
			o, err := setFromIterable(th, args[0], false)
			if err != nil {
				return nil, err
			}
			r, err := isSubset(th, o, s)
			return Bool(r), err
		}),
		"isdisjoint": setMethod("isdisjoint", false, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if err := argCount("isdisjoint", args, 1, 1); err != nil {
				return nil, err
			}
			o, err := setFromIterable(th, args[0], false)
			if err != nil {
				return nil, err
			}
			r, err := setBinary(th, Amp, s, o)
			if err != nil {
				return nil, err
			}
			return Bool(r.(*Set).Len() == 0), nil
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
		"add": setMethod("add", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if err := argCount("set.add", args, 1, 1); err != nil {
				return nil, err
			}
			return None, s.Add(th, args[0])
		}),
		"remove": setMethod("remove", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if err := argCount("set.remove", args, 1, 1); err != nil {
				return nil, err
			}
			_, found, err := s.ht.remove(th, args[0])
			if err != nil {
				return nil, err
			}
			if !found {
				return nil, NewException(KeyError, args[0])
			}
			return None, nil
		}),
		"discard": setMethod("discard", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			if err := argCount("set.discard", args, 1, 1); err != nil {
				return nil, err
			}
			_, _, err := s.ht.remove(th, args[0])
			return None, err
		}),
		"pop": setMethod("pop", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			for i, e := range s.ht.entries {
				if e.key != nil {
					s.ht.removeAt(i)
					return e.key, nil
				}
			}
			return nil, NewError(KeyError, "pop from an empty set")
		}),
		"clear": setMethod("clear", true, func(th *Thread, s *Set, args Tuple) (Value, error) {
			s.ht.clear()
			return None, nil
		}),
		"update":                      setOpMethod("update", Pipe, true),
		"intersection_update":         setOpMethod("intersection_update", Amp, true),
		"difference_update":           setOpMethod("difference_update", Minus, true),
		"symmetric_difference_update": setOpMethod("symmetric_difference_update", Caret, true),
	})
}
