package django

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
)

// models.Choices, TextChoices and IntegerChoices (django.db.models.enums):
// a class statement deriving from one makes an enumeration whose members
// are the class attributes (`DRAFT = "D", "Draft"`), with a label each, and
// whose class offers choices, labels, values and names for a field's
// choices=.
//
// A member is an instance of the enumeration class holding its value: it
// equals and hashes as its value (TextChoices and IntegerChoices mix in str
// and int), str() and format() give str(value), repr() is
// "<Status.DRAFT: 'D'>", and assigned to a model field it is saved as its
// value. A TextChoices or IntegerChoices member stands for its str or int
// value (python.MixinValuer): its methods, operators and isinstance() are
// the value's. The enumeration class is a container of its members
// (python.ClassContainer): iter(Status), len(Status), Status['DRAFT'] and
// `x in Status`.

// choiceMember is the state of an enumeration member (Instance.Native).
type choiceMember struct {
	name  string
	value python.Value
	label python.Value
	mixin string // "str", "int" or "" (plain Choices: compares by identity)
}

// MixinValue is the str or int value a TextChoices or IntegerChoices
// member stands for (nil for a plain Choices member).
func (m *choiceMember) MixinValue() python.Value {
	if m.mixin == "" {
		return nil
	}
	return m.value
}

// choicesMeta is ChoicesMeta: the class factory of Choices subclasses.
type choicesMeta struct {
	e *Env
}

// ClassRepr is EnumType.__repr__: "<enum 'Status'>".
func (choicesMeta) ClassRepr(c *python.Class) string { return "<enum '" + c.Name + "'>" }

// ClassMembers is EnumMeta.__iter__: the members in definition order.
func (choicesMeta) ClassMembers(c *python.Class) []python.Value {
	names, _ := c.Dict.GetStr("_member_names_")
	l, _ := names.(*python.List)
	if l == nil {
		return nil
	}
	var out []python.Value
	for _, n := range l.Elems() {
		m, _ := c.Dict.GetStr(string(n.(python.String)))
		out = append(out, m)
	}
	return out
}

