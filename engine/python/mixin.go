package python

// MixinValuer is implemented by the Native state of an instance that stands
// for a value of a builtin type, as an instance of a class mixing in str or
// int does in CPython (Django's TextChoices and IntegerChoices members,
// `class TextChoices(str, Choices)`). Where the instance's class defines no
// special method of its own, the operators, attribute lookup, truth, len(),
// iteration, `in`, indexing, int(), float() and isinstance() apply to the
// value MixinValue returns, so `Status.DRAFT.upper()`, `Size.LARGE + 1` and
// isinstance(Status.DRAFT, str) behave as in CPython. A nil value means no
// builtin type is mixed in.
type MixinValuer interface {
	MixinValue() Value
}

// mixinValue returns the builtin value an instance stands for, or nil.
func mixinValue(v Value) Value {
	if inst, ok := v.(*Instance); ok {
		if m, ok := inst.Native.(MixinValuer); ok {
			return m.MixinValue()
		}
	}
	return nil
}

// ClassContainer is implemented by a ClassFactory whose classes are
// containers of their own, as the classes made by enum.EnumMeta are:
// iter(C) and len(C) see the members ClassMembers returns, `x in C` calls
// ClassContains and C[k] ClassGetItem (CPython finds these methods on the
// metaclass).
type ClassContainer interface {
	ClassMembers(c *Class) []Value
	ClassContains(th *Thread, c *Class, x Value) (bool, error)
	ClassGetItem(th *Thread, c *Class, k Value) (Value, error)
}

// classContainer returns the container protocol of a class, or nil.
func classContainer(v Value) (*Class, ClassContainer) {
	if c, ok := v.(*Class); ok {
		if cc, ok := c.Factory.(ClassContainer); ok {
			return c, cc
		}
	}
	return nil, nil
}

// asStr returns v as a str: a String, or an instance standing for one.
func asStr(v Value) (String, bool) {
	if s, ok := v.(String); ok {
		return s, true
	}
	s, ok := mixinValue(v).(String)
	return s, ok
}
