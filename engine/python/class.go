package python

import (
	"strings"
	"sync"
)

// Class is a Python class: a user class from a class statement, a Go-native
// class built with NewClass (its dict holding *Builtin methods), an exception
// class, or a builtin type (int, str, list ...). Classes are callable: calling
// one creates an instance and runs __init__ found by the MRO.
type Class struct {
	// Name is __name__; Qualname is __qualname__ (defaults to Name);
	// Module is __module__ ("builtins" for builtin types, "__main__" or the
	// module name for classes defined by a script).
	Name, Qualname, Module string
	// Bases are the direct bases (__bases__), MRO the C3 linearization
	// (__mro__), starting with the class itself and ending with object.
	Bases []*Class
	MRO   []*Class
	// Dict is the class namespace in definition order (String keys).
	Dict *Dict
	// Factory, when set on a class or inherited from a base, is the
	// metaclass hook: a class statement with such a base calls it instead of
	// creating the class itself. See ClassFactory.
	Factory ClassFactory
	// MetaFactory, on a metaclass (a subclass of type) or inherited from
	// one of its bases, is what a class statement with metaclass=this
	// calls to make the class: Django's ModelBase and its subclasses.
	MetaFactory ClassFactory
	// New, when set (here or on a base), replaces the default instance
	// creation: calling the class calls New, which returns the new value
	// (no __init__ is run). Builtin types such as int and the library's
	// date and Decimal use it.
	New func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error)
	// InstanceCheck, when set, is the metaclass's __instancecheck__:
	// isinstance(v, cls) is its answer (Django's EmptyQuerySet).
	InstanceCheck func(v Value) bool

	final       bool // cannot be subclassed (builtin types)
	immutable   bool // shared by all threads: attributes cannot be set
	exception   bool // a subclass of BaseException
	uncatchable bool // StepLimitExceeded and friends: no except clause matches
	typeName    string
}

// ClassFactory is the metaclass hook (Django's ModelBase). NewClass
// receives the name, the evaluated bases and the class body namespace in
// definition order (including __module__, __qualname__ and __doc__ when
// present), and returns the value bound to the class name: usually a *Class
// built with the package's NewClass and then decorated. It is found on the
// bases' MROs (the first base, in MRO order, that has one) and is therefore
// inherited by subclasses.
type ClassFactory interface {
	NewClass(th *Thread, name string, bases []*Class, ns *Dict) (Value, error)
}

// NewMetaclass makes a metaclass: a subclass of type named name in module
// whose class statements (metaclass=it, or of a subclass of it) are made
// by factory.
func NewMetaclass(name, module string, factory ClassFactory) *Class {
	d := NewDict()
	d.SetStr("__module__", String(module))
	c := &Class{Name: name, Qualname: name, Module: module, Bases: []*Class{TypeClass}, Dict: d, MetaFactory: factory}
	c.MRO = append([]*Class{c}, TypeClass.MRO...)
	return c
}

// ClassReprer is implemented by a ClassFactory whose metaclass has its
// own __repr__ for its classes (EnumType's "<enum 'Name'>").
type ClassReprer interface {
	ClassRepr(c *Class) string
}

