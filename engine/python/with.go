package python

import "github.com/ormfiddle/ormfiddle/engine/python/syntax"

// with compiles a with statement as CPython 3.11 runs it: for each item in
// turn (the first outermost) the context expression is evaluated, its
// type's __enter__ and __exit__ are looked up (a TypeError "'int' object
// does not support the context manager protocol" otherwise), __enter__ is
// called and its result assigned to the target. When the rest (the next
// items and the body) ends normally or by break, continue or return,
// __exit__(None, None, None) runs; when it raises, __exit__(type, value,
// tb) runs while the exception is being handled (tb is None here) and a
// true result suppresses it.
func (c *compiler) with(s *scope, st *syntax.WithStmt, pos syntax.Position) execFn {
	inner := c.block(s, st.Body)
	for i := len(st.Items) - 1; i >= 0; i-- {
		inner = c.withItem(s, st.Items[i], inner, pos)
	}
	return inner
}

func (c *compiler) withItem(s *scope, it *syntax.WithItem, body execFn, pos syntax.Position) execFn {
	ctx := c.expr(s, it.Context)
	var target assignFn
	if it.Target != nil {
		target = c.assign(s, it.Target)
	}
	return func(fr *frame) (ctl, error) {
		th := fr.th
		v, err := ctx(fr)
		if err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		enter, exit, err := contextMethods(v)
		if err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		r, err := callWithSelf(th, enter, v, nil, nil)
		if err != nil {
			return ctlNone, fr.fail(err, pos)
		}
		k := ctlNone
		if target != nil {
			err = target(fr, r)
			if err != nil {
				err = fr.fail(err, pos)
			}
		}
		if err == nil {
			k, err = body(fr)
		}
		if err == nil {
			saved := fr.retval
			if _, err := callWithSelf(th, exit, v, Tuple{None, None, None}, nil); err != nil {
				return ctlNone, fr.fail(err, pos)
			}
			fr.retval = saved
			return k, nil
		}
		e := AsException(err)
		if e.Uncatchable() {
			return ctlNone, e
		}
		th.handling = append(th.handling, e)
		res, err2 := callWithSelf(th, exit, v, Tuple{e.Value.Class, e.Value, None}, nil)
		th.handling = th.handling[:len(th.handling)-1]
		if err2 == nil {
			var suppress bool
			if suppress, err2 = truth(th, res); err2 == nil {
				if suppress {
					return ctlNone, nil
				}
				return ctlNone, e
			}
		}
		e2 := AsException(fr.fail(err2, pos))
		if e2 != e && e2.Value.exc.context == nil && e2.Value != e.Value {
			e2.Value.exc.context = e.Value
		}
		return ctlNone, e2
	}
}

// contextMethods returns the __enter__ and __exit__ of v's type.
func contextMethods(v Value) (enter, exit Value, err error) {
	if inst, ok := v.(*Instance); ok {
		enter = inst.lookupDunder("__enter__")
		exit = inst.lookupDunder("__exit__")
	}
	if enter == nil || enter == None {
		return nil, nil, NewError(TypeError, "'%s' object does not support the context manager protocol", v.Type())
	}
	if exit == nil || exit == None {
		return nil, nil, NewError(TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", v.Type())
	}
	return enter, exit, nil
}
