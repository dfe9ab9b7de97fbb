package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/ncruces/go-sqlite3"
)

// A snippet's SQL (raw(), extra(), RawSQL) runs on a connection that
// touches nothing but its own in-memory database: an authorizer refuses
// ATTACH and DETACH (so VACUUM INTO, which attaches its target, fails
// too) and the PRAGMAs that name host directories or lift the
// connection's limits; load_extension() fails as it does under Python's
// sqlite3, which builds SQLite without extension loading; temporary
// tables and sort spills stay in memory; and the budgets of the session
// bound the work (SetWork), the rows (SetMaxRows) and the memory
// (HeapLimit) of each statement. Refusals are the errors Python's sqlite3
// raises for an authorizer's denial: DatabaseError "not authorized".

// HeapLimit is the most memory SQLite may allocate for one connection,
// unless SetHeapLimit says otherwise. Past it a statement fails as SQLite
// does when malloc fails (SQLITE_NOMEM, MemoryError under Python's
// sqlite3).
const HeapLimit = 64 << 20

// SetHeapLimit sets the most memory SQLite may allocate for the
// connection (sqlite3_hard_heap_limit64; 0 is HeapLimit).
func (c *Conn) SetHeapLimit(n int64) {
	if n <= 0 {
		n = HeapLimit
	}
	c.heapLimit = n
	c.db.HardHeapLimit(n)
}

// MaxLength is SQLITE_LIMIT_LENGTH, the largest string or blob a statement
// may build: zeroblob() and randomblob() cannot fill the heap in one call.
const MaxLength = 16 << 20

// deniedPragmas are refused outright: they name host directories.
var deniedPragmas = map[string]bool{
	"temp_store_directory": true,
	"data_store_directory": true,
}

// readOnlyPragmas may be read but not set: setting them would write
// temporary files to the host's disk or lift the connection's limits.
var readOnlyPragmas = map[string]bool{
	"temp_store":      true,
	"hard_heap_limit": true,
	"soft_heap_limit": true,
	"mmap_size":       true,
	"threads":         true,
}

// authorize is the connection's authorizer.
func authorize(action sqlite3.AuthorizerActionCode, name3rd, name4th, schema, inner string) sqlite3.AuthorizerReturnCode {
	switch action {
	case sqlite3.AUTH_ATTACH, sqlite3.AUTH_DETACH:
		return sqlite3.AUTH_DENY
	case sqlite3.AUTH_PRAGMA:
		p := strings.ToLower(name3rd)
		if deniedPragmas[p] || readOnlyPragmas[p] && name4th != "" {
			return sqlite3.AUTH_DENY
		}
	}
	return sqlite3.AUTH_OK
}

// sandbox sets up a new connection: limits, the authorizer, memory-only
// temporary storage and load_extension().
func (c *Conn) sandbox() error {
	db := c.db
	if err := db.Exec("PRAGMA temp_store = MEMORY"); err != nil {
		return err
	}
	db.Limit(sqlite3.LIMIT_ATTACHED, 0)
	db.Limit(sqlite3.LIMIT_LENGTH, MaxLength)
	c.SetHeapLimit(HeapLimit)
	for _, n := range []int{1, 2} {
		err := db.CreateFunction("load_extension", n, 0, func(ctx sqlite3.Context, _ ...sqlite3.Value) {
			ctx.ResultError(fmt.Errorf("not authorized"))
		})
		if err != nil {
			return err
		}
	}
	c.budget = &budgetCtx{Context: context.Background(), c: c}
	db.SetInterrupt(c.budget)
	return db.SetAuthorizer(c.authorize)
}

// authorize is authorize for the connection: a PRAGMA that sets a value
// (PRAGMA reverse_unordered_selects = ON) changes the connection for
// good, which emptying the database does not undo, so the connection is
// marked not to be reused.
func (c *Conn) authorize(action sqlite3.AuthorizerActionCode, name3rd, name4th, schema, inner string) sqlite3.AuthorizerReturnCode {
	r := authorize(action, name3rd, name4th, schema, inner)
	if action == sqlite3.AUTH_PRAGMA && name4th != "" && r == sqlite3.AUTH_OK && !c.internal {
		c.tainted = true
	}
	return r
}

// progressWork is the work, in the interpreter's steps, of the 1000
// virtual machine instructions between two calls of SQLite's progress
// handler (go-sqlite3 installs it with that period): about 300 steps'
// time, measured natively.
const progressWork = 300

// statementWork is the work of running one statement from the ORM
// (compiling it, binding, recording and reading back its rows), measured
// natively as about 300 steps' time for a create() or exists().
const statementWork = 300

// SetWork installs f to be charged the work SQLite does, in the
// interpreter's steps, while a statement runs; when f fails the statement
// is interrupted and fails with f's error. Nil removes it.
func (c *Conn) SetWork(f func(steps uint64) error) { c.work = f }

// SetMaxRows bounds the rows one query may return (0: no bound); a query
// returning more fails with RowLimitExceeded.
func (c *Conn) SetMaxRows(n int) { c.maxRows = n }

// budgetCtx is the connection's interrupt context. go-sqlite3 asks its Err
// once as a statement starts (Prepare, Step, Exec) and then from SQLite's
// progress handler every 1000 virtual machine instructions: those later
// calls are charged as work.
type budgetCtx struct {
	context.Context
	c *Conn
	// entry is set just before a call into go-sqlite3 whose first Err is
	// its own check, not the progress handler's.
	entry bool
}

func (b *budgetCtx) Err() error {
	c := b.c
	if b.entry {
		b.entry = false
		return nil
	}
	if c.work == nil || c.workErr != nil {
		if c.workErr != nil {
			return context.Canceled
		}
		return nil
	}
	if err := c.work(progressWork); err != nil {
		c.workErr = err
		return context.Canceled
	}
	return nil
}

// enter marks the next call into go-sqlite3.
func (c *Conn) enter() {
	if c.budget != nil {
		c.budget.entry = true
		c.workErr = nil
	}
}

// errRowLimit is the error of a query returning too many rows.
func (c *Conn) errRowLimit() error {
	return &Error{Kind: "RowLimitExceeded", Msg: fmt.Sprintf("the query returned more than %s rows (the row budget of a query)", thousands(c.maxRows))}
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
