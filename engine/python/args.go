package python

import (
	"fmt"
	"strings"
)

// UnpackArgs binds the arguments of a call to a Go function, in the manner
// of go.starlark.net's UnpackArgs. pairs alternates parameter names and
// pointers: "name", &v. A name ending in "?" is optional (the pointer keeps
// its value when the argument is absent); a "*" entry with a *Tuple pointer
// collects extra positional arguments; a "**" entry with a **Dict collects
// extra keyword arguments. Names after "*" (or a "*"-prefixed name like
// "*key") are keyword-only.
//
// Supported pointer types: *Value (any value; None included), *int,
// *int64, *float64 (accepts int), *string (str only), *bool (any value,
// by truth), *Int, *Tuple, **List, **Dict, **Class, *Callable.
//
// Errors use CPython's wording: "f() missing 1 required positional
// argument: 'a'", "f() got an unexpected keyword argument 'x'",
// "f() takes at most 2 arguments (3 given)", "f() got multiple values for
// argument 'a'".
func UnpackArgs(fnname string, args Tuple, kwargs []Kwarg, pairs ...any) error {
	type param struct {
		name     string
		optional bool
		kwonly   bool
		ptr      any
	}
	var params []param
	var star *Tuple
	var starstar **Dict
	kwonly := false
	for i := 0; i+1 < len(pairs); i += 2 {
		name := pairs[i].(string)
		switch name {
		case "*":
			kwonly = true
			if p, ok := pairs[i+1].(*Tuple); ok {
				star = p
			}
			continue
		case "**":
			starstar = pairs[i+1].(**Dict)
			continue
		}
		p := param{name: name, ptr: pairs[i+1], kwonly: kwonly}
		if strings.HasPrefix(p.name, "*") {
			p.name = p.name[1:]
			p.kwonly = true
		}
		if strings.HasSuffix(p.name, "?") {
			p.name = p.name[:len(p.name)-1]
			p.optional = true
		}
		params = append(params, p)
	}
	npos := 0
	for _, p := range params {
		if !p.kwonly {
			npos++
		}
	}
	set := make([]bool, len(params))
	if len(args) > npos {
		if star == nil {
			nreq := 0
			for _, p := range params {
				if !p.kwonly && !p.optional {
					nreq++
				}
			}
			var exc *Exception
			switch {
			case nreq == npos && npos == 0:
				exc = NewError(TypeError, "%s() takes no arguments (%d given)", fnname, len(args))
			case nreq == npos && npos == 1:
				exc = NewError(TypeError, "%s() takes exactly one argument (%d given)", fnname, len(args))
			case nreq == npos:
				exc = NewError(TypeError, "%s() takes exactly %d arguments (%d given)", fnname, npos, len(args))
			default:
				exc = NewError(TypeError, "%s() takes at most %d arguments (%d given)", fnname, npos, len(args))
			}
			exc.argErr = &argError{tooMany: true, nreq: nreq, npos: npos, given: len(args)}
			return exc
		}
		*star = append(Tuple(nil), args[npos:]...)
		args = args[:npos]
	} else if star != nil {
		*star = nil
	}
	k := 0
	for i, p := range params {
		if p.kwonly {
			continue
		}
		if k >= len(args) {
			break
		}
		if err := unpackOne(fnname, p.name, args[k], p.ptr); err != nil {
			return err
		}
		set[i] = true
		k++
	}
	if starstar != nil {
		*starstar = NewDict()
	}
kwloop:
	for _, kw := range kwargs {
		for i, p := range params {
			if p.name == kw.Name {
				if set[i] {
					return NewError(TypeError, "%s() got multiple values for argument '%s'", fnname, kw.Name)
				}
				if err := unpackOne(fnname, p.name, kw.Value, p.ptr); err != nil {
					return err
				}
				set[i] = true
				continue kwloop
			}
		}
		if starstar != nil {
			(*starstar).SetStr(kw.Name, kw.Value)
			continue
		}
		exc := NewError(TypeError, "%s() got an unexpected keyword argument '%s'", fnname, kw.Name)
		names := make([]string, len(params))
		for i, p := range params {
			names[i] = p.name
		}
		exc.argErr = &argError{unexpected: kw.Name, params: names}
		return exc
	}
	var missing, missingKW []string
	var exc *Exception
	for i, p := range params {
		if !set[i] && !p.optional {
			switch {
			case p.kwonly:
				missingKW = append(missingKW, p.name)
				if exc == nil {
					exc = NewError(TypeError, "%s() missing required keyword-only argument: '%s'", fnname, p.name)
				}
			default:
				missing = append(missing, p.name)
				if exc == nil || len(missing) == 1 {
					exc = NewError(TypeError, "%s() missing required argument '%s' (pos %d)", fnname, p.name, i+1)
				}
			}
		}
	}
	if exc != nil {
		exc.argErr = &argError{missing: missing, missingKW: missingKW}
	}
	if exc == nil {
		return nil
	}
	return exc
}

