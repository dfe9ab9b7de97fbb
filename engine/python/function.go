package python

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// cell holds a variable shared between a function and the functions nested
// in it (Python's closure cells).
type cell struct{ v Value }

func (*cell) Type() string { return "cell" }

// code is a compiled unit: a module, a class body, a function or a lambda.
type code struct {
	name     string
	qualname string
	file     string
	pos      syntax.Position
	nlocals  int
	cells    []int // local slots holding cells (set at frame entry)
	body     execFn
	expr     evalFn // lambdas
	doc      Value
	// generator is set when the body holds yield: a call returns a
	// *Generator running it.
	generator bool

	// parameters (functions only)
	params  []paramInfo
	npos    int // positional-or-keyword parameters (first in params)
	varargs int // slot of *args, or -1
	varkw   int // slot of **kwargs, or -1
	nkwonly int // keyword-only parameters (after the positional ones in params)
}

type paramInfo struct {
	name string
	slot int
}

// Function is a function defined in Python (def or lambda).
type Function struct {
	code      *code
	name      string
	qualname  string
	module    string
	defaults  []Value // one per entry of code.params; nil when no default
	globals   *Dict
	free      []*cell
	classCell *cell // the __class__ cell: the class whose body defined it
	dict      *Dict // function attributes
}

// Type returns "function".
func (f *Function) Type() string { return "function" }

// Name returns the function's __name__.
func (f *Function) Name() string { return f.name }

// Qualname returns the function's __qualname__ ("Person.save").
func (f *Function) Qualname() string { return f.qualname }

// Repr renders <function name>.
func (f *Function) Repr(th *Thread) (string, error) { return "<function " + f.qualname + ">", nil }

// DescriptorGet binds the function to an instance (a method); on the class
// it is the plain function.
func (f *Function) DescriptorGet(th *Thread, inst Value, cls *Class) (Value, error) {
	if inst == nil {
		return f, nil
	}
	return &BoundMethod{Self: inst, Func: f}, nil
}

// CallInternal calls the function.
func (f *Function) CallInternal(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	return f.call(th, args, kwargs)
}

func (f *Function) doc() Value {
	if f.code.doc != nil {
		return f.code.doc
	}
	return None
}

func (f *Function) setAttr(name string, v Value) {
	switch name {
	case "__name__":
		if s, ok := v.(String); ok {
			f.name = string(s)
			return
		}
	case "__qualname__":
		if s, ok := v.(String); ok {
			f.qualname = string(s)
			return
		}
	}
	if f.dict == nil {
		f.dict = NewDict()
	}
	f.dict.SetStr(name, v)
}

// Attr exposes __name__, __qualname__, __doc__, __module__, __defaults__
// and attributes set on the function.
func (f *Function) Attr(th *Thread, name string) (Value, error) {
	if f.dict != nil {
		if v, ok := f.dict.GetStr(name); ok {
			return v, nil
		}
	}
	switch name {
	case "__name__":
		return String(f.name), nil
	case "__qualname__":
		return String(f.qualname), nil
	case "__doc__":
		return f.doc(), nil
	case "__module__":
		return String(f.module), nil
	case "__dict__":
		if f.dict == nil {
			f.dict = NewDict()
		}
		return f.dict, nil
	case "__defaults__":
		var d Tuple
		for i := 0; i < f.code.npos; i++ {
			if f.defaults[i] != nil {
				d = append(d, f.defaults[i])
			}
		}
		if d == nil {
			return None, nil
		}
		return d, nil
	}
	return nil, nil
}

// AttrNames lists the function's attributes.
func (f *Function) AttrNames() []string {
	names := []string{"__name__", "__qualname__", "__doc__", "__module__"}
	if f.dict != nil {
		for _, k := range f.dict.Keys() {
			names = append(names, string(k.(String)))
		}
	}
	return names
}

