package python_test

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// run runs src one statement at a time, returning the output and the
// errors ("Class: message") of the statements that raised.
func runGen(t *testing.T, th *python.Thread, mod *python.Module, src string) (string, []string) {
	t.Helper()
	f, err := syntax.Parse("gen.py", src)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	th.Print = func(_ *python.Thread, s string) { out.WriteString(s) }
	var errs []string
	for _, st := range f.Stmts {
		if _, err := python.ExecStmt(th, "gen.py", st, mod); err != nil {
			errs = append(errs, err.Error())
		}
	}
	return out.String(), errs
}

// waitGoroutines waits for the number of goroutines to come down to n.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("%d goroutines left, want %d:\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestGeneratorAbandoned checks that Thread.Close ends the goroutines of
// the generators left suspended, without running their finally clauses.
func TestGeneratorAbandoned(t *testing.T) {
	before := runtime.NumGoroutine()
	th := python.NewThread()
	mod := python.NewModule("__main__", nil)
	out, errs := runGen(t, th, mod, `
def forever():
    try:
        while True:
            yield 1
    finally:
        print("finally")
def deleg():
    yield from forever()
gens = []
for i in range(50):
    g = forever()
    next(g)
    gens.append(g)
for i in range(20):
    next(deleg())
def boom():
    yield 1
    1 / 0
b = boom()
next(b)
next(b)
done = forever()
next(done)
done.close()
never_started = forever()
`)
	if out != "finally\n" || len(errs) != 1 || errs[0] != "ZeroDivisionError: division by zero" {
		t.Fatalf("output %q, errors %q", out, errs)
	}
	if n := runtime.NumGoroutine(); n < before+90 {
		t.Fatalf("%d goroutines, want at least %d", n, before+90)
	}
	th.Close()
	waitGoroutines(t, before)
	if got := th.Print; got == nil {
		t.Fatal("Print hook lost")
	}
	// The thread still runs code after Close (a new generator starts).
	out, errs = runGen(t, th, mod, "print(list(x for x in forever() if False) if False else next(forever()))\n")
	if out != "1\n" || errs != nil {
		t.Fatalf("after Close: output %q, errors %q", out, errs)
	}
	th.Close()
	waitGoroutines(t, before)
}

// TestGeneratorBudgets checks that the work of a generator's body counts
// against the statement's step budget, wherever the loop is, and that
// deep delegation chains hit the recursion limit.
func TestGeneratorBudgets(t *testing.T) {
	before := runtime.NumGoroutine()
	th := python.NewThread()
	th.SetMaxSteps(100_000)
	th.SetMaxDepth(100)
	mod := python.NewModule("__main__", nil)
	_, errs := runGen(t, th, mod, `
def forever():
    while True:
        yield 1
for x in forever():
    pass
def spin():
    while True:
        pass
    yield
next(spin())
def rec(n):
    if n:
        yield from rec(n - 1)
    else:
        yield 0
list(rec(50))
list(rec(200))
def r2():
    yield next(r2())
next(r2())
print("still running")
`)
	want := []string{
		"StepLimitExceeded: the statement ran more than 100,000 steps (its work budget); is there an infinite loop?",
		"StepLimitExceeded: the statement ran more than 100,000 steps (its work budget); is there an infinite loop?",
		"RecursionError: maximum recursion depth exceeded",
		"RecursionError: maximum recursion depth exceeded",
	}
	if strings.Join(errs, "\n") != strings.Join(want, "\n") {
		t.Fatalf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
	}
	th.Close()
	waitGoroutines(t, before)
}

// TestGeneratorPanic checks that a Go panic in a generator's body is
// re-raised in the caller's goroutine, where the top-level entry point
// turns it into an InternalError, and that the thread is usable after.
func TestGeneratorPanic(t *testing.T) {
	before := runtime.NumGoroutine()
	th := python.NewThread()
	mod := python.NewModule("__main__", map[string]python.Value{
		"crash": python.NewBuiltin("crash", func(*python.Thread, python.Tuple, []python.Kwarg) (python.Value, error) {
			panic("crash")
		}),
	})
	_, errs := runGen(t, th, mod, `
def g():
    yield 1
    crash()
def outer():
    yield from g()
it = outer()
next(it)
next(it)
next(it)
print("after")
`)
	if len(errs) != 2 || !strings.HasPrefix(errs[0], "InternalError: internal error (this is a bug in ormfiddle): crash") || errs[1] != "StopIteration" {
		t.Fatalf("errors %q", errs)
	}
	th.Close()
	waitGoroutines(t, before)
}

// TestGeneratorInterrupt checks that an interrupt (the output limit)
// raised in a generator's body ends the statement.
func TestGeneratorInterrupt(t *testing.T) {
	th := python.NewThread()
	mod := python.NewModule("__main__", nil)
	f, err := syntax.Parse("gen.py", "def g():\n    while True:\n        print('x')\n        yield\nfor _ in g():\n    pass\n")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	th.Print = func(th *python.Thread, s string) {
		if n++; n == 10 {
			th.Interrupt(python.NewError(python.OutputLimitExceeded, "too much output"))
		}
	}
	var last error
	for _, st := range f.Stmts {
		_, last = python.ExecStmt(th, "gen.py", st, mod)
	}
	if last == nil || last.Error() != "OutputLimitExceeded: too much output" {
		t.Fatalf("got %v", last)
	}
	th.Close()
}

// TestGeneratorMemory checks that the generators left suspended count
// against the memory budget.
func TestGeneratorMemory(t *testing.T) {
	before := runtime.NumGoroutine()
	th := python.NewThread()
	th.SetMaxMemory(16 << 20) // 1,024 suspended generators at most
	mod := python.NewModule("__main__", nil)
	out, errs := runGen(t, th, mod, `
def forever():
    while True:
        yield 1
gens = []
for i in range(2000):
    g = forever()
    next(g)
    gens.append(g)
print(len(gens))
for g in gens:
    g.close()
for i in range(100):
    next(forever())
print("ok")
`)
	if out != "1024\nok\n" || len(errs) != 1 || errs[0] != "MemoryError: the session would use more than 16 MB of memory (its memory budget)" {
		t.Fatalf("output %q, errors %q", out, errs)
	}
	th.Close()
	waitGoroutines(t, before)
}
