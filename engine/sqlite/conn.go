// Package sqlite is the engine's database connection: an in-memory SQLite
// database (github.com/ncruces/go-sqlite3, pure Go, so it also runs in the
// browser's wasm build) with a hook that records every statement executed,
// its parameters inlined as SQLite literals the way Django's conformance
// tracer prints them.
//
// SQL handed to Exec and Query uses Django's `%s` placeholders (as
// Django's SQLCompiler produces them); the connection converts them to `?`
// before preparing, as Django's SQLite backend does.
package sqlite

import (
	"errors"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/ext/serdes"
)

// Conn is one database and the log of what ran on it. It is not safe for
// concurrent use; the engine runs one session per Conn.
type Conn struct {
	db       *sqlite3.Conn
	recorder func(Statement)
	cache    map[string]*sqlite3.Stmt
	// clock, when set, is what CURRENT_TIMESTAMP reads (once per
	// statement, into now), so that sessions replay identically.
	clock func() time.Time
	now   string
	// rnd is RAND()'s source, seeded afresh for each session.
	rnd *rand.Rand
	// The budgets (sandbox.go): work is charged SQLite's work, workErr
	// is its failure that interrupted the statement, maxRows bounds a
	// query's rows.
	budget    *budgetCtx
	work      func(uint64) error
	workErr   error
	maxRows   int
	heapLimit int64
	// dirty marks a closed connection whose database still has to be
	// emptied before it is used again.
	dirty bool
	// schema is the schema statements that made the database's tables
	// (SetSchema), "" when they are unknown or there are none; master
	// is sqlite_schema as they left it, and tables the tables' names.
	// A closed connection with a schema is emptied of its rows rather
	// than reset, and OpenSchema takes it again for the same statements.
	schema, master string
	tables         []string
	pages          int64
	// tainted marks a connection whose settings a snippet changed
	// (authorize): it is closed rather than kept for reuse. internal is
	// set while the connection runs its own statements (empty).
	tainted, internal bool
}

// pool keeps closed connections for the next Open: creating a connection
// (a new SQLite instance with Django's functions) costs more than the rest
// of loading a session. A connection is emptied when it is taken again, or
// earlier by TidyPool: not when it is closed, so that the run that closes
// it does not wait for that.
var pool struct {
	sync.Mutex
	conns []*Conn
}

// maxPooled bounds the connections kept for reuse.
const maxPooled = 4

// SetClock makes CURRENT_TIMESTAMP (Now() in Django) read f, once per
// statement, instead of the real clock.
func (c *Conn) SetClock(f func() time.Time) { c.clock = f }

// Statement is one executed SQL statement: the SQL with `%s` placeholders,
// its arguments, and Text, the SQL with the arguments inlined as literals.
type Statement struct {
	SQL  string
	Args []any
	Text string
}

// Result is what a data-changing statement reports: the rowid of the last
// INSERT and the number of rows changed.
type Result struct {
	LastInsertID int64
	RowsAffected int64
}

// Error is a failure reported by SQLite. Kind is Django's exception class
// name for it, as Python's sqlite3 classifies SQLite's result codes
// ("IntegrityError" for constraint violations, "DatabaseError" for an
// authorizer's denial, "MemoryError" when SQLite runs out of its heap,
// otherwise "OperationalError"; "RowLimitExceeded" is the session's row
// budget), and Msg is SQLite's message (e.g. "UNIQUE constraint failed:
// myapp_person.name"), as Django surfaces it.
type Error struct {
	Kind string
	Msg  string
}

func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

// Open returns a new, empty in-memory database.
func Open() (*Conn, error) {
	c, _, err := OpenSchema("")
	return c, err
}

