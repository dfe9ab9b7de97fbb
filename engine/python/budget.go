package python

import (
	"fmt"
	"runtime"
	"time"
)

// The budgets of a Thread. Work is counted in steps: a statement, a loop
// iteration and a call are one step each, and builtins and big-number
// operations charge by the work they do (an element taken from an
// iterator, 64 bytes copied or scanned, a machine word of a big-number
// product), so that one step stands for roughly the same time whatever
// the code does. The budgets are:
//
//   - SetMaxSteps: the work of one top-level run (a shell statement);
//     StepLimitExceeded ends the statement.
//   - SetMaxRunSteps: the work of all runs together since ResetRun;
//     StepLimitExceeded ends the statement, and Spent reports it from
//     then on, so the embedder stops the session.
//   - SetDeadline: the wall clock, read every few thousand steps;
//     TimeLimitExceeded, also reported by Spent.
//   - SetMaxMemory: the Go heap, checked every few thousand steps and
//     before a big string, list, number or formatted result is built
//     (Reserve); MemoryError, which Python code may catch as in CPython.
//   - SetMaxDepth: nested calls, comparisons, hashes, reprs and JSON
//     encodings of nested containers; RecursionError.
//
// StepLimitExceeded, TimeLimitExceeded, OutputLimitExceeded and
// TraceLimitExceeded cannot be caught by Python code.

// checkEvery is the number of steps between two readings of the clock
// and of the heap.
const checkEvery = 1 << 14

// reserveMin is the size below which Reserve neither charges nor checks
// the heap.
const reserveMin = 1 << 20

// SetMaxRunSteps sets the work budget of all top-level runs together,
// counted from the thread's creation or the last ResetRun; 0 means no
// limit.
func (th *Thread) SetMaxRunSteps(n uint64) { th.maxRun = n; th.rearm() }

// SetDeadline sets the wall-clock time after which every run fails with
// TimeLimitExceeded; the zero time means none.
func (th *Thread) SetDeadline(t time.Time) { th.deadline = t; th.timeBudget = 0; th.rearm() }

// SetTimeBudget sets the deadline d from now, the message naming d; 0
// means none.
func (th *Thread) SetTimeBudget(d time.Duration) {
	th.deadline = time.Time{}
	if d > 0 {
		th.deadline = time.Now().Add(d)
	}
	th.timeBudget = d
	th.rearm()
}

// Deadline returns the deadline set with SetDeadline.
func (th *Thread) Deadline() time.Time { return th.deadline }

// SetMaxMemory sets the memory budget: the bytes of Go heap in use
// (runtime/metrics' /memory/classes/heap/objects:bytes after a
// collection) beyond which building a value raises MemoryError; 0 means
// no limit. The heap is the process's: one session should run at a time.
func (th *Thread) SetMaxMemory(n int64) { th.maxMemory = n }

// ResetRun starts a new run budget: the work of earlier runs no longer
// counts and Spent is nil again.
func (th *Thread) ResetRun() {
	th.runBase, th.steps, th.spent = 0, 0, nil
	th.rearm()
}

// RunSteps returns the work done since the thread's creation or the last
// ResetRun, the current run included.
func (th *Thread) RunSteps() uint64 { return th.runBase + th.steps }

// Spent returns the error that ended a run for good (the run's work or
// time budget used up), or nil. Every later run fails with it too.
func (th *Thread) Spent() *Exception {
	if th.spent == nil {
		return nil
	}
	return NewError(th.spent.Class(), "%s", th.spent.Message())
}

// Interrupt makes the current top-level run raise e at its next step (e
// should be of a class no except clause catches, such as
// OutputLimitExceeded). The next run starts afresh.
func (th *Thread) Interrupt(e *Exception) {
	th.interrupt = e
	th.checkAt = 0
}

// Charge adds n steps of work to the current run, failing as a step does
// when a budget is exceeded. Go code doing work for Python (a query in
// SQLite, a big-number product) charges it.
func (th *Thread) Charge(n uint64) error {
	if th == nil {
		return nil
	}
	if th.maxSteps > 0 && n > th.maxSteps {
		// Work far beyond the statement's budget (a product of huge
		// numbers, refused before it runs) ends the statement but
		// counts against the run only as much as a statement may.
		n = th.maxSteps + 1
	}
	th.steps += n
	if th.steps >= th.checkAt {
		return th.check()
	}
	return nil
}

// Reserve is called before building a value of about n bytes: when n is
// large it charges the work of filling them (one step per 64 bytes) and
// checks the memory budget, raising MemoryError rather than letting the
// process run out of memory.
func (th *Thread) Reserve(n int64) error {
	if th == nil || n < reserveMin {
		return nil
	}
	if err := th.Charge(uint64(n) >> 6); err != nil {
		return err
	}
	return th.checkMemory(n)
}

