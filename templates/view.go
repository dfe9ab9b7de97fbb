// Package templates holds the templ components of the playground page. The
// same components render the page on the server (serve.go) and the trace
// after an edit in the browser (wasm/browser), so both paint identical HTML.
//
// Components take typed parameters and do no engine work: everything they
// show comes from a trace.Trace or a trace.LoadError.
package templates

import (
	"errors"
	"strconv"
	"strings"

	"github.com/a-h/templ"
	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/features"
	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// Element ids shared by the components and web/app.js.
const (
	ModelsID   = "models"   // the models.py textarea
	ShellID    = "shell"    // the shell.py textarea
	RunID      = "run"      // the Run button
	StopID     = "stop"     // the Stop button, shown during a long run
	StatusID   = "status"   // the engine status line
	ProblemsID = "problems" // where a load error is shown
	TraceID    = "trace"    // the schema and the steps
	ResultsID  = "results"  // the tabs, problems and trace
	AboutID    = "about"    // the description of the example shown
	ExampleID  = "example"  // the examples menu
	ExamplesID = "examples" // the examples' text, for the menu
	ShareID    = "share"    // the Share button
	DownloadID = "download" // the Download menu

	DjangoID        = "django"         // the version picker
	SettingsID      = "settings"       // the settings disclosure
	UseTZID         = "use-tz"         // USE_TZ's checkbox
	AutoFieldID     = "auto-field"     // DEFAULT_AUTO_FIELD's menu
	SettingsResetID = "settings-reset" // back to startproject's settings
	CompareID       = "compare"        // the version to compare with
	CompareBarID    = "compare-bar"    // what the comparison found
	AppLabelID      = "app-label"      // the app label (APP_LABEL)
)

// PageData is everything the page shows when it is first served.
type PageData struct {
	// Example names the snippet the editors start with.
	Example string
	// Source is the text of the two editors.
	Source trace.Source
	// Result is what running Source produced.
	Result Result
	// Step is the 1-based step shown open.
	Step int
	// Examples are the entries of the examples menu.
	Examples []Example
	// Embed is the embed mode (?embed=1): editors and stepper only.
	Embed bool
	// Root is what the page's own URLs (its assets, the home link) start
	// with: "" for relative ones, "/" for a page served below the site's
	// root, such as a short link's (/s/ID).
	Root string
	// Shared is the short link the page opens, or nil.
	Shared *Shared
	// Django is the version Source ran under ("" is features.Default),
	// Settings the settings it ran with.
	Django   string
	Settings conf.Settings
}

// Shared is a snippet opened from its short link (/s/ID): the page shows
// its source, runs it as soon as the engine has loaded, and describes it
// for link previews.
type Shared struct {
	ID          string // the short ID
	URL         string // the link, absolute, or ""
	Title       string // the page's title
	Description string // its first lines, for link previews
}

// home is the brand link's target: the playground's start page.
func (p PageData) home() string {
	if p.Root == "" {
		return "./"
	}
	return p.Root
}

// view is what a narrow screen shows first: the code, or the result for
// a shared snippet.
func (p PageData) view() string {
	if p.Shared != nil {
		return "result"
	}
	return "code"
}

// django is the version the page shows selected.
func (p PageData) django() string {
	if p.Django == "" {
		return features.Default.Version
	}
	return p.Django
}

// pyBool writes a bool as Python does.
func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

// clockStart is when the session clock starts (trace.Epoch), in UTC.
func clockStart() string {
	return trace.Epoch.UTC().Format("2006-01-02 15:04:05")
}

// Description is the about text of the example shown, or "".
func (p PageData) Description() string {
	for _, ex := range p.Examples {
		if ex.Name == p.Example {
			return ex.Description
		}
	}
	return ""
}

// noEqual is a field of no size that makes a struct incomparable, so that
// Go generates no equality function for it: each one costs the wasm about
// half a kilobyte, and nothing compares these structs.
type noEqual [0]func()

// Result is one run of the engine as the page shows it: a Trace, or the
// error that kept the Source from loading.
type Result struct {
	// Trace is set when the Source loaded.
	Trace *trace.Trace
	// LoadErr is set when a file could not be loaded; it points at a line.
	LoadErr *trace.LoadError
	// Err is any other failure of the engine (a bug, not the user's).
	Err error
	// Pending is a Source that has not run yet: the page runs it once the
	// engine has loaded (a shared snippet's page).
	Pending bool
	// Recorded, when not nil, is a short link's recorded trace as
	// RecordedTraceView rendered it (wasm/worker keeps it rendered), shown
	// where the trace goes: the page shows it at once and puts its own
	// engine's trace of the Pending source in its place.
	Recorded templ.Component
	// Source is the input of the run, used to quote the offending line.
	Source trace.Source
	_      noEqual // see noEqual
}

// NewResult sorts the return values of playground.Run into a Result.
func NewResult(src trace.Source, t *trace.Trace, err error) Result {
	r := Result{Source: src}
	var le *trace.LoadError
	switch {
	case errors.As(err, &le):
		r.LoadErr = le
	case err != nil:
		r.Err = err
	default:
		r.Trace = t
	}
	return r
}

// Failed reports whether the run produced no trace.
func (r Result) Failed() bool { return r.Trace == nil }

// ErrorLine is the 1-based line of file that the result's load error points
// at, or 0.
func (r Result) ErrorLine(file string) int {
	if r.LoadErr != nil && r.LoadErr.File == file {
		return r.LoadErr.Line
	}
	return 0
}

// EditorView is one source editor.
type EditorView struct {
	File    string // the file it holds: "models.py"
	ID      string // the textarea's element id
	Text    string // its content
	ErrLine int    // the 1-based line to mark as wrong, or 0
}

// Editors returns the two editors of p, with the error line marked.
func (p PageData) Editors() []EditorView {
	return []EditorView{
		{File: "models.py", ID: ModelsID, Text: p.Source.Models, ErrLine: p.Result.ErrorLine("models.py")},
		{File: "shell.py", ID: ShellID, Text: p.Source.Shell, ErrLine: p.Result.ErrorLine("shell.py")},
	}
}

// lineCount is the number of lines the editor shows for text, counting
// the empty line after a final newline, as editors do.
func lineCount(text string) int {
	return strings.Count(text, "\n") + 1
}

// textareaRows is the height of an editor: all of its lines, at least a few.
func textareaRows(text string) int {
	return max(lineCount(text), 4)
}

// textareaContent is text as a textarea's content must be written: the HTML
// parser drops a newline right after <textarea>, so one is added.
func textareaContent(text string) string {
	return "\n" + text
}

// codeLines splits a statement's source into its lines.
func codeLines(code string) []string {
	return strings.Split(strings.TrimSuffix(code, "\n"), "\n")
}

// splitIndent splits a line's leading blanks from the rest, so that the
// step list can keep the rest's wrapped lines indented under it.
func splitIndent(line string) (indent, text string) {
	text = strings.TrimLeft(line, " \t")
	return line[:len(line)-len(text)], text
}

// sqlKind classifies a statement for styling: "tx" for transaction control,
// "read", "write" or "ddl".
func sqlKind(stmt string) string {
	word, _, _ := strings.Cut(strings.TrimSpace(stmt), " ")
	switch strings.ToUpper(word) {
	case "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "END":
		return "tx"
	case "SELECT", "WITH":
		return "read"
	case "INSERT", "UPDATE", "DELETE", "REPLACE":
		return "write"
	case "CREATE", "ALTER", "DROP":
		return "ddl"
	}
	return "other"
}

// queryCount counts the statements of sql that are not transaction control.
func queryCount(sql []string) int {
	n := 0
	for _, s := range sql {
		if sqlKind(s) != "tx" {
			n++
		}
	}
	return n
}

// plural renders "1 query", "3 queries".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// stepQueries summarises a step's SQL for its header.
func stepQueries(sql []string) string {
	n := queryCount(sql)
	if n == 0 {
		return "no SQL"
	}
	return plural(n, "query", "queries")
}

// traceSummary summarises a whole trace for the steps heading.
func traceSummary(t *trace.Trace) string {
	n := 0
	for _, s := range t.Steps {
		n += queryCount(s.SQL)
	}
	return plural(len(t.Steps), "statement", "statements") + ", " + plural(n, "query", "queries")
}

// trimOutput drops the newline that ends what the REPL printed.
func trimOutput(out string) string {
	return strings.TrimSuffix(out, "\n")
}

// sourceLine returns line n (1-based) of text, or "".
func sourceLine(text string, n int) string {
	if n < 1 {
		return ""
	}
	lines := strings.Split(text, "\n")
	if n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// caretLine is the whitespace that puts a caret under column col (1-based,
// in code points) of line, keeping tabs so that it lines up.
func caretLine(line string, col int) string {
	var b strings.Builder
	i := 1
	for _, r := range line {
		if i >= col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		i++
	}
	for ; i < col; i++ {
		b.WriteByte(' ')
	}
	b.WriteByte('^')
	return b.String()
}

// errorSource is the text of the file a load error points into.
func errorSource(r Result) string {
	if r.LoadErr == nil {
		return ""
	}
	switch r.LoadErr.File {
	case "models.py":
		return r.Source.Models
	case "shell.py":
		return r.Source.Shell
	}
	return ""
}

// loadErrorLocation renders "models.py:12:5".
func loadErrorLocation(e *trace.LoadError) string {
	return e.File + ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Col)
}

// Example is a shipped snippet of the examples menu (a folder of
// examples/).
type Example struct {
	Name        string // the folder, used in links: "many-to-one"
	Title       string // the menu entry
	Group       string // the menu section: "Relations"
	Description string // one paragraph shown above the editors
	Source      trace.Source
}

// exampleGroup is a section of the examples menu.
type exampleGroup struct {
	Name     string
	Examples []Example
}

// exampleGroups sorts examples into menu sections, in the order the
// sections first appear.
func exampleGroups(examples []Example) []exampleGroup {
	var out []exampleGroup
	for _, ex := range examples {
		if n := len(out); n == 0 || out[n-1].Name != ex.Group {
			out = append(out, exampleGroup{Name: ex.Group})
		}
		out[len(out)-1].Examples = append(out[len(out)-1].Examples, ex)
	}
	return out
}

// clampStep keeps a 1-based step number within 1..n.
func clampStep(step, n int) int {
	return max(1, min(step, n))
}

// errorClass is the exception class of a step's "ClassName: message".
func errorClass(e string) string {
	c, _, _ := strings.Cut(e, ":")
	return c
}

// errorMessage is ": message" of a step's "ClassName: message", or "".
func errorMessage(e string) string {
	_, m, ok := strings.Cut(e, ":")
	if !ok {
		return ""
	}
	return ":" + m
}

// changeMark is the sign in front of a changed row.
func changeMark(change string) string {
	switch change {
	case "inserted":
		return "+"
	case "updated":
		return "~"
	case "deleted":
		return "−"
	}
	return ""
}

// changeTitle explains the sign in front of a row.
func changeTitle(change string) string {
	if change == "" {
		return "unchanged"
	}
	return change + " by this step"
}

// changeSummary sums up what a step changed in a table: "+1 ~2 −1",
// "3 rows" when nothing changed.
func changeSummary(t TableView) string {
	if !t.Changed() {
		return plural(len(t.Rows), "row", "rows")
	}
	var parts []string
	if t.Inserted > 0 {
		parts = append(parts, strconv.Itoa(t.Inserted)+" inserted")
	}
	if t.Updated > 0 {
		parts = append(parts, strconv.Itoa(t.Updated)+" updated")
	}
	if t.Deleted > 0 {
		parts = append(parts, strconv.Itoa(t.Deleted)+" deleted")
	}
	return strings.Join(parts, ", ")
}

// schemaSummary counts the tables and proxy models.
func schemaSummary(t *trace.Trace) string {
	if t.Schema == nil {
		return plural(len(t.DDL), "statement", "statements")
	}
	s := plural(len(t.Schema.Tables), "table", "tables")
	if n := len(t.Schema.Proxies); n > 0 {
		s += ", " + plural(n, "proxy model", "proxy models")
	}
	return s
}

// formatDDL writes a CREATE TABLE with one column or constraint per line,
// indented, as Django's documentation prints them; other statements are
// returned as they are.
func formatDDL(stmt string) string {
	if !strings.HasPrefix(stmt, "CREATE TABLE ") {
		return stmt
	}
	open := strings.IndexByte(stmt, '(')
	if open < 0 || !strings.HasSuffix(stmt, ")") {
		return stmt
	}
	body := stmt[open+1 : len(stmt)-1]
	var parts []string
	depth, start := 0, 0
	inStr := byte(0)
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case inStr != 0:
			if c == inStr {
				inStr = 0
			}
		case c == '\'' || c == '"':
			inStr = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ',' && depth == 0:
			parts = append(parts, strings.TrimSpace(body[start:i]))
			start = i + 1
		}
	}
	parts = append(parts, strings.TrimSpace(body[start:]))
	return strings.TrimRight(stmt[:open], " ") + " (\n    " + strings.Join(parts, ",\n    ") + "\n);"
}

// diagramLabel describes the diagram for screen readers.
func diagramLabel(d Diagram) string {
	var names []string
	for _, b := range d.Boxes {
		names = append(names, b.Title)
	}
	return "Schema diagram: " + strings.Join(names, ", ")
}

// keyClass names the style of a key marker.
func keyClass(key string) string {
	switch key {
	case "PK":
		return "pk"
	case "FK":
		return "fk"
	case "1:1":
		return "o2o"
	case "PTR":
		return "parent"
	}
	return "none"
}

// linkMarker is the arrowhead of a link kind.
func linkMarker(kind string) string {
	switch kind {
	case "parent":
		return "url(#arrow-parent)"
	case "proxy":
		return "url(#arrow-proxy)"
	case "o2o":
		return "url(#arrow-o2o)"
	}
	return "url(#arrow-fk)"
}

// FirstActiveStep is the step a trace opens on when no step was asked
// for: the first that did something (ran SQL, printed or raised), so the
// page does not open on a line that only built an object and shows empty
// tables; 1 when none did.
func FirstActiveStep(t *trace.Trace) int {
	for i, s := range t.Steps {
		if len(s.SQL) > 0 || s.Output != "" || s.Error != nil {
			return i + 1
		}
	}
	return 1
}
