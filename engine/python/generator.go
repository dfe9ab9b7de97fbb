package python

import (
	"fmt"
	"runtime"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// Generator is the generator object a generator function (a def or
// lambda whose body holds yield) returns. Its body runs in a goroutine of
// its own, started by the first next(): the caller and the body hand
// control to each other over two channels, so only one of them runs at a
// time and both use the Thread as if it were one goroutine. At each
// resume the caller's frame, recursion depth and exceptions being handled
// are swapped for the generator's, and back at each yield. A Go panic in
// the body is re-raised in the caller. A generator left suspended keeps
// its goroutine until Thread.Close ends it.
type Generator struct {
	fr       *frame
	addr     uint64
	state    genState
	resume   chan genMsg  // caller -> body: the value sent or the exception thrown
	out      chan genMsg  // body -> caller: the value yielded, or the body's end
	handling []*Exception // the body's exceptions being handled, while suspended
}

type genState uint8

const (
	genCreated genState = iota
	genSuspended
	genRunning
	genDone
)

type genMsg struct {
	v     Value
	err   error
	done  bool // the body returned v
	abort bool // Thread.Close: the goroutine exits
	panic any
}

// newAddr returns a made-up object address for a repr, the same from one
// run to the next.
func (th *Thread) newAddr() uint64 {
	th.coroutines++
	return 0x7f3a9c1e4000 + 0x140*th.coroutines
}

func newGenerator(th *Thread, fr *frame) *Generator {
	g := &Generator{fr: fr, addr: th.newAddr()}
	fr.gen = g
	return g
}

// Type returns "generator".
func (g *Generator) Type() string { return "generator" }

// Repr is CPython's: <generator object Foo.items at 0x7f...>.
func (g *Generator) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<generator object %s at %#x>", g.fr.fn.qualname, g.addr), nil
}

// Iterate returns the generator itself.
func (g *Generator) Iterate(th *Thread) (Iterator, error) { return g, nil }

// Next runs the body to its next yield; nil when it ends.
func (g *Generator) Next(th *Thread) (Value, error) {
	v, done, err := g.send(th, None, nil)
	if done {
		return nil, err
	}
	return v, err
}

// next is __next__ and send: StopIteration(value) when the body returns.
func (g *Generator) next(th *Thread, v Value, exc error) (Value, error) {
	v, done, err := g.send(th, v, exc)
	if done && err == nil {
		if v == None {
			return nil, NewException(StopIteration)
		}
		return nil, NewException(StopIteration, v)
	}
	return v, err
}

// send resumes the body with v as the value of its yield, or with exc
// raised there. It returns the next value yielded, or done and the
// body's return value.
func (g *Generator) send(th *Thread, v Value, exc error) (Value, bool, error) {
	switch g.state {
	case genRunning:
		return nil, false, NewError(ValueError, "generator already executing")
	case genDone:
		return None, exc == nil, exc
	case genCreated:
		if exc != nil {
			g.state = genDone
			return nil, false, exc
		}
		if v != None {
			return nil, false, NewError(TypeError, "can't send non-None value to a just-started generator")
		}
	}
	if th.depth >= th.maxDepth {
		return nil, false, NewError(RecursionError, "maximum recursion depth exceeded")
	}
	if g.resume == nil {
		if err := th.track(g); err != nil {
			return nil, false, err
		}
	}
	caller, depth, base := th.frame, th.depth, len(th.handling)
	th.handling = append(th.handling, g.handling...)
	g.fr.parent = caller
	th.frame = g.fr
	th.depth++
	g.state = genRunning
	if g.resume == nil {
		g.resume, g.out = make(chan genMsg), make(chan genMsg)
		go g.run()
	} else {
		g.resume <- genMsg{v: v, err: exc}
	}
	m := <-g.out
	th.frame, th.depth = caller, depth
	g.handling = append(g.handling[:0], th.handling[base:]...)
	th.handling = th.handling[:base]
	g.state = genSuspended
	if m.done || m.err != nil || m.panic != nil {
		g.state, g.handling = genDone, nil
	}
	if m.panic != nil {
		panic(m.panic)
	}
	if e, ok := m.err.(*Exception); ok && e.Matches(StopIteration) {
		r := NewError(RuntimeError, "generator raised StopIteration")
		r.Value.exc.cause, r.Value.exc.context, r.Value.exc.suppress = e.Value, e.Value, true
		return nil, false, r
	}
	return m.v, m.done, m.err
}

// run is the body's goroutine.
func (g *Generator) run() {
	var m genMsg
	defer func() {
		if r := recover(); r != nil {
			m = genMsg{panic: r}
		}
		g.out <- m // to the caller, or to Thread.Close after an abort
	}()
	fr := g.fr
	if fr.code.expr != nil {
		v, err := fr.code.expr(fr)
		m = genMsg{v: v, err: err, done: err == nil}
		return
	}
	k, err := fr.code.body(fr)
	m = genMsg{v: None, err: err, done: err == nil}
	if k == ctlReturn && fr.retval != nil {
		m.v = fr.retval
	}
}

// yield hands v to the caller and waits to be resumed (in the body's
// goroutine).
func (g *Generator) yield(v Value) (Value, error) {
	g.out <- genMsg{v: v}
	m := <-g.resume
	if m.abort {
		runtime.Goexit()
	}
	return m.v, m.err
}

