package python

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// The builtin classes.
var (
	ObjectClass       = newObjectClass()
	TypeClass         = newBuiltinClass("type", ObjectClass, "type")
	NoneClass         = newBuiltinClass("NoneType", ObjectClass, "NoneType")
	IntClass          = newBuiltinClass("int", ObjectClass, "int")
	BoolClass         = newBuiltinClass("bool", IntClass, "bool")
	FloatClass        = newBuiltinClass("float", ObjectClass, "float")
	StrClass          = newBuiltinClass("str", ObjectClass, "str")
	BytesClass        = newBuiltinClass("bytes", ObjectClass, "bytes")
	TupleClass        = newBuiltinClass("tuple", ObjectClass, "tuple")
	ListClass         = newBuiltinClass("list", ObjectClass, "list")
	DictClass         = newBuiltinClass("dict", ObjectClass, "dict")
	SetClass          = newBuiltinClass("set", ObjectClass, "set")
	FrozenSetClass    = newBuiltinClass("frozenset", ObjectClass, "frozenset")
	RangeClass        = newBuiltinClass("range", ObjectClass, "range")
	SliceClass        = newBuiltinClass("slice", ObjectClass, "slice")
	SuperClass        = newBuiltinClass("super", ObjectClass, "super")
	PropertyClass     = newBuiltinClass("property", ObjectClass, "property")
	ClassMethodClass  = newBuiltinClass("classmethod", ObjectClass, "classmethod")
	StaticMethodClass = newBuiltinClass("staticmethod", ObjectClass, "staticmethod")
	FunctionClass     = newBuiltinClass("function", ObjectClass, "function")
	ModuleClass       = newBuiltinClass("module", ObjectClass, "module")
)

func newObjectClass() *Class {
	c := &Class{Name: "object", Qualname: "object", Module: "builtins", Dict: NewDict(), immutable: true}
	c.MRO = []*Class{c}
	return c
}

// Class methods of the core values, so that type(x) works for them.
func (*Property) Class() *Class     { return PropertyClass }
func (*ClassMethod) Class() *Class  { return ClassMethodClass }
func (*StaticMethod) Class() *Class { return StaticMethodClass }
func (*Super) Class() *Class        { return SuperClass }
func (Range) Class() *Class         { return RangeClass }
func (*Slice) Class() *Class        { return SliceClass }
func (*Function) Class() *Class     { return FunctionClass }
func (*Module) Class() *Class       { return ModuleClass }

// The object methods every class inherits (set in init).
var objectInit, objectHash, objectSetattr *Builtin

func initObjectMethods() {
	objectInit = NewBuiltin("__init__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) > 1 || len(kwargs) > 0 {
			return nil, NewError(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", args[0].Type())
		}
		return None, nil
	})
	objectHash = NewBuiltin("__hash__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		h, err := Hash(th, args[0])
		return MakeInt(int64(h >> 1)), err
	})
	objectSetattr = NewBuiltin("__setattr__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) != 3 {
			return nil, NewError(TypeError, "__setattr__ expected 2 arguments, got %d", len(args)-1)
		}
		name, ok := args[1].(String)
		if !ok {
			return nil, NewError(TypeError, "attribute name must be string, not '%s'", args[1].Type())
		}
		if inst, ok := args[0].(*Instance); ok {
			return None, inst.genericSetAttr(th, string(name), args[2])
		}
		return None, SetAttr(th, args[0], string(name), args[2])
	})
}

// Universe holds the builtins: functions, classes and constants visible
// in every module.
var Universe = map[string]Value{}

func init() {
	initObjectMethods()
	defMethods(ObjectClass, map[string]methodFunc{
		"__repr__": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if inst, ok := args[0].(*Instance); ok {
				return String(defaultRepr(inst)), nil
			}
			s, err := Repr(th, args[0])
			return String(s), err
		},
		"__str__": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			s, err := Repr(th, args[0])
			return String(s), err
		},
		"__eq__": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, NewError(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			if sameObject(args[0], args[1]) {
				return True, nil
			}
			return NotImplemented, nil
		},
		"__ne__": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, NewError(TypeError, "expected 1 argument, got %d", len(args)-1)
			}
			r, err := compareHook(th, args[0], EQ, args[1])
			if err != nil || r == NotImplemented {
				return r, err
			}
			t, err := Truth(th, r)
			return Bool(!t), err
		},
		"__format__": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, NewError(TypeError, "__format__ expected 1 argument")
			}
			spec, _ := args[1].(String)
			if spec != "" {
				return nil, NewError(TypeError, "unsupported format string passed to %s.__format__", args[0].Type())
			}
			s, err := Str(th, args[0])
			return String(s), err
		},
	})
	ObjectClass.Dict.SetStr("__init__", objectInit)
	ObjectClass.Dict.SetStr("__hash__", objectHash)
	ObjectClass.Dict.SetStr("__setattr__", objectSetattr)
	ObjectClass.New = nil
	// type can be subclassed: a metaclass that changes nothing.
	TypeClass.final = false

	for _, c := range []*Class{ObjectClass, TypeClass, IntClass, BoolClass, FloatClass, StrClass, BytesClass,
		TupleClass, ListClass, DictClass, SetClass, FrozenSetClass, RangeClass, SliceClass, SuperClass,
		PropertyClass, ClassMethodClass, StaticMethodClass} {
		Universe[c.Name] = c
	}
	for _, c := range []*Class{BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, ExceptionClass,
		ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
		BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
		NameError, UnboundLocalError, OSError, RuntimeError, NotImplementedError, RecursionError, StopIteration,
		SyntaxError, SystemError, TypeError, ValueError, UnicodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning,
		RuntimeWarning} {
		Universe[c.Name] = c
	}
	Universe["NotImplemented"] = NotImplemented
	Universe["Ellipsis"] = Ellipsis
	Universe["None"] = None
	Universe["True"] = True
	Universe["False"] = False

	initConstructors()
	for name, fn := range builtinFuncs {
		Universe[name] = NewBuiltin(name, fn)
	}
}