// ClassContains is ChoicesMeta.__contains__: a member of the class, or a
// value equal to a member's value.
func (cm choicesMeta) ClassContains(th *python.Thread, c *python.Class, x python.Value) (bool, error) {
	if memberOf(x) != nil {
		inst := x.(*python.Instance)
		return inst.Class.IsSubclass(c), nil
	}
	for _, m := range cm.ClassMembers(c) {
		if eq, err := python.Equal(th, memberOf(m).value, x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// ClassGetItem is EnumMeta.__getitem__: the member of that name, or
// KeyError.
func (cm choicesMeta) ClassGetItem(th *python.Thread, c *python.Class, k python.Value) (python.Value, error) {
	if name, ok := k.(python.String); ok {
		for _, m := range cm.ClassMembers(c) {
			if memberOf(m).name == string(name) {
				return m, nil
			}
		}
	}
	return nil, python.NewException(python.KeyError, k)
}

// memberOf returns the member state of v, or nil.
func memberOf(v python.Value) *choiceMember {
	if inst, ok := v.(*python.Instance); ok {
		if m, ok := inst.Native.(*choiceMember); ok {
			return m
		}
	}
	return nil
}

// isEnumDescriptor is enum._is_descriptor: functions, properties and other
// descriptors defined in the body are methods, not members.
func isEnumDescriptor(v python.Value) bool {
	switch v.(type) {
	case *python.Function, *python.Builtin, *python.Property, *python.ClassMethod, *python.StaticMethod, *python.Class:
		return true
	}
	_, ok := v.(python.Descriptor)
	return ok
}

// labelFor is the default label: key.replace('_', ' ').title().
func labelFor(key string) string {
	s := strings.ReplaceAll(key, "_", " ")
	var b strings.Builder
	prevLetter := false
	for _, r := range s {
		isLetter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		switch {
		case isLetter && !prevLetter:
			b.WriteString(strings.ToUpper(string(r)))
		case isLetter:
			b.WriteString(strings.ToLower(string(r)))
		default:
			b.WriteRune(r)
		}
		prevLetter = isLetter
	}
	return b.String()
}

// NewClass is ChoicesMeta.__new__ over EnumMeta.__new__.
func (cm choicesMeta) NewClass(th *python.Thread, name string, bases []*python.Class, ns *python.Dict) (python.Value, error) {
	e := cm.e
	mixin := ""
	for _, b := range bases {
		for _, c := range b.MRO {
			switch c {
			case e.textChoices:
				mixin = "str"
			case e.intChoices:
				if mixin == "" {
					mixin = "int"
				}
			}
		}
	}
	type pending struct {
		key          string
		value, label python.Value
	}
	var members []pending
	dict := python.NewDict()
	for _, kv := range ns.Items() {
		k, _ := kv[0].(python.String)
		key := string(k)
		v := kv[1]
		if strings.HasPrefix(key, "_") || isEnumDescriptor(v) {
			dict.SetKey(th, kv[0], v)
			continue
		}
		// `*value, label = value` when the last item is a str.
		var label python.Value = python.String(labelFor(key))
		var items []python.Value
		switch t := v.(type) {
		case python.Tuple:
			items = t
		case *python.List:
			items = t.Elems()
		}
		if len(items) > 1 {
			if _, ok := items[len(items)-1].(python.String); ok {
				label = items[len(items)-1]
				// value = tuple(value): a plain Choices member keeps the
				// tuple, (1,) for `GOLD = 1, "Gold"`.
				v = python.Tuple(append([]python.Value(nil), items[:len(items)-1]...))
			}
		}
		// The mixed-in type builds the value from the tuple's items:
		// str(*value) / int(*value).
		if mixin != "" {
			args, isTuple := v.(python.Tuple)
			if !isTuple {
				args = python.Tuple{v}
			}
			typ := python.StrClass
			if mixin == "int" {
				typ = python.IntClass
			}
			r, err := python.Call(th, typ, args, nil)
			if err != nil {
				return nil, err
			}
			v = r
		}
		for _, p := range members {
			if eq, _ := python.Equal(th, p.value, v); eq {
				// enum.unique
				return nil, python.NewError(python.ValueError, "duplicate values found in <enum '%s'>: %s -> %s", name, key, p.key)
			}
		}
		members = append(members, pending{key, v, label})
	}
	cls, err := python.NewClass(name, bases, dict)
	if err != nil {
		return nil, err
	}
	cls.Factory = cm
	var list []*python.Instance
	var memberNames []python.Value
	for _, p := range members {
		memberNames = append(memberNames, python.String(p.key))
		m := python.NewInstance(cls, &choiceMember{name: p.key, value: p.value, label: p.label, mixin: mixin})
		m.Dict.SetStr("name", python.String(p.key))
		m.Dict.SetStr("value", p.value)
		m.Dict.SetStr("label", p.label)
		m.Dict.SetStr("_name_", python.String(p.key))
		m.Dict.SetStr("_value_", p.value)
		cls.Dict.SetStr(p.key, m)
		list = append(list, m)
	}
	// The metaclass properties, computed once.
	var empty python.Value
	if v, ok := dict.GetStr("__empty__"); ok {
		empty = v
	}
	var choices, labels, values, names []python.Value
	if empty != nil {
		choices = append(choices, python.Tuple{python.None, empty})
		labels = append(labels, empty)
		values = append(values, python.None)
		names = append(names, python.String("__empty__"))
	}
	for _, m := range list {
		st := m.Native.(*choiceMember)
		choices = append(choices, python.Tuple{st.value, st.label})
		labels = append(labels, st.label)
		values = append(values, st.value)
		names = append(names, python.String(st.name))
	}
	cls.Dict.SetStr("choices", python.NewList(choices))
	cls.Dict.SetStr("labels", python.NewList(labels))
	cls.Dict.SetStr("values", python.NewList(values))
	cls.Dict.SetStr("names", python.NewList(names))
	cls.Dict.SetStr("do_not_call_in_templates", python.True)
	cls.Dict.SetStr("_member_names_", python.NewList(memberNames))
	cls.New = func(th *python.Thread, c *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		// Status("D"): the member with that value (EnumMeta.__call__).
		var v python.Value
		if err := python.UnpackArgs(c.Name, args, kw, "value", &v); err != nil {
			return nil, err
		}
		if memberOf(v) != nil {
			if inst := v.(*python.Instance); inst.Class.IsSubclass(c) {
				return v, nil
			}
		}
		for _, m := range list {
			if eq, err := python.Equal(th, m.Native.(*choiceMember).value, v); err != nil {
				return nil, err
			} else if eq {
				return m, nil
			}
		}
		r, err := python.Repr(th, v)
		if err != nil {
			return nil, err
		}
		return nil, python.NewError(python.ValueError, "%s is not a valid %s", r, c.Qualname)
	}
	return cls, nil
}

// buildChoicesClasses makes models.Choices, TextChoices and IntegerChoices.
func (e *Env) buildChoicesClasses() {
	method := func(name string, fn func(th *python.Thread, m *choiceMember, args python.Tuple) (python.Value, error)) *python.Builtin {
		return builtin(name, func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			if len(args) == 0 || memberOf(args[0]) == nil {
				return nil, python.NewError(python.TypeError, "descriptor '%s' requires a Choices member", name)
			}
			return fn(th, memberOf(args[0]), args[1:])
		})
	}
	d := python.NewDict()
	d.SetStr("__module__", python.String("django.db.models.enums"))
	// str() of a member: Django 3.2's Choices.__str__ is str(value);
	// later Choices leave it to IntEnum/StrEnum (the value too) and, for
	// a plain Choices, to Enum ("Status.DRAFT").
	str := func(th *python.Thread, self python.Value, m *choiceMember) (string, error) {
		if e.Features.ChoicesAreReprEnums && m.mixin == "" {
			return self.(*python.Instance).Class.Name + "." + m.name, nil
		}
		return python.Str(th, m.value)
	}
	d.SetStr("__str__", builtin("__str__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		m := memberOf(args[0])
		if m == nil {
			return nil, python.NewError(python.TypeError, "descriptor '__str__' requires a Choices member")
		}
		s, err := str(th, args[0], m)
		return python.String(s), err
	}))
	d.SetStr("__format__", builtin("__format__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		m := memberOf(args[0])
		if m == nil {
			return nil, python.NewError(python.TypeError, "descriptor '__format__' requires a Choices member")
		}
		spec := ""
		if len(args) == 2 {
			if sp, ok := args[1].(python.String); ok {
				spec = string(sp)
			}
		}
		if e.Features.ChoicesAreReprEnums && m.mixin != "" {
			// IntEnum and StrEnum format as their value: f"{x:03d}".
			out, err := python.Format(th, m.value, spec)
			return python.String(out), err
		}
		s, err := str(th, args[0], m)
		if err != nil {
			return nil, err
		}
		out, err := python.Format(th, python.String(s), spec)
		return python.String(out), err
	}))
	d.SetStr("__repr__", builtin("__repr__", func(th *python.Thread, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
		m := memberOf(args[0])
		cls := args[0].(*python.Instance).Class
		if e.Features.ChoicesReprQualified {
			return python.String(cls.Qualname + "." + m.name), nil
		}
		r, err := python.Repr(th, m.value)
		if err != nil {
			return nil, err
		}
		return python.String("<" + cls.Name + "." + m.name + ": " + r + ">"), nil
	}))
	d.SetStr("__hash__", method("__hash__", func(th *python.Thread, m *choiceMember, _ python.Tuple) (python.Value, error) {
		if m.mixin == "" {
			return python.MakeInt(int64(len(m.name))), nil
		}
		h, err := python.Hash(th, m.value)
		return python.MakeInt(int64(h)), err
	}))
	for _, op := range []struct {
		name string
		op   python.CompareOp
	}{{"__eq__", python.EQ}, {"__ne__", python.NE}, {"__lt__", python.LT}, {"__le__", python.LE}, {"__gt__", python.GT}, {"__ge__", python.GE}} {
		op := op
		d.SetStr(op.name, method(op.name, func(th *python.Thread, m *choiceMember, args python.Tuple) (python.Value, error) {
			other := args[0]
			if m.mixin == "" {
				// A plain Enum compares by identity.
				if op.op == python.EQ || op.op == python.NE {
					same := memberOf(other) == m
					return python.Bool(same == (op.op == python.EQ)), nil
				}
				return python.NotImplemented, nil
			}
			if om := memberOf(other); om != nil {
				other = om.value
			}
			r, err := python.Compare(th, op.op, m.value, other)
			return python.Bool(r), err
		}))
	}
	base, _ := python.NewClass("Choices", nil, d)
	base.Factory = choicesMeta{e}
	e.choicesClass = base
	mk := func(name string) *python.Class {
		d := python.NewDict()
		d.SetStr("__module__", python.String("django.db.models.enums"))
		c, _ := python.NewClass(name, []*python.Class{base}, d)
		return c
	}
	e.textChoices = mk("TextChoices")
	e.intChoices = mk("IntegerChoices")
	for _, c := range []*python.Class{base, e.textChoices, e.intChoices} {
		c.New = func(th *python.Thread, cls *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
			return e.choicesFunctional(th, cls, args, kw)
		}
	}
}