// reserveElems is Reserve for n elements of size bytes each, refusing
// sizes that overflow.
func (th *Thread) reserveElems(n, size int64) error {
	if n < 0 || n > maxAlloc {
		return errTooBig()
	}
	return th.Reserve(n * size)
}

// rearm sets the step count at which check runs next.
func (th *Thread) rearm() {
	at := th.steps + checkEvery
	if th.maxSteps > 0 && th.maxSteps < at {
		at = th.maxSteps + 1
	}
	if th.maxRun > 0 {
		if th.runBase >= th.maxRun {
			at = th.steps
		} else if left := th.maxRun - th.runBase; left < at {
			at = left + 1
		}
	}
	if th.spent != nil || th.interrupt != nil {
		at = 0
	}
	th.checkAt = at
}

// check runs when the step count reaches checkAt: it raises the error of
// an exceeded budget, or reads the clock and the heap and rearms.
func (th *Thread) check() error {
	switch {
	case th.spent != nil:
		return th.Spent()
	case th.interrupt != nil:
		return th.interrupt
	case th.maxSteps > 0 && th.steps > th.maxSteps:
		return NewError(StepLimitExceeded, "the statement ran more than %s steps (its work budget); is there an infinite loop?", thousands(th.maxSteps))
	case th.maxRun > 0 && th.runBase+th.steps > th.maxRun:
		th.spent = NewError(StepLimitExceeded, "the session ran more than %s steps in all (its work budget); the statements after this one are not run", thousands(th.maxRun))
		return th.Spent()
	case !th.deadline.IsZero() && !time.Now().Before(th.deadline):
		budget := "its time budget"
		if th.timeBudget > 0 {
			budget = th.timeBudget.String() + " (its time budget)"
		}
		th.spent = NewError(TimeLimitExceeded, "the session ran for more than %s; the statements after this one are not run", budget)
		return th.Spent()
	}
	if th.maxMemory > 0 {
		if err := th.checkMemory(0); err != nil {
			th.rearm()
			return err
		}
	}
	th.rearm()
	return nil
}

// readHeap reads the heap the memory budget watches: the bytes of live
// and not yet swept objects (MemStats.HeapAlloc) and the bytes allocated
// since the process started (TotalAlloc). runtime.ReadMemStats rather
// than runtime/metrics, whose tables cost the wasm 30 kB.
func readHeap() (inUse int64, allocs uint64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc), m.TotalAlloc
}

// checkMemory raises MemoryError when the heap in use plus n more bytes
// would exceed the memory budget even after a collection. A collection
// is forced only for a big value (n > 0) or when a quarter of the budget
// was allocated since the last forced one, and its cost is charged (one
// step per 64 bytes still in use), so that a loop catching MemoryError
// cannot spend its time collecting.
func (th *Thread) checkMemory(n int64) error {
	if th.maxMemory <= 0 {
		return nil
	}
	inUse, allocs := readHeap()
	if inUse+n <= th.maxMemory {
		return nil
	}
	if n > 0 || allocs-th.gcAllocs >= uint64(th.maxMemory/4) {
		runtime.GC()
		inUse, th.gcAllocs = readHeap()
		th.steps += uint64(inUse) >> 6
		if inUse+n <= th.maxMemory {
			return nil
		}
	}
	return NewError(MemoryError, "the session would use more than %s of memory (its memory budget)", byteSize(th.maxMemory))
}

// thousands writes n with thousands separators: 10,000,000.
func thousands(n uint64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// byteSize writes a size in bytes as people read it: 256 MB, 1 MB, 64 kB.
func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d kB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// ByteSize writes a size in bytes as the budgets' messages do ("1 MB").
func ByteSize(n int64) string { return byteSize(n) }

// Thousands writes n with thousands separators, as the budgets' messages do.
func Thousands(n uint64) string { return thousands(n) }

// enterNest counts one level of a recursion in Go over nested values (a
// comparison, a hash) against the recursion limit, as CPython's
// Py_EnterRecursiveCall does: RecursionError "maximum recursion depth
// exceeded" followed by where (" in comparison").
func (th *Thread) enterNest(where string) error {
	if th == nil {
		return nil
	}
	if th.depth >= th.maxDepth {
		return NewError(RecursionError, "maximum recursion depth exceeded%s", where)
	}
	if err := th.Charge(1); err != nil {
		return err
	}
	th.depth++
	return nil
}

func (th *Thread) leaveNest() {
	if th != nil {
		th.depth--
	}
}