// NewClass creates a class the way `class name(bases): ...` does without a
// metaclass: it computes the C3 MRO and takes dict as the class namespace
// (nil means empty). An empty bases means (object,). The Factory is
// inherited from the bases. It fails with TypeError when the MRO is
// inconsistent or a base cannot be subclassed.
func NewClass(name string, bases []*Class, dict *Dict) (*Class, error) {
	if len(bases) == 0 {
		bases = []*Class{ObjectClass}
	}
	for i, b := range bases {
		if b.final && !isValueBase(b) {
			return nil, NewError(TypeError, "type '%s' is not an acceptable base type", b.Name)
		}
		for _, b2 := range bases[:i] {
			if b2 == b {
				return nil, NewError(TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	if err := checkValueBases(bases); err != nil {
		return nil, err
	}
	if dict == nil {
		dict = NewDict()
	}
	c := &Class{Name: name, Qualname: name, Module: "__main__", Bases: bases, Dict: dict}
	if q, ok := dict.GetStr("__qualname__"); ok {
		if s, ok := q.(String); ok {
			c.Qualname = string(s)
		}
	}
	if m, ok := dict.GetStr("__module__"); ok {
		if s, ok := m.(String); ok {
			c.Module = string(s)
		}
	}
	mro, err := c3(c, bases)
	if err != nil {
		return nil, err
	}
	c.MRO = mro
	for _, b := range mro[1:] {
		if b.exception {
			c.exception = true
		}
		if b.uncatchable {
			c.uncatchable = true
		}
		if c.Factory == nil && b.Factory != nil {
			c.Factory = b.Factory
		}
		if c.MetaFactory == nil && b.MetaFactory != nil {
			c.MetaFactory = b.MetaFactory
		}
	}
	// Like CPython: defining __eq__ without __hash__ makes instances
	// unhashable. (__set_name__ is called by the class statement.)
	if _, ok := dict.GetStr("__eq__"); ok {
		if _, ok := dict.GetStr("__hash__"); !ok {
			dict.SetStr("__hash__", None)
		}
	}
	return c, nil
}

// newBuiltinClass makes a class of the builtins module (not subclassable
// unless made so by the caller).
func newBuiltinClass(name string, base *Class, typeName string) *Class {
	c := &Class{Name: name, Qualname: name, Module: "builtins", Dict: NewDict(), final: true, immutable: true, typeName: typeName}
	if base != nil {
		c.Bases = []*Class{base}
		c.MRO = append([]*Class{c}, base.MRO...)
	} else {
		c.MRO = []*Class{c}
	}
	return c
}

func c3(c *Class, bases []*Class) ([]*Class, error) {
	if len(bases) == 1 {
		// The merge of one base's MRO and the base: that MRO, after c.
		return append([]*Class{c}, bases[0].MRO...), nil
	}
	var seqs [][]*Class
	for _, b := range bases {
		seqs = append(seqs, append([]*Class(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Class(nil), bases...))
	result := []*Class{c}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return result, nil
		}
		var cand *Class
	outer:
		for _, s := range seqs {
			h := s[0]
			for _, t := range seqs {
				for _, x := range t[1:] {
					if x == h {
						continue outer
					}
				}
			}
			cand = h
			break
		}
		if cand == nil {
			names := make([]string, len(bases))
			for i, b := range bases {
				names[i] = b.Name
			}
			return nil, NewError(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		result = append(result, cand)
		for i, s := range seqs {
			if s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// Type returns "type".
func (c *Class) Type() string { return "type" }

// Class returns the metaclass, type.
func (c *Class) Class() *Class { return TypeClass }

// String returns the class name.
func (c *Class) String() string { return c.Name }

// IsSubclass reports whether c is base or derives from it.
func (c *Class) IsSubclass(base *Class) bool {
	if c == base {
		return true
	}
	for _, m := range c.MRO {
		if m == base {
			return true
		}
	}
	return false
}

// Freeze makes the class immutable from Python code (setting or deleting
// its attributes raises TypeError), for classes shared by all threads
// such as the ones a binding builds once at init time.
func (c *Class) Freeze() { c.immutable = true }

// IsException reports whether c derives from BaseException.
func (c *Class) IsException() bool { return c.exception }

// Lookup finds name in the class dicts along the MRO, returning the value
// and the class whose dict holds it, or (nil, nil). Descriptors are returned
// as they are (not bound).
func (c *Class) Lookup(name string) (Value, *Class) {
	for _, m := range c.MRO {
		if v, ok := m.Dict.GetStr(name); ok {
			return v, m
		}
	}
	return nil, nil
}

// SetAttr sets a class attribute (Person.x = v), as type.__setattr__.
func (c *Class) SetAttr(th *Thread, name string, v Value) error {
	switch name {
	case "__name__":
		s, ok := v.(String)
		if !ok {
			return NewError(TypeError, "can only assign string to %s.__name__, not '%s'", c.Name, v.Type())
		}
		c.Name = string(s)
		return nil
	case "__qualname__":
		if s, ok := v.(String); ok {
			c.Qualname = string(s)
			return nil
		}
	case "__module__":
		if s, ok := v.(String); ok {
			c.Module = string(s)
		}
	}
	if c.final || c.immutable {
		return NewError(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, c.Name)
	}
	c.Dict.SetStr(name, v)
	return nil
}

// Attr implements Person.name: special attributes, then the MRO with
// descriptors called as DescriptorGet(th, nil, c). It returns (nil, nil)
// when absent.
func (c *Class) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__":
		return String(c.Name), nil
	case "__qualname__":
		return String(c.Qualname), nil
	case "__module__":
		if v, ok := c.Dict.GetStr("__module__"); ok {
			return v, nil
		}
		return String(c.Module), nil
	case "__doc__":
		if v, ok := c.Dict.GetStr("__doc__"); ok {
			return v, nil
		}
		return None, nil
	case "__mro__":
		t := make(Tuple, len(c.MRO))
		for i, m := range c.MRO {
			t[i] = m
		}
		return t, nil
	case "__bases__":
		t := make(Tuple, len(c.Bases))
		for i, m := range c.Bases {
			t[i] = m
		}
		return t, nil
	case "__base__":
		if len(c.Bases) == 0 {
			return None, nil
		}
		return c.Bases[0], nil
	case "__dict__":
		if c.final || c.immutable {
			return c.Dict.Copy(), nil
		}
		return c.Dict, nil
	case "__class__":
		return TypeClass, nil
	}
	v, owner := c.Lookup(name)
	if owner == ObjectClass || v == nil {
		if b := valueBaseOf(c); b != nil {
			if f := valueBaseMethod(b, name); f != nil {
				return f, nil
			}
		}
	}
	if v == nil {
		// methods of type itself, e.g. Person.mro()
		if name == "mro" {
			return &BoundMethod{Self: c, Func: builtinMro}, nil
		}
		return nil, nil
	}
	if d, ok := v.(Descriptor); ok {
		return d.DescriptorGet(th, nil, c)
	}
	if pd, ok := v.(*Instance); ok && pd.lookupDunder("__get__") != nil {
		return pd.descriptorGet(th, nil, c)
	}
	return v, nil
}

var builtinMro = NewBuiltin("mro", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	c := args[0].(*Class)
	l := make([]Value, len(c.MRO))
	for i, m := range c.MRO {
		l[i] = m
	}
	return NewList(l), nil
})

// AttrNames lists the attribute names of the class and its bases.
func (c *Class) AttrNames() []string {
	seen := map[string]bool{}
	var names []string
	for _, m := range c.MRO {
		for _, k := range m.Dict.Keys() {
			if s, ok := k.(String); ok && !seen[string(s)] {
				seen[string(s)] = true
				names = append(names, string(s))
			}
		}
	}
	return names
}

// CallInternal creates an instance: via New when the class (or a base) has
// one, else a new *Instance on which __init__ is called.
func (c *Class) CallInternal(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	for _, m := range c.MRO {
		if m.New != nil {
			if m != c && isValueBase(m) {
				return newValueInstance(th, c, m, args, kwargs)
			}
			return m.New(th, c, args, kwargs)
		}
	}
	inst := NewInstance(c, nil)
	if c.exception {
		inst.exc = &excFields{args: append(Tuple(nil), args...)}
	}
	init, _ := c.Lookup("__init__")
	if init == nil || init == objectInit {
		if len(args) > 0 || len(kwargs) > 0 {
			if c.exception {
				if len(kwargs) > 0 {
					return nil, NewError(TypeError, "%s() takes no keyword arguments", c.Name)
				}
				return inst, nil
			}
			return nil, NewError(TypeError, "%s() takes no arguments", c.Name)
		}
		return inst, nil
	}
	if err := CallInit(th, init, inst, args, kwargs); err != nil {
		return nil, err
	}
	return inst, nil
}

// CallInit calls init, a class's __init__, on self with args, as
// type.__call__ does after __new__, and raises CPython's TypeError
// ("__init__() should return None, not 'int'") when it returns anything
// but None.
func CallInit(th *Thread, init, self Value, args Tuple, kwargs []Kwarg) error {
	r, err := callWithSelf(th, init, self, args, kwargs)
	if err != nil {
		return err
	}
	if r != None {
		return NewError(TypeError, "__init__() should return None, not '%s'", r.Type())
	}
	return nil
}

// Instance is an instance of a Python class, of a Go-native class or of an
// exception class. Dict holds its attributes (String keys). Native is free for
// the Go code that owns the class (the ORM keeps its row state there).
type Instance struct {
	Class  *Class
	Dict   *Dict
	Native any

	exc *excFields // non-nil for exception instances
	id  int64
}

// NewInstance returns a new instance of cls with an empty dict and the
// given Native state, without calling __init__.
func NewInstance(cls *Class, native any) *Instance {
	inst := &Instance{Class: cls, Dict: NewDict(), Native: native}
	if cls.exception {
		inst.exc = &excFields{}
	}
	return inst
}

// Type returns the class name.
func (inst *Instance) Type() string { return inst.Class.Name }

// lookupDunder finds a special method on the instance's type (never in the
// instance dict, as CPython). A None entry (e.g. __hash__ = None) counts as
// absent with found == true.
func (inst *Instance) lookupDunder(name string) Value {
	v, owner := inst.Class.Lookup(name)
	if inst.skipDunder(owner, name) {
		return nil
	}
	return v
}

// callDunder calls a special method found on the type, binding self.
// It returns (nil, false, nil) when the type has no such method.
func (inst *Instance) callDunder(th *Thread, name string, args ...Value) (Value, bool, error) {
	m := inst.lookupDunder(name)
	if m == nil || m == None {
		return nil, false, nil
	}
	r, err := callWithSelf(th, m, inst, args, nil)
	return r, true, err
}

// callWithSelf calls a function found in a class dict with self bound, the
// way an instance method lookup would.
func callWithSelf(th *Thread, m Value, self Value, args Tuple, kwargs []Kwarg) (Value, error) {
	switch f := m.(type) {
	case *Function, *Builtin:
		if b, ok := f.(*Builtin); ok {
			self = builtinSelf(self, b)
		}
		all := make(Tuple, 0, len(args)+1)
		all = append(all, self)
		all = append(all, args...)
		return Call(th, f, all, kwargs)
	case Descriptor:
		var cls *Class
		if i, ok := self.(*Instance); ok {
			cls = i.Class
		} else {
			cls = TypeOf(self)
		}
		bound, err := f.DescriptorGet(th, self, cls)
		if err != nil {
			return nil, err
		}
		return Call(th, bound, args, kwargs)
	}
	return Call(th, m, args, kwargs)
}

// Attr implements CPython's generic attribute lookup: data descriptors on
// the type, then the instance dict, then other descriptors (methods are
// bound) and plain class attributes, then __getattr__. It returns (nil, nil)
// when absent.
func (inst *Instance) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__class__":
		return inst.Class, nil
	case "__dict__":
		return inst.Dict, nil
	}
	cls := inst.Class
	t, _ := cls.Lookup(name)
	if t != nil {
		if dd, ok := t.(DataDescriptor); ok {
			return dd.DescriptorGet(th, inst, cls)
		}
		if pd, ok := t.(*Instance); ok && pd.isDataDescriptor() {
			return pd.descriptorGet(th, inst, cls)
		}
	}
	if v, ok := inst.Dict.GetStr(name); ok {
		return v, nil
	}
	if b, ok := t.(*Builtin); ok {
		return b.DescriptorGet(th, builtinSelf(inst, b), cls)
	}
	if t != nil {
		if d, ok := t.(Descriptor); ok {
			return d.DescriptorGet(th, inst, cls)
		}
		if pd, ok := t.(*Instance); ok && pd.lookupDunder("__get__") != nil {
			return pd.descriptorGet(th, inst, cls)
		}
		return t, nil
	}
	if mv := mixinValue(inst); mv != nil {
		if r, err := getAttr(th, mv, name); r != nil || err != nil {
			return r, err
		}
	}
	if ga, _ := cls.Lookup("__getattr__"); ga != nil && ga != None {
		return callWithSelf(th, ga, inst, Tuple{String(name)}, nil)
	}
	return nil, nil
}

// AttrNames lists the instance dict keys and the class attributes.
func (inst *Instance) AttrNames() []string {
	var names []string
	for _, k := range inst.Dict.Keys() {
		if s, ok := k.(String); ok {
			names = append(names, string(s))
		}
	}
	return append(names, inst.Class.AttrNames()...)
}

// SetAttr implements inst.name = v: a data descriptor on the type, or a
// __setattr__ override, else the instance dict.
func (inst *Instance) SetAttr(th *Thread, name string, v Value) error {
	if name == "__class__" {
		c, ok := v.(*Class)
		if !ok {
			return NewError(TypeError, "__class__ must be set to a class, not '%s' object", v.Type())
		}
		inst.Class = c
		return nil
	}
	if sa, _ := inst.Class.Lookup("__setattr__"); sa != nil && sa != objectSetattr {
		_, err := callWithSelf(th, sa, inst, Tuple{String(name), v}, nil)
		return err
	}
	return inst.genericSetAttr(th, name, v)
}

func (inst *Instance) genericSetAttr(th *Thread, name string, v Value) error {
	t, _ := inst.Class.Lookup(name)
	if t != nil {
		if dd, ok := t.(DataDescriptor); ok {
			return dd.DescriptorSet(th, inst, v)
		}
		if pd, ok := t.(*Instance); ok {
			if r, ok, err := pd.callDunder(th, "__set__", inst, v); ok {
				_ = r
				return err
			}
		}
	}
	inst.Dict.SetStr(name, v)
	return nil
}

// isDataDescriptor reports whether a Python-defined descriptor defines
// __set__ or __delete__.
func (inst *Instance) isDataDescriptor() bool {
	if inst.lookupDunder("__get__") == nil {
		return false
	}
	return inst.lookupDunder("__set__") != nil || inst.lookupDunder("__delete__") != nil
}

// descriptorGet calls a Python-defined __get__(self, instance, owner).
func (inst *Instance) descriptorGet(th *Thread, obj Value, cls *Class) (Value, error) {
	var o Value = None
	if obj != nil {
		o = obj
	}
	var c Value = None
	if cls != nil {
		c = cls
	}
	r, _, err := inst.callDunder(th, "__get__", o, c)
	return r, err
}

// DelAttr implements del inst.name.
func (inst *Instance) DelAttr(th *Thread, name string) error {
	t, _ := inst.Class.Lookup(name)
	if t != nil {
		if dd, ok := t.(DataDescriptor); ok {
			return dd.DescriptorDelete(th, inst)
		}
	}
	if _, found, _ := inst.Dict.Delete(th, String(name)); !found {
		return NewError(AttributeError, "'%s' object has no attribute '%s'", inst.Class.Name, name)
	}
	return nil
}

// BoundMethod is a callable bound to a receiver: obj.method, or a
// classmethod bound to its class. Calling it calls Func with Self prepended.
type BoundMethod struct {
	Self Value
	Func Value
}

// Type returns "method" (or "builtin_function_or_method" for Go methods
// other than those standing for Python methods).
func (m *BoundMethod) Type() string {
	if b, ok := m.Func.(*Builtin); ok && b.qualname == "" {
		return "builtin_function_or_method"
	}
	return "method"
}

// Name returns the function's name.
func (m *BoundMethod) Name() string {
	return funcName(m.Func)
}

// CallInternal calls Func(Self, *args, **kwargs).
func (m *BoundMethod) CallInternal(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	all := make(Tuple, 0, len(args)+1)
	all = append(all, m.Self)
	all = append(all, args...)
	return Call(th, m.Func, all, kwargs)
}

// Attr exposes __self__, __func__ and __name__.
func (m *BoundMethod) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__self__":
		return m.Self, nil
	case "__func__":
		return m.Func, nil
	case "__name__":
		if f, ok := m.Func.(HasAttrs); ok {
			if n, err := f.Attr(th, "__name__"); err != nil || n != nil {
				return n, err
			}
		}
		return String(m.Name()), nil
	}
	if f, ok := m.Func.(HasAttrs); ok {
		return f.Attr(th, name)
	}
	return nil, nil
}

// AttrNames lists the method's attributes.
func (m *BoundMethod) AttrNames() []string { return []string{"__self__", "__func__", "__name__"} }

// Repr renders <bound method Class.name of repr(self)>.
func (m *BoundMethod) Repr(th *Thread) (string, error) {
	if b, ok := m.Func.(*Builtin); ok {
		if _, isInst := m.Self.(*Instance); !isInst {
			return "<built-in method " + b.name + " of " + m.Self.Type() + " object>", nil
		}
	}
	s, err := Repr(th, m.Self)
	if err != nil {
		return "", err
	}
	qn := m.Name()
	if f, ok := m.Func.(*Function); ok {
		qn = f.qualname
	} else if b, ok := m.Func.(*Builtin); ok && b.qualname != "" {
		qn = b.qualname
	} else if c, ok := m.Self.(*Class); ok {
		qn = c.Qualname + "." + qn
	} else {
		qn = TypeOf(m.Self).Qualname + "." + qn
	}
	return "<bound method " + qn + " of " + s + ">", nil
}

// Property is Python's property: a data descriptor calling Getter, Setter
// and Deleter (any callables, nil when absent) with the instance.
type Property struct {
	Getter, Setter, Deleter Value
	Doc                     Value
	name                    string
}

// Type returns "property".
func (p *Property) Type() string { return "property" }

// DescriptorGet calls the getter; on the class it returns the property.
func (p *Property) DescriptorGet(th *Thread, inst Value, cls *Class) (Value, error) {
	if inst == nil {
		return p, nil
	}
	if p.Getter == nil || p.Getter == None {
		return nil, NewError(AttributeError, "property%s of '%s' object has no getter", p.nameQ(), inst.Type())
	}
	return Call(th, p.Getter, Tuple{inst}, nil)
}

func (p *Property) nameQ() string {
	if p.name == "" {
		if f, ok := p.Getter.(*Function); ok {
			return " '" + f.name + "'"
		}
		return ""
	}
	return " '" + p.name + "'"
}

// DescriptorSet calls the setter (AttributeError when there is none).
func (p *Property) DescriptorSet(th *Thread, inst Value, v Value) error {
	if p.Setter == nil || p.Setter == None {
		return NewError(AttributeError, "property%s of '%s' object has no setter", p.nameQ(), inst.Type())
	}
	_, err := Call(th, p.Setter, Tuple{inst, v}, nil)
	return err
}

// DescriptorDelete calls the deleter (AttributeError when there is none).
func (p *Property) DescriptorDelete(th *Thread, inst Value) error {
	if p.Deleter == nil || p.Deleter == None {
		return NewError(AttributeError, "property%s of '%s' object has no deleter", p.nameQ(), inst.Type())
	}
	_, err := Call(th, p.Deleter, Tuple{inst}, nil)
	return err
}

// Attr exposes fget/fset/fdel and the setter/getter/deleter decorators.
func (p *Property) Attr(th *Thread, name string) (Value, error) {
	orNone := func(v Value) Value {
		if v == nil {
			return None
		}
		return v
	}
	mk := func(which string) *Builtin {
		return NewBuiltin(which, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) != 1 || len(kwargs) != 0 {
				return nil, NewError(TypeError, "%s() takes exactly one argument (%d given)", which, len(args))
			}
			q := *p
			switch which {
			case "getter":
				q.Getter = args[0]
			case "setter":
				q.Setter = args[0]
			case "deleter":
				q.Deleter = args[0]
			}
			return &q, nil
		})
	}
	switch name {
	case "fget":
		return orNone(p.Getter), nil
	case "fset":
		return orNone(p.Setter), nil
	case "fdel":
		return orNone(p.Deleter), nil
	case "__doc__":
		if p.Doc != nil {
			return p.Doc, nil
		}
		if f, ok := p.Getter.(*Function); ok {
			return f.doc(), nil
		}
		return None, nil
	case "getter", "setter", "deleter":
		return mk(name), nil
	}
	return nil, nil
}