// choicesFunctional is the functional API of an enumeration,
// TextChoices("MedalType", "GOLD SILVER BRONZE") (EnumType.__call__ with
// names, then _create_): the names are a str of names separated by spaces
// or commas, a sequence of names, of (name, value) pairs, or a mapping;
// names alone take TextChoices' generated value (the name) or Enum's
// (start, start + 1, ...). The class is made by ChoicesMeta as a class
// statement would.
func (e *Env) choicesFunctional(th *python.Thread, base *python.Class, args python.Tuple, kw []python.Kwarg) (python.Value, error) {
	var value, names, module, qualname, typ python.Value = nil, python.None, python.None, python.None, python.None
	var start python.Value = python.MakeInt(1)
	if err := python.UnpackArgs(base.Name, args, kw, "value", &value, "names?", &names, "*", nil, "module?", &module, "qualname?", &qualname, "type?", &typ, "start?", &start); err != nil {
		return nil, err
	}
	if names == python.None {
		r, err := python.Repr(th, value)
		if err != nil {
			return nil, err
		}
		return nil, python.NewError(python.ValueError, "%s is not a valid %s", r, base.Qualname)
	}
	name, ok := value.(python.String)
	if !ok {
		return nil, python.NewError(python.TypeError, "type.__new__() argument 1 must be str, not %s", value.Type())
	}
	var items []python.Value
	if s, ok := names.(python.String); ok {
		for _, n := range strings.Fields(strings.ReplaceAll(string(s), ",", " ")) {
			items = append(items, python.String(n))
		}
	} else if d, ok := names.(*python.Dict); ok {
		for _, kv := range d.Items() {
			items = append(items, python.Tuple{kv[0], kv[1]})
		}
	} else if err := python.Iterate(th, names, func(v python.Value) error { items = append(items, v); return nil }); err != nil {
		return nil, err
	}
	ns := python.NewDict()
	ns.SetStr("__module__", python.String(AppLabel+".models"))
	ns.SetStr("__qualname__", name)
	next := start
	for _, it := range items {
		var key, v python.Value
		if s, ok := it.(python.String); ok {
			key = s
			if base.IsSubclass(e.textChoices) {
				v = s
			} else {
				v = next
				n, err := python.Binary(th, python.Plus, next, python.MakeInt(1))
				if err != nil {
					return nil, err
				}
				next = n
			}
		} else {
			var pair []python.Value
			if err := python.Iterate(th, it, func(x python.Value) error { pair = append(pair, x); return nil }); err != nil {
				return nil, err
			}
			if len(pair) != 2 {
				return nil, python.NewError(python.ValueError, "too many values to unpack (expected 2)")
			}
			key, v = pair[0], pair[1]
		}
		k, ok := key.(python.String)
		if !ok {
			return nil, python.NewError(python.TypeError, "attribute name must be string, not '%s'", key.Type())
		}
		ns.SetStr(string(k), v)
	}
	return choicesMeta{e}.NewClass(th, string(name), []*python.Class{base}, ns)
}
