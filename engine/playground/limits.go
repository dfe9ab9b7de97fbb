package playground

import (
	"time"

	"github.com/ormfiddle/ormfiddle/engine/python"
)

// Limits are the budgets of one run: what a snippet from a stranger may
// spend before it is stopped with an error that names the budget. The CLI,
// the server, the wasm build and the Cloudflare Worker all run with
// DefaultLimits (Options.Limits nil); README.md lists them.
//
// A budget either ends the statement that exceeded it, as a REPL would
// (the next statement runs), or ends the run: the statement that used it
// up fails with its error, and every later statement is reported, not
// run, with an error "not run: ..." naming the budget and the line where
// it ran out. The errors whose class ends in LimitExceeded cannot be
// caught by the snippet's try/except.
type Limits struct {
	// StepWork is the work of one statement, in steps: a statement, a
	// loop iteration or a call is a step, and builtins, big numbers and
	// SQLite charge by the work they do (an element taken from an
	// iterator, 64 bytes copied, about ten machine-word operations of a
	// big-number product, 1000 SQLite instructions = 100 steps).
	// StepLimitExceeded ends the statement.
	StepWork uint64
	// RunWork is the work of the whole run (models.py and every
	// statement, Python and SQLite together). StepLimitExceeded ends the
	// run.
	RunWork uint64
	// Time is the wall-clock time of the whole run, a backstop for work
	// that is not counted. TimeLimitExceeded ends the run.
	Time time.Duration
	// Memory is the Go heap the run may use, checked before a big
	// string, list, number or formatted result is built and every few
	// thousand steps. MemoryError ends the statement (a snippet may catch
	// it, as in Python).
	Memory int64
	// DatabaseMemory is the memory SQLite may allocate. MemoryError ends
	// the statement.
	DatabaseMemory int64
	// Depth is the recursion limit: nested calls, and comparisons,
	// hashes, reprs and JSON encodings of nested containers.
	// RecursionError ends the statement, as in Python.
	Depth int
	// Rows is the number of rows one query may return.
	// RowLimitExceeded ends the statement.
	Rows int
	// StepOutput is what one statement may print, in bytes; its output
	// is cut there. OutputLimitExceeded ends the statement.
	StepOutput int
	// RunOutput is what the whole run may print. OutputLimitExceeded
	// ends the run.
	RunOutput int
	// Trace is the size of the trace in bytes: the statements' code,
	// SQL and output, and the table snapshots when asked for.
	// TraceLimitExceeded ends the run.
	Trace int
	// Models is the number of models models.py may define, and Fields
	// the number of fields of all of them (each model's own, the
	// automatic primary keys and parent links included). Past either,
	// models.py does not load (a LoadError at the class).
	Models int
	Fields int
}

// DefaultLimits returns the budgets every front end runs with.
func DefaultLimits() Limits {
	return Limits{
		StepWork:       python.DefaultMaxSteps,
		RunWork:        50_000_000,
		Time:           30 * time.Second,
		Memory:         256 << 20,
		DatabaseMemory: 64 << 20,
		Depth:          python.DefaultMaxDepth,
		Rows:           100_000,
		StepOutput:     1 << 20,
		RunOutput:      4 << 20,
		Trace:          32 << 20,
		Models:         1_000,
		Fields:         20_000,
	}
}