// OpenSchema returns an empty in-memory database, as Open does; when a
// closed connection has the tables that the schema statements ddl made
// (SetSchema), it returns that one with its tables emptied and ready
// true: the caller does not run ddl again. An emptied database is the one
// ddl made (empty): the same sqlite_schema and pages, its rows and
// AUTOINCREMENT's sequences gone, and nothing else (a connection whose
// schema or settings a snippet changed is reset or closed instead).
func OpenSchema(ddl string) (c *Conn, ready bool, err error) {
	for {
		pool.Lock()
		n := len(pool.conns)
		if n == 0 {
			pool.Unlock()
			break
		}
		i := n - 1
		if ddl != "" {
			for j, pc := range pool.conns {
				if pc.schema == ddl {
					i = j
				}
			}
		}
		c := pool.conns[i]
		pool.conns = slices.Delete(pool.conns, i, i+1)
		pool.Unlock()
		if c.schema != ddl && c.schema != "" {
			// Another schema's tables: they go.
			c.schema, c.master, c.tables = "", "", nil
			c.dirty = true
		}
		if err := c.tidy(); err != nil {
			c.closeStatements()
			c.db.Close()
			continue
		}
		return c, ddl != "" && c.schema == ddl, nil
	}
	db, err := sqlite3.Open(":memory:")
	if err != nil {
		return nil, false, err
	}
	c = &Conn{db: db, cache: map[string]*sqlite3.Stmt{}, rnd: rand.New(rand.NewSource(1))}
	// Python's sqlite3 builds SQLite with double-quoted string literals
	// enabled (SQLITE_DQS): Django's SQL sometimes relies on it
	// (COUNT("__col1") over a compound subquery counts a string).
	if _, err := db.Config(sqlite3.DBCONFIG_DQS_DML, true); err != nil {
		db.Close()
		return nil, false, err
	}
	// Python's sqlite3 builds SQLite with SQLITE_TRUSTED_SCHEMA=1: the
	// schema may call application functions (a db_default of PI(), a
	// generated column over a Django function), which ncruces' build
	// refuses as an "unsafe use" otherwise.
	if _, err := db.Config(sqlite3.DBCONFIG_TRUSTED_SCHEMA, true); err != nil {
		db.Close()
		return nil, false, err
	}
	// Django enables foreign key enforcement on SQLite connections (PRAGMA
	// foreign_keys = ON; the configuration option is the same flag, and
	// leaves SQLite's PRAGMA code uncompiled in the browser).
	if _, err := db.Config(sqlite3.DBCONFIG_ENABLE_FKEY, true); err != nil {
		db.Close()
		return nil, false, err
	}
	if err := c.registerDjangoFunctions(); err != nil {
		db.Close()
		return nil, false, err
	}
	if err := c.sandbox(); err != nil {
		db.Close()
		return nil, false, err
	}
	return c, false, nil
}

// SetSchema records that the database's tables are those the schema
// statements ddl just made (OpenSchema).
func (c *Conn) SetSchema(ddl string) error {
	master, tables, err := c.masterText()
	if err != nil {
		return err
	}
	pages, err := c.pragmaInt("page_count")
	if err != nil {
		return err
	}
	c.schema, c.master, c.tables, c.pages = ddl, master, tables, pages
	return nil
}

// masterText describes the database's schema, main and temporary: every
// object with its root page and SQL; and names its tables.
func (c *Conn) masterText() (string, []string, error) {
	st, _, err := c.db.Prepare(`SELECT 'main', type, name, tbl_name, rootpage, ifnull(sql, '') FROM main.sqlite_schema UNION ALL SELECT 'temp', type, name, tbl_name, rootpage, ifnull(sql, '') FROM temp.sqlite_schema`)
	if err != nil {
		return "", nil, err
	}
	defer st.Close()
	var b strings.Builder
	var tables []string
	for st.Step() {
		for i := range 6 {
			b.WriteString(st.ColumnText(i))
			b.WriteByte(0)
		}
		b.WriteByte('\n')
		if st.ColumnText(0) == "main" && st.ColumnText(1) == "table" {
			tables = append(tables, st.ColumnText(2))
		}
	}
	if err := st.Err(); err != nil {
		return "", nil, err
	}
	return b.String(), tables, nil
}

// Close releases the database: it is kept for the next Open, with no
// recorder, no clock and RAND reseeded, and emptied (SQLite's documented
// reset: SQLITE_DBCONFIG_RESET_DATABASE then VACUUM) before it is used
// again, so that a reused connection behaves as a new one.
//
// The prepared statements of a connection with a schema (SetSchema) are
// kept too, reset: the next session of the same schema statements runs
// much the same SQL, and a statement prepared on the same schema is the
// same statement (SQLite prepares it again itself if the schema changed).
func (c *Conn) Close() error {
	keep := c.schema != "" && !c.tainted && len(c.cache) <= maxKeptStatements
	for _, s := range c.cache {
		if keep {
			s.Reset()
			s.ClearBindings()
		} else {
			s.Close()
		}
	}
	if !keep {
		c.cache = map[string]*sqlite3.Stmt{}
	}
	c.recorder, c.clock, c.now = nil, nil, ""
	c.work, c.workErr, c.maxRows = nil, nil, 0
	c.SetHeapLimit(HeapLimit)
	c.rnd.Seed(1)
	c.dirty = true
	if c.tainted {
		c.closeStatements()
		return c.db.Close()
	}
	pool.Lock()
	defer pool.Unlock()
	if len(pool.conns) >= maxPooled {
		c.closeStatements()
		return c.db.Close()
	}
	pool.conns = append(pool.conns, c)
	return nil
}

