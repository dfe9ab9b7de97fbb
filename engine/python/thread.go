package python

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/features"
)

// Thread is the state of one session of the interpreter. A Thread must not
// be used by two goroutines at once. Create it with NewThread.
type Thread struct {
	// Name is free for the embedder (e.g. "models.py").
	Name string

	// coroutines counts the coroutine objects made, for their addresses.
	coroutines uint64

	// Print receives the text written by print(), exactly (with sep and
	// end applied, so usually ending in "\n"). Nil writes to os.Stdout.
	Print func(th *Thread, s string)

	// Displayhook is sys.displayhook for the expression statements nested
	// in a statement run by ExecStmt (`for x in xs: x` prints each x in
	// the REPL); it receives each value that is not None. Nil ignores them.
	Displayhook func(th *Thread, v Value) error

	// Load is the import hook for modules that are not builtin (datetime,
	// decimal, math and uuid are builtin). It receives the full dotted name
	// ("django.db.models"); for `import a.b.c` it is called for "a", "a.b"
	// and "a.b.c" in turn. Returning (nil, nil) or an error raises
	// ModuleNotFoundError "No module named '...'" (an *Exception returned
	// by Load is raised as is). Results are cached per Thread.
	Load func(th *Thread, module string) (*Module, error)

	// Now is the clock of date.today(), datetime.now() and friends. The
	// playground sets a fixed clock so that sessions are reproducible.
	// Nil means time.Now.
	Now func() time.Time

	// Python is the behaviour of the Python version the thread runs as
	// (Python 3.11's when zero).
	Python features.Python

	// Rand is the random source of uuid.uuid4(); NewThread seeds it with a
	// fixed seed so that sessions are reproducible.
	Rand *rand.Rand

	// The work budget (budget.go): steps counts this top-level run's
	// work, runBase the work of the earlier runs since ResetRun; check
	// runs when steps reaches checkAt.
	steps, maxSteps uint64
	runBase, maxRun uint64
	checkAt         uint64
	deadline        time.Time
	timeBudget      time.Duration
	maxMemory       int64
	gcAllocs        uint64     // heap allocations at the last GC forced by the memory budget
	spent           *Exception // the run budget's error, once used up
	interrupt       *Exception // raised at the next step (Interrupt)
	depth, maxDepth int
	reprDepth       int
	frame           *frame
	modules         map[string]*Module
	lastID          int64
	locals          map[string]any
	handling        []*Exception // exceptions being handled (innermost last)
	gens            []*Generator // generators whose goroutine started (Close)
}

// DefaultMaxSteps is the step budget of a new Thread.
const DefaultMaxSteps = 10_000_000

// DefaultMaxDepth is the default recursion limit (Python call frames); it
// keeps the Go stack small even in the WebAssembly build.
const DefaultMaxDepth = 1000

// NewThread returns a thread with the default budgets, a fixed random seed
// and no hooks.
func NewThread() *Thread {
	th := &Thread{
		maxSteps: DefaultMaxSteps,
		maxDepth: DefaultMaxDepth,
		Rand:     rand.New(rand.NewPCG(0x6f726d66, 0x6964646c)),
	}
	th.rearm()
	return th
}

// SetMaxSteps sets the step budget of each top-level run (ExecFile,
// ExecStmt, or a Call made from Go when no Python code is running): a
// statement, a loop iteration and a call each cost one step, and builtins
// cost by the work they do (Charge). Exceeding it raises
// StepLimitExceeded, which no except clause can catch. 0 means no limit.
func (th *Thread) SetMaxSteps(n uint64) { th.maxSteps = n; th.rearm() }

// Steps returns the number of steps executed by the current (or last)
// top-level run.
func (th *Thread) Steps() uint64 { return th.steps }

// SetMaxDepth sets the recursion limit (maximum nesting of calls);
// exceeding it raises RecursionError "maximum recursion depth exceeded".
func (th *Thread) SetMaxDepth(n int) { th.maxDepth = n }

// SetLocal stores a value for the embedder (like starlark's SetLocal).
func (th *Thread) SetLocal(key string, v any) {
	if th.locals == nil {
		th.locals = map[string]any{}
	}
	th.locals[key] = v
}

// Local returns a value stored with SetLocal, or nil.
func (th *Thread) Local(key string) any { return th.locals[key] }

// now returns the thread's clock.
func (th *Thread) now() time.Time {
	if th != nil && th.Now != nil {
		return th.Now()
	}
	return time.Now()
}

func (th *Thread) print(s string) {
	if th.Print != nil {
		th.Print(th, s)
		return
	}
	fmt.Fprint(os.Stdout, s)
}

func (th *Thread) tick() error {
	th.steps++
	if th.steps >= th.checkAt {
		return th.check()
	}
	return nil
}