func sortedKeys(m map[string]Value) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ---- constructors of the builtin classes ----

func initConstructors() {
	ObjectClass.New = nil
	TypeClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		switch len(args) {
		case 1:
			return TypeOf(args[0]), nil
		case 3:
			name, ok := args[0].(String)
			if !ok {
				return nil, NewError(TypeError, "type.__new__() argument 1 must be str, not %s", args[0].Type())
			}
			bt, ok := args[1].(Tuple)
			if !ok {
				return nil, NewError(TypeError, "type.__new__() argument 2 must be tuple, not %s", args[1].Type())
			}
			d, ok := args[2].(*Dict)
			if !ok {
				return nil, NewError(TypeError, "type.__new__() argument 3 must be dict, not %s", args[2].Type())
			}
			bases := make([]*Class, len(bt))
			for i, b := range bt {
				bc, ok := b.(*Class)
				if !ok {
					return nil, NewError(TypeError, "bases must be types")
				}
				bases[i] = bc
			}
			return NewClass(string(name), bases, d.Copy())
		}
		return nil, NewError(TypeError, "type() takes 1 or 3 arguments")
	}
	IntClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var x, base Value = MakeInt(0), nil
		if err := UnpackArgs("int", args, kwargs, "x?", &x, "base?", &base); err != nil {
			return nil, err
		}
		if base != nil {
			b, err := AsInt64(base)
			if err != nil {
				return nil, err
			}
			s, ok := x.(String)
			if !ok {
				return nil, NewError(TypeError, "int() can't convert non-string with explicit base")
			}
			if b != 0 && (b < 2 || b > 36) {
				return nil, NewError(ValueError, "int() base must be >= 2 and <= 36, or 0")
			}
			if err := checkParseDigits(string(s), int(b)); err != nil {
				return nil, err
			}
			i, ok := parseInt(string(s), int(b))
			if !ok {
				return nil, NewError(ValueError, "invalid literal for int() with base %d: %s", b, strRepr(string(s)))
			}
			return i, nil
		}
		return toInt(th, x)
	}
	BoolClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var x Value = False
		if err := UnpackArgs("bool", args, kwargs, "x?", &x); err != nil {
			return nil, err
		}
		t, err := Truth(th, x)
		return Bool(t), err
	}
	FloatClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var x Value = Float(0)
		if err := noKwargs("float", kwargs); err != nil {
			return nil, err
		}
		if err := UnpackArgs("float", args, nil, "x?", &x); err != nil {
			return nil, err
		}
		return toFloat(th, x)
	}
	StrClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var x Value = String("")
		var enc, errs Value
		if err := UnpackArgs("str", args, kwargs, "object?", &x, "encoding?", &enc, "errors?", &errs); err != nil {
			return nil, err
		}
		if b, ok := x.(Bytes); ok && enc != nil {
			return String(b), nil
		}
		s, err := Str(th, x)
		return String(s), err
	}
	BytesClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var x Value = Bytes("")
		var enc Value
		if err := UnpackArgs("bytes", args, kwargs, "source?", &x, "encoding?", &enc); err != nil {
			return nil, err
		}
		switch v := x.(type) {
		case String:
			if enc == nil {
				return nil, NewError(TypeError, "string argument without an encoding")
			}
			return Bytes(v), nil
		case Int:
			n, _ := v.Int64()
			if n < 0 {
				return nil, NewError(ValueError, "negative count")
			}
			if n > maxAlloc {
				return nil, errTooBig()
			}
			return Bytes(make([]byte, n)), nil
		case Bytes:
			return v, nil
		}
		var b []byte
		err := Iterate(th, x, func(e Value) error {
			i, err := AsInt64(e)
			if err != nil {
				return err
			}
			if i < 0 || i > 255 {
				return NewError(ValueError, "bytes must be in range(0, 256)")
			}
			b = append(b, byte(i))
			return nil
		})
		return Bytes(b), err
	}
	TupleClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := noKwargs("tuple", kwargs); err != nil {
			return nil, err
		}
		if err := argCount("tuple", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return Tuple{}, nil
		}
		vals, err := collect(th, args[0])
		return Tuple(vals), err
	}
	ListClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := noKwargs("list", kwargs); err != nil {
			return nil, err
		}
		if err := argCount("list", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewList(nil), nil
		}
		vals, err := collect(th, args[0])
		if err != nil {
			return nil, err
		}
		return NewList(vals), nil
	}
	DictClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("dict", args, 0, 1); err != nil {
			return nil, err
		}
		d := NewDict()
		return d, dictUpdate(th, d, args, kwargs)
	}
	SetClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := noKwargs("set", kwargs); err != nil {
			return nil, err
		}
		if err := argCount("set", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewSet(), nil
		}
		return setFromIterable(th, args[0], false)
	}
	FrozenSetClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := noKwargs("frozenset", kwargs); err != nil {
			return nil, err
		}
		if err := argCount("frozenset", args, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return NewFrozenSet(), nil
		}
		return setFromIterable(th, args[0], true)
	}
	RangeClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := noKwargs("range", kwargs); err != nil {
			return nil, err
		}
		if err := argCount("range", args, 1, 3); err != nil {
			return nil, err
		}
		var ints [3]int64
		for i, a := range args {
			n, ok := asInt(a)
			if !ok {
				return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", a.Type())
			}
			v, ok := n.Int64()
			if !ok {
				return nil, NewError(OverflowError, "Python int too large to convert to C ssize_t")
			}
			ints[i] = v
		}
		switch len(args) {
		case 1:
			return Range{0, ints[0], 1}, nil
		case 2:
			return Range{ints[0], ints[1], 1}, nil
		}
		if ints[2] == 0 {
			return nil, NewError(ValueError, "range() arg 3 must not be zero")
		}
		return Range{ints[0], ints[1], ints[2]}, nil
	}
	SliceClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("slice", args, 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		}
		return &Slice{args[0], args[1], args[2]}, nil
	}
	SuperClass.New = superNew
	PropertyClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var fget, fset, fdel, doc Value
		if err := UnpackArgs("property", args, kwargs, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		return &Property{Getter: fget, Setter: fset, Deleter: fdel, Doc: doc}, nil
	}
	ClassMethodClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("classmethod", args, 1, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	StaticMethodClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("staticmethod", args, 1, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	ObjectClass.final = false
	defMethods(IntClass, map[string]methodFunc{
		"bit_length": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			i, _ := asInt(args[0])
			return MakeInt(int64(new(big.Int).Abs(i.bigView()).BitLen())), nil
		},
		"conjugate": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) { return args[0], nil },
		"__index__": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) { return args[0], nil },
	})
	defMethods(FloatClass, map[string]methodFunc{
		"is_integer": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			f, ok := args[0].(Float)
			if !ok {
				return nil, NewError(TypeError, "descriptor 'is_integer' requires a 'float' object")
			}
			return Bool(!math.IsInf(float64(f), 0) && float64(f) == math.Trunc(float64(f))), nil
		},
		"hex": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			f, _ := args[0].(Float)
			return String(strconv.FormatFloat(float64(f), 'x', -1, 64)), nil
		},
		"as_integer_ratio": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			f, _ := args[0].(Float)
			if math.IsInf(float64(f), 0) || math.IsNaN(float64(f)) {
				return nil, NewError(ValueError, "cannot convert Infinity or NaN to integer ratio")
			}
			r := new(big.Rat).SetFloat64(float64(f))
			return Tuple{MakeBigInt(r.Num()), MakeBigInt(r.Denom())}, nil
		},
	})
}

