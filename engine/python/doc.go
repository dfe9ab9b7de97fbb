// Package python is the evaluator of the Django-subset language: its values,
// object model, interpreter, builtins and the small standard library
// (datetime, decimal, math, uuid) that Django's model code and shell
// sessions use. The scanner, parser and syntax tree live in the syntax
// subpackage. The design follows go.starlark.net's starlark package, with
// Python 3.11 semantics and CPython's error messages.
//
// # Values
//
// Every Python value is a Go Value (Type() returns the name CPython's
// messages use: "int", "Person", "datetime.date"). The core values are
// NoneType (None), Bool, Int (int64 fast path, *big.Int beyond), Float,
// String, Bytes, Tuple, *List, *Dict (insertion-ordered), *Set (set and
// frozenset), Range, *Slice, *Function, *Builtin, *BoundMethod, *Class,
// *Instance, *Module, *Property, *ClassMethod, *StaticMethod, *Super,
// *Generator (whose body runs in a goroutine of its own), and
// the library values Date, DateTime, Time, TimeDelta, *TimeZone, Decimal and
// UUID. Go-native values may implement Value plus optional interfaces, as in
// starlark: HasAttrs, HasSetAttr, Iterable, Sequence, HasLen, Indexable,
// HasSetIndex, Sliceable, Mapping, HasSetKey, HasGetItem, HasSetItem,
// HasContains, Callable, Comparable, HasBinary, HasUnary, HasRepr, HasStr,
// HasTruth, Hashable, HasFormat, HasClass, Descriptor and DataDescriptor.
//
// # Object model
//
// A *Class has a name, bases, a C3 MRO and an ordered class dict. Calling a
// class creates an *Instance and runs __init__ found by the MRO. Instances
// of Python classes, of Go-native classes and of exception classes are all
// *Instance values; Instance.Native is free for Go state (the ORM's row).
//
// A Go-native class is built with NewClass and filled with *Builtin values
// (NewBuiltin): looked up through an instance, a *Builtin binds self as its
// first argument like a Python function, so Python subclasses override Go
// methods and reach them with super(), and Go code calling
// CallMethod(th, obj, "get_queryset", ...) reaches Python overrides.
// Special methods (__init__, __str__, __repr__, __eq__, __hash__, __lt__,
// __len__, __iter__, __getitem__, __contains__, __bool__, __call__,
// __getattr__, __enter__, __exit__, __add__ & co.) dispatch through the MRO
// the same way for Go and Python definitions. The with statement calls
// __exit__(type, value, None) (no traceback object) when its body raises.
//
// Attribute lookup follows CPython: data descriptors on the type's MRO,
// then the instance dict, then other descriptors (functions are bound),
// then plain class attributes, then __getattr__, then AttributeError
// "'Person' object has no attribute 'x'". Descriptor and DataDescriptor let
// Go values control attribute access (DescriptorGet is called with a nil
// instance for Person.objects). Python descriptors (__get__/__set__,
// __set_name__), property, classmethod and staticmethod are supported.
//
// The metaclass hook: a class whose Factory (a ClassFactory) is set, or
// inherited from a base, builds its subclasses: the class statement calls
// Factory.NewClass(th, name, bases, ns) with the evaluated body namespace,
// and binds whatever it returns (usually NewClass(name, bases, ns) plus
// extra attributes). That is how Django's ModelBase is done.
//
// # Errors
//
// A Python exception travels through Go as an *Exception error holding the
// exception instance (Value), its traceback (Traceback, Pos) and a message:
// Error() is "ClassName: message" as "%s: %s" % (type(e).__name__, e).
// Go code raises with NewError(TypeError, "format", args...) or
// NewException(cls, args...); the builtin exception classes are exported
// (ExceptionClass is Python's Exception, since Exception is the Go error
// type). Exception classes can be subclassed from Go with NewClass. Other Go
// errors become RuntimeError (AsException). StepLimitExceeded and
// InternalError cannot be caught by Python code.
//
// # Running code
//
//	th := python.NewThread()
//	th.Print = func(_ *python.Thread, s string) { out.WriteString(s) }
//	th.Load = func(th *python.Thread, name string) (*python.Module, error) { ... }
//	th.Now = func() time.Time { return fixedClock }
//	mod := python.NewModule("models", nil)
//	err := python.ExecFile(th, file, mod)          // models.py
//	v, err := python.ExecStmt(th, "shell.py", stmt, shellModule) // one REPL step
//
// ExecFile and ExecStmt restart the step budget (SetMaxSteps), so each
// shell statement gets the full budget; exceeding it raises
// StepLimitExceeded, which ends the statement. Calls nest at most
// SetMaxDepth deep (RecursionError beyond). No Go panic escapes ExecFile,
// ExecStmt or a top-level Call: it becomes an InternalError whose message
// says "internal error (this is a bug in ormfiddle)". Operations that would
// build more than 16M elements or bytes raise MemoryError.
//
// Thread.Close ends the goroutines of the generators a session left
// suspended; call it when the thread is done with.
//
// From Go: Call, CallMethod, GetAttr, SetAttr, DelAttr, HasAttr, GetItem,
// SetItem, Repr, Str, Format, Equal, Compare, Truth, Hash, Len, Iterate,
// GetIterator, Contains, Binary, Unary, IsInstance, TypeOf and UnpackArgs
// (binding a Go function's arguments with CPython's error messages).
package python