// maxKeptStatements bounds the prepared statements a closed connection
// keeps.
const maxKeptStatements = 256

// closeStatements closes the prepared statements Close kept.
func (c *Conn) closeStatements() {
	for _, s := range c.cache {
		s.Close()
	}
	c.cache = map[string]*sqlite3.Stmt{}
}

// TidyPool empties the closed connections kept for reuse now, so that the
// next Open does not: the browser build calls it once a run's result is
// out, while the page is idle.
func TidyPool() {
	pool.Lock()
	defer pool.Unlock()
	kept := pool.conns[:0]
	for _, c := range pool.conns {
		if err := c.tidy(); err != nil {
			c.closeStatements()
			c.db.Close()
			continue
		}
		kept = append(kept, c)
	}
	clear(pool.conns[len(kept):])
	pool.conns = kept
}

// tidy empties a closed connection's database, once.
func (c *Conn) tidy() error {
	if !c.dirty {
		return nil
	}
	if c.schema != "" {
		if err := c.empty(); err == nil {
			c.dirty = false
			return nil
		}
		c.schema, c.master, c.tables = "", "", nil
	}
	c.closeStatements()
	if err := c.reset(); err != nil {
		return err
	}
	c.dirty = false
	return nil
}

// reset empties the database: every table, index and sequence.
func (c *Conn) reset() error {
	return c.unsandboxed(c.resetDatabase)
}

func (c *Conn) resetDatabase() error {
	if !c.db.GetAutocommit() {
		if err := c.db.Exec("ROLLBACK"); err != nil {
			return err
		}
	}
	if _, err := c.db.Config(sqlite3.DBCONFIG_RESET_DATABASE, true); err != nil {
		return err
	}
	if err := c.db.Exec("VACUUM"); err != nil {
		return err
	}
	if _, err := c.db.Config(sqlite3.DBCONFIG_RESET_DATABASE, false); err != nil {
		return err
	}
	// The reset empties the main database only: a connection with
	// temporary tables (a snippet's CREATE TEMP TABLE) is not reused.
	if master, _, err := c.masterText(); err != nil || master != "" {
		return errors.Join(err, errSchemaChanged)
	}
	return nil
}

// errSchemaChanged is empty's error for a database whose schema is no
// longer the one SetSchema recorded.
var errSchemaChanged = errors.New("the schema changed")

// empty deletes every row of the tables SetSchema recorded, and
// AUTOINCREMENT's sequences, so that the database is the one the schema
// statements made, page for page; it prepares the kept statements again.
// It fails, and the caller resets the database, when the schema is no
// longer that one.
func (c *Conn) empty() error {
	// The authorizer stays (setting it expires the kept statements);
	// the connection's own PRAGMAs do not taint it.
	c.internal = true
	defer func() { c.internal = false }()
	if !c.db.GetAutocommit() {
		if err := c.db.Exec("ROLLBACK"); err != nil {
			return err
		}
	}
	if master, _, err := c.masterText(); err != nil || master != c.master {
		return errors.Join(err, errSchemaChanged)
	}
	// With foreign keys off, DELETE without WHERE empties a table's
	// pages at once (SQLite's truncate optimization), which secure_delete
	// zeroes as a new table's are.
	if _, err := c.db.Config(sqlite3.DBCONFIG_ENABLE_FKEY, false); err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("PRAGMA secure_delete = ON;")
	for _, t := range c.tables {
		b.WriteString(`DELETE FROM "` + strings.ReplaceAll(t, `"`, `""`) + `";`)
	}
	b.WriteString("PRAGMA secure_delete = OFF")
	err := c.db.Exec(b.String())
	if _, ferr := c.db.Config(sqlite3.DBCONFIG_ENABLE_FKEY, true); ferr != nil && err == nil {
		err = ferr
	}
	if err == nil {
		var pages, free int64
		if pages, err = c.pragmaInt("page_count"); err == nil {
			free, err = c.pragmaInt("freelist_count")
		}
		if err == nil && (pages != c.pages || free != 0) {
			// Rows had spilled to more pages: VACUUM gives them back,
			// and has to leave the tables where the schema statements
			// put them. (Without it, the pages are the schema's already,
			// and deleting rows changes no table's root page.)
			if err = c.vacuum(); err == nil {
				err = c.sameSchema()
			}
		}
	}
	if err != nil {
		return err
	}
	// Turning foreign keys off and on expired the kept statements:
	// prepare them again now rather than in the next session.
	for q, st := range c.cache {
		st.Close()
		st, _, err := c.db.Prepare(q)
		if err != nil || st == nil {
			delete(c.cache, q)
			continue
		}
		c.cache[q] = st
	}
	return nil
}