// yieldFrom delegates to src (yield from): sent values and thrown
// exceptions go to a sub-generator; the value is its return value.
func (g *Generator) yieldFrom(th *Thread, src Value) (Value, error) {
	sub, isGen := src.(*Generator)
	var it Iterator
	if !isGen {
		var err error
		if it, err = GetIterator(th, src); err != nil {
			return nil, err
		}
	}
	var send Value = None
	var exc error
	for {
		var v Value
		var err error
		if isGen {
			var done bool
			v, done, err = sub.send(th, send, exc)
			if err != nil || done {
				return v, err
			}
		} else {
			if exc != nil {
				return nil, exc
			}
			if v, err = it.Next(th); err != nil || v == nil {
				return None, err
			}
		}
		send, exc = g.yield(v)
		if e, ok := exc.(*Exception); ok && e.Matches(GeneratorExit) && isGen {
			if err := sub.close(th); err != nil {
				return nil, err
			}
			return nil, exc
		}
	}
}

// close raises GeneratorExit at the yield the body waits at.
func (g *Generator) close(th *Thread) error {
	if g.state == genCreated {
		g.state = genDone
	}
	if g.state == genDone {
		return nil
	}
	_, done, err := g.send(th, nil, NewException(GeneratorExit))
	if e, ok := err.(*Exception); ok && e.Matches(GeneratorExit) || done {
		return nil
	}
	if err == nil {
		return NewError(RuntimeError, "generator ignored GeneratorExit")
	}
	return err
}

// Attr exposes send, throw, close, __next__, __iter__ and gi_running.
func (g *Generator) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "__name__":
		return String(g.fr.fn.name), nil
	case "__qualname__":
		return String(g.fr.fn.qualname), nil
	case "gi_running":
		return Bool(g.state == genRunning), nil
	case "__iter__":
		return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			return g, UnpackArgs(name, args, kwargs)
		}), nil
	case "__next__":
		return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := UnpackArgs(name, args, kwargs); err != nil {
				return nil, err
			}
			return g.next(th, None, nil)
		}), nil
	case "send":
		return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) != 1 || len(kwargs) > 0 {
				return nil, NewError(TypeError, "generator.send() takes exactly one argument (%d given)", len(args))
			}
			return g.next(th, args[0], nil)
		}), nil
	case "throw":
		return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			var typ, val, tb Value = nil, None, None
			if err := UnpackArgs(name, args, kwargs, "typ", &typ, "val?", &val, "tb?", &tb); err != nil {
				return nil, err
			}
			exc := typ
			switch t := typ.(type) {
			case *Class:
				if !t.exception {
					exc = nil
				} else if inst, ok := val.(*Instance); !ok || !inst.Class.IsSubclass(t) {
					var cargs Tuple
					if tup, ok := val.(Tuple); ok {
						cargs = tup
					} else if val != None {
						cargs = Tuple{val}
					}
					v, err := Call(th, t, cargs, nil)
					if err != nil {
						return nil, err
					}
					exc = v
				} else {
					exc = val
				}
			case *Instance:
				if t.exc == nil {
					exc = nil
				} else if val != None {
					return nil, NewError(TypeError, "instance exception may not have a separate value")
				}
			default:
				exc = nil
			}
			if exc == nil {
				return nil, NewError(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type())
			}
			inst, err := makeException(th, exc)
			if err != nil {
				return nil, err
			}
			inst.exc.traceback = nil
			return g.next(th, None, &Exception{Value: inst})
		}), nil
	case "close":
		return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := UnpackArgs(name, args, kwargs); err != nil {
				return nil, err
			}
			return None, g.close(th)
		}), nil
	}
	return nil, nil
}

// AttrNames lists the generator's methods.
func (g *Generator) AttrNames() []string {
	return []string{"__iter__", "__next__", "close", "gi_running", "send", "throw"}
}

// genStack is what the goroutine of a suspended generator is counted as
// against the memory budget (its stack, a few kB, and the values it holds).
const genStack = 16 << 10

// track remembers a generator whose goroutine starts, for Close. The
// generators left suspended count against the memory budget: past it,
// MemoryError, as their goroutines end only with the thread.
func (th *Thread) track(g *Generator) error {
	full := th.maxMemory > 0 && int64(len(th.gens)+1)*genStack > th.maxMemory
	if len(th.gens) == cap(th.gens) || full {
		live := th.gens[:0]
		for _, x := range th.gens {
			if x.state != genDone {
				live = append(live, x)
			}
		}
		clear(th.gens[len(live):])
		th.gens = live
		if th.maxMemory > 0 && int64(len(live)+1)*genStack > th.maxMemory {
			return NewError(MemoryError, "the session would use more than %s of memory (its memory budget)", byteSize(th.maxMemory))
		}
	}
	th.gens = append(th.gens, g)
	return nil
}

// Close ends the goroutines of the generators left suspended (never
// exhausted nor closed): they exit at their yield without running any
// more Python code (no finally clause runs, unlike CPython's close()).
// Call it when the thread is done with; the embedder's Go code may still
// be running deferred calls of the ORM, so close the database after it.
func (th *Thread) Close() {
	for _, g := range th.gens {
		if g.state == genSuspended {
			g.state = genDone
			g.resume <- genMsg{abort: true}
			<-g.out
		}
	}
	th.gens = nil
}

// yield compiles a yield or yield from expression.
func (c *compiler) yield(s *scope, e *syntax.YieldExpr) evalFn {
	if s.kind != funcScope {
		c.errorf(e.Start, "'yield' outside function")
	}
	val := constant(None)
	if e.Value != nil {
		val = c.expr(s, e.Value)
	}
	pos, from := e.Start, e.From
	return func(fr *frame) (Value, error) {
		v, err := val(fr)
		if err == nil {
			if from {
				v, err = fr.gen.yieldFrom(fr.th, v)
			} else {
				v, err = fr.gen.yield(v)
			}
		}
		if err != nil {
			return nil, fr.fail(err, pos)
		}
		return v, nil
	}
}
