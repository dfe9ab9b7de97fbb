// Command browser is the engine compiled for the page: built with
// GOOS=js GOARCH=wasm, it exposes ormfiddle.run(models, shell, step)
// and ormfiddle.database(models, shell) to JavaScript, which runs the session with playground.Run and returns the
// same templ components that the server renders, as HTML strings.
//
// Build it with `make wasm`; built for another platform it only says so.
package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/a-h/templ"
	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/templates"
)

// runEngine runs a session. It is a variable so that tests can make the
// engine fail in ways the real one should not.
var runEngine = playground.Run

// phaseMark, when set (by the browser build), marks the start of each
// phase of a run for the browser's profiler (playground.Options.Phase).
var phaseMark func(name string)

// runResult is what one call of ormfiddle.run returns to JavaScript.
type runResult struct {
	// OK is true when the source loaded and TraceHTML holds the trace.
	OK bool
	// ProblemsHTML is the error panel, empty when OK.
	ProblemsHTML string
	// TraceHTML is the schema and the steps, empty when not OK.
	TraceHTML string
	// Error locates a load error; nil for a trace or an internal failure.
	Error *playground.LoadError
	// Script is the session as an SQL script (Trace.SQLScript), when OK.
	Script string
	// Steps is the number of steps, when OK; Step the one shown open.
	Steps int
	Step  int
	// Compare is, when a comparison was asked for and the run is OK, the
	// source run under a second version and paired with it, in as little
	// code as the wasm can afford: "!" and the second run's load error, or
	// a digit per step of the first run saying what differs (playground.Diff:
	// 1 SQL, 2 output, 4 error, summed), after a first digit that is 1 when
	// the schemas differ. "" when there is no comparison.
	Compare string
	// No equality function for this type, which nothing compares: the
	// wasm is within a few kB of its budget.
	_ [0]func()
}

// runSource runs one session and renders it with step open (0: the first
// step that did something); with compare ("3.2"), it runs the source under
// that version too and pairs the steps; progress, if not nil, hears of
// each statement run (playground.Options.Progress). A panic anywhere
// below is recovered into an internal error panel, so the wasm instance
// survives it.
func runSource(src playground.Source, step int, compare string, progress func(done, total int)) (res runResult) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(os.Stderr, "ormfiddle: panic: %v\n%s", p, debug.Stack())
			res = runResult{ProblemsHTML: renderString(templates.InternalErrorPanel(fmt.Sprintf("panic: %v", p)))}
		}
	}()
	trace, err := runEngine(src, playground.Options{Snapshots: true, Progress: progress, Phase: phaseMark})
	if phaseMark != nil {
		phaseMark("render")
	}
	r := templates.NewResult(src, trace, err)
	defer func() {
		if phaseMark != nil {
			phaseMark("done")
		}
	}()
	res = runResult{
		OK:           !r.Failed(),
		ProblemsHTML: renderString(templates.Problems(r)),
		Error:        r.LoadErr,
	}
	if r.Trace != nil {
		lastSteps, lastOther = templates.StepViews(r.Trace), nil
		if step == 0 {
			step = templates.FirstActiveStep(r.Trace)
		}
		res.Step = max(1, min(step, len(r.Trace.Steps)))
		res.TraceHTML = renderString(templates.TraceView(r.Trace, step, true))
		res.Script = r.Trace.SQLScript()
		res.Steps = len(r.Trace.Steps)
		if compare != "" {
			res.Compare = compareRun(src, r.Trace, compare)
		}
	}
	return res
}

// compareRun runs src under version other and pairs its steps with tr's,
// as runResult.Compare says.
func compareRun(src playground.Source, tr *playground.Trace, other string) string {
	src.Django = other
	otr, err := runEngine(src, playground.Options{})
	if err != nil {
		return "!" + err.Error()
	}
	lastOther = templates.StepViews(otr)
	diffs, ddl := playground.Compare(tr, otr)
	b := make([]byte, len(diffs)+1)
	if ddl {
		b[0] = '1'
	} else {
		b[0] = '0'
	}
	for i, d := range diffs {
		b[i+1] = '0' + byte(d)
	}
	return string(b)
}

// lastSteps are the steps of the last run that loaded, for stepDetail: the
// page keeps showing that run's trace (stale) when a later one fails.
// lastOther are those of its comparison run, if any.
var lastSteps, lastOther []templates.StepView

// stepDetail renders the detail of step n (1-based) of the last run (of
// its comparison run with other): the trace is rendered with the open
// step's detail only, and the page asks for another's when it opens it.
// It returns "" when there is no such step.
func stepDetail(n int, other bool) (html string) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(os.Stderr, "ormfiddle: panic: %v\n%s", p, debug.Stack())
			html = renderString(templates.InternalErrorPanel(fmt.Sprintf("panic: %v", p)))
		}
	}()
	steps := lastSteps
	if other {
		steps = lastOther
	}
	if n < 1 || n > len(steps) {
		return ""
	}
	return renderString(templates.StepDetail(steps[n-1]))
}

// databaseFile runs a session and returns its database file, or nil when
// the source does not load or the engine fails.
func databaseFile(src playground.Source) (b []byte) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(os.Stderr, "ormfiddle: panic: %v\n%s", p, debug.Stack())
			b = nil
		}
	}()
	trace, err := runEngine(src, playground.Options{Database: true})
	if err != nil {
		return nil
	}
	return trace.Database
}

// maxRecord is the largest trace recordTrace returns, in bytes: the
// Worker's limit (wasm/worker MaxTrace).
const maxRecord = 256 << 10

// recordTrace runs a session with the page's snapshots and returns its
// trace as a short link records it (Trace.Record), or "" when the source
// does not load, the engine fails, or the record is over maxRecord: the
// link then opens by running the snippet.
func recordTrace(src playground.Source) (record string) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(os.Stderr, "ormfiddle: panic: %v\n%s", p, debug.Stack())
			record = ""
		}
	}()
	tr, err := runEngine(src, playground.Options{Snapshots: true})
	if err != nil {
		return ""
	}
	if b := tr.Record(); len(b) <= maxRecord {
		return string(b)
	}
	return ""
}

// renderString renders c to a string. The components write to memory and
// cannot fail but by panicking, which runSource recovers.
func renderString(c templ.Component) string {
	var b strings.Builder
	if err := c.Render(context.Background(), &b); err != nil {
		panic(err)
	}
	return b.String()
}