// beginRun resets the step counter when a top-level run starts.
func (th *Thread) beginRun() {
	if th.depth == 0 && th.frame == nil {
		th.runBase += th.steps
		th.steps = 0
		th.handling = th.handling[:0]
		th.interrupt = nil
		th.rearm()
	}
}

// recoverPanic turns a Go panic into an InternalError, restoring the
// thread to the state of the top-level entry point that deferred it
// (no Python call active, the given frame current).
func (th *Thread) recoverPanic(err *error, fr *frame) {
	if r := recover(); r != nil {
		th.depth = 0
		th.frame = fr
		th.reprDepth = 0
		e := NewError(InternalError, "internal error (this is a bug in ormfiddle): %v", r)
		if os.Getenv("ORMFIDDLE_DEBUG") != "" {
			fmt.Fprintf(os.Stderr, "panic: %v\n%s", r, debug.Stack())
		}
		*err = e
	}
}

// enterRepr guards the recursion of repr() over nested containers.
func (th *Thread) enterRepr() error {
	if th == nil {
		return nil
	}
	th.reprDepth++
	if err := th.Charge(1); err != nil {
		th.reprDepth--
		return err
	}
	if th.reprDepth > 2*th.maxDepth+100 {
		th.reprDepth--
		return NewError(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	return nil
}

func (th *Thread) leaveRepr() {
	if th != nil {
		th.reprDepth--
	}
}

// Module is a module: `import datetime`, a module provided by the Load
// hook, or the namespace of models.py. Dict holds its globals.
type Module struct {
	Name string
	Dict *Dict
	// Getattr, when set, gives the attributes Dict does not hold, or
	// (nil, nil): a module's __getattr__ (PEP 562), for the modules Go
	// makes (a submodule loaded when first used). Python code does not
	// see it.
	Getattr func(th *Thread, name string) (Value, error)
}

// NewModule returns a module with the given members (nil for none) and
// __name__ set.
func NewModule(name string, members map[string]Value) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.ht.entries = make([]htEntry, 0, 1+len(members))
	m.Dict.SetStr("__name__", String(name))
	for _, k := range sortedKeys(members) {
		m.Dict.SetStr(k, members[k])
	}
	return m
}

// Type returns "module".
func (m *Module) Type() string { return "module" }

// Attr returns a global of the module, or what m.Getattr gives for a name
// it does not hold, or (nil, nil).
func (m *Module) Attr(th *Thread, name string) (Value, error) {
	if v, ok := m.Dict.GetStr(name); ok {
		return v, nil
	}
	switch name {
	case "__name__":
		return String(m.Name), nil
	case "__dict__":
		return m.Dict, nil
	case "__doc__":
		return None, nil
	}
	if m.Getattr != nil {
		return m.Getattr(th, name)
	}
	return nil, nil
}

// AttrNames lists the module's globals.
func (m *Module) AttrNames() []string {
	var names []string
	for _, k := range m.Dict.Keys() {
		if s, ok := k.(String); ok {
			names = append(names, string(s))
		}
	}
	return names
}

// SetAttr sets a global of the module.
func (m *Module) SetAttr(th *Thread, name string, v Value) error {
	m.Dict.SetStr(name, v)
	return nil
}

// Repr renders <module 'name'>.
func (m *Module) Repr(th *Thread) (string, error) { return "<module '" + m.Name + "'>", nil }

// Set sets a member (for Go code building a module).
func (m *Module) Set(name string, v Value) { m.Dict.SetStr(name, v) }

// importModule loads a module by its full dotted name, through the builtin
// modules, the thread's cache and the Load hook.
func (th *Thread) importModule(name string) (*Module, error) {
	if m, ok := th.modules[name]; ok {
		return m, nil
	}
	var m *Module
	if mk, ok := sourceModules[name]; ok {
		var err error
		if m, err = mk(th); err != nil {
			return nil, err
		}
	} else if mk, ok := builtinModules[name]; ok {
		m = mk(th)
	} else if th.Load != nil {
		var err error
		m, err = th.Load(th, name)
		if err != nil {
			if e, ok := err.(*Exception); ok {
				return nil, e
			}
			return nil, NewError(ModuleNotFoundError, "No module named '%s'", name)
		}
	}
	if m == nil {
		return nil, NewError(ModuleNotFoundError, "No module named '%s'", name)
	}
	if th.modules == nil {
		th.modules = map[string]*Module{}
	}
	th.modules[name] = m
	return m, nil
}

// builtinModules are the library modules provided by this package.
var builtinModules = map[string]func(th *Thread) *Module{}

// sourceModules are the library modules partly written in Python
// (pysrc/): importing one runs code, which can fail (the budget).
var sourceModules = map[string]func(th *Thread) (*Module, error){}
