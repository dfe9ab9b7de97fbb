package main

import (
	"syscall/js"

	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// main publishes the global ormfiddle object and waits forever: JavaScript
// calls into it for as long as the page lives.
func main() {
	api := js.Global().Get("Object").New()
	api.Set("run", js.FuncOf(run))
	js.Global().Set("ormfiddle", api)
	select {}
}

// run is ormfiddle.run(models, shell). It returns
// {ok, problemsHTML, traceHTML, error: {file, line, col, message} | null}.
func run(_ js.Value, args []js.Value) any {
	var src playground.Source
	if len(args) > 0 {
		src.Models = args[0].String()
	}
	if len(args) > 1 {
		src.Shell = args[1].String()
	}
	res := runSource(src)
	var loadErr any
	if e := res.Error; e != nil {
		loadErr = map[string]any{"file": e.File, "line": e.Line, "col": e.Col, "message": e.Msg}
	}
	return map[string]any{
		"ok":           res.OK,
		"problemsHTML": res.ProblemsHTML,
		"traceHTML":    res.TraceHTML,
		"error":        loadErr,
	}
}
