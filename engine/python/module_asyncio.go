package python

import "fmt"

// Coroutine is a coroutine object, as an `async def` method returns it
// (Django's async QuerySet and model methods): nothing runs until
// asyncio.run drives it.
type Coroutine struct {
	// Qualname is the function's __qualname__ ("QuerySet.acount").
	Qualname string
	// Run is the coroutine's body, run once by asyncio.run.
	Run func(th *Thread) (Value, error)

	addr    uint64
	awaited bool
}

// NewCoroutine returns a coroutine object running fn when awaited. Its
// address in the repr is made up, the same from one run to the next.
func NewCoroutine(th *Thread, qualname string, fn func(th *Thread) (Value, error)) *Coroutine {
	return &Coroutine{Qualname: qualname, Run: fn, addr: th.newAddr()}
}

func (c *Coroutine) Type() string { return "coroutine" }

// Repr is CPython's: <coroutine object QuerySet.acount at 0x7f...>.
func (c *Coroutine) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("<coroutine object %s at %#x>", c.Qualname, c.addr), nil
}

func init() {
	builtinModules["asyncio"] = func(th *Thread) *Module {
		return NewModule("asyncio", map[string]Value{
			// run(main, *, debug=None, loop_factory=None): drive the
			// coroutine to its end and return its result.
			"run": NewBuiltin("run", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var main Value
				var debug, loopFactory Value = None, None
				if err := UnpackArgs("run", args, kw, "main", &main, "*", nil, "debug?", &debug, "loop_factory?", &loopFactory); err != nil {
					return nil, err
				}
				c, ok := main.(*Coroutine)
				if !ok {
					r, err := Repr(th, main)
					if err != nil {
						return nil, err
					}
					return nil, NewError(ValueError, "a coroutine was expected, got %s", r)
				}
				if c.awaited {
					return nil, NewError(RuntimeError, "cannot reuse already awaited coroutine")
				}
				c.awaited = true
				return c.Run(th)
			}),
		})
	}
}
