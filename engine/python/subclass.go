package python

// Subclassing builtin value types (class Cash(Decimal), class Slug(str),
// class Tags(list)). An instance of such a class is an *Instance (its own
// class, attributes and __dict__) whose Native is a valueBox holding the
// value of the builtin base it stands for. The box is a MixinValuer, so
// operators, len(), iteration, indexing, int(), float() and isinstance()
// apply to the value where the class defines no special method of its
// own; the builtin base's methods are called with the value as self, so
// their results are of the base type (Cash + Cash is a Decimal), as in
// CPython.

// valueBases are the builtin types a class statement may derive from.
func isValueBase(c *Class) bool {
	switch c {
	case StrClass, IntClass, FloatClass, DecimalClass, DictClass, ListClass, TupleClass:
		return true
	}
	return false
}

// valueBox is the Native state of an instance of a builtin subclass.
type valueBox struct{ v Value }

// MixinValue is the builtin value the instance stands for.
func (b *valueBox) MixinValue() Value { return b.v }

// valueBaseOf returns the builtin value type c derives from, or nil.
func valueBaseOf(c *Class) *Class {
	for _, m := range c.MRO {
		if isValueBase(m) {
			return m
		}
	}
	return nil
}

// checkValueBases refuses two builtin value bases with different layouts.
func checkValueBases(bases []*Class) error {
	var seen *Class
	for _, b := range bases {
		if v := valueBaseOf(b); v != nil {
			if seen != nil && seen != v {
				return NewError(TypeError, "multiple bases have instance lay-out conflict")
			}
			seen = v
		}
	}
	return nil
}

// builtinSelf is the receiver a builtin (Go) method gets when called on v:
// the boxed value for an instance of a builtin subclass (object's
// __init__ and __setattr__ excepted), else v.
func builtinSelf(v Value, b *Builtin) Value {
	if b == objectInit || b == objectSetattr {
		return v
	}
	if inst, ok := v.(*Instance); ok {
		if box, ok := inst.Native.(*valueBox); ok {
			return box.v
		}
	}
	return v
}

// skipDunder reports whether a special method found on owner is not the
// instance's own: object's and the builtin base's for an instance of a
// builtin subclass, whose operations apply to the value instead.
func (inst *Instance) skipDunder(owner *Class, name string) bool {
	if _, ok := inst.Native.(*valueBox); !ok || owner == nil {
		return false
	}
	return (owner == ObjectClass && name != "__init__" && name != "__setattr__") || isValueBase(owner)
}

// newValueInstance creates an instance of cls, a subclass of the builtin
// base: __new__ (the class's own, else the base's constructor) makes the
// value, then __init__ runs when the class defines one.
func newValueInstance(th *Thread, cls, base *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	var v Value
	var err error
	newFn, owner := cls.Lookup("__new__")
	initFn, initOwner := cls.Lookup("__init__")
	ownInit := initOwner != nil && initOwner != ObjectClass && !isValueBase(initOwner)
	switch {
	case newFn != nil && !isValueBase(owner) && owner != ObjectClass:
		if sm, ok := newFn.(*StaticMethod); ok {
			newFn = sm.Func
		}
		v, err = Call(th, newFn, append(Tuple{cls}, args...), kwargs)
	case ownInit && (base == ListClass || base == DictClass):
		// list.__new__ and dict.__new__ make an empty container that
		// __init__ fills.
		v, err = boxValue(th, cls, base, nil, nil)
	default:
		v, err = boxValue(th, cls, base, args, kwargs)
	}
	if err != nil {
		return nil, err
	}
	if inst, ok := v.(*Instance); ok && inst.Class.IsSubclass(cls) && ownInit {
		if err := CallInit(th, initFn, inst, args, kwargs); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// boxValue is base.__new__(cls, *args): the base's constructor, its
// value boxed in an instance of cls when cls is a subclass.
func boxValue(th *Thread, cls, base *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	v, err := base.New(th, base, args, kwargs)
	if err != nil || cls == base {
		return v, err
	}
	return NewInstance(cls, &valueBox{v}), nil
}

// valueBaseMethod is base.__new__ or base.__init__ as found through super()
// or on the class: __new__(cls, *args) makes a boxed value; list's and
// dict's __init__(self, *args) refill the instance's value.
func valueBaseMethod(base *Class, name string) Value {
	switch {
	case name == "__new__":
		return NewBuiltin("__new__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) == 0 {
				return nil, NewError(TypeError, "%s.__new__(): not enough arguments", base.Name)
			}
			cls, ok := args[0].(*Class)
			if !ok || !cls.IsSubclass(base) {
				return nil, NewError(TypeError, "%s.__new__(X): X is not a subtype of %s", base.Name, base.Name)
			}
			return boxValue(th, cls, base, args[1:], kwargs)
		})
	case name == "__repr__" || name == "__str__" || name == "__format__" || name == "__hash__":
		// str.__repr__(self) and the like: the operation on the value.
		return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) == 0 {
				return nil, NewError(TypeError, "descriptor '%s' of '%s' object needs an argument", name, base.Name)
			}
			v := args[0]
			if mv := mixinValue(v); mv != nil {
				v = mv
			}
			var s string
			var err error
			switch name {
			case "__repr__":
				s, err = Repr(th, v)
			case "__str__":
				s, err = Str(th, v)
			case "__format__":
				spec := String("")
				if len(args) > 1 {
					spec, _ = args[1].(String)
				}
				s, err = Format(th, v, string(spec))
			default:
				h, err := Hash(th, v)
				return MakeInt(int64(h)), err
			}
			return String(s), err
		})
	case name == "__init__" && (base == ListClass || base == DictClass):
		return NewBuiltin("__init__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if inst, ok := args[0].(*Instance); ok {
				if box, ok := inst.Native.(*valueBox); ok {
					v, err := base.New(th, base, args[1:], kwargs)
					if err != nil {
						return nil, err
					}
					box.v = v
				}
			}
			return None, nil
		})
	case len(name) > 4 && name[:2] == "__":
		// super().__add__(other), super().__lt__(other): the operator on
		// the values (NotImplemented when it does not apply).
		for op, names := range binaryDunders {
			for side, n := range names[:2] {
				if n == name {
					return valueOperator(name, func(th *Thread, x, y Value) (Value, error) {
						if side == 1 {
							x, y = y, x
						}
						return Binary(th, BinaryOp(op), x, y)
					})
				}
			}
		}
		for op, n := range compareDunders {
			if n == name {
				return valueOperator(name, func(th *Thread, x, y Value) (Value, error) {
					r, err := Compare(th, CompareOp(op), x, y)
					return Bool(r), err
				})
			}
		}
	}
	return nil
}

// valueOperator is a binary special method of a builtin base applied to
// the values of its two operands.
func valueOperator(name string, fn func(th *Thread, x, y Value) (Value, error)) *Builtin {
	return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 2 || len(kwargs) != 0 {
			return nil, NewError(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		x, y := args[0], args[1]
		if mv := mixinValue(x); mv != nil {
			x = mv
		}
		if mv := mixinValue(y); mv != nil {
			y = mv
		}
		r, err := fn(th, x, y)
		if e, ok := err.(*Exception); ok && e.Matches(TypeError) {
			return NotImplemented, nil
		}
		return r, err
	})
}