// sameSchema fails with errSchemaChanged unless sqlite_schema and the
// database's size are what SetSchema recorded.
func (c *Conn) sameSchema() error {
	if master, _, err := c.masterText(); err != nil || master != c.master {
		return errors.Join(err, errSchemaChanged)
	}
	if pages, err := c.pragmaInt("page_count"); err != nil || pages != c.pages {
		return errors.Join(err, errSchemaChanged)
	}
	return nil
}

// pragmaInt reads an integer PRAGMA.
func (c *Conn) pragmaInt(name string) (int64, error) {
	st, _, err := c.db.Prepare("PRAGMA " + name)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	if !st.Step() {
		return 0, errors.Join(st.Err(), errors.New("PRAGMA "+name+": no row"))
	}
	return st.ColumnInt64(0), nil
}

// SetRecorder installs f to be called once for every statement executed
// through Exec or Query (nil removes it). Statements run by ExecScript are
// not recorded.
func (c *Conn) SetRecorder(f func(Statement)) { c.recorder = f }

// Recorder returns the function SetRecorder installed (nil for none).
func (c *Conn) Recorder() func(Statement) { return c.recorder }

// Record passes a statement to the recorder without running it: a query
// that Django's cursor refuses after tracing it (validate_no_broken_transaction
// runs inside the execute wrappers).
func (c *Conn) Record(sql string, args []any) {
	if c.recorder != nil {
		c.recorder(Statement{SQL: sql, Args: args, Text: Inline(sql, args)})
	}
}

// ExecScript runs one or more statements without parameters and without
// recording them (used for DDL and transaction control).
func (c *Conn) ExecScript(sql string) error {
	c.enter()
	if err := c.db.Exec(sql); err != nil {
		return c.wrap(err)
	}
	return nil
}

// Exec runs one statement that returns no rows.
func (c *Conn) Exec(sql string, args ...any) (Result, error) {
	st, err := c.prepare(sql, args)
	if err == errNoStatement {
		return Result{}, nil
	}
	if err != nil {
		return Result{}, err
	}
	defer st.Reset()
	c.enter()
	if err := st.Exec(); err != nil {
		return Result{}, c.wrap(err)
	}
	return Result{LastInsertID: c.db.LastInsertRowID(), RowsAffected: c.db.Changes()}, nil
}

// Query runs one statement and returns all its rows. Each value is nil,
// int64, float64, string or []byte, per SQLite's storage class.
func (c *Conn) Query(sql string, args ...any) ([][]any, error) {
	_, rows, err := c.QueryColumns(sql, args...)
	return rows, err
}

// QueryColumns is Query that also returns the names of the result
// columns (cursor.description), as raw() needs them.
func (c *Conn) QueryColumns(sql string, args ...any) ([]string, [][]any, error) {
	st, err := c.prepare(sql, args)
	if err != nil {
		return nil, nil, err
	}
	defer st.Reset()
	var rows [][]any
	n := st.ColumnCount()
	names := make([]string, n)
	for i := range names {
		names[i] = st.ColumnName(i)
	}
	for c.enter(); st.Step(); c.enter() {
		if c.maxRows > 0 && len(rows) >= c.maxRows {
			return nil, nil, c.errRowLimit()
		}
		row := make([]any, n)
		for i := range row {
			switch st.ColumnType(i) {
			case sqlite3.INTEGER:
				row[i] = st.ColumnInt64(i)
			case sqlite3.FLOAT:
				row[i] = st.ColumnFloat(i)
			case sqlite3.TEXT:
				row[i] = st.ColumnText(i)
			case sqlite3.BLOB:
				row[i] = st.ColumnBlob(i, nil)
			default:
				row[i] = nil
			}
		}
		rows = append(rows, row)
	}
	if err := st.Err(); err != nil {
		return nil, nil, c.wrap(err)
	}
	return names, rows, nil
}