func (f *Function) call(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	c := f.code
	fr := &frame{th: th, parent: th.frame, code: c, fn: f, globals: f.globals, free: f.free}
	if c.nlocals <= len(fr.buf) {
		fr.locals = fr.buf[:c.nlocals]
	} else {
		fr.locals = make([]Value, c.nlocals)
	}
	if err := f.bindArgs(th, fr.locals, args, kwargs); err != nil {
		return nil, err
	}
	for _, i := range c.cells {
		fr.locals[i] = &cell{v: fr.locals[i]}
	}
	if err := th.tick(); err != nil {
		return nil, fr.fail(err, c.pos)
	}
	if c.generator {
		return newGenerator(th, fr), nil
	}
	th.frame = fr
	if c.expr != nil {
		v, err := c.expr(fr)
		th.frame = fr.parent
		return v, err
	}
	ctl, err := c.body(fr)
	th.frame = fr.parent
	if err != nil {
		return nil, err
	}
	if ctl == ctlReturn && fr.retval != nil {
		return fr.retval, nil
	}
	return None, nil
}

// bindArgs assigns the call's arguments to the parameter slots, with
// CPython's error messages.
func (f *Function) bindArgs(th *Thread, locals []Value, args Tuple, kwargs []Kwarg) error {
	c := f.code
	name := f.qualname
	nargs := len(args)
	if nargs > c.npos {
		if c.varargs < 0 {
			kwonlyGiven := 0
			for _, kw := range kwargs {
				for _, p := range c.params[c.npos:] {
					if p.name == kw.Name {
						kwonlyGiven++
					}
				}
			}
			return tooManyPositional(name, c, f.defaults, nargs, kwonlyGiven)
		}
		locals[c.varargs] = append(Tuple(nil), args[c.npos:]...)
		args = args[:c.npos]
	} else if c.varargs >= 0 {
		locals[c.varargs] = Tuple{}
	}
	for i, a := range args {
		locals[c.params[i].slot] = a
	}
	var kw *Dict
	if c.varkw >= 0 {
		kw = NewDict()
		locals[c.varkw] = kw
	}
kwloop:
	for _, k := range kwargs {
		for i, p := range c.params {
			if p.name == k.Name {
				if locals[p.slot] != nil {
					return NewError(TypeError, "%s() got multiple values for argument '%s'", name, k.Name)
				}
				locals[p.slot] = k.Value
				continue kwloop
			}
			_ = i
		}
		if kw == nil {
			names := make([]string, len(c.params))
			for i, p := range c.params {
				names[i] = p.name
			}
			return unexpectedKeyword(th, name, k.Name, names)
		}
		if _, dup := kw.GetStr(k.Name); dup {
			return NewError(TypeError, "%s() got multiple values for keyword argument '%s'", name, k.Name)
		}
		kw.SetStr(k.Name, k.Value)
	}
	var missing []string
	for i, p := range c.params[:c.npos] {
		if locals[p.slot] == nil {
			if d := f.defaults[i]; d != nil {
				locals[p.slot] = d
			} else {
				missing = append(missing, "'"+p.name+"'")
			}
		}
	}
	if missing != nil {
		return NewError(TypeError, "%s() missing %d required positional argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))
	}
	for i, p := range c.params[c.npos:] {
		if locals[p.slot] == nil {
			if d := f.defaults[c.npos+i]; d != nil {
				locals[p.slot] = d
			} else {
				missing = append(missing, "'"+p.name+"'")
			}
		}
	}
	if missing != nil {
		return NewError(TypeError, "%s() missing %d required keyword-only argument%s: %s", name, len(missing), plural(len(missing)), joinNames(missing))
	}
	return nil
}

func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

func tooManyPositional(name string, c *code, defaults []Value, given, kwonlyGiven int) error {
	ndef := 0
	for i := 0; i < c.npos; i++ {
		if defaults[i] != nil {
			ndef++
		}
	}
	var takes string
	if ndef > 0 {
		takes = "from " + itoa(c.npos-ndef) + " to " + itoa(c.npos) + " positional arguments"
	} else {
		takes = itoa(c.npos) + " positional argument" + plural(c.npos)
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	givenS := itoa(given)
	if kwonlyGiven > 0 {
		givenS += " positional argument" + plural(given) + " (and " + itoa(kwonlyGiven) + " keyword-only argument" + plural(kwonlyGiven) + ")"
	}
	return NewError(TypeError, "%s() takes %s but %s %s given", name, takes, givenS, was)
}

// Builtin is a function implemented in Go. Fn receives the positional
// arguments and the keyword arguments of the call. Found in a class dict
// and looked up through an instance, a Builtin binds the instance as its
// first argument (like a Python function), so Go-native methods receive
// self as args[0].
type Builtin struct {
	name string
	fn   func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error)
	// qualname is set for a Go method standing for a method written in
	// Python (see AsPyMethod).
	qualname string
}

// AsPyMethod marks b as standing for a method that is written in Python
// in the library it mirrors (a Django method such as QuerySet.create):
// its type is "function", its __qualname__ is qualname, and its argument
// errors name it as CPython 3.11 does: "QuerySet.create() takes 1
// positional argument but 2 were given", and, called on the class with
// no instance, "Model.save() missing 1 required positional argument:
// 'self'". It returns b.
func (b *Builtin) AsPyMethod(qualname string) *Builtin {
	b.qualname = qualname
	return b
}

// NewBuiltin returns a Go function value named name.
func NewBuiltin(name string, fn func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error)) *Builtin {
	return &Builtin{name: name, fn: fn}
}

