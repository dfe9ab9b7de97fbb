package python

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// excFields is the state every exception instance carries.
type excFields struct {
	args      Tuple
	cause     Value // __cause__ (nil when unset)
	context   Value // __context__
	suppress  bool  // __suppress_context__
	traceback []TracebackEntry
}

// TracebackEntry is one frame of a traceback: the file, the function
// ("<module>" at top level) and the position of the failing expression.
type TracebackEntry struct {
	File string
	Func string
	Pos  syntax.Position
}

// String renders "file:line:col in func".
func (t TracebackEntry) String() string {
	return fmt.Sprintf("%s:%d:%d in %s", t.File, t.Pos.Line, t.Pos.Col, t.Func)
}

// Exception is a raised Python exception as a Go error. Value is the
// exception instance (an *Instance of a subclass of BaseException).
// Error() renders "ClassName: message" as Python's
// "%s: %s" % (type(e).__name__, e) does, or just the class name when
// str(e) is empty.
type Exception struct {
	Value *Instance

	msg      string
	msgReady bool
	frame    *frame    // the innermost frame that recorded a traceback entry
	argErr   *argError // set by UnpackArgs for its argument errors
}

// NewError returns a new exception of class cls whose single argument is
// the message fmt.Sprintf(format, args...) (format is used verbatim when
// there are no args). cls must derive from BaseException.
func NewError(cls *Class, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return NewException(cls, String(msg))
}

// NewException returns a new exception of class cls with the given args,
// without running any Python __init__.
func NewException(cls *Class, args ...Value) *Exception {
	inst := NewInstance(cls, nil)
	if inst.exc == nil {
		inst.exc = &excFields{}
	}
	inst.exc.args = Tuple(args)
	return &Exception{Value: inst}
}

// ExceptionFromValue wraps an exception instance for raising.
func ExceptionFromValue(inst *Instance) *Exception {
	if inst.exc == nil {
		inst.exc = &excFields{}
	}
	return &Exception{Value: inst}
}

// Class returns the exception's class.
func (e *Exception) Class() *Class { return e.Value.Class }

// Matches reports whether the exception is an instance of cls or a subclass.
func (e *Exception) Matches(cls *Class) bool { return e.Value.Class.IsSubclass(cls) }

// Args returns the exception's args tuple.
func (e *Exception) Args() Tuple { return e.Value.exc.args }

// Message returns str(e) (computed without running Python code when the
// thread-aware form was not prepared; see Error).
func (e *Exception) Message() string {
	if !e.msgReady {
		e.msg = excStrNoThread(e.Value)
		e.msgReady = true
	}
	return e.msg
}

// prepare computes the message with a thread, so that a Python __str__
// override is honoured.
func (e *Exception) prepare(th *Thread) {
	if e.msgReady {
		return
	}
	s, err := Str(th, e.Value)
	if err != nil {
		s = "<exception str() failed>"
	}
	e.msg, e.msgReady = s, true
}

// Error renders "ClassName: message" (or "ClassName" when the message is
// empty).
func (e *Exception) Error() string {
	m := e.Message()
	if m == "" {
		return e.Value.Class.Name
	}
	return e.Value.Class.Name + ": " + m
}

// Traceback returns the frames the exception went through, outermost
// first (as Python prints them: most recent call last).
func (e *Exception) Traceback() []TracebackEntry {
	tb := e.Value.exc.traceback
	out := make([]TracebackEntry, len(tb))
	for i, t := range tb {
		out[len(tb)-1-i] = t
	}
	return out
}

// Pos returns the file and position where the exception was raised (the
// innermost traceback entry), or a zero position when unknown.
func (e *Exception) Pos() (file string, pos syntax.Position) {
	tb := e.Value.exc.traceback
	if len(tb) == 0 {
		return "", syntax.Position{}
	}
	return tb[0].File, tb[0].Pos
}

