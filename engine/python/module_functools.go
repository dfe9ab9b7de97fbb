package python

import (
	"embed"
	"sync"

	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// The functools module (partial, reduce, wraps, update_wrapper,
// total_ordering, cached_property, lru_cache, cache) runs as Python
// source, pysrc/functools.py, CPython's pure-Python versions.

//go:embed pysrc/*.py
var pysrc embed.FS

var pysrcPrograms sync.Map // file name -> *Program

// pyModule runs pysrc/<name>.py, compiled once per process, as module
// name whose globals start with members. The source is the engine's own:
// a syntax error in it is a bug, and panics; running it can still fail
// (the budget).
func pyModule(th *Thread, name string, members map[string]Value) (*Module, error) {
	p, ok := pysrcPrograms.Load(name)
	if !ok {
		src, err := pysrc.ReadFile("pysrc/" + name + ".py")
		if err != nil {
			panic(err)
		}
		f, err := syntax.Parse("<"+name+">", string(src))
		if err != nil {
			panic(err)
		}
		prog, err := Compile(f)
		if err != nil {
			panic(err)
		}
		p, _ = pysrcPrograms.LoadOrStore(name, prog)
	}
	m := NewModule(name, members)
	if err := ExecProgram(th, p.(*Program), m); err != nil {
		return nil, err
	}
	return m, nil
}

func init() {
	sourceModules["functools"] = func(th *Thread) (*Module, error) { return pyModule(th, "functools", nil) }
}

func init() {
	for _, n := range []string{"posixpath", "os", "tempfile", "pathlib"} {
		n := n
		sourceModules[n] = func(th *Thread) (*Module, error) { return pyModule(th, n, nil) }
	}
	sourceModules["os.path"] = func(th *Thread) (*Module, error) { return th.importModule("posixpath") }
}
