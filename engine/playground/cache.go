package playground

import (
	"strings"
	"sync"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// The page runs the same models.py and shell.py again and again (each
// click of Run, the warm-up runs): their syntax trees and compiled code
// are kept for the next run with the same text. Both are immutable: the
// resolver and compiler keep their annotations in maps of their own and
// never write to a syntax node, and compiled code holds no run-time
// state (python.Program), so runs sharing them cannot see one another.
// Sessions stay isolated: every run still makes its own thread, Django
// environment, modules, classes and database.

// maxCached bounds the entries of each cache: the page's current text,
// the text it was comparing with, and a few more.
const maxCached = 4

// textCache maps a file's text to what was made from it, keeping the
// maxCached most recently used entries. It is safe for concurrent use
// (the server runs sessions in parallel); its values must be immutable.
type textCache[V any] struct {
	mu      sync.Mutex
	entries []textEntry[V] // most recently used first
}

type textEntry[V any] struct {
	text string
	v    V
}

// get returns the value made from text, and moves it to the front.
func (c *textCache[V]) get(text string) (v V, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, e := range c.entries {
		if e.text == text {
			copy(c.entries[1:i+1], c.entries[:i])
			c.entries[0] = e
			return e.v, true
		}
	}
	return v, false
}

// put records the value made from text.
func (c *textCache[V]) put(text string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, e := range c.entries {
		if e.text == text {
			return // made by another run meanwhile
		}
	}
	if len(c.entries) < maxCached {
		c.entries = append(c.entries, textEntry[V]{})
	}
	copy(c.entries[1:], c.entries[:len(c.entries)-1])
	c.entries[0] = textEntry[V]{text: text, v: v}
}

// compiledModels is models.py parsed and compiled.
type compiledModels struct {
	file *syntax.File
	// prog is nil when the file does not compile (a scoping
	// SyntaxError): Compile is run again for a fresh error.
	prog *python.Program
}

// compiledShell is shell.py parsed, split into statements and compiled.
type compiledShell struct {
	file *syntax.File
	// codes are the statements' source lines; progs their compiled code,
	// nil for a statement that does not compile (ExecStmt says why).
	codes []string
	progs []*python.StmtProgram
}

var (
	modelsCache textCache[*compiledModels]
	shellCache  textCache[*compiledShell]
)

// loadModels parses and compiles models.py, or returns the result of
// an earlier run with the same text. A parse error is a *LoadError.
func loadModels(src string) (*compiledModels, error) {
	if m, ok := modelsCache.get(src); ok {
		return m, nil
	}
	file, err := parse("models.py", src)
	if err != nil {
		return nil, err
	}
	m := &compiledModels{file: file}
	if p, err := python.Compile(file); err == nil {
		m.prog = p
	}
	modelsCache.put(src, m)
	return m, nil
}

// loadShell parses and compiles shell.py, or returns the result of an
// earlier run with the same text. A parse error is a *LoadError.
func loadShell(src string) (*compiledShell, error) {
	if sh, ok := shellCache.get(src); ok {
		return sh, nil
	}
	file, err := parseScript("shell.py", src)
	if err != nil {
		return nil, err
	}
	sh := &compiledShell{file: file, codes: make([]string, len(file.Stmts)), progs: make([]*python.StmtProgram, len(file.Stmts))}
	lines := strings.Split(src, "\n")
	for i, stmt := range file.Stmts {
		start, end := stmt.Span()
		sh.codes[i] = strings.Join(lines[start.Line-1:min(int(end.Line), len(lines))], "\n")
		if _, bad := file.CompileErrors[stmt]; bad {
			continue
		}
		sh.progs[i] = compileStmt(stmt)
	}
	shellCache.put(src, sh)
	return sh, nil
}

// compileStmt compiles a statement of shell.py, or returns nil when it
// does not compile, or when compiling it panics: Session.Exec compiles it
// again when it runs, and says why (a panic becomes the step's
// InternalError, as it did before the cache).
func compileStmt(stmt syntax.Stmt) (p *python.StmtProgram) {
	defer func() {
		if recover() != nil {
			p = nil
		}
	}()
	p, err := python.CompileStmt("shell.py", stmt)
	if err != nil {
		return nil
	}
	return p
}