func toInt(th *Thread, x Value) (Value, error) {
	switch v := x.(type) {
	case Int:
		return v, nil
	case Bool:
		i, _ := asInt(v)
		return i, nil
	case Float:
		return intFromFloat(float64(v))
	case String:
		if err := checkParseDigits(string(v), 10); err != nil {
			return nil, err
		}
		i, ok := parseInt(string(v), 10)
		if !ok {
			return nil, NewError(ValueError, "invalid literal for int() with base 10: %s", strRepr(string(v)))
		}
		return i, nil
	case Bytes:
		if err := checkParseDigits(string(v), 10); err != nil {
			return nil, err
		}
		i, ok := parseInt(string(v), 10)
		if !ok {
			r, _ := v.Repr(th)
			return nil, NewError(ValueError, "invalid literal for int() with base 10: %s", r)
		}
		return i, nil
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if m, _ := TypeOf(x).Lookup(name); m != nil && m != None {
			r, err := callWithSelf(th, m, x, nil, nil)
			if err != nil {
				return nil, err
			}
			if _, ok := asInt(r); !ok {
				return nil, NewError(TypeError, "%s returned non-int (type %s)", name, r.Type())
			}
			return r, nil
		}
	}
	if mv := mixinValue(x); mv != nil {
		return toInt(th, mv)
	}
	return nil, NewError(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type())
}

