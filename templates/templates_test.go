package templates

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/a-h/templ"
	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
)

func render(t *testing.T, c templ.Component) string {
	t.Helper()
	var b strings.Builder
	if err := c.Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// recorded is the trace Django produced for the multi-table example.
func recorded(t *testing.T) *playground.Trace {
	t.Helper()
	data, err := os.ReadFile("../engine/playground/testdata/conformance/mti_place_restaurant/expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var tr playground.Trace
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	return &tr
}

func TestTraceView(t *testing.T) {
	tr := recorded(t)
	html := render(t, TraceView(tr, 2, false))
	if got, want := strings.Count(html, `<li class="step`), len(tr.Steps); got != want {
		t.Errorf("%d steps rendered, want %d", got, want)
	}
	sql := 0
	for _, s := range tr.Steps {
		sql += len(s.SQL)
	}
	if got, want := strings.Count(html, `<pre class="sql sql-`), len(tr.DDL)+sql; got != want {
		t.Errorf("%d SQL blocks, want one per statement: %d", got, want)
	}
	for _, want := range []string{
		`<pre class="sql sql-write"><code><span class="t-kw">INSERT</span> <span class="t-kw">INTO</span> <span class="t-id">&#34;myapp_place&#34;</span> <span class="t-op">(</span><span class="t-id">&#34;name&#34;</span><span class="t-op">,</span> <span class="t-id">&#34;address&#34;</span><span class="t-op">)</span> <span class="t-kw brk">VALUES</span> <span class="t-op">(</span><span class="t-str">&#39;Bob&#39;&#39;s Cafe&#39;</span>`,
		`<pre class="sql sql-tx"><code><span class="t-kw">BEGIN</span></code></pre>`,
		`<pre class="step-output"><code>&lt;Place: Place object (2)&gt;</code></pre>`,
		`18 statements, 17 queries`,
		`<span class="code-line">r.pk = None</span>`,
		`<li class="step step-open" data-step="2"`,
		`aria-expanded="true" aria-controls="step-2"`,
		`<div class="step-detail" id="step-3" role="region" aria-labelledby="step-head-3" hidden>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the trace lacks %s", want)
		}
	}
}

// TestTraceViewLazy: only the open step's detail is rendered.
func TestTraceViewLazy(t *testing.T) {
	tr := recorded(t)
	html := render(t, TraceView(tr, 2, true))
	if got := strings.Count(html, `data-lazy`); got != len(tr.Steps)-1 {
		t.Errorf("%d lazy details, want %d", got, len(tr.Steps)-1)
	}
	if got := strings.Count(html, `class="step-sql"`); got != 1 {
		t.Errorf("%d details rendered, want the open one", got)
	}
}

// TestStepEscapes: what the user typed is text, never markup.
func TestStepEscapes(t *testing.T) {
	e := "ValueError: <script>alert(1)</script>"
	html := render(t, Step(StepView{N: 3, Step: playground.Step{
		Code:   "print('<script>alert(1)</script>')\nx = 1",
		Output: "<script>alert(1)</script>\n",
		Error:  &e,
		Line:   4, EndLine: 5,
		Snapshot: []playground.TableRows{{Name: "<script>", Rows: [][]string{{"'<script>'"}}, Changes: []playground.RowChange{playground.RowInserted}}},
	}, Tables: []TableView{{Name: "<script>", Columns: []string{"<b>"}, Rows: []RowView{{Cells: []CellView{{Text: "<script>", Kind: "str"}}, Change: "inserted"}}}}}, true, false))
	if strings.Contains(html, "<script>") || strings.Contains(html, "<b>") {
		t.Errorf("unescaped markup: %s", html)
	}
	for _, want := range []string{`data-line="4"`, `data-end-line="5"`, `step-failed`, `no SQL`, `<span class="code-line">x = 1</span>`, `&lt;script&gt;`} {
		if !strings.Contains(html, want) {
			t.Errorf("the step lacks %s: %s", want, html)
		}
	}
}

func TestLoadErrorPanel(t *testing.T) {
	src := playground.Source{Models: "from django.db import models\n\n\tclass Place(models.Model)\n"}
	r := NewResult(src, nil, &playground.LoadError{File: "models.py", Line: 3, Col: 27, Msg: "expected ':'"})
	html := render(t, Problems(r))
	for _, want := range []string{
		`>models.py:3:27</button><span class="problem-message">: expected &#39;:&#39;</span>`,
		`data-line="3"`, `data-col="27"`,
		"\tclass Place(models.Model)\n\t                         ^",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the panel lacks %q:\n%s", want, html)
		}
	}
	page := render(t, Page(PageData{Source: src, Result: r}))
	if !strings.Contains(page, `data-error-line="3"`) || !strings.Contains(page, `<span class="error-line">3</span>`) {
		t.Error("the page does not mark line 3 of models.py")
	}
	if strings.Contains(page, `id="shell" name="shell" rows="4" wrap="off" spellcheck="false" autocapitalize="off" autocomplete="off" data-file="shell.py" data-error-line`) {
		t.Error("shell.py is marked too")
	}
}

func TestInternalError(t *testing.T) {
	r := NewResult(playground.Source{}, nil, errors.New("index out of range <3>"))
	html := render(t, Results(r, 1))
	if !strings.Contains(html, "This is a bug in ormfiddle") || !strings.Contains(html, "index out of range &lt;3&gt;") {
		t.Errorf("internal error panel: %s", html)
	}
}

func TestEditorKeepsLeadingNewline(t *testing.T) {
	html := render(t, Editor(EditorView{File: "shell.py", ID: ShellID, Text: "\nx = 1\n"}))
	if !strings.Contains(html, ">\n\nx = 1\n</textarea>") {
		t.Errorf("textarea: %s", html)
	}
	if strings.Count(html, "<span") != 3 {
		t.Errorf("want 3 gutter lines: %s", html)
	}
}

func TestCaretLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		col  int
		want string
	}{
		{"abc", 1, "^"},
		{"abc", 3, "  ^"},
		{"\tab", 3, "\t ^"},
		{"ab", 5, "    ^"},
		{"héllo", 3, "  ^"},
	} {
		if got := caretLine(tc.line, tc.col); got != tc.want {
			t.Errorf("caretLine(%q, %d) = %q, want %q", tc.line, tc.col, got, tc.want)
		}
	}
}

