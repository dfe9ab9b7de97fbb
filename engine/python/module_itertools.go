package python

// The itertools module, its infinite and slicing iterators (count,
// cycle, repeat, chain, islice), each of CPython's type name.

// funcIterator is an iterator whose next element comes from a function
// (nil when exhausted).
type funcIterator struct {
	tname string
	next  func(th *Thread) (Value, error)
	done  bool
}

func (it *funcIterator) Type() string { return it.tname }

func (it *funcIterator) Next(th *Thread) (Value, error) {
	if it.done {
		return nil, nil
	}
	if err := th.tick(); err != nil {
		return nil, err
	}
	v, err := it.next(th)
	if v == nil || err != nil {
		it.done = true
	}
	return v, err
}

func (it *funcIterator) Iterate(th *Thread) (Iterator, error) { return it, nil }

func init() {
	builtinModules["itertools"] = func(th *Thread) *Module {
		chain := NewBuiltin("chain", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			if err := noKwargs("chain", kw); err != nil {
				return nil, err
			}
			return chainOf(th, args), nil
		})
		return NewModule("itertools", map[string]Value{
			"count": NewBuiltin("count", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var start, step Value = MakeInt(0), MakeInt(1)
				if err := UnpackArgs("count", args, kw, "start?", &start, "step?", &step); err != nil {
					return nil, err
				}
				cur := start
				return &funcIterator{tname: "itertools.count", next: func(th *Thread) (Value, error) {
					v := cur
					n, err := Binary(th, Plus, cur, step)
					cur = n
					return v, err
				}}, nil
			}),
			"cycle": NewBuiltin("cycle", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				if err := argCount("cycle", args, 1, 1); err != nil {
					return nil, err
				}
				it, err := GetIterator(th, args[0])
				if err != nil {
					return nil, err
				}
				var saved []Value
				i, exhausted := 0, false
				return &funcIterator{tname: "itertools.cycle", next: func(th *Thread) (Value, error) {
					if !exhausted {
						v, err := it.Next(th)
						if err != nil || v != nil {
							saved = append(saved, v)
							return v, err
						}
						exhausted = true
					}
					if len(saved) == 0 {
						return nil, nil
					}
					v := saved[i%len(saved)]
					i++
					return v, nil
				}}, nil
			}),
			"repeat": NewBuiltin("repeat", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var obj Value
				var times Value = None
				if err := UnpackArgs("repeat", args, kw, "object", &obj, "times?", &times); err != nil {
					return nil, err
				}
				n := int64(-1)
				if times != None {
					var err error
					if n, err = AsInt64(times); err != nil {
						return nil, err
					}
					n = max(n, 0)
				}
				return &funcIterator{tname: "itertools.repeat", next: func(th *Thread) (Value, error) {
					if n == 0 {
						return nil, nil
					}
					if n > 0 {
						n--
					}
					return obj, nil
				}}, nil
			}),
			"chain": chain,
			"islice": NewBuiltin("islice", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				if err := noKwargs("islice", kw); err != nil {
					return nil, err
				}
				if err := argCount("islice", args, 2, 4); err != nil {
					return nil, err
				}
				bound := func(v Value, def int64) (int64, error) {
					if v == None {
						return def, nil
					}
					n, err := AsInt64(v)
					if err != nil || n < 0 {
						return 0, NewError(ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
					}
					return n, nil
				}
				start, stop, step := int64(0), int64(-1), int64(1)
				var err error
				if len(args) == 2 {
					stop, err = bound(args[1], -1)
				} else {
					if start, err = bound(args[1], 0); err == nil {
						stop, err = bound(args[2], -1)
					}
					if err == nil && len(args) == 4 {
						if step, err = bound(args[3], 1); err == nil && step == 0 {
							err = NewError(ValueError, "Step for islice() must be a positive integer or None.")
						}
					}
				}
				if err != nil {
					return nil, err
				}
				it, err := GetIterator(th, args[0])
				if err != nil {
					return nil, err
				}
				pos, next := int64(0), start
				return &funcIterator{tname: "itertools.islice", next: func(th *Thread) (Value, error) {
					for {
						if stop >= 0 && next >= stop {
							return nil, nil
						}
						v, err := it.Next(th)
						if err != nil || v == nil {
							return nil, err
						}
						pos++
						if pos-1 == next {
							next += step
							return v, nil
						}
					}
				}}, nil
			}),
		})
	}
}

// chainOf is itertools.chain(*iterables).
func chainOf(th *Thread, iterables Tuple) *funcIterator {
	i := 0
	var cur Iterator
	return &funcIterator{tname: "itertools.chain", next: func(th *Thread) (Value, error) {
		for {
			if cur == nil {
				if i >= len(iterables) {
					return nil, nil
				}
				it, err := GetIterator(th, iterables[i])
				i++
				if err != nil {
					return nil, err
				}
				cur = it
			}
			v, err := cur.Next(th)
			if err != nil || v != nil {
				return v, err
			}
			cur = nil
		}
	}}
}
