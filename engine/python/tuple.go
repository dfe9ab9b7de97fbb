package python

import "strings"

// Tuple is Python's tuple (immutable; do not modify a Tuple once it is
// visible to Python code).
type Tuple []Value

// Type returns "tuple".
func (Tuple) Type() string { return "tuple" }

// Len returns the number of elements.
func (t Tuple) Len() int { return len(t) }

// Index returns t[i].
func (t Tuple) Index(i int) Value { return t[i] }

// Slice returns t[start:stop:step].
func (t Tuple) Slice(start, stop, step int) Value {
	if step == 1 {
		if start >= stop {
			return Tuple{}
		}
		return append(Tuple(nil), t[start:stop]...)
	}
	return Tuple(sliceValues(t, start, stop, step))
}

func sliceValues(elems []Value, start, stop, step int) []Value {
	var out []Value
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, elems[i])
	}
	return out
}

// Iterate iterates over the elements.
func (t Tuple) Iterate(th *Thread) (Iterator, error) {
	return &indexIterator{seq: t, tname: "tuple_iterator"}, nil
}

// Contains implements `x in t`.
func (t Tuple) Contains(th *Thread, x Value) (bool, error) { return containsValue(th, t, x) }

// Repr renders (a, b) and (a,).
func (t Tuple) Repr(th *Thread) (string, error) {
	if len(t) == 1 {
		if err := th.enterRepr(); err != nil {
			return "", err
		}
		defer th.leaveRepr()
		s, err := Repr(th, t[0])
		if err != nil {
			return "", err
		}
		return "(" + s + ",)", nil
	}
	return joinReprs(th, "(", t, ")")
}

func joinReprs(th *Thread, open string, elems []Value, close string) (string, error) {
	if err := th.enterRepr(); err != nil {
		return "", err
	}
	defer th.leaveRepr()
	var b strings.Builder
	b.WriteString(open)
	for i, x := range elems {
		if i > 0 {
			b.WriteString(", ")
		}
		if err := th.Charge(1); err != nil {
			return "", err
		}
		s, err := Repr(th, x)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func containsValue(th *Thread, elems []Value, x Value) (bool, error) {
	for i, e := range elems {
		eq, err := keysEqual(th, e, x)
		if err != nil || eq {
			if err == nil {
				err = th.Charge(uint64(i) / 4)
			}
			return eq, err
		}
	}
	return false, th.Charge(uint64(len(elems)) / 4)
}

// indexIterator iterates over an Indexable by position, re-reading the
// length each step (lists may change while iterated, as in Python).
type indexIterator struct {
	seq   Indexable
	i     int
	tname string
}

func (it *indexIterator) Type() string { return it.tname }
func (it *indexIterator) Next(th *Thread) (Value, error) {
	if err := th.Charge(1); err != nil {
		return nil, err
	}
	if it.i < 0 || it.i >= it.seq.Len() {
		it.i = -1
		return nil, nil
	}
	v := it.seq.Index(it.i)
	it.i++
	return v, nil
}
func (it *indexIterator) Iterate(th *Thread) (Iterator, error) { return it, nil }

// seqCompare compares two sequences lexicographically.
func seqCompare(th *Thread, op CompareOp, x, y []Value) (bool, error) {
	n := min(len(x), len(y))
	if err := th.Charge(uint64(n) / 4); err != nil {
		return false, err
	}
	for i := 0; i < n; i++ {
		eq, err := keysEqual(th, x[i], y[i])
		if err != nil {
			return false, err
		}
		if !eq {
			if op == EQ {
				return false, nil
			}
			if op == NE {
				return true, nil
			}
			return Compare(th, op, x[i], y[i])
		}
	}
	return cmpInts(op, len(x), len(y)), nil
}

func cmpInts(op CompareOp, a, b int) bool {
	switch op {
	case EQ:
		return a == b
	case NE:
		return a != b
	case LT:
		return a < b
	case LE:
		return a <= b
	case GT:
		return a > b
	case GE:
		return a >= b
	}
	return false
}

func init() {
	defMethods(TupleClass, map[string]methodFunc{
		"index": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			t, ok := args[0].(Tuple)
			if !ok {
				return nil, NewError(TypeError, "descriptor 'index' requires a 'tuple' object")
			}
			return seqIndex(th, "tuple.index", t, args[1:], kwargs, "tuple.index(x): x not in tuple")
		},
		"count": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			t, ok := args[0].(Tuple)
			if !ok {
				return nil, NewError(TypeError, "descriptor 'count' requires a 'tuple' object")
			}
			return seqCount(th, t, args[1:])
		},
	})
}

func seqIndex(th *Thread, name string, elems []Value, args Tuple, kwargs []Kwarg, notFound string) (Value, error) {
	if err := noKwargs(name, kwargs); err != nil {
		return nil, err
	}
	if err := argCount(name, args, 1, 3); err != nil {
		return nil, err
	}
	start, end := 0, len(elems)
	if len(args) > 1 {
		i, err := AsInt64(args[1])
		if err != nil {
			return nil, err
		}
		start = clampIndex(int(i), len(elems))
	}
	if len(args) > 2 {
		i, err := AsInt64(args[2])
		if err != nil {
			return nil, err
		}
		end = clampIndex(int(i), len(elems))
	}
	for i := start; i < end && i < len(elems); i++ {
		eq, err := keysEqual(th, elems[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return MakeInt(int64(i)), nil
		}
	}
	return nil, NewError(ValueError, "%s", notFound)
}

func seqCount(th *Thread, elems []Value, args Tuple) (Value, error) {
	if err := argCount("count", args, 1, 1); err != nil {
		return nil, err
	}
	n := 0
	for _, e := range elems {
		eq, err := keysEqual(th, e, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return MakeInt(int64(n)), nil
}
