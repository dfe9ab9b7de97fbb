// Package lazyre holds regular expressions compiled on their first use
// rather than when the program starts: every start of the engine (the
// page's, the Worker's) would otherwise compile them all, and in the
// browser also compile (lazily, in V8) the regexp package's own code, for
// a session that may use none of them.
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that returns expr compiled, compiling it once, on
// the first call; it panics there if expr is not a valid expression, as
// regexp.MustCompile does.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
