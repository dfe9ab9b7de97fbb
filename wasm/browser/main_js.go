package main

import (
	"runtime/debug"
	"syscall/js"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// main publishes the global ormfiddle object and waits forever: JavaScript
// calls into it for as long as the page lives. The collector runs less
// often than by default: a run allocates a lot for a short while, and
// collections in the single-threaded wasm stop everything.
func main() {
	debug.SetGCPercent(400)
	// Each phase of a run is a performance mark, "ormfiddle:parse" and so
	// on: the browser's profiler shows them (make bench's TestBenchTrace
	// sums the time between them).
	perf := js.Global().Get("performance")
	phaseMark = func(name string) { perf.Call("mark", "ormfiddle:"+name) }
	api := js.Global().Get("Object").New()
	api.Set("run", js.FuncOf(run))
	api.Set("database", js.FuncOf(database))
	// ormfiddle.step(n) renders step n of the last run, ormfiddle.step(n,
	// "other") step n of its comparison run.
	api.Set("step", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 || args[0].Type() != js.TypeNumber {
			return ""
		}
		return stepDetail(args[0].Int(), len(args) > 1)
	}))
	// ormfiddle.warm() runs the SQL every first session runs, on a
	// database of its own (see warm); it returns an error message or "".
	api.Set("warm", js.FuncOf(func(js.Value, []js.Value) any {
		if err := warm(); err != nil {
			return err.Error()
		}
		return ""
	}))
	js.Global().Set("ormfiddle", api)
	select {}
}

// source reads the (models, shell) arguments of a call, then from index i
// on (django, autoField, useTZ): the version ("5.2"), DEFAULT_AUTO_FIELD
// ("django.db.models.BigAutoField") and USE_TZ (a boolean). Without them
// the session runs the default version with startproject's settings.
func source(args []js.Value, i int) playground.Source {
	var src playground.Source
	if len(args) > 1 {
		src.Models, src.Shell = args[0].String(), args[1].String()
	}
	if len(args) > i+2 {
		s := conf.Startproject()
		src.Django, s.DefaultAutoField, s.UseTZ = args[i].String(), args[i+1].String(), args[i+2].Bool()
		src.Settings = &s
	}
	return src
}

// run is ormfiddle.run(models, shell, step, django, autoField, useTZ,
// compare). It returns {ok, problemsHTML, traceHTML, script, steps,
// error: {file, line, col, message} | null, compare}, the trace rendered
// with step (1-based) open, and with compare ("3.2") the comparison with
// that version, encoded as runResult.Compare says ("" without).
func run(_ js.Value, args []js.Value) any {
	step := 1
	if len(args) > 2 && args[2].Type() == js.TypeNumber {
		step = args[2].Int()
	}
	compare := ""
	if len(args) > 6 {
		compare = args[6].String()
	}
	res := runSource(source(args, 3), step, compare)
	tidyLater()
	var loadErr any
	if e := res.Error; e != nil {
		loadErr = map[string]any{"file": e.File, "line": e.Line, "col": e.Col, "message": e.Msg}
	}
	return map[string]any{
		"ok":           res.OK,
		"problemsHTML": res.ProblemsHTML,
		"traceHTML":    res.TraceHTML,
		"script":       res.Script,
		"steps":        res.Steps,
		"error":        loadErr,
		"compare":      res.Compare,
	}
}

// database is ormfiddle.database(models, shell, django, autoField,
// useTZ): the session's SQLite database file after its last step, as a
// Uint8Array, or null when the source does not load.
func database(_ js.Value, args []js.Value) any {
	b := databaseFile(source(args, 2))
	tidyLater()
	if b == nil {
		return nil
	}
	arr := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(arr, b)
	return arr
}

// tidyTimer empties the database connections closed by a run a moment
// after the run has returned (sqlite.TidyPool), once the page has shown its
// result: the next run then finds a connection ready, and no run waits
// for the one before it to be cleaned up.
var tidyTimer *time.Timer

func tidyLater() {
	if tidyTimer != nil {
		tidyTimer.Stop()
	}
	tidyTimer = time.AfterFunc(100*time.Millisecond, sqlite.TidyPool)
}