// Cause returns __cause__ (from `raise ... from cause`), or nil.
func (e *Exception) Cause() Value { return e.Value.exc.cause }

// Uncatchable reports whether no except clause can catch the exception
// (the step limit).
func (e *Exception) Uncatchable() bool { return e.Value.Class.uncatchable }

// TracebackString renders the traceback like Python's, followed by the
// "ClassName: message" line.
func (e *Exception) TracebackString() string {
	var b strings.Builder
	tb := e.Traceback()
	if len(tb) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for _, t := range tb {
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", t.File, t.Pos.Line, t.Func)
		}
	}
	b.WriteString(e.Error())
	return b.String()
}

// AsException converts any error to an *Exception: an *Exception (also
// found through errors.As) is returned as is, a syntax.Error becomes a
// SyntaxError, and any other Go error becomes a RuntimeError carrying its
// text.
func AsException(err error) *Exception {
	if err == nil {
		return nil
	}
	var e *Exception
	if errors.As(err, &e) {
		return e
	}
	var se syntax.Error
	if errors.As(err, &se) {
		x := NewError(SyntaxError, "%s", se.Msg)
		x.Value.exc.traceback = []TracebackEntry{{File: se.File, Func: "<module>", Pos: se.Pos}}
		return x
	}
	return NewError(RuntimeError, "%s", err.Error())
}

func excStrNoThread(inst *Instance) string {
	args := inst.exc.args
	if inst.Class.IsSubclass(KeyError) && len(args) == 1 {
		s, err := Repr(nil, args[0])
		if err == nil {
			return s
		}
	}
	switch len(args) {
	case 0:
		return ""
	case 1:
		s, err := Str(nil, args[0])
		if err != nil {
			return "<exception str() failed>"
		}
		return s
	}
	s, err := Repr(nil, args)
	if err != nil {
		return "<exception str() failed>"
	}
	return s
}

// The builtin exception classes, in CPython's hierarchy.
var (
	BaseException     = newExcClass("BaseException", nil)
	SystemExit        = newExcClass("SystemExit", BaseException)
	KeyboardInterrupt = newExcClass("KeyboardInterrupt", BaseException)
	GeneratorExit     = newExcClass("GeneratorExit", BaseException)
	// ExceptionClass is the builtin class Exception (the Go name Exception
	// is the error type).
	ExceptionClass      = newExcClass("Exception", BaseException)
	ArithmeticError     = newExcClass("ArithmeticError", ExceptionClass)
	FloatingPointError  = newExcClass("FloatingPointError", ArithmeticError)
	OverflowError       = newExcClass("OverflowError", ArithmeticError)
	ZeroDivisionError   = newExcClass("ZeroDivisionError", ArithmeticError)
	AssertionError      = newExcClass("AssertionError", ExceptionClass)
	AttributeError      = newExcClass("AttributeError", ExceptionClass)
	BufferError         = newExcClass("BufferError", ExceptionClass)
	EOFError            = newExcClass("EOFError", ExceptionClass)
	ImportError         = newExcClass("ImportError", ExceptionClass)
	ModuleNotFoundError = newExcClass("ModuleNotFoundError", ImportError)
	LookupError         = newExcClass("LookupError", ExceptionClass)
	IndexError          = newExcClass("IndexError", LookupError)
	KeyError            = newExcClass("KeyError", LookupError)
	MemoryError         = newExcClass("MemoryError", ExceptionClass)
	NameError           = newExcClass("NameError", ExceptionClass)
	UnboundLocalError   = newExcClass("UnboundLocalError", NameError)
	OSError             = newExcClass("OSError", ExceptionClass)
	RuntimeError        = newExcClass("RuntimeError", ExceptionClass)
	NotImplementedError = newExcClass("NotImplementedError", RuntimeError)
	RecursionError      = newExcClass("RecursionError", RuntimeError)
	StopIteration       = newExcClass("StopIteration", ExceptionClass)
	SyntaxError         = newExcClass("SyntaxError", ExceptionClass)
	SystemError         = newExcClass("SystemError", ExceptionClass)
	TypeError           = newExcClass("TypeError", ExceptionClass)
	ValueError          = newExcClass("ValueError", ExceptionClass)
	UnicodeError        = newExcClass("UnicodeError", ValueError)
	UnicodeEncodeError  = newExcClass("UnicodeEncodeError", UnicodeError)
	Warning             = newExcClass("Warning", ExceptionClass)
	UserWarning         = newExcClass("UserWarning", Warning)
	DeprecationWarning  = newExcClass("DeprecationWarning", Warning)
	RuntimeWarning      = newExcClass("RuntimeWarning", Warning)

	// StepLimitExceeded is raised when a script exceeds the thread's step
	// budget. No except clause (not even a bare except) catches it and
	// finally blocks are skipped; it ends the current top-level statement.
	StepLimitExceeded = newExcClass("StepLimitExceeded", BaseException)

	// TimeLimitExceeded is raised when a run passes the thread's deadline
	// (SetDeadline); like StepLimitExceeded it cannot be caught.
	TimeLimitExceeded = newExcClass("TimeLimitExceeded", BaseException)

	// OutputLimitExceeded, TraceLimitExceeded, RowLimitExceeded and
	// ModelLimitExceeded are raised by embedders when a run prints,
	// records, queries or defines more than they allow; they cannot be
	// caught either.
	OutputLimitExceeded = newExcClass("OutputLimitExceeded", BaseException)
	TraceLimitExceeded  = newExcClass("TraceLimitExceeded", BaseException)
	RowLimitExceeded    = newExcClass("RowLimitExceeded", BaseException)
	ModelLimitExceeded  = newExcClass("ModelLimitExceeded", BaseException)

	// InternalError reports a bug of the interpreter (a recovered Go
	// panic). Like StepLimitExceeded it cannot be caught.
	InternalError = newExcClass("InternalError", BaseException)
)

