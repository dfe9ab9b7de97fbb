package playground

// Diff says what differs in one step between two traces of a Source: a
// set of DiffSQL, DiffOutput and DiffError; zero when nothing does.
type Diff uint8

// The parts of a step that can differ.
const (
	DiffSQL    Diff = 1 << iota // the statements executed
	DiffOutput                  // what the REPL printed
	DiffError                   // the exception raised, or whether one was
)

// Compare pairs the steps of a and b, two traces of the same shell.py run
// under two Django versions (or settings), by position: the statements
// are the same, only what each did may differ. It returns what differs in
// each step of a (a step that b lacks differs in everything), and whether
// the schemas (CREATE TABLE and CREATE INDEX) differ. The page reads it as
// an upgrade checklist.
func Compare(a, b *Trace) (steps []Diff, ddl bool) {
	steps = make([]Diff, len(a.Steps))
	for i := range a.Steps {
		s := &a.Steps[i]
		if i >= len(b.Steps) || s.Code != b.Steps[i].Code {
			steps[i] = DiffSQL | DiffOutput | DiffError
			continue
		}
		o := &b.Steps[i]
		var d Diff
		if !sameStrings(s.SQL, o.SQL) {
			d = DiffSQL
		}
		if s.Output != o.Output {
			d |= DiffOutput
		}
		if (s.Error == nil) != (o.Error == nil) || s.Error != nil && *s.Error != *o.Error {
			d |= DiffError
		}
		steps[i] = d
	}
	return steps, !sameStrings(a.DDL, b.DDL)
}

// sameStrings is slices.Equal, without a generic instance in the wasm.
func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
