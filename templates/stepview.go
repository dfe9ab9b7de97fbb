package templates

import (
	"strconv"
	"strings"
	"sync"

	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// StepView is one statement of shell.py as the stepper shows it.
type StepView struct {
	N    int // 1-based
	Step trace.Step
	// Queries counts the SQL statements that are not transaction control.
	Queries int
	// Note explains a step whose one line ran several queries; zero if none.
	Note StepNote
	// Tables are the contents of every table after the step (nil when the
	// trace has no snapshots).
	Tables []TableView
}

// StepNote explains in plain words why a line ran the queries it ran.
type StepNote struct {
	Short string  // a few words beside the step: "N+1: 3 queries"
	Long  string  // a sentence or two in the step's detail
	_     noEqual // see noEqual
}

// TableView is one table's rows after a step, marked against the previous
// step.
type TableView struct {
	Name    string
	Model   string
	Columns []string
	PK      string
	Rows    []RowView
	// Inserted, Updated and Deleted count the rows the step changed.
	Inserted, Updated, Deleted int
}

// RowView is one row of a TableView.
type RowView struct {
	Cells  []CellView
	Change string // "", "inserted", "updated" or "deleted"
}

// CellView is one value, shown without SQL quoting.
type CellView struct {
	Text    string
	Kind    string  // "null", "str", "num" or "blob"
	Changed bool    // the step changed this value of an updated row
	_       noEqual // see noEqual
}

// Changed reports whether the step changed the table.
func (t TableView) Changed() bool { return t.Inserted+t.Updated+t.Deleted > 0 }

// StepViews prepares the steps of t for the stepper. The views of the
// last trace asked for are kept: the browser build keeps them for
// StepDetail and renders the trace (Steps), which asks for them again.
// Callers must not modify them.
func StepViews(t *trace.Trace) []StepView {
	lastViews.Lock()
	defer lastViews.Unlock()
	if lastViews.t != t {
		lastViews.t, lastViews.v = t, stepViews(t)
	}
	return lastViews.v
}

// lastViews are the views of the last trace StepViews prepared.
var lastViews struct {
	sync.Mutex
	t *trace.Trace
	v []StepView
}

// stepViews prepares the steps of t for the stepper.
func stepViews(t *trace.Trace) []StepView {
	models := map[string]string{}
	if t.Schema != nil {
		for _, tb := range t.Schema.Tables {
			models[tb.Name] = tb.Model
		}
	}
	out := make([]StepView, len(t.Steps))
	var prev []trace.TableRows
	for i, s := range t.Steps {
		v := StepView{N: i + 1, Step: s, Queries: queryCount(s.SQL), Note: stepNote(s)}
		if s.Snapshot != nil {
			for j, tr := range s.Snapshot {
				var before *trace.TableRows
				if j < len(prev) && prev[j].Name == tr.Name {
					before = &prev[j]
				}
				var meta trace.Table
				if j < len(t.Tables) {
					meta = t.Tables[j]
				}
				v.Tables = append(v.Tables, tableView(meta, models[tr.Name], tr, before))
			}
			prev = s.Snapshot
		}
		out[i] = v
	}
	return out
}

// tableView marks the rows of tr: inserted and updated ones from its
// Changes, the changed cells of an updated row against before, and the
// deleted rows after the others.
func tableView(meta trace.Table, model string, tr trace.TableRows, before *trace.TableRows) TableView {
	v := TableView{Name: tr.Name, Model: model, Columns: meta.Columns, PK: meta.PK}
	pk := 0
	for i, c := range meta.Columns {
		if c == meta.PK {
			pk = i
		}
	}
	old := map[string][]string{}
	if before != nil {
		for _, r := range before.Rows {
			if pk < len(r) {
				old[r[pk]] = r
			}
		}
	}
	for i, r := range tr.Rows {
		row := RowView{}
		var prevRow []string
		if i < len(tr.Changes) {
			switch tr.Changes[i] {
			case trace.RowInserted:
				row.Change = "inserted"
				v.Inserted++
			case trace.RowUpdated:
				row.Change = "updated"
				v.Updated++
				if pk < len(r) {
					prevRow = old[r[pk]]
				}
			}
		}
		for j, lit := range r {
			c := cellView(lit)
			c.Changed = prevRow != nil && j < len(prevRow) && prevRow[j] != lit
			row.Cells = append(row.Cells, c)
		}
		v.Rows = append(v.Rows, row)
	}
	for _, r := range tr.Deleted {
		row := RowView{Change: "deleted"}
		for _, lit := range r {
			row.Cells = append(row.Cells, cellView(lit))
		}
		v.Rows = append(v.Rows, row)
		v.Deleted++
	}
	return v
}

// cellView turns an SQLite literal into the text shown in a table cell.
func cellView(lit string) CellView {
	switch {
	case lit == "NULL":
		return CellView{Text: "NULL", Kind: "null"}
	case strings.HasPrefix(lit, "'") && strings.HasSuffix(lit, "'") && len(lit) >= 2:
		return CellView{Text: strings.ReplaceAll(lit[1:len(lit)-1], "''", "'"), Kind: "str"}
	case strings.HasPrefix(lit, "X'"):
		return CellView{Text: lit, Kind: "blob"}
	}
	return CellView{Text: lit, Kind: "num"}
}

// stepNote explains a step that ran more than one query, or whose plain
// attribute access ran one, in words a newcomer understands. It reads the
// SQL only: what each statement is, and which tables it touched.
func stepNote(s trace.Step) StepNote {
	var selects, writes []string
	shapes := map[string]int{}
	maxShape := 0
	for _, q := range s.SQL {
		switch sqlKind(q) {
		case "read":
			selects = append(selects, q)
			sh := sqlShape(q)
			shapes[sh]++
			maxShape = max(maxShape, shapes[sh])
		case "write":
			writes = append(writes, q)
		}
	}
	code := s.Code
	n := len(selects) + len(writes)
	switch {
	case maxShape >= 2:
		return StepNote{
			Short: "N+1: the same query " + strconv.Itoa(maxShape) + " times",
			Long: "This one line ran the same SELECT " + strconv.Itoa(maxShape) + " times, once per object: " +
				"something (often __str__, or a loop) follows a relation of each object, and Django loads each related object with its own query. " +
				"select_related() (for a ForeignKey or OneToOneField) or prefetch_related() (for many-to-many and reverse relations) fetches them up front.",
		}
	case len(writes) >= 2 && isDelete(code):
		return StepNote{
			Short: plural(n, "query", "queries") + ": a cascade",
			Long: "delete() first collects what depends on the object (the SELECTs), then deletes it and everything that cascades, table by table. " +
				"Django runs on_delete in Python, not in the database, so each affected table costs a statement.",
		}
	case tablesWritten(writes, "INSERT") >= 2:
		return StepNote{
			Short: "writes " + strconv.Itoa(tablesWritten(writes, "INSERT")) + " tables",
			Long: "One save() wrote " + strconv.Itoa(tablesWritten(writes, "INSERT")) + " tables: with multi-table inheritance each model of the hierarchy keeps its own fields in its own table, " +
				"so the parent row is inserted first and the child row reuses its primary key.",
		}
	case tablesWritten(writes, "UPDATE") >= 2:
		return StepNote{
			Short: "updates " + strconv.Itoa(tablesWritten(writes, "UPDATE")) + " tables",
			Long:  "save() updates every table of the hierarchy that holds one of the model's fields: one UPDATE per table.",
		}
	case updateThenInsert(writes):
		return StepNote{
			Short: "UPDATE, then INSERT",
			Long: "The object already had a primary key, so save() first tried an UPDATE; it matched no row, so Django INSERTed the row instead. " +
				"(An object with a pk that is not in the table yet, such as a one-to-one primary key, costs two statements to save.)",
		}
	case len(writes) >= 1 && len(selects) >= 1 && strings.Contains(code, "save("):
		return StepNote{
			Short: plural(n, "query", "queries"),
			Long:  "save() checked with a SELECT before writing: it looks the row up to decide between UPDATE and INSERT, or reads a related object it needs.",
		}
	case len(selects) >= 1 && len(writes) == 0 && isAttributeAccess(code):
		return StepNote{
			Short: "lazy load",
			Long: "Reading a relation ran a query: Django loads related objects lazily, the first time they are accessed, and caches them on the instance. " +
				"Accessing it again costs nothing.",
		}
	case n >= 2:
		return StepNote{
			Short: plural(n, "query", "queries"),
			Long:  "This one line ran " + strconv.Itoa(n) + " queries.",
		}
	}
	return StepNote{}
}

// updateThenInsert reports whether writes hold an UPDATE of a table
// followed by an INSERT into the same table: Model._save_table's UPDATE
// that matched no row.
func updateThenInsert(writes []string) bool {
	updated := map[string]bool{}
	for _, q := range writes {
		t := firstQuoted(q)
		switch {
		case strings.HasPrefix(q, "UPDATE"):
			updated[t] = true
		case strings.HasPrefix(q, "INSERT") && updated[t]:
			return true
		}
	}
	return false
}

// firstQuoted is the first quoted identifier of a statement: the table of
// an INSERT, UPDATE or DELETE.
func firstQuoted(q string) string {
	for _, tok := range strings.Fields(q) {
		if strings.HasPrefix(tok, `"`) {
			return tok
		}
	}
	return ""
}

// isDelete reports whether a line calls delete().
func isDelete(code string) bool { return strings.Contains(code, ".delete(") }

// isAttributeAccess reports whether code is a bare chain of attributes,
// such as `a.reporter` or `p.restaurant.name`: no call, no assignment.
func isAttributeAccess(code string) bool {
	code = strings.TrimSpace(code)
	if !strings.Contains(code, ".") {
		return false
	}
	for i := 0; i < len(code); i++ {
		c := code[i]
		if !(isWordByte(c) || c >= '0' && c <= '9' || c == '.') {
			return false
		}
	}
	return true
}

// tablesWritten counts the distinct tables that statements beginning with
// verb (INSERT, UPDATE, DELETE) write.
func tablesWritten(writes []string, verb string) int {
	seen := map[string]bool{}
	for _, q := range writes {
		if !strings.HasPrefix(q, verb) {
			continue
		}
		seen[firstQuoted(q)] = true
	}
	return len(seen)
}

// sqlShape is a statement with its literal values blanked, so that the
// same query for different rows has the same shape.
func sqlShape(q string) string {
	var b strings.Builder
	for _, t := range highlightSQL(q) {
		if t.Class == "str" || t.Class == "num" {
			b.WriteByte('?')
		} else {
			b.WriteString(t.Text)
		}
	}
	return b.String()
}