func newExcClass(name string, base *Class) *Class {
	c := &Class{Name: name, Qualname: name, Module: "builtins", Dict: NewDict(), exception: true, immutable: true}
	if base == nil {
		c.Bases = []*Class{ObjectClass}
		c.MRO = []*Class{c, ObjectClass}
	} else {
		c.Bases = []*Class{base}
		c.MRO = append([]*Class{c}, base.MRO...)
	}
	return c
}

func init() {
	StepLimitExceeded.uncatchable = true
	TimeLimitExceeded.uncatchable = true
	OutputLimitExceeded.uncatchable = true
	TraceLimitExceeded.uncatchable = true
	RowLimitExceeded.uncatchable = true
	ModelLimitExceeded.uncatchable = true
	InternalError.uncatchable = true
	d := BaseException.Dict
	d.SetStr("__init__", NewBuiltin("__init__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		self, ok := args[0].(*Instance)
		if !ok || self.exc == nil {
			return nil, NewError(TypeError, "descriptor '__init__' requires a 'BaseException' object")
		}
		if len(kwargs) > 0 {
			return nil, NewError(TypeError, "%s() takes no keyword arguments", self.Class.Name)
		}
		self.exc.args = append(Tuple(nil), args[1:]...)
		return None, nil
	}))
	d.SetStr("__str__", NewBuiltin("__str__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		self, ok := args[0].(*Instance)
		if !ok || self.exc == nil {
			return nil, NewError(TypeError, "descriptor '__str__' requires a 'BaseException' object")
		}
		a := self.exc.args
		switch len(a) {
		case 0:
			return String(""), nil
		case 1:
			s, err := Str(th, a[0])
			return String(s), err
		}
		s, err := Repr(th, a)
		return String(s), err
	}))
	d.SetStr("__repr__", NewBuiltin("__repr__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		self, ok := args[0].(*Instance)
		if !ok || self.exc == nil {
			return nil, NewError(TypeError, "descriptor '__repr__' requires a 'BaseException' object")
		}
		a := self.exc.args
		if len(a) == 1 {
			s, err := Repr(th, a[0])
			if err != nil {
				return nil, err
			}
			return String(self.Class.Name + "(" + s + ")"), nil
		}
		s, err := Repr(th, a)
		if err != nil {
			return nil, err
		}
		if len(a) == 0 {
			s = "()"
		}
		return String(self.Class.Name + s), nil
	}))
	d.SetStr("args", &excAttr{name: "args"})
	d.SetStr("__cause__", &excAttr{name: "__cause__"})
	d.SetStr("__context__", &excAttr{name: "__context__"})
	d.SetStr("__suppress_context__", &excAttr{name: "__suppress_context__"})
	d.SetStr("__traceback__", &excAttr{name: "__traceback__"})
	d.SetStr("with_traceback", NewBuiltin("with_traceback", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		return args[0], nil
	}))
	KeyError.Dict.SetStr("__str__", NewBuiltin("__str__", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		self := args[0].(*Instance)
		if self.exc != nil && len(self.exc.args) == 1 {
			s, err := Repr(th, self.exc.args[0])
			return String(s), err
		}
		return callWithSelf(th, mustLookup(BaseException, "__str__"), self, nil, nil)
	}))
	StopIteration.Dict.SetStr("value", &excAttr{name: "value"})
}

