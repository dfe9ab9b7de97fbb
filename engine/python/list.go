package python

import (
	"slices"
	"sort"
)

// List is Python's list.
type List struct {
	elems []Value
}

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List { return &List{elems: elems} }

// Type returns "list".
func (l *List) Type() string { return "list" }

// Len returns the number of elements.
func (l *List) Len() int { return len(l.elems) }

// Index returns l[i].
func (l *List) Index(i int) Value { return l.elems[i] }

// Elems returns the underlying elements (callers must not keep the slice
// across Python code that may modify the list).
func (l *List) Elems() []Value { return l.elems }

// Append adds v at the end.
func (l *List) Append(v Value) error {
	if len(l.elems) >= maxAlloc {
		return errTooBig()
	}
	l.elems = append(l.elems, v)
	return nil
}

// SetIndex sets l[i] = v.
func (l *List) SetIndex(th *Thread, i int, v Value) error {
	l.elems[i] = v
	return nil
}

// Slice returns l[start:stop:step] as a new list.
func (l *List) Slice(start, stop, step int) Value {
	if step == 1 {
		if start >= stop {
			return NewList(nil)
		}
		return NewList(append([]Value(nil), l.elems[start:stop]...))
	}
	return NewList(sliceValues(l.elems, start, stop, step))
}

// Iterate iterates over the elements (seeing changes made meanwhile, as
// Python does).
func (l *List) Iterate(th *Thread) (Iterator, error) {
	return &indexIterator{seq: l, tname: "list_iterator"}, nil
}

// Contains implements `x in l`.
func (l *List) Contains(th *Thread, x Value) (bool, error) { return containsValue(th, l.elems, x) }

// Repr renders [a, b].
func (l *List) Repr(th *Thread) (string, error) { return joinReprs(th, "[", l.elems, "]") }

// setSlice implements l[start:stop:step] = values.
func (l *List) setSlice(th *Thread, s *Slice, v Value) error {
	vals, err := collect(th, v)
	if err != nil {
		if e := AsException(err); e.Matches(TypeError) {
			return NewError(TypeError, "can only assign an iterable")
		}
		return err
	}
	start, stop, step, err := s.Indices(len(l.elems))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(l.elems)-(stop-start)+len(vals) > maxAlloc {
			return errTooBig()
		}
		l.elems = slices.Replace(l.elems, start, stop, vals...)
		return nil
	}
	var idx []int
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		idx = append(idx, i)
	}
	if len(idx) != len(vals) {
		return NewError(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(vals), len(idx))
	}
	for k, i := range idx {
		l.elems[i] = vals[k]
	}
	return nil
}

// delSlice implements del l[start:stop:step].
func (l *List) delSlice(s *Slice) error {
	start, stop, step, err := s.Indices(len(l.elems))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop > start {
			l.elems = slices.Delete(l.elems, start, stop)
		}
		return nil
	}
	del := map[int]bool{}
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		del[i] = true
	}
	out := l.elems[:0]
	for i, v := range l.elems {
		if !del[i] {
			out = append(out, v)
		}
	}
	clear(l.elems[len(out):])
	l.elems = out
	return nil
}

func listRecv(name string, args Tuple) (*List, error) {
	if len(args) == 0 {
		return nil, NewError(TypeError, "unbound method list.%s() needs an argument", name)
	}
	l, ok := args[0].(*List)
	if !ok {
		return nil, NewError(TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object", name, args[0].Type())
	}
	return l, nil
}

func listMethod(name string, fn func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error)) methodFunc {
	linear := linearListMethods[name]
	return func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		l, err := listRecv(name, args)
		if err != nil {
			return nil, err
		}
		if linear {
			// The method walks or moves the whole list: a step per 4
			// elements (the comparisons of index, count and remove
			// charge their own calls).
			if err := th.Charge(uint64(len(l.elems)) / 4); err != nil {
				return nil, err
			}
		}
		return fn(th, l, args[1:], kwargs)
	}
}

// linearListMethods are the list methods whose work grows with the list.
var linearListMethods = map[string]bool{"insert": true, "remove": true, "index": true, "count": true, "reverse": true, "copy": true, "clear": true}