func toFloat(th *Thread, x Value) (Value, error) {
	switch v := x.(type) {
	case Float:
		return v, nil
	case Int, Bool:
		f, err := AsFloat(v)
		return Float(f), err
	case String:
		f, ok := parseFloat(string(v))
		if !ok {
			return nil, NewError(ValueError, "could not convert string to float: %s", strRepr(string(v)))
		}
		return Float(f), nil
	}
	if m, _ := TypeOf(x).Lookup("__float__"); m != nil && m != None {
		r, err := callWithSelf(th, m, x, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Float); !ok {
			return nil, NewError(TypeError, "%s.__float__ returned non-float (type %s)", x.Type(), r.Type())
		}
		return r, nil
	}
	if mv := mixinValue(x); mv != nil {
		return toFloat(th, mv)
	}
	return nil, NewError(TypeError, "float() argument must be a string or a real number, not '%s'", x.Type())
}

// superNew implements super() and super(cls, obj).
func superNew(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		fr := th.frame
		if fr == nil || fr.fn == nil {
			return nil, NewError(RuntimeError, "super(): no arguments")
		}
		if fr.fn.classCell == nil || fr.fn.classCell.v == nil {
			return nil, NewError(RuntimeError, "super(): __class__ cell not found")
		}
		start, ok := fr.fn.classCell.v.(*Class)
		if !ok {
			return nil, NewError(RuntimeError, "super(): __class__ is not a type (%s)", fr.fn.classCell.v.Type())
		}
		if len(fr.fn.code.params) == 0 && fr.fn.code.varargs < 0 {
			return nil, NewError(RuntimeError, "super(): no arguments")
		}
		var slot int
		if len(fr.fn.code.params) > 0 {
			slot = fr.fn.code.params[0].slot
		} else {
			slot = fr.fn.code.varargs
		}
		obj := fr.locals[slot]
		if c, ok := obj.(*cell); ok {
			obj = c.v
		}
		if len(fr.fn.code.params) == 0 {
			t, _ := obj.(Tuple)
			if len(t) == 0 {
				return nil, NewError(RuntimeError, "super(): no arguments")
			}
			obj = t[0]
		}
		if obj == nil {
			return nil, NewError(RuntimeError, "super(): arg[0] deleted")
		}
		return makeSuper(start, obj)
	case 2:
		start, ok := args[0].(*Class)
		if !ok {
			return nil, NewError(TypeError, "super() argument 1 must be a type, not %s", args[0].Type())
		}
		return makeSuper(start, args[1])
	case 1:
		return nil, NewError(TypeError, "super() with one argument is not supported")
	}
	return nil, NewError(TypeError, "super() takes at most 2 arguments (%d given)", len(args))
}