func TestSQLKind(t *testing.T) {
	for stmt, want := range map[string]string{
		"BEGIN": "tx", "SAVEPOINT \"s1\"": "tx", "select 1": "read", "INSERT INTO x": "write",
		"DELETE FROM x": "write", "CREATE INDEX i": "ddl", "PRAGMA x": "other",
	} {
		if got := sqlKind(stmt); got != want {
			t.Errorf("sqlKind(%q) = %q, want %q", stmt, got, want)
		}
	}
}

// TestSessionControls: the header offers the versions in features.Versions'
// order, the one the page ran selected, and the settings it ran with; the
// results offer a comparison with every version.
func TestSessionControls(t *testing.T) {
	r := NewResult(playground.Source{}, &playground.Trace{Django: "6.1"}, nil)
	legacy := conf.Legacy()
	page := render(t, Page(PageData{Result: r, Django: "6.1", Settings: legacy}))
	for _, want := range []string{
		`<option value="5.2">Django 5.2 LTS</option><option value="6.1" selected>Django 6.1</option><option value="3.2">Django 3.2</option>`,
		`<details class="menu settings" id="settings" data-custom>`,
		`<input type="checkbox" id="use-tz" autocomplete="off"> <code>USE_TZ = <span data-use-tz>False</span></code>`,
		`<option value="django.db.models.AutoField" selected>AutoField</option><option value="django.db.models.BigAutoField">BigAutoField</option>`,
		`it starts at 2024-01-01 09:00:00 UTC and moves one second`,
		`<option value="6.1" disabled>Django 6.1</option>`,
		`id="compare-bar"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	page = render(t, Page(PageData{Result: r, Settings: conf.Startproject()}))
	for _, want := range []string{
		`<option value="5.2" selected>Django 5.2 LTS</option>`,
		`<details class="menu settings" id="settings">`,
		`<input type="checkbox" id="use-tz" autocomplete="off" checked>`,
		`<option value="django.db.models.BigAutoField" selected>BigAutoField</option>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the default page lacks %s", want)
		}
	}
}