// sortValues sorts in place, stably, with an optional key function, as
// list.sort does.
func sortValues(th *Thread, elems []Value, key Value, reverse bool) error {
	// A sort counts as a level of recursion (its comparisons may sort
	// again: an __lt__ calling sorted()), which bounds the Go stack the
	// nesting of sorts and comparisons takes, smaller in a browser.
	if err := th.enterNest(""); err != nil {
		return err
	}
	defer th.leaveNest()
	keys := elems
	if key != nil && key != None {
		keys = make([]Value, len(elems))
		for i, e := range elems {
			k, err := Call(th, key, Tuple{e}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	type pair struct{ k, v Value }
	ps := make([]pair, len(elems))
	for i := range elems {
		ps[i] = pair{keys[i], elems[i]}
	}
	if reverse {
		slices.Reverse(ps)
	}
	var err error
	sort.SliceStable(ps, func(i, j int) bool {
		if err != nil {
			return false
		}
		if e := th.Charge(1); e != nil {
			err = e
			return false
		}
		lt, e := Compare(th, LT, ps[i].k, ps[j].k)
		if e != nil {
			err = e
		}
		return lt
	})
	if err != nil {
		return err
	}
	if reverse {
		slices.Reverse(ps)
	}
	for i := range ps {
		elems[i] = ps[i].v
	}
	return nil
}

func init() {
	defMethods(ListClass, map[string]methodFunc{
		"append": listMethod("append", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := noKwargs("list.append", kwargs); err != nil {
				return nil, err
			}
			if err := argCount("list.append", args, 1, 1); err != nil {
				return nil, err
			}
			return None, l.Append(args[0])
		}),
		"extend": listMethod("extend", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("list.extend", args, 1, 1); err != nil {
				return nil, err
			}
			vals, err := collect(th, args[0])
			if err != nil {
				return nil, err
			}
			if len(l.elems)+len(vals) > maxAlloc {
				return nil, errTooBig()
			}
			l.elems = append(l.elems, vals...)
			return None, nil
		}),
		"insert": listMethod("insert", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("insert", args, 2, 2); err != nil {
				return nil, err
			}
			i, err := AsInt64(args[0])
			if err != nil {
				return nil, err
			}
			n := len(l.elems)
			if i < 0 {
				i += int64(n)
				if i < 0 {
					i = 0
				}
			}
			if i > int64(n) {
				i = int64(n)
			}
			l.elems = slices.Insert(l.elems, int(i), args[1])
			return None, nil
		}),
		"pop": listMethod("pop", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("pop", args, 0, 1); err != nil {
				return nil, err
			}
			n := len(l.elems)
			i := int64(n - 1)
			if len(args) > 0 {
				var err error
				if i, err = AsInt64(args[0]); err != nil {
					return nil, err
				}
				if i < 0 {
					i += int64(n)
				}
			}
			if n == 0 {
				return nil, NewError(IndexError, "pop from empty list")
			}
			if i < 0 || i >= int64(n) {
				return nil, NewError(IndexError, "pop index out of range")
			}
			v := l.elems[i]
			l.elems = slices.Delete(l.elems, int(i), int(i)+1)
			return v, nil
		}),
		"remove": listMethod("remove", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("list.remove", args, 1, 1); err != nil {
				return nil, err
			}
			for i, e := range l.elems {
				eq, err := keysEqual(th, e, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					l.elems = slices.Delete(l.elems, i, i+1)
					return None, nil
				}
			}
			return nil, NewError(ValueError, "list.remove(x): x not in list")
		}),
		"index": listMethod("index", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) > 0 {
				if s, err := Repr(th, args[0]); err == nil {
					return seqIndex(th, "list.index", l.elems, args, kwargs, s+" is not in list")
				}
			}
			return seqIndex(th, "list.index", l.elems, args, kwargs, "value is not in list")
		}),
		"count": listMethod("count", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			return seqCount(th, l.elems, args)
		}),
		"sort": listMethod("sort", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) > 0 {
				return nil, NewError(TypeError, "sort() takes no positional arguments")
			}
			var key Value = None
			reverse := false
			if err := UnpackArgs("sort", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
				return nil, err
			}
			return None, sortValues(th, l.elems, key, reverse)
		}),
		"reverse": listMethod("reverse", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			slices.Reverse(l.elems)
			return None, argCount("list.reverse", args, 0, 0)
		}),
		"copy": listMethod("copy", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			return NewList(append([]Value(nil), l.elems...)), argCount("list.copy", args, 0, 0)
		}),
		"clear": listMethod("clear", func(th *Thread, l *List, args Tuple, kwargs []Kwarg) (Value, error) {
			l.elems = nil
			return None, argCount("list.clear", args, 0, 0)
		}),
	})
}