func makeSuper(start *Class, obj Value) (Value, error) {
	if c, ok := obj.(*Class); ok && c.IsSubclass(start) {
		return &Super{Start: start, Obj: obj}, nil
	}
	if TypeOf(obj).IsSubclass(start) {
		return &Super{Start: start, Obj: obj}, nil
	}
	return nil, NewError(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

// ---- builtin functions ----

var builtinFuncs = map[string]func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error){
	// open is refused: a snippet never reads or writes the host's files.
	"open": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		return nil, NewError(OSError, "ormfiddle has no filesystem: open is not available")
	},
	"print": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		sep, end := " ", "\n"
		for _, kw := range kwargs {
			switch kw.Name {
			case "sep", "end":
				s := ""
				switch v := kw.Value.(type) {
				case NoneType:
					if kw.Name == "sep" {
						s = " "
					} else {
						s = "\n"
					}
				case String:
					s = string(v)
				default:
					return nil, NewError(TypeError, "%s must be None or a string, not %s", kw.Name, v.Type())
				}
				if kw.Name == "sep" {
					sep = s
				} else {
					end = s
				}
			case "file", "flush":
			default:
				return nil, NewError(TypeError, "'%s' is an invalid keyword argument for print()", kw.Name)
			}
		}
		var b strings.Builder
		for i, a := range args {
			if i > 0 {
				b.WriteString(sep)
			}
			s, err := Str(th, a)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		b.WriteString(end)
		th.print(b.String())
		return None, nil
	},
	"repr": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("repr", args, 1, 1); err != nil {
			return nil, err
		}
		s, err := Repr(th, args[0])
		return String(s), err
	},
	"ascii": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("ascii", args, 1, 1); err != nil {
			return nil, err
		}
		s, err := Repr(th, args[0])
		return String(asciiEscape(s)), err
	},
	"len": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("len", args, 1, 1); err != nil {
			return nil, err
		}
		n, err := Len(th, args[0])
		return MakeInt(int64(n)), err
	},
	"enumerate": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		var it Value
		start := MakeInt(0)
		if err := UnpackArgs("enumerate", args, kwargs, "iterable", &it, "start?", &start); err != nil {
			return nil, err
		}
		iter, err := GetIterator(th, it)
		if err != nil {
			return nil, err
		}
		return &enumerateIter{it: iter, n: start}, nil
	},
	"zip": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		strict := false
		if err := UnpackArgs("zip", nil, kwargs, "strict?", &strict); err != nil {
			return nil, err
		}
		z := &zipIter{strict: strict}
		for i, a := range args {
			it, err := GetIterator(th, a)
			if err != nil {
				return nil, NewError(TypeError, "zip argument #%d must support iteration", i+1)
			}
			z.its = append(z.its, it)
		}
		return z, nil
	},
	"sorted": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("sorted", args, 1, 1); err != nil {
			return nil, NewError(TypeError, "sorted expected 1 argument, got %d", len(args))
		}
		var key Value = None
		reverse := false
		if err := UnpackArgs("sorted", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
			return nil, err
		}
		vals, err := collect(th, args[0])
		if err != nil {
			return nil, err
		}
		if err := sortValues(th, vals, key, reverse); err != nil {
			return nil, err
		}
		return NewList(vals), nil
	},
	"reversed": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := noKwargs("reversed", kwargs); err != nil {
			return nil, err
		}
		if err := argCount("reversed", args, 1, 1); err != nil {
			return nil, err
		}
		switch v := args[0].(type) {
		case *Instance:
			if r, ok, err := v.callDunder(th, "__reversed__"); ok {
				return r, err
			}
			n, err := Len(th, v)
			if err != nil {
				return nil, NewError(TypeError, "'%s' object is not reversible", v.Type())
			}
			vals := make([]Value, n)
			for i := 0; i < n; i++ {
				x, err := GetItem(th, v, MakeInt(int64(n-1-i)))
				if err != nil {
					return nil, err
				}
				vals[i] = x
			}
			return &indexIterator{seq: NewList(vals), tname: "reversed"}, nil
		case *Dict:
			keys := v.Keys()
			for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
				keys[i], keys[j] = keys[j], keys[i]
			}
			return &indexIterator{seq: NewList(keys), tname: "dict_reversekeyiterator"}, nil
		case Indexable:
			return &reverseIter{seq: v, i: v.Len() - 1}, nil
		}
		return nil, NewError(TypeError, "'%s' object is not reversible", args[0].Type())
	},
	"min": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		return minMax(th, "min", LT, args, kwargs)
	},
	"max": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		return minMax(th, "max", GT, args, kwargs)
	},
	"sum": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		var it Value
		var start Value = MakeInt(0)
		if err := UnpackArgs("sum", args, kwargs, "iterable", &it, "start?", &start); err != nil {
			return nil, err
		}
		switch start.(type) {
		case String:
			return nil, NewError(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case Bytes:
			return nil, NewError(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		}
		acc := start
		err := Iterate(th, it, func(x Value) error {
			var err error
			acc, err = Binary(th, Plus, acc, x)
			return err
		})
		return acc, err
	},
	"any": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("any", args, 1, 1); err != nil {
			return nil, err
		}
		found := false
		err := Iterate(th, args[0], func(x Value) error {
			t, err := Truth(th, x)
			if err != nil {
				return err
			}
			if t {
				found = true
				return errStopIteration
			}
			return nil
		})
		if err == errStopIteration {
			err = nil
		}
		return Bool(found), err
	},
	"all": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("all", args, 1, 1); err != nil {
			return nil, err
		}
		all := true
		err := Iterate(th, args[0], func(x Value) error {
			t, err := Truth(th, x)
			if err != nil {
				return err
			}
			if !t {
				all = false
				return errStopIteration
			}
			return nil
		})
		if err == errStopIteration {
			err = nil
		}
		return Bool(all), err
	},
	"abs": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("abs", args, 1, 1); err != nil {
			return nil, err
		}
		switch v := args[0].(type) {
		case Int, Bool:
			i, _ := asInt(v)
			if i.Sign() < 0 {
				return i.neg(), nil
			}
			return i, nil
		case Float:
			return Float(math.Abs(float64(v))), nil
		}
		if m, _ := TypeOf(args[0]).Lookup("__abs__"); m != nil && m != None {
			return callWithSelf(th, m, args[0], nil, nil)
		}
		return nil, NewError(TypeError, "bad operand type for abs(): '%s'", args[0].Type())
	},
	"round": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		var x, nd Value
		nd = None
		if err := UnpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
			return nil, err
		}
		return round(th, x, nd)
	},
	"divmod": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("divmod", args, 2, 2); err != nil {
			return nil, err
		}
		x, y := args[0], args[1]
		xi, xok := asInt(x)
		yi, yok := asInt(y)
		if xok && yok {
			if yi.Sign() == 0 {
				return nil, NewError(ZeroDivisionError, "integer division or modulo by zero")
			}
			q, r := xi.floorDivMod(yi)
			return Tuple{q, r}, nil
		}
		if isNumber(x) && isNumber(y) {
			a, _ := AsFloat(x)
			b, _ := AsFloat(y)
			if b == 0 {
				return nil, NewError(ZeroDivisionError, "float divmod()")
			}
			q, r := floatFloorDivMod(a, b)
			return Tuple{Float(q), Float(r)}, nil
		}
		q, err := Binary(th, SlashSlash, x, y)
		if err != nil {
			return nil, NewError(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", x.Type(), y.Type())
		}
		r, err := Binary(th, Percent, x, y)
		if err != nil {
			return nil, err
		}
		return Tuple{q, r}, nil
	},
	"pow": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		var x, y, mod Value
		mod = None
		if err := UnpackArgs("pow", args, kwargs, "base", &x, "exp", &y, "mod?", &mod); err != nil {
			return nil, err
		}
		if mod == None {
			return Binary(th, StarStar, x, y)
		}
		xi, ok1 := asInt(x)
		yi, ok2 := asInt(y)
		mi, ok3 := asInt(mod)
		if !ok1 || !ok2 || !ok3 {
			return nil, NewError(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		if mi.Sign() == 0 {
			return nil, NewError(ValueError, "pow() 3rd argument cannot be 0")
		}
		if yi.Sign() < 0 {
			return nil, NewError(ValueError, "base is not invertible for the given modulus")
		}
		if err := th.Charge(powModWork(xi, yi, mi)); err != nil {
			return nil, err
		}
		r := new(big.Int).Exp(xi.bigView(), yi.bigView(), new(big.Int).Abs(mi.bigView()))
		res := makeBigOwned(r)
		if mi.Sign() < 0 && res.Sign() != 0 {
			res = res.add(mi)
		}
		return res, nil
	},
	"isinstance": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("isinstance", args, 2, 2); err != nil {
			return nil, err
		}
		ok, err := IsInstance(th, args[0], args[1])
		return Bool(ok), err
	},
	"issubclass": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("issubclass", args, 2, 2); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Class)
		if !ok {
			return nil, NewError(TypeError, "issubclass() arg 1 must be a class")
		}
		var check func(v Value) (bool, error)
		check = func(v Value) (bool, error) {
			switch b := v.(type) {
			case *Class:
				return c.IsSubclass(b), nil
			case Tuple:
				for _, x := range b {
					r, err := check(x)
					if err != nil || r {
						return r, err
					}
				}
				return false, nil
			}
			return false, NewError(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		}
		r, err := check(args[1])
		return Bool(r), err
	},
	"hasattr": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("hasattr", args, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(String)
		if !ok {
			return nil, NewError(TypeError, "attribute name must be string, not '%s'", args[1].Type())
		}
		r, err := HasAttr(th, args[0], string(name))
		return Bool(r), err
	},
	"getattr": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("getattr", args, 2, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(String)
		if !ok {
			return nil, NewError(TypeError, "attribute name must be string, not '%s'", args[1].Type())
		}
		v, err := GetAttr(th, args[0], string(name))
		if err != nil && len(args) == 3 {
			if e, ok := err.(*Exception); ok && e.Matches(AttributeError) {
				return args[2], nil
			}
		}
		return v, err
	},
	"setattr": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("setattr", args, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(String)
		if !ok {
			return nil, NewError(TypeError, "attribute name must be string, not '%s'", args[1].Type())
		}
		return None, SetAttr(th, args[0], string(name), args[2])
	},
	"delattr": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("delattr", args, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(String)
		if !ok {
			return nil, NewError(TypeError, "attribute name must be string, not '%s'", args[1].Type())
		}
		return None, DelAttr(th, args[0], string(name))
	},
	"callable": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("callable", args, 1, 1); err != nil {
			return nil, err
		}
		return Bool(IsCallable(args[0])), nil
	},
	"iter": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("iter", args, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			return &callIter{fn: args[0], sentinel: args[1]}, nil
		}
		return GetIterator(th, args[0])
	},
	"next": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("next", args, 1, 2); err != nil {
			return nil, err
		}
		var it Iterator
		switch v := args[0].(type) {
		case *Instance, *Generator:
			var r Value
			var err error
			if g, ok := v.(*Generator); ok {
				r, err = g.next(th, None, nil)
			} else if m := v.(*Instance).lookupDunder("__next__"); m != nil && m != None {
				r, err = callWithSelf(th, m, v, nil, nil)
			} else {
				break
			}
			if err != nil && len(args) == 2 {
				if e, ok := err.(*Exception); ok && e.Matches(StopIteration) {
					return args[1], nil
				}
			}
			return r, err
		case Iterator:
			it = v
		}
		if it == nil {
			return nil, NewError(TypeError, "'%s' object is not an iterator", args[0].Type())
		}
		x, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if x == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(StopIteration)
		}
		return x, nil
	},
	"map": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := noKwargs("map", kwargs); err != nil {
			return nil, err
		}
		if len(args) < 2 {
			return nil, NewError(TypeError, "map() must have at least two arguments.")
		}
		m := &mapIter{fn: args[0]}
		for _, a := range args[1:] {
			it, err := GetIterator(th, a)
			if err != nil {
				return nil, err
			}
			m.its = append(m.its, it)
		}
		return m, nil
	},
	"filter": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := noKwargs("filter", kwargs); err != nil {
			return nil, err
		}
		if err := argCount("filter", args, 2, 2); err != nil {
			return nil, err
		}
		it, err := GetIterator(th, args[1])
		if err != nil {
			return nil, err
		}
		return &filterIter{fn: args[0], it: it}, nil
	},
	"chr": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("chr", args, 1, 1); err != nil {
			return nil, err
		}
		i, err := AsInt64(args[0])
		if err != nil {
			return nil, err
		}
		if i < 0 || i > 0x10ffff {
			return nil, NewError(ValueError, "chr() arg not in range(0x110000)")
		}
		return String(string(rune(i))), nil
	},
	"ord": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("ord", args, 1, 1); err != nil {
			return nil, err
		}
		switch s := args[0].(type) {
		case String:
			r := []rune(string(s))
			if len(r) != 1 {
				return nil, NewError(TypeError, "ord() expected a character, but string of length %d found", len(r))
			}
			return MakeInt(int64(r[0])), nil
		case Bytes:
			if len(s) != 1 {
				return nil, NewError(TypeError, "ord() expected a character, but string of length %d found", len(s))
			}
			return MakeInt(int64(s[0])), nil
		}
		return nil, NewError(TypeError, "ord() expected string of length 1, but %s found", args[0].Type())
	},
	"hex": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) { return intBase("hex", args, 16, "0x") },
	"oct": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) { return intBase("oct", args, 8, "0o") },
	"bin": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) { return intBase("bin", args, 2, "0b") },
	"hash": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("hash", args, 1, 1); err != nil {
			return nil, err
		}
		h, err := Hash(th, args[0])
		if err != nil {
			return nil, err
		}
		return MakeInt(int64(h)), nil
	},
	"id": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("id", args, 1, 1); err != nil {
			return nil, err
		}
		if inst, ok := args[0].(*Instance); ok {
			return MakeInt(inst.identity(th)), nil
		}
		h, err := Hash(th, args[0])
		if err != nil {
			return MakeInt(0), nil
		}
		return MakeInt(int64(h >> 1)), nil
	},
	"vars": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("vars", args, 1, 1); err != nil {
			return nil, err
		}
		v, err := getAttr(th, args[0], "__dict__")
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, NewError(TypeError, "vars() argument must have __dict__ attribute")
		}
		return v, nil
	},
	"dir": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("dir", args, 1, 1); err != nil {
			return nil, err
		}
		var names []string
		switch v := args[0].(type) {
		case HasAttrs:
			names = v.AttrNames()
		}
		names = append(names, TypeOf(args[0]).AttrNames()...)
		sort.Strings(names)
		var out []Value
		for i, n := range names {
			if i > 0 && names[i-1] == n {
				continue
			}
			out = append(out, String(n))
		}
		return NewList(out), nil
	},
	"format": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value
		spec := ""
		if err := UnpackArgs("format", args, kwargs, "value", &v, "format_spec?", &spec); err != nil {
			return nil, err
		}
		s, err := Format(th, v, spec)
		return String(s), err
	},
}

