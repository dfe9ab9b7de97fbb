package playground

// Options tunes a Run.
type Options struct {
	// Snapshots asks for every table's rows after each step (Step.Snapshot).
	Snapshots bool
}

// Run loads src.Models, creates the tables, and runs src.Shell one top-level
// statement at a time, as Django's shell would. It returns a *LoadError when
// either file cannot be loaded; an exception raised by a statement is
// recorded in that Step and the script goes on. Run never panics: an
// internal failure becomes an error that says it is a bug.
func Run(src Source, opt Options) (*Trace, error) {
	return nil, &LoadError{File: "models.py", Line: 1, Col: 1, Msg: "the engine is not built yet"}
}
