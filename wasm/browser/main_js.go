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
// (the page's Web Worker, web/engine.js) calls into it for as long as the
// worker lives. The collector runs less often than by default: a run
// allocates a lot for a short while, and collections in the
// single-threaded wasm stop everything; and when one is due, it runs
// after a run, once the engine has tidied up (collector).
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
	// ormfiddle.record(options) runs the session and returns its trace as
	// a short link records it (trace.Record's JSON), or "" (see
	// recordTrace).
	api.Set("record", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 || args[0].Type() != js.TypeObject {
			return ""
		}
		s := recordTrace(source(args[0]))
		tidyLater(nil)
		return s
	}))
	// ormfiddle.step(n) renders step n of the last run, ormfiddle.step(n,
	// true) step n of its comparison run.
	api.Set("step", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) == 0 || args[0].Type() != js.TypeNumber {
			return ""
		}
		return stepDetail(args[0].Int(), len(args) > 1 && args[1].Truthy())
	}))
	// ormfiddle.tidy() empties the last run's database and prepares the
	// next run's Django environment now rather than 100 ms after the run
	// (see tidyLater): the worker calls it when the page has painted the
	// run's result, and after each of its background runs.
	api.Set("tidy", js.FuncOf(func(js.Value, []js.Value) any {
		tidy()
		return nil
	}))
	js.Global().Set("ormfiddle", api)
	select {}
}

// source reads the session of a call's options object: {models, shell,
// django ("5.2"), autoField (DEFAULT_AUTO_FIELD's dotted path), useTZ (a
// boolean), appLabel ("myapp")}. Without django the session runs the
// default version with startproject's settings.
func source(o js.Value) playground.Source {
	src := playground.Source{Models: str(o, "models"), Shell: str(o, "shell")}
	if d := str(o, "django"); d != "" {
		s := conf.Startproject()
		src.Django, s.DefaultAutoField, s.UseTZ = d, str(o, "autoField"), o.Get("useTZ").Truthy()
		s.SetAppLabel(str(o, "appLabel"))
		src.Settings = &s
	}
	return src
}

// str reads a string member of o, "" when it is not one.
func str(o js.Value, name string) string {
	if v := o.Get(name); v.Type() == js.TypeString {
		return v.String()
	}
	return ""
}

// run is ormfiddle.run(options): the session of source(options), with
// options.step the 1-based step to open (0 or absent: the first that did
// something), options.compare a version to compare with ("" for none) and
// options.progress a function(done, total) called as the statements run.
// It returns {ok, problemsHTML, traceHTML, script, steps, step, error:
// {file, line, col, message} | null, compare}, compare encoded as
// runResult.Compare says.
func run(_ js.Value, args []js.Value) any {
	if len(args) == 0 || args[0].Type() != js.TypeObject {
		return nil
	}
	o := args[0]
	step := 0
	if v := o.Get("step"); v.Type() == js.TypeNumber {
		step = v.Int()
	}
	var progress func(done, total int)
	if p := o.Get("progress"); p.Type() == js.TypeFunction {
		progress = func(done, total int) { p.Invoke(done, total) }
	}
	src := source(o)
	res := runSource(src, step, str(o, "compare"), progress)
	if res.OK {
		tidyLater(&src)
	} else {
		tidyLater(nil)
	}
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
		"step":         res.Step,
		"error":        loadErr,
		"compare":      res.Compare,
	}
}

// database is ormfiddle.database(options): the session's SQLite database
// file after its last step, as a Uint8Array, or null when the source does
// not load.
func database(_ js.Value, args []js.Value) any {
	if len(args) == 0 || args[0].Type() != js.TypeObject {
		return nil
	}
	b := databaseFile(source(args[0]))
	tidyLater(nil)
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
// for the one before it to be cleaned up. After a run of src that loaded,
// it also makes the thread and Django environment of the next run of
// src's version and settings (playground.Prepare): a run again does not
// wait for them either. The page has the worker (web/engine.js) call
// tidy as soon as it has painted a run's result; the timer is for the
// calls it does not (Share's recording, a download, a hidden tab).
var (
	tidyTimer   *time.Timer
	tidyPending bool
	tidySource  *playground.Source
)

func tidyLater(src *playground.Source) {
	if tidyTimer != nil {
		tidyTimer.Stop()
	}
	tidyPending, tidySource = true, src
	tidyTimer = time.AfterFunc(100*time.Millisecond, tidy)
}

// tidy is ormfiddle.tidy(): the tidying up tidyLater set for later, now;
// nothing when there is none to do.
func tidy() {
	if !tidyPending {
		return
	}
	tidyPending = false
	tidyTimer.Stop()
	sqlite.TidyPool()
	if tidySource != nil {
		playground.Prepare(*tidySource, playground.Options{})
	}
	collector.tidied()
}

// collector collects the heap between runs, when the next would (see
// idleCollector).
var collector idleCollector
