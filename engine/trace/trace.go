// Package trace is the data of a playground session: what it reads (a
// Source) and what it produces (a Trace: the schema, the steps with their
// SQL, output and errors, the tables after each step, the schema's
// description). It holds data only, with no engine behind it, so that what
// shows a trace (the templates, the Cloudflare Worker's pages) need not
// link the engine; engine/playground runs a session and returns these
// types (under the same names).
package trace

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/conf"
)

// Source is one session's input: the two editors of the page.
type Source struct {
	Models string // models.py
	Shell  string // shell.py
	// Django is the release series to run, "5.2", "6.1" or "3.2"; ""
	// is features.Default (5.2).
	Django string
	// Settings are the project settings; nil is startproject's
	// (conf.Startproject: BigAutoField, USE_TZ = True, UTC).
	Settings *conf.Settings
}

// ReadSource reads a session directory as the reference tracer reads a
// case: models.py, shell.py and settings.json. A missing shell.py is an
// empty script; a missing settings.json means startproject's settings.
// Django is left "" (the default version).
func ReadSource(dir fs.FS) (Source, error) {
	models, err := fs.ReadFile(dir, "models.py")
	if err != nil {
		return Source{}, err
	}
	shell, err := fs.ReadFile(dir, "shell.py")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Source{}, err
	}
	src := Source{Models: string(models), Shell: string(shell)}
	data, err := fs.ReadFile(dir, "settings.json")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return Source{}, err
	}
	if err == nil {
		settings, err := conf.Parse(data)
		if err != nil {
			return Source{}, err
		}
		src.Settings = &settings
	}
	return src, nil
}

// Trace is what running a Source produced. Its JSON form (only the tagged
// fields) is the `trace --json` contract of DESIGN.md:
//
//	{"django": "5.2", "settings": {...}, "ddl": ["CREATE TABLE ..."],
//	 "steps": [{"code", "sql", "output", "error"}]}
type Trace struct {
	// Django is the release series that produced the trace ("5.2").
	Django string `json:"django"`
	// Settings are the settings it ran with.
	Settings conf.Settings `json:"settings"`
	// DDL is the schema as `migrate --run-syncdb` builds it on SQLite: one
	// CREATE TABLE per concrete model in definition order, then the deferred
	// CREATE INDEX statements.
	DDL []string `json:"ddl"`
	// Steps holds one entry per top-level statement of shell.py.
	Steps []Step `json:"steps"`
	// Tables lists the database tables in DDL order, with their columns; the
	// page uses it to lay out snapshots. Not part of the JSON contract.
	Tables []Table `json:"-"`
	// PostgresDDL is the same schema as Django's PostgreSQL schema editor
	// writes it (the form Django's docs print). Not part of the JSON contract.
	PostgresDDL []string `json:"-"`
	// Schema describes the tables, their links and the proxy models, for
	// the page's diagram. Not part of the JSON contract.
	Schema *SchemaInfo `json:"-"`
	// Database is the SQLite database file after the last step, when
	// playground.Run was asked for it (playground.Options.Database). Not
	// part of the JSON contract.
	Database []byte `json:"-"`
}

// Step is one top-level shell statement and what it did.
type Step struct {
	Code   string   `json:"code"`   // the statement's source lines
	SQL    []string `json:"sql"`    // statements executed, parameters inlined as SQLite literals
	Output string   `json:"output"` // what the REPL printed: print() output, then the repr of an expression's value
	Error  *string  `json:"error"`  // "ClassName: message", or nil
	// Traceback is the exception's way through models.py code, outermost
	// first, as the REPL's "Traceback (most recent call last):" lists it
	// (the shell statement's own frame first); empty when the exception
	// did not come from models.py code. The page shows it above the
	// error; the JSON trace keeps the contract's fields (the reference
	// tracer records only Error), so it is not in it.
	Traceback []Frame `json:"-"`

	// Line and EndLine are the 1-based lines of shell.py the statement spans.
	Line    int `json:"-"`
	EndLine int `json:"-"`
	// Snapshot holds every table's rows after the step, when the session
	// was asked for snapshots (playground.Options.Snapshots); nil otherwise.
	Snapshot []TableRows `json:"-"`
}

// Frame is one line of a traceback: File "models.py", line 12, in save.
type Frame struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Function string `json:"function"`
}