// errNoStatement is prepare's answer for SQL holding no statement.
var errNoStatement = &Error{Kind: "TypeError", Msg: "'NoneType' object is not iterable"}

// Serialize returns the database as the bytes of an SQLite database file.
func (c *Conn) Serialize() ([]byte, error) {
	return serdes.Serialize(c.db, "main")
}

// vacuum runs VACUUM.
func (c *Conn) vacuum() error {
	return c.unsandboxed(func() error { return c.db.Exec("VACUUM") })
}

// unsandboxed runs f without the sandbox's authorizer and with one
// database attachable: VACUUM attaches a database of its own, which the
// sandbox refuses to a snippet's SQL (sandbox.go); the reset and the
// emptying of a kept database run it.
func (c *Conn) unsandboxed(f func() error) error {
	if err := c.db.SetAuthorizer(nil); err != nil {
		return err
	}
	c.db.Limit(sqlite3.LIMIT_ATTACHED, 1)
	defer func() {
		c.db.Limit(sqlite3.LIMIT_ATTACHED, 0)
		c.db.SetAuthorizer(c.authorize)
	}()
	return f()
}

// prepare records the statement, then prepares (or reuses) it and binds args.
func (c *Conn) prepare(sql string, args []any) (*sqlite3.Stmt, error) {
	if c.work != nil {
		if err := c.work(statementWork + uint64(len(sql))/64); err != nil {
			return nil, err
		}
	}
	c.Record(sql, args)
	q := Placeholders(sql)
	if c.clock != nil && strings.Contains(q, "CURRENT_TIMESTAMP") {
		c.now = c.clock().Format("2006-01-02 15:04:05")
		q = replaceKeyword(q, "CURRENT_TIMESTAMP", "ormfiddle_current_timestamp()")
	}
	if c.clock != nil && strings.Contains(q, nowSubsecond) {
		// Now() since Django 4.2, with fractional seconds (its %% are
		// left as they are inside quotes).
		c.now = c.clock().Format("2006-01-02 15:04:05.000")
		q = strings.ReplaceAll(q, nowSubsecond, "ormfiddle_current_timestamp()")
	}
	st := c.cache[q]
	if st == nil {
		var tail string
		var err error
		c.enter()
		st, tail, err = c.db.Prepare(q)
		if err != nil {
			return nil, c.wrap(err)
		}
		if st == nil {
			// No statement at all (empty, or a comment): sqlite3
			// runs nothing and the cursor has no description.
			return nil, errNoStatement
		}
		if strings.TrimSpace(tail) != "" {
			st.Close()
			return nil, &Error{Kind: "ProgrammingError", Msg: "You can only execute one statement at a time."}
		}
		c.cache[q] = st
	}
	if st.BindCount() != len(args) {
		return nil, &Error{Kind: "ProgrammingError", Msg: fmt.Sprintf("Incorrect number of bindings supplied. The current statement uses %d, and there are %d supplied.", st.BindCount(), len(args))}
	}
	for i, a := range args {
		if err := bind(st, i+1, a); err != nil {
			return nil, err
		}
	}
	return st, nil
}

func bind(st *sqlite3.Stmt, i int, a any) error {
	switch v := a.(type) {
	case nil:
		return st.BindNull(i)
	case bool:
		return st.BindBool(i, v)
	case int:
		return st.BindInt64(i, int64(v))
	case int64:
		return st.BindInt64(i, v)
	case float64:
		return st.BindFloat(i, v)
	case string:
		if err := checkUTF8(v); err != nil {
			return err
		}
		return st.BindText(i, v)
	case []byte:
		return st.BindBlob(i, v)
	}
	tname := fmt.Sprintf("%T", a)
	if u, ok := a.(Unbindable); ok {
		tname = u.Type
	}
	return &Error{Kind: "ProgrammingError", Msg: fmt.Sprintf("Error binding parameter %d: type '%s' is not supported", i, tname)}
}