func mustLookup(c *Class, name string) Value {
	v, _ := c.Lookup(name)
	return v
}

// excAttr is the data descriptor behind e.args, e.__cause__ ...
type excAttr struct{ name string }

func (a *excAttr) Type() string { return "getset_descriptor" }

func (a *excAttr) DescriptorGet(th *Thread, inst Value, cls *Class) (Value, error) {
	if inst == nil {
		return a, nil
	}
	i, ok := inst.(*Instance)
	if !ok || i.exc == nil {
		return nil, NewError(TypeError, "descriptor '%s' requires a 'BaseException' object", a.name)
	}
	orNone := func(v Value) Value {
		if v == nil {
			return None
		}
		return v
	}
	switch a.name {
	case "args":
		return i.exc.args, nil
	case "__cause__":
		return orNone(i.exc.cause), nil
	case "__context__":
		return orNone(i.exc.context), nil
	case "__suppress_context__":
		return Bool(i.exc.suppress), nil
	case "value":
		if len(i.exc.args) > 0 {
			return i.exc.args[0], nil
		}
		return None, nil
	}
	return None, nil
}

func (a *excAttr) DescriptorSet(th *Thread, inst Value, v Value) error {
	i, ok := inst.(*Instance)
	if !ok || i.exc == nil {
		return NewError(TypeError, "descriptor '%s' requires a 'BaseException' object", a.name)
	}
	switch a.name {
	case "args":
		t, err := tupleOf(th, v)
		if err != nil {
			return err
		}
		i.exc.args = t
	case "__cause__":
		if v == None {
			v = nil
		}
		i.exc.cause = v
		i.exc.suppress = true
	case "__context__":
		if v == None {
			v = nil
		}
		i.exc.context = v
	case "__suppress_context__":
		i.exc.suppress = truthNoThread(v)
	default:
		i.Dict.SetStr(a.name, v)
	}
	return nil
}

func (a *excAttr) DescriptorDelete(th *Thread, inst Value) error {
	return NewError(TypeError, "can't delete %s attribute", a.name)
}

func attrError(v Value, name string) *Exception {
	switch v := v.(type) {
	case *Class:
		return NewError(AttributeError, "type object '%s' has no attribute '%s'", v.Name, name)
	case *Module:
		return NewError(AttributeError, "module '%s' has no attribute '%s'", v.Name, name)
	case *BoundMethod:
		// method_getattro looks the name up on the function.
		return attrError(v.Func, name)
	}
	return NewError(AttributeError, "'%s' object has no attribute '%s'", v.Type(), name)
}