// AttrNames lists the property's attributes.
func (p *Property) AttrNames() []string {
	return []string{"fget", "fset", "fdel", "getter", "setter", "deleter"}
}

// ClassMethod is Python's classmethod: looked up through a class or an
// instance, it binds the class.
type ClassMethod struct{ Func Value }

// Type returns "classmethod".
func (m *ClassMethod) Type() string { return "classmethod" }

// DescriptorGet binds the class.
func (m *ClassMethod) DescriptorGet(th *Thread, inst Value, cls *Class) (Value, error) {
	if cls == nil {
		cls = TypeOf(inst)
	}
	return &BoundMethod{Self: cls, Func: m.Func}, nil
}

// Attr exposes __func__.
func (m *ClassMethod) Attr(th *Thread, name string) (Value, error) {
	if name == "__func__" {
		return m.Func, nil
	}
	return nil, nil
}

// AttrNames lists __func__.
func (m *ClassMethod) AttrNames() []string { return []string{"__func__"} }

// StaticMethod is Python's staticmethod: lookup returns the function itself.
type StaticMethod struct{ Func Value }

// Type returns "staticmethod".
func (m *StaticMethod) Type() string { return "staticmethod" }

// DescriptorGet returns the wrapped function.
func (m *StaticMethod) DescriptorGet(th *Thread, inst Value, cls *Class) (Value, error) {
	return m.Func, nil
}