// argError describes an argument-binding error of UnpackArgs, so that a
// Go method standing for a Python one can word it as CPython words a
// Python function's (Builtin.AsPyMethod).
type argError struct {
	tooMany           bool
	nreq, npos, given int      // counts without self
	missing           []string // required positional parameters not given
	missingKW         []string // required keyword-only parameters not given
	unexpected        string   // a keyword argument naming no parameter
	params            []string // the parameters' names (for unexpected)
}

// pyMessage is the message CPython 3.11 gives for a Python method named
// qualname (whose self is not counted in the argError's counts):
// "Q.f() takes from 1 to 3 positional arguments but 4 were given",
// "Q.f() missing 2 required positional arguments: 'a' and 'b'".
func (a *argError) pyMessage(th *Thread, qualname string) string {
	if a.unexpected != "" {
		return unexpectedKeyword(th, qualname, a.unexpected, append([]string{"self"}, a.params...)).Message()
	}
	if a.tooMany {
		if a.nreq == a.npos {
			plural := "s"
			if a.npos == 0 {
				plural = ""
			}
			return fmt.Sprintf("%s() takes %d positional argument%s but %d were given", qualname, a.npos+1, plural, a.given+1)
		}
		return fmt.Sprintf("%s() takes from %d to %d positional arguments but %d were given", qualname, a.nreq+1, a.npos+1, a.given+1)
	}
	names, kind := a.missing, "positional"
	if len(names) == 0 {
		names, kind = a.missingKW, "keyword-only"
	}
	plural := "s"
	if len(names) == 1 {
		plural = ""
	}
	return fmt.Sprintf("%s() missing %d required %s argument%s: %s", qualname, len(names), kind, plural, nameList(names))
}

// nameList is CPython's list of missing names: 'a', 'a' and 'b',
// 'a', 'b' and 'c'.
func nameList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " and " + q[len(q)-1]
}

func unpackOne(fnname, name string, v Value, ptr any) error {
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *int:
		i, err := AsInt64(v)
		if err != nil {
			if _, ok := v.(Float); ok {
				return NewError(TypeError, "'float' object cannot be interpreted as an integer")
			}
			return err
		}
		*p = int(i)
	case *int64:
		i, err := AsInt64(v)
		if err != nil {
			return err
		}
		*p = i
	case *float64:
		f, err := AsFloat(v)
		if err != nil {
			return NewError(TypeError, "%s() argument '%s' must be a real number, not '%s'", fnname, name, v.Type())
		}
		*p = f
	case *string:
		s, ok := v.(String)
		if !ok {
			return NewError(TypeError, "%s() argument '%s' must be str, not %s", fnname, name, v.Type())
		}
		*p = string(s)
	case *bool:
		*p = truthNoThread(v)
	case *Int:
		i, ok := asInt(v)
		if !ok {
			return NewError(TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
		}
		*p = i
	case *Tuple:
		t, ok := v.(Tuple)
		if !ok {
			return NewError(TypeError, "%s() argument '%s' must be tuple, not %s", fnname, name, v.Type())
		}
		*p = t
	case **List:
		l, ok := v.(*List)
		if !ok {
			return NewError(TypeError, "%s() argument '%s' must be list, not %s", fnname, name, v.Type())
		}
		*p = l
	case **Dict:
		d, ok := v.(*Dict)
		if !ok {
			return NewError(TypeError, "%s() argument '%s' must be dict, not %s", fnname, name, v.Type())
		}
		*p = d
	case **Class:
		c, ok := v.(*Class)
		if !ok {
			return NewError(TypeError, "%s() argument '%s' must be a class, not %s", fnname, name, v.Type())
		}
		*p = c
	case *Callable:
		c, ok := v.(Callable)
		if !ok {
			return NewError(TypeError, "'%s' object is not callable", v.Type())
		}
		*p = c
	default:
		panic("UnpackArgs: unsupported pointer type")
	}
	return nil
}

// noKwargs fails when a builtin that takes no keyword arguments got some.
func noKwargs(fnname string, kwargs []Kwarg) error {
	if len(kwargs) > 0 {
		return NewError(TypeError, "%s() takes no keyword arguments", fnname)
	}
	return nil
}

// argCount checks the number of positional arguments of a builtin.
func argCount(fnname string, args Tuple, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	if min == max {
		switch min {
		case 0:
			return NewError(TypeError, "%s() takes no arguments (%d given)", fnname, n)
		case 1:
			return NewError(TypeError, "%s() takes exactly one argument (%d given)", fnname, n)
		}
		return NewError(TypeError, "%s expected %d arguments, got %d", fnname, min, n)
	}
	if n < min {
		return NewError(TypeError, "%s expected at least %d argument%s, got %d", fnname, min, plural(min), n)
	}
	return NewError(TypeError, "%s expected at most %d argument%s, got %d", fnname, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