// Table is a database table and its column names, in column order; PK is
// the primary key column.
type Table struct {
	Name    string
	Columns []string
	PK      string
}

// TableRows is the content of one table after a step. Rows are rendered as
// SQLite literals ("1", "'Bob”s Cafe'", "NULL"). Changes marks each row as
// inserted, updated or unchanged relative to the previous step, and Deleted
// holds rows that the step removed.
type TableRows struct {
	Name    string
	Rows    [][]string
	Changes []RowChange
	Deleted [][]string
}

// RowChange tells how a row differs from the previous step's snapshot.
type RowChange uint8

// The ways a row can differ from the previous snapshot.
const (
	RowSame RowChange = iota
	RowInserted
	RowUpdated
)

// LoadError is an error that stops a Source from loading at all: a syntax
// error or unsupported construct in either file, or a models.py that Django
// would reject. File is "models.py" or "shell.py"; Line and Col are 1-based.
// Its Error string is "file:line:col: message".
type LoadError struct {
	File string
	Line int
	Col  int
	Msg  string
}

func (e *LoadError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// SQLScript is the whole session as one SQL script for SQLite: the DDL,
// then every step's statements (transaction control included, as they
// ran) under a comment quoting the shell line. Run in an empty database,
// it rebuilds the database the session ended with.
func (t *Trace) SQLScript() string {
	var b strings.Builder
	fmt.Fprintf(&b, "-- The SQL Django %s runs on SQLite for this session (ormfiddle).\n\n-- models.py: the schema\n", t.Django)
	for _, s := range t.DDL {
		b.WriteString(s + ";\n")
	}
	for _, st := range t.Steps {
		b.WriteString("\n")
		for i, line := range strings.Split(strings.TrimRight(st.Code, "\n"), "\n") {
			prompt := ">>> "
			if i > 0 {
				prompt = "... "
			}
			b.WriteString("-- " + prompt + line + "\n")
		}
		if len(st.SQL) == 0 {
			b.WriteString("-- (no SQL)\n")
		}
		for _, s := range st.SQL {
			b.WriteString(s + ";\n")
		}
		if st.Error != nil {
			b.WriteString("-- raised " + *st.Error + "\n")
		}
	}
	return b.String()
}

// SchemaInfo describes the app's database for the page's diagram: every
// table with its columns and the links between them, and the proxy models,
// which have no table of their own. Tables are in DDL order.
type SchemaInfo struct {
	Tables  []TableInfo
	Proxies []ProxyInfo
}

// TableInfo is one table of SchemaInfo.
type TableInfo struct {
	// Name is the table (db_table).
	Name string
	// Model is the model class whose rows the table holds; for an
	// auto-created many-to-many table it is Django's name for its through
	// model ("Pizza_toppings").
	Model string
	// Through is "Model.field" when the table holds the rows of a
	// many-to-many relation (an auto-created table or a through= model).
	Through string
	// AutoCreated marks a table Django created for a ManyToManyField
	// without through=.
	AutoCreated bool
	// Columns are the table's columns in CREATE TABLE order.
	Columns []ColumnInfo
}

// LinkKind tells what a column that references another table stands for.
type LinkKind uint8

const (
	// LinkNone: the column references nothing.
	LinkNone LinkKind = iota
	// LinkForeignKey: a ForeignKey (many rows here to one there).
	LinkForeignKey
	// LinkOneToOne: a OneToOneField that is not a parent link.
	LinkOneToOne
	// LinkParent: the `<parent>_ptr_id` column of multi-table inheritance,
	// the child row's link to (and primary key shared with) its parent row.
	LinkParent
)

// ColumnInfo is one column of a TableInfo.
type ColumnInfo struct {
	Name   string // the column
	Field  string // the model field it stores
	Type   string // its SQLite type, as in the CREATE TABLE
	PK     bool
	Null   bool
	Unique bool
	// Link tells what the column references; References and RefColumn
	// name the table and column when Link is not LinkNone.
	Link       LinkKind
	References string
	RefColumn  string
}

// ProxyInfo is a proxy model: a class over another model's table.
type ProxyInfo struct {
	Model    string // the proxy class
	ProxyFor string // the model it directly proxies
	Table    string // the table its rows live in (its concrete model's)
}

// Epoch is the session clock's start: timezone.now(), date.today() and
// auto_now read a clock that starts here and moves one second forward at
// each reading, so that every run prints the same times.
var Epoch = time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
