package python

// The itertools module: the iterators models.py and shell code use
// (count, cycle, repeat, chain, islice, accumulate, zip_longest,
// product, permutations, combinations), each an iterator of CPython's
// type name.

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

// listIterator iterates over computed tuples.
func tuplesIterator(tname string, items []Value) *funcIterator {
	i := 0
	return &funcIterator{tname: tname, next: func(th *Thread) (Value, error) {
		if i >= len(items) {
			return nil, nil
		}
		i++
		return items[i-1], nil
	}}
}

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
			"accumulate": NewBuiltin("accumulate", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var src Value
				var fn, initial Value = None, None
				if err := UnpackArgs("accumulate", args, kw, "iterable", &src, "func?", &fn, "*", nil, "initial?", &initial); err != nil {
					return nil, err
				}
				it, err := GetIterator(th, src)
				if err != nil {
					return nil, err
				}
				var total Value
				if initial != None {
					total = initial
				}
				first := initial != None
				return &funcIterator{tname: "itertools.accumulate", next: func(th *Thread) (Value, error) {
					if first {
						first = false
						return total, nil
					}
					v, err := it.Next(th)
					if err != nil || v == nil {
						return nil, err
					}
					if total == nil {
						total = v
					} else if fn == None {
						total, err = Binary(th, Plus, total, v)
					} else {
						total, err = Call(th, fn, Tuple{total, v}, nil)
					}
					return total, err
				}}, nil
			}),
			"zip_longest": NewBuiltin("zip_longest", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var fill Value = None
				for _, k := range kw {
					if k.Name != "fillvalue" {
						return nil, NewError(TypeError, "zip_longest() got an unexpected keyword argument '%s'", k.Name)
					}
					fill = k.Value
				}
				its := make([]Iterator, len(args))
				for i, a := range args {
					it, err := GetIterator(th, a)
					if err != nil {
						return nil, err
					}
					its[i] = it
				}
				live := len(its)
				done := make([]bool, len(its))
				return &funcIterator{tname: "itertools.zip_longest", next: func(th *Thread) (Value, error) {
					if live == 0 {
						return nil, nil
					}
					out := make(Tuple, len(its))
					for i, it := range its {
						if done[i] {
							out[i] = fill
							continue
						}
						v, err := it.Next(th)
						if err != nil {
							return nil, err
						}
						if v == nil {
							done[i] = true
							live--
							if live == 0 {
								return nil, nil
							}
							v = fill
						}
						out[i] = v
					}
					return out, nil
				}}, nil
			}),
			"product": NewBuiltin("product", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				repeat := int64(1)
				for _, k := range kw {
					if k.Name != "repeat" {
						return nil, NewError(TypeError, "product() got an unexpected keyword argument '%s'", k.Name)
					}
					var err error
					if repeat, err = AsInt64(k.Value); err != nil {
						return nil, err
					}
				}
				var pools [][]Value
				for _, a := range args {
					p, err := collect(th, a)
					if err != nil {
						return nil, err
					}
					pools = append(pools, p)
				}
				var all [][]Value
				for r := int64(0); r < repeat; r++ {
					all = append(all, pools...)
				}
				result := [][]Value{{}}
				for _, pool := range all {
					var next [][]Value
					for _, x := range result {
						for _, y := range pool {
							if len(next) >= maxAlloc {
								return nil, errTooBig()
							}
							next = append(next, append(append([]Value(nil), x...), y))
						}
					}
					result = next
				}
				items := make([]Value, len(result))
				for i, r := range result {
					items[i] = Tuple(r)
				}
				return tuplesIterator("itertools.product", items), nil
			}),
			"permutations": NewBuiltin("permutations", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var src, rv Value = nil, None
				if err := UnpackArgs("permutations", args, kw, "iterable", &src, "r?", &rv); err != nil {
					return nil, err
				}
				pool, err := collect(th, src)
				if err != nil {
					return nil, err
				}
				r := len(pool)
				if rv != None {
					n, err := AsInt64(rv)
					if err != nil {
						return nil, err
					}
					r = int(n)
				}
				return tuplesIterator("itertools.permutations", permutations(pool, r)), nil
			}),
			"combinations": NewBuiltin("combinations", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var src Value
				var r int
				if err := UnpackArgs("combinations", args, kw, "iterable", &src, "r", &r); err != nil {
					return nil, err
				}
				pool, err := collect(th, src)
				if err != nil {
					return nil, err
				}
				var out []Value
				var rec func(start int, cur []Value)
				rec = func(start int, cur []Value) {
					if len(cur) == r {
						out = append(out, append(Tuple(nil), cur...))
						return
					}
					for i := start; i < len(pool) && len(out) < maxAlloc; i++ {
						rec(i+1, append(cur, pool[i]))
					}
				}
				if r >= 0 && r <= len(pool) {
					rec(0, nil)
				}
				return tuplesIterator("itertools.combinations", out), nil
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

// permutations lists the r-permutations of pool in itertools' order
// (lexicographic in the positions).
func permutations(pool []Value, r int) []Value {
	n := len(pool)
	if r < 0 || r > n {
		return nil
	}
	var out []Value
	used := make([]bool, n)
	cur := make([]Value, 0, r)
	var rec func()
	rec = func() {
		if len(cur) == r {
			out = append(out, append(Tuple(nil), cur...))
			return
		}
		for i := 0; i < n && len(out) < maxAlloc; i++ {
			if !used[i] {
				used[i] = true
				cur = append(cur, pool[i])
				rec()
				cur = cur[:len(cur)-1]
				used[i] = false
			}
		}
	}
	rec()
	return out
}