// CallInternal calls the wrapped function (staticmethods are callable).
func (m *StaticMethod) CallInternal(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	return Call(th, m.Func, args, kwargs)
}

// Name returns the wrapped function's name.
func (m *StaticMethod) Name() string {
	return funcName(m.Func)
}

// Attr exposes __func__.
func (m *StaticMethod) Attr(th *Thread, name string) (Value, error) {
	if name == "__func__" {
		return m.Func, nil
	}
	return nil, nil
}

// AttrNames lists __func__.
func (m *StaticMethod) AttrNames() []string { return []string{"__func__"} }

// Super is the value of super(): attribute lookup starts after Start in the
// MRO of Obj's type (or of Obj itself when Obj is a class, in classmethods).
type Super struct {
	Start *Class
	Obj   Value
}

// Type returns "super".
func (s *Super) Type() string { return "super" }

// Repr renders <super: <class 'X'>, <X object>>.
func (s *Super) Repr(th *Thread) (string, error) {
	return "<super: <class '" + s.Start.Name + "'>, <" + s.Obj.Type() + " object>>", nil
}

func (s *Super) objType() *Class {
	if c, ok := s.Obj.(*Class); ok && c.IsSubclass(s.Start) {
		return c
	}
	return TypeOf(s.Obj)
}