// Type returns "builtin_function_or_method", or "function" for a
// Python-level method (AsPyMethod).
func (b *Builtin) Type() string {
	if b.qualname != "" {
		return "function"
	}
	return "builtin_function_or_method"
}

// Name returns the function's name.
func (b *Builtin) Name() string { return b.name }

// Repr renders <built-in function name>.
func (b *Builtin) Repr(th *Thread) (string, error) { return "<built-in function " + b.name + ">", nil }

// CallInternal calls the Go function.
func (b *Builtin) CallInternal(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
	if b.qualname == "" {
		return b.fn(th, args, kwargs)
	}
	if len(args) == 0 {
		return nil, NewError(TypeError, "%s() missing 1 required positional argument: 'self'", b.qualname)
	}
	v, err := b.fn(th, args, kwargs)
	if exc, ok := err.(*Exception); ok && exc.frame == nil && exc.Matches(TypeError) {
		// An argument error raised by the Go function itself is worded
		// as Python 3.11 words a Python function's, by its qualified
		// name, self counted.
		rest, named := strings.CutPrefix(exc.Message(), b.name+"() ")
		switch {
		case exc.argErr != nil && named:
			return nil, NewError(TypeError, "%s", exc.argErr.pyMessage(th, b.qualname))
		case named && argErrorPhrase(rest):
			return nil, NewError(TypeError, "%s() %s", b.qualname, rest)
		}
	}
	return v, err
}

// argErrorPhrase reports whether the rest of a TypeError's message after
// "f() " is one of CPython's argument-binding errors.
func argErrorPhrase(rest string) bool {
	for _, p := range []string{"takes ", "missing ", "got an unexpected keyword argument ", "got multiple values for ", "got some positional-only "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// DescriptorGet binds an instance as the first argument (a method).
func (b *Builtin) DescriptorGet(th *Thread, inst Value, cls *Class) (Value, error) {
	if inst == nil {
		return b, nil
	}
	return &BoundMethod{Self: inst, Func: b}, nil
}

// Attr exposes __name__.
func (b *Builtin) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__":
		return String(b.name), nil
	case "__qualname__":
		if b.qualname != "" {
			return String(b.qualname), nil
		}
		return String(b.name), nil
	case "__doc__":
		return None, nil
	}
	return nil, nil
}

// AttrNames lists __name__.
func (b *Builtin) AttrNames() []string { return []string{"__name__"} }

func itoa(i int) string { return MakeInt(int64(i)).String() }

// funcName returns the name of a callable for messages.
func funcName(v Value) string {
	switch f := v.(type) {
	case *Function:
		return f.qualname
	case *Builtin:
		if f.qualname != "" {
			return f.qualname
		}
		return f.name
	case *BoundMethod:
		return funcName(f.Func)
	case *Class:
		return f.Name
	}
	return v.Type()
}