// wrap turns a go-sqlite3 error into an *Error with Django's class name.
func (c *Conn) wrap(err error) error {
	if c.workErr != nil {
		// The statement was interrupted for the session's budget.
		err, c.workErr = c.workErr, nil
		return err
	}
	var e *sqlite3.Error
	if errors.As(err, &e) {
		kind := "OperationalError"
		switch e.Code() {
		case sqlite3.CONSTRAINT:
			kind = "IntegrityError"
		case sqlite3.AUTH:
			kind = "DatabaseError"
		case sqlite3.NOMEM:
			return &Error{Kind: "MemoryError", Msg: fmt.Sprintf("the database would use more than %d MB (its memory budget)", c.heapLimit>>20)}
		}
		// go-sqlite3 renders "sqlite3: <code text>: <message>"; Django
		// shows only SQLite's own message.
		msg := e.Error()
		if parts := strings.SplitN(msg, ": ", 3); len(parts) == 3 && parts[0] == "sqlite3" {
			msg = parts[2]
		}
		return &Error{Kind: kind, Msg: msg}
	}
	var code sqlite3.ErrorCode
	if errors.As(err, &code) {
		// A bare result code, as go-sqlite3 returns for some failures
		// (VACUUM INTO's own ATTACH refused by the authorizer).
		kind := "OperationalError"
		switch code {
		case sqlite3.AUTH:
			kind = "DatabaseError"
		case sqlite3.CONSTRAINT:
			kind = "IntegrityError"
		}
		return &Error{Kind: kind, Msg: strings.TrimPrefix(code.Error(), "sqlite3: ")}
	}
	return err
}

// Placeholders rewrites Django's `%s` parameter markers as SQLite's `?`,
// leaving quoted strings and identifiers untouched (as the SQLite backend's
// convert_query does; `%%` becomes `%`).
func Placeholders(sql string) string {
	if !strings.Contains(sql, "%") {
		return sql
	}
	var b strings.Builder
	var quote byte
	for i := 0; i < len(sql); i++ {
		ch := sql[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
		case ch == '\'' || ch == '"':
			quote = ch
		case ch == '%' && i+1 < len(sql) && sql[i+1] == 's':
			b.WriteByte('?')
			i++
			continue
		case ch == '%' && i+1 < len(sql) && sql[i+1] == '%':
			b.WriteByte('%')
			i++
			continue
		}
		b.WriteByte(ch)
	}
	return b.String()
}

// replaceKeyword replaces the keyword kw outside quoted strings and
// identifiers.
// nowSubsecond is Now() on SQLite since Django 4.2.
const nowSubsecond = "STRFTIME('%%Y-%%m-%%d %%H:%%M:%%f', 'NOW')"

func replaceKeyword(sql, kw, with string) string {
	var b strings.Builder
	var quote byte
	for i := 0; i < len(sql); i++ {
		ch := sql[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
		case ch == '\'' || ch == '"':
			quote = ch
		case strings.HasPrefix(sql[i:], kw) && (i == 0 || !isIdent(sql[i-1])) && (i+len(kw) == len(sql) || !isIdent(sql[i+len(kw)])):
			b.WriteString(with)
			i += len(kw) - 1
			continue
		}
		b.WriteByte(ch)
	}
	return b.String()
}

func isIdent(ch byte) bool {
	return ch == '_' || ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'
}

// checkUTF8 refuses a string holding a lone surrogate (kept in WTF-8 by
// the interpreter), as Python's sqlite3 does when it encodes the
// parameter: UnicodeEncodeError "'utf-8' codec can't encode character
// '\ud800' in position 0: surrogates not allowed".
func checkUTF8(s string) error {
	if strings.IndexByte(s, 0xED) < 0 {
		return nil
	}
	pos := 0
	for i := 0; i < len(s); {
		if s[i] == 0xED && i+2 < len(s) && s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
			r := 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			return &Error{Kind: "UnicodeEncodeError", Msg: fmt.Sprintf("'utf-8' codec can't encode character '\\u%04x' in position %d: surrogates not allowed", r, pos)}
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
		pos++
	}
	return nil
}
