package python

// The copy module: copy() and deepcopy() of the builtin containers and of
// instances (a class's __copy__ / __deepcopy__ first; otherwise a new
// instance of the same class with a copy of the instance dict, sharing the
// Go state, as copy's __reduce_ex__ path does for a plain object).

func init() {
	builtinModules["copy"] = func(th *Thread) *Module {
		return NewModule("copy", map[string]Value{
			"copy": NewBuiltin("copy", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("copy", args, 1, 1); err != nil {
					return nil, err
				}
				return copyValue(th, args[0], nil)
			}),
			"deepcopy": NewBuiltin("deepcopy", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("deepcopy", args, 1, 2); err != nil {
					return nil, err
				}
				return copyValue(th, args[0], map[Value]Value{})
			}),
			"Error": copyError,
		})
	}
}

var copyError = func() *Class {
	c := newExcClass("Error", ExceptionClass)
	c.Module = "copy"
	return c
}()

// copyValue is copy.copy (memo nil) or copy.deepcopy (memo the objects
// copied so far).
func copyValue(th *Thread, v Value, memo map[Value]Value) (Value, error) {
	deep := memo != nil
	if deep {
		if c, ok := memo[v]; ok {
			return c, nil
		}
	}
	elem := func(x Value) (Value, error) {
		if !deep {
			return x, nil
		}
		return copyValue(th, x, memo)
	}
	switch x := v.(type) {
	case *List:
		out := NewList(nil)
		if deep {
			memo[v] = out
		}
		for _, e := range x.Elems() {
			c, err := elem(e)
			if err != nil {
				return nil, err
			}
			out.elems = append(out.elems, c)
		}
		return out, nil
	case Tuple:
		if !deep {
			return x, nil
		}
		out := make(Tuple, len(x))
		for i, e := range x {
			c, err := elem(e)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	case *Dict:
		out := NewDict()
		if deep {
			memo[v] = out
		}
		for _, kv := range x.Items() {
			c, err := elem(kv[1])
			if err != nil {
				return nil, err
			}
			if err := out.SetKey(th, kv[0], c); err != nil {
				return nil, err
			}
		}
		return out, nil
	case *Set:
		out := NewSet()
		for _, e := range x.Elems() {
			if err := out.Add(th, e); err != nil {
				return nil, err
			}
		}
		return out, nil
	case *Instance:
		name := "__copy__"
		var args Tuple
		if deep {
			name = "__deepcopy__"
			args = Tuple{NewDict()}
		}
		if m := x.lookupDunder(name); m != nil {
			return CallMethod(th, x, name, args, nil)
		}
		if x.Class.exception || x.Class.immutable {
			return x, nil
		}
		out := NewInstance(x.Class, x.Native)
		if deep {
			memo[v] = out
		}
		for _, kv := range x.Dict.Items() {
			c, err := elem(kv[1])
			if err != nil {
				return nil, err
			}
			if err := out.Dict.SetKey(th, kv[0], c); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	// Immutable values (numbers, strings, None, classes, functions) and
	// Go values are their own copies.
	return v, nil
}