// Attr looks name up in the MRO after Start and binds it to Obj.
func (s *Super) Attr(th *Thread, name string) (Value, error) {
	if name == "__class__" {
		return SuperClass, nil
	}
	t := s.objType()
	mro := t.MRO
	i := 0
	for i < len(mro) && mro[i] != s.Start {
		i++
	}
	for _, m := range mro[min(i+1, len(mro)):] {
		if isValueBase(m) {
			if f := valueBaseMethod(m, name); f != nil {
				if name == "__new__" {
					return f, nil
				}
				return &BoundMethod{Self: s.Obj, Func: f}, nil
			}
		}
		v, ok := m.Dict.GetStr(name)
		if !ok {
			continue
		}
		if b, ok := v.(*Builtin); ok && s.Obj != t {
			return &BoundMethod{Self: builtinSelf(s.Obj, b), Func: b}, nil
		}
		if d, ok := v.(Descriptor); ok {
			var inst Value = s.Obj
			if s.Obj == t {
				inst = nil
			}
			return d.DescriptorGet(th, inst, t)
		}
		return v, nil
	}
	return nil, nil
}

// AttrNames returns nil.
func (s *Super) AttrNames() []string { return nil }

// TypeOf returns the class of v, as type(v) does.
func TypeOf(v Value) *Class {
	switch v := v.(type) {
	case *Instance:
		return v.Class
	case NoneType:
		return NoneClass
	case Bool:
		return BoolClass
	case Int:
		return IntClass
	case Float:
		return FloatClass
	case String:
		return StrClass
	case Bytes:
		return BytesClass
	case Tuple:
		return TupleClass
	case *List:
		return ListClass
	case *Dict:
		return DictClass
	case *Set:
		if v.frozen {
			return FrozenSetClass
		}
		return SetClass
	case *Class:
		return TypeClass
	case HasClass:
		return v.Class()
	}
	return syntheticClass(v.Type())
}

var (
	syntheticMu sync.Mutex
	synthetic   = map[string]*Class{}
)

func syntheticClass(name string) *Class {
	syntheticMu.Lock()
	defer syntheticMu.Unlock()
	if c, ok := synthetic[name]; ok {
		return c
	}
	c := newBuiltinClass(name, ObjectClass, name)
	synthetic[name] = c
	return c
}
