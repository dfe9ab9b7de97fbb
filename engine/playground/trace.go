// Package playground is the one facade over the engine used by the CLI, the
// wasm build and the server: load a models.py, create its tables, run a
// shell.py statement by statement, and return a Trace of what Django would
// have executed and printed.
package playground

import (
	"io/fs"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// The data of a session, declared in engine/trace (which does not link
// the engine, for what only shows a trace) and named here as before.
type (
	// Source is one session's input: the two editors of the page.
	Source = trace.Source
	// Trace is what running a Source produced.
	Trace = trace.Trace
	// Step is one top-level shell statement and what it did.
	Step = trace.Step
	// Frame is one line of a traceback.
	Frame = trace.Frame
	// Table is a database table and its column names.
	Table = trace.Table
	// TableRows is the content of one table after a step.
	TableRows = trace.TableRows
	// RowChange tells how a row differs from the previous step's snapshot.
	RowChange = trace.RowChange
	// LoadError is an error that stops a Source from loading at all.
	LoadError = trace.LoadError
	// SchemaInfo describes the app's database for the page's diagram.
	SchemaInfo = trace.SchemaInfo
	// TableInfo is one table of SchemaInfo.
	TableInfo = trace.TableInfo
	// LinkKind tells what a column that references another table stands for.
	LinkKind = trace.LinkKind
	// ColumnInfo is one column of a TableInfo.
	ColumnInfo = trace.ColumnInfo
	// ProxyInfo is a proxy model: a class over another model's table.
	ProxyInfo = trace.ProxyInfo
)

// The ways a row can differ from the previous snapshot.
const (
	RowSame     = trace.RowSame
	RowInserted = trace.RowInserted
	RowUpdated  = trace.RowUpdated
)

// The links a column can stand for.
const (
	LinkNone       = trace.LinkNone
	LinkForeignKey = trace.LinkForeignKey
	LinkOneToOne   = trace.LinkOneToOne
	LinkParent     = trace.LinkParent
)

// ReadSource reads a session directory as the reference tracer reads a
// case (trace.ReadSource).
func ReadSource(dir fs.FS) (Source, error) { return trace.ReadSource(dir) }

// normalized is the source as Python reads a file: a UTF-8 byte order
// mark at the start dropped, and \r\n and \r line ends read as \n
// (universal newlines), so that neither stays in a step's code.
func normalizeSource(src Source) Source {
	src.Models = normalizeText(src.Models)
	src.Shell = normalizeText(src.Shell)
	return src
}

func normalizeText(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// sourceSettings returns the settings src runs with.
func sourceSettings(src Source) conf.Settings {
	if src.Settings != nil {
		return *src.Settings
	}
	return conf.Startproject()
}
