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
	// Steps is the number of steps, when OK.
	Steps int
}

// runSource runs one session and renders it. A panic anywhere below is
// recovered into an internal error panel, so the wasm instance survives it.
func runSource(src playground.Source, step int) (res runResult) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(os.Stderr, "ormfiddle: panic: %v\n%s", p, debug.Stack())
			res = runResult{ProblemsHTML: renderString(templates.InternalErrorPanel(fmt.Sprintf("panic: %v", p)))}
		}
	}()
	trace, err := runEngine(src, playground.Options{Snapshots: true, Phase: phaseMark})
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
		lastSteps = templates.StepViews(r.Trace)
		res.TraceHTML = renderString(templates.TraceView(r.Trace, step, true))
		res.Script = r.Trace.SQLScript()
		res.Steps = len(r.Trace.Steps)
	}
	return res
}

// lastSteps are the steps of the last run that loaded, for stepDetail: the
// page keeps showing that run's trace (stale) when a later one fails.
var lastSteps []templates.StepView

// stepDetail renders the detail of step n (1-based) of the last run: the
// trace is rendered with the open step's detail only, and the page asks for
// another's when it opens it. It returns "" when there is no such step.
func stepDetail(n int) (html string) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(os.Stderr, "ormfiddle: panic: %v\n%s", p, debug.Stack())
			html = renderString(templates.InternalErrorPanel(fmt.Sprintf("panic: %v", p)))
		}
	}()
	if n < 1 || n > len(lastSteps) {
		return ""
	}
	return renderString(templates.StepDetail(lastSteps[n-1]))
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

// renderString renders c to a string. The components write to memory and
// cannot fail but by panicking, which runSource recovers.
func renderString(c templ.Component) string {
	var b strings.Builder
	if err := c.Render(context.Background(), &b); err != nil {
		panic(err)
	}
	return b.String()
}