func intBase(name string, args Tuple, base int, prefix string) (Value, error) {
	if err := argCount(name, args, 1, 1); err != nil {
		return nil, err
	}
	i, ok := asInt(args[0])
	if !ok {
		return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", args[0].Type())
	}
	b := i.bigView()
	if b.Sign() < 0 {
		return String("-" + prefix + new(big.Int).Neg(b).Text(base)), nil
	}
	return String(prefix + b.Text(base)), nil
}

func minMax(th *Thread, name string, op CompareOp, args Tuple, kwargs []Kwarg) (Value, error) {
	var key, def Value
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "default":
			def = kw.Value
		default:
			return nil, NewError(TypeError, "'%s' is an invalid keyword argument for %s()", kw.Name, name)
		}
	}
	if key == None {
		key = nil
	}
	var vals []Value
	switch len(args) {
	case 0:
		return nil, NewError(TypeError, "%s expected at least 1 argument, got 0", name)
	case 1:
		var err error
		vals, err = collect(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(vals) == 0 {
			if def != nil {
				return def, nil
			}
			return nil, NewError(ValueError, "%s() arg is an empty sequence", name)
		}
	default:
		if def != nil {
			return nil, NewError(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		vals = args
	}
	best := vals[0]
	bestKey := best
	if key != nil {
		k, err := Call(th, key, Tuple{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, v := range vals[1:] {
		k := v
		if key != nil {
			var err error
			if k, err = Call(th, key, Tuple{v}, nil); err != nil {
				return nil, err
			}
		}
		better, err := Compare(th, op, k, bestKey)
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = v, k
		}
	}
	return best, nil
}

func round(th *Thread, x, nd Value) (Value, error) {
	switch v := x.(type) {
	case Int, Bool:
		i, _ := asInt(v)
		if nd == None {
			return i, nil
		}
		n, err := AsInt64(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return i, nil
		}
		if n < -400 {
			return MakeInt(0), nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		pi := MakeBigInt(p)
		q, r := i.floorDivMod(pi)
		// round half to even
		twice := r.add(r)
		c := twice.cmp(pi)
		if c > 0 || c == 0 && q.bigView().Bit(0) == 1 {
			q = q.add(MakeInt(1))
		}
		return q.mul(pi), nil
	case Float:
		f := float64(v)
		if nd == None {
			if math.IsNaN(f) {
				return nil, NewError(ValueError, "cannot convert float NaN to integer")
			}
			if math.IsInf(f, 0) {
				return nil, NewError(OverflowError, "cannot convert float infinity to integer")
			}
			return intFromFloat(math.RoundToEven(f))
		}
		n, err := AsInt64(nd)
		if err != nil {
			return nil, err
		}
		if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 {
			return v, nil
		}
		if n > 300 {
			return v, nil
		}
		if n < -308 {
			return Float(math.Copysign(0, f)), nil
		}
		if n >= 0 {
			s := strconv.FormatFloat(f, 'f', int(n), 64)
			r, _ := strconv.ParseFloat(s, 64)
			return Float(r), nil
		}
		p := math.Pow(10, float64(-n))
		r := math.RoundToEven(f/p) * p
		return Float(r), nil
	}
	if m, _ := TypeOf(x).Lookup("__round__"); m != nil && m != None {
		if nd == None {
			return callWithSelf(th, m, x, nil, nil)
		}
		return callWithSelf(th, m, x, Tuple{nd}, nil)
	}
	return nil, NewError(TypeError, "type %s doesn't define __round__ method", x.Type())
}

// asciiEscape escapes non-ASCII characters as ascii() does.
func asciiEscape(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString("\\x" + leftPad(strconv.FormatInt(int64(r), 16), 2))
		case r <= 0xffff:
			b.WriteString("\\u" + leftPad(strconv.FormatInt(int64(r), 16), 4))
		default:
			b.WriteString("\\U" + leftPad(strconv.FormatInt(int64(r), 16), 8))
		}
	}
	return b.String()
}

func leftPad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// ---- iterator values of the builtins ----

type enumerateIter struct {
	it Iterator
	n  Int
}

func (e *enumerateIter) Type() string                         { return "enumerate" }
func (e *enumerateIter) Iterate(th *Thread) (Iterator, error) { return e, nil }
func (e *enumerateIter) Next(th *Thread) (Value, error) {
	x, err := e.it.Next(th)
	if x == nil || err != nil {
		return nil, err
	}
	r := Tuple{e.n, x}
	e.n = e.n.add(MakeInt(1))
	return r, nil
}

type zipIter struct {
	its    []Iterator
	strict bool
	done   bool
}

func (z *zipIter) Type() string                         { return "zip" }
func (z *zipIter) Iterate(th *Thread) (Iterator, error) { return z, nil }
func (z *zipIter) Next(th *Thread) (Value, error) {
	if z.done || len(z.its) == 0 {
		return nil, nil
	}
	t := make(Tuple, len(z.its))
	for i, it := range z.its {
		x, err := it.Next(th)
		if err != nil {
			return nil, err
		}
		if x == nil {
			z.done = true
			if z.strict {
				if i > 0 {
					return nil, NewError(ValueError, "zip() argument %d is shorter than argument%s", i+1, pluralRange(i))
				}
				for j, other := range z.its[1:] {
					y, err := other.Next(th)
					if err != nil {
						return nil, err
					}
					if y != nil {
						return nil, NewError(ValueError, "zip() argument %d is longer than argument%s", j+2, pluralRange(j+1))
					}
				}
			}
			return nil, nil
		}
		t[i] = x
	}
	return t, nil
}

func pluralRange(n int) string {
	if n == 1 {
		return " 1"
	}
	return "s 1-" + itoa(n)
}

type reverseIter struct {
	seq Indexable
	i   int
}

func (r *reverseIter) Type() string                         { return "reversed" }
func (r *reverseIter) Iterate(th *Thread) (Iterator, error) { return r, nil }
func (r *reverseIter) Next(th *Thread) (Value, error) {
	if err := th.Charge(1); err != nil {
		return nil, err
	}
	if r.i < 0 || r.i >= r.seq.Len() {
		r.i = -1
		return nil, nil
	}
	v := r.seq.Index(r.i)
	r.i--
	return v, nil
}

type mapIter struct {
	fn  Value
	its []Iterator
}

func (m *mapIter) Type() string                         { return "map" }
func (m *mapIter) Iterate(th *Thread) (Iterator, error) { return m, nil }
func (m *mapIter) Next(th *Thread) (Value, error) {
	args := make(Tuple, len(m.its))
	for i, it := range m.its {
		x, err := it.Next(th)
		if x == nil || err != nil {
			return nil, err
		}
		args[i] = x
	}
	return Call(th, m.fn, args, nil)
}

type filterIter struct {
	fn Value
	it Iterator
}

func (f *filterIter) Type() string                         { return "filter" }
func (f *filterIter) Iterate(th *Thread) (Iterator, error) { return f, nil }
func (f *filterIter) Next(th *Thread) (Value, error) {
	for {
		x, err := f.it.Next(th)
		if x == nil || err != nil {
			return nil, err
		}
		v := x
		if f.fn != None {
			if v, err = Call(th, f.fn, Tuple{x}, nil); err != nil {
				return nil, err
			}
		}
		t, err := Truth(th, v)
		if err != nil {
			return nil, err
		}
		if t {
			return x, nil
		}
	}
}

type callIter struct {
	fn, sentinel Value
	done         bool
}

func (c *callIter) Type() string                         { return "callable_iterator" }
func (c *callIter) Iterate(th *Thread) (Iterator, error) { return c, nil }
func (c *callIter) Next(th *Thread) (Value, error) {
	if c.done {
		return nil, nil
	}
	if err := th.tick(); err != nil {
		return nil, err
	}
	v, err := Call(th, c.fn, nil, nil)
	if err != nil {
		return nil, err
	}
	eq, err := Equal(th, v, c.sentinel)
	if err != nil {
		return nil, err
	}
	if eq {
		c.done = true
		return nil, nil
	}
	return v, nil
}
