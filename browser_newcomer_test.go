package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The newcomer's bugs of issue 12, each with a test that would have
// caught it.

// savedState reads the autosave.
func savedState(v *map[string]any) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var raw string
		if err := chromedp.Evaluate(`localStorage.getItem("ormfiddle:session:v1") || "null"`, &raw).Do(ctx); err != nil {
			return err
		}
		*v = nil
		return json.Unmarshal([]byte(raw), v)
	})
}

// waitSaved waits until the autosave's shell.py contains text.
func waitSaved(text string) chromedp.Action {
	b, _ := json.Marshal(text)
	return poll(`(JSON.parse(localStorage.getItem("ormfiddle:session:v1") || "{}").s || "").includes(`+string(b)+`)`, nil)
}

// TestBrowserExampleEdits: an example chosen by its address
// (?example=NAME), edited, survives a reload, and looking at examples
// never overwrites the reader's own snippet in the autosave.
func TestBrowserExampleEdits(t *testing.T) {
	ctx, srv, errs := browserPage(t)

	// The reader's own snippet, saved.
	const own = "Place.objects.count()  # mine\n"
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		waitReady(),
		setEditor("shell.py", own),
		waitSaved("# mine"),
	); err != nil {
		t.Fatal(err)
	}
	// An example by its address: shown, the autosave untouched.
	var saved map[string]any
	var shell string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?example=many-to-one"),
		waitReady(),
		chromedp.Click("#step-head-3", chromedp.ByQuery),
		savedState(&saved),
	); err != nil {
		t.Fatal(err)
	}
	if saved["s"] != own {
		t.Errorf("opening an example overwrote the autosave: %v", saved["s"])
	}
	// Edited, it is the reader's snippet: saved, and the address no
	// longer names the example.
	const edit = "\nr.article_set.count()  # edited\n"
	var url, menu string
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`(() => { const c = document.querySelector('.cm-content[data-file="shell.py"]'); c.focus(); })()`, nil),
		chromedp.Evaluate(`document.execCommand("selectAll", false); window.getSelection().collapseToEnd(); document.execCommand("insertText", false, `+jsString(edit)+`)`, nil),
		waitSaved("# edited"),
		chromedp.Evaluate(`location.href`, &url),
		chromedp.Reload(),
		waitReady(),
		editorText("shell.py", &shell),
		chromedp.Evaluate(`document.getElementById("example").value`, &menu),
		savedState(&saved),
	); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(url, "example=") {
		t.Errorf("after the edit the address is %s, still naming the example", url)
	}
	if !strings.HasSuffix(shell, edit) || !strings.HasPrefix(shell, "r = Reporter") {
		t.Errorf("after a reload shell.py reads %q, want the example with the edit", shell)
	}
	if menu != "" {
		t.Errorf("after a reload the menu says %q, want Your snippet", menu)
	}
	if s, _ := saved["s"].(string); !strings.HasSuffix(s, edit) {
		t.Errorf("the autosave holds %q", s)
	}
	// The example's address again: the example, the edit kept aside.
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?example=many-to-one"),
		waitReady(),
		editorText("shell.py", &shell),
		savedState(&saved),
	); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(shell, "# edited") {
		t.Errorf("?example=many-to-one shows the edit")
	}
	if s, _ := saved["s"].(string); !strings.HasSuffix(s, edit) {
		t.Errorf("reopening the example overwrote the autosave: %q", s)
	}
	errs.check(t)
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestBrowserSharedLinks: a shared example opens with its title (not "Your
// snippet"); a shared snippet runs when its link is opened, but a later
// plain visit shows its code without running it again.
func TestBrowserSharedLinks(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	var exampleLink string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?example=one-to-one"),
		waitReady(),
		chromedp.Click("#share", chromedp.ByQuery),
		poll(`document.documentElement.dataset.shared`, &exampleLink),
	); err != nil {
		t.Fatal(err)
	}
	// Another browser, as the recipient's.
	ctx, cancel := newChromium(t, t.TempDir())
	defer cancel()
	errs.listen(ctx)
	var menu, title, about string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(exampleLink),
		waitReady(),
		waitRuns(1),
		chromedp.Evaluate(`document.getElementById("example").value`, &menu),
		chromedp.Evaluate(`document.getElementById("example").selectedOptions[0].textContent`, &title),
		chromedp.Text("#about", &about, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if menu != "one-to-one" || strings.Contains(title, "Your snippet") || about == "" {
		t.Errorf("a shared example opens as %q (%q), described %q; want one-to-one with its title", menu, title, about)
	}

	// A snippet's link, then a plain visit.
	link := srv.URL + "/?fresh=1#" + fragment(t, map[string]any{"v": 1, "m": scriptModels, "s": scriptShell, "st": 2, "django": "5.2"})
	var shell, placeholder string
	var state map[string]string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(link),
		waitReady(),
		waitRuns(1),
		chromedp.Navigate(srv.URL),
		waitReady(),
		editorText("shell.py", &shell),
		chromedp.Evaluate(`({...document.documentElement.dataset})`, &state),
		textOf("#trace", &placeholder),
	); err != nil {
		t.Fatal(err)
	}
	if shell != scriptShell {
		t.Errorf("the plain visit after the link shows shell.py %q, want the link's", shell)
	}
	if state["runs"] != "" || state["running"] != "" {
		t.Errorf("the plain visit ran the link's snippet again (runs %q, running %q)", state["runs"], state["running"])
	}
	if !strings.Contains(placeholder, "Press Run") {
		t.Errorf("the plain visit shows %q where the trace goes, want a word to press Run", placeholder)
	}
	errs.check(t)
}

// windowShot saves what the window shows, scrolled as it is, as
// out/screenshots/NAME-window.png.
func windowShot(name string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var b []byte
		if err := chromedp.CaptureScreenshot(&b).Do(ctx); err != nil {
			return err
		}
		if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(screenshotDir, name+"-window.png"), b, 0o644)
	})
}

// rect is an element's box in the window.
type rect struct {
	Top, Bottom, Left, Right, Width, Height float64
}

func boxOf(selector string, r *rect) chromedp.Action {
	return chromedp.Evaluate(`(() => { const b = document.querySelector(`+jsString(selector)+`).getBoundingClientRect();
		return {top: b.top, bottom: b.bottom, left: b.left, right: b.right, width: b.width, height: b.height}; })()`, r)
}

// TestBrowserPhone: at 390 px the result is a tap away (and where Run
// puts the reader), the status line is in view wherever the page is
// scrolled, wrapped lines keep their indentation, the steps' badges stay
// on their line, PostgreSQL's DDL and the diagram are whole.
func TestBrowserPhone(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	var status, statusScrolled rect
	var innerHeight float64
	if err := chromedp.Run(ctx,
		phone(),
		chromedp.Navigate(srv.URL+"/?example=many-to-many-through"),
		waitReady(),
		screenshot("50-phone-code"),
		boxOf("#status", &status),
		chromedp.Evaluate(`window.scrollTo(0, document.documentElement.scrollHeight); innerHeight`, &innerHeight),
		boxOf("#status", &statusScrolled),
	); err != nil {
		t.Fatal(err)
	}
	for _, s := range []rect{status, statusScrolled} {
		if s.Width < 40 || s.Top < 0 || s.Bottom > innerHeight {
			t.Errorf("the status line is not in view: %+v (window height %v)", s, innerHeight)
		}
	}

	// Wrapped lines keep their indentation: the second row of models.py's
	// indented `name = models.CharField(max_length=128)` starts under
	// `name`, not at the left edge.
	var wrap struct {
		Rows     int     `json:"rows"`
		TextLeft float64 `json:"textLeft"`
		NextLeft float64 `json:"nextLeft"`
	}
	if err := chromedp.Run(ctx, chromedp.Evaluate(`(() => {
		const line = [...document.querySelectorAll('.editor[data-file="models.py"] .cm-line')].find((l) => l.textContent.startsWith("    members = models.ManyToManyField("));
		const r = document.createRange();
		r.selectNodeContents(line);
		const rects = [...r.getClientRects()].filter((x) => x.width > 0);
		const tops = [...new Set(rects.map((x) => Math.round(x.top)))].sort((a, b) => a - b);
		// The first non-blank character.
		const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
		let node, at = null;
		while ((node = walker.nextNode()) && !at) {
			const i = node.data.search(/\S/);
			if (i >= 0) { const c = document.createRange(); c.setStart(node, i); c.setEnd(node, i + 1); at = c.getBoundingClientRect(); }
		}
		const next = rects.filter((x) => Math.round(x.top) === tops[1]);
		return {rows: tops.length, textLeft: at.left, nextLeft: Math.min(...next.map((x) => x.left))};
	})()`, &wrap)); err != nil {
		t.Fatal(err)
	}
	if wrap.Rows < 2 {
		t.Errorf("the long line did not wrap at 390 px (%d rows)", wrap.Rows)
	} else if d := wrap.NextLeft - wrap.TextLeft; d < -2 || d > 2 {
		t.Errorf("the wrapped row starts at %v, its line's text at %v", wrap.NextLeft, wrap.TextLeft)
	}

	// Run shows the result, near the top, the open step in view.
	var results, open rect
	var resultsTop float64
	if err := chromedp.Run(ctx,
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		boxOf("#results", &results),
		chromedp.Evaluate(`document.getElementById("results").getBoundingClientRect().top + scrollY`, &resultsTop),
		boxOf("#trace .step-open > .step-head", &open),
		screenshot("50-phone-result"),
	); err != nil {
		t.Fatal(err)
	}
	if results.Height == 0 || resultsTop > 300 {
		t.Errorf("after Run the results start %v px down the page (%+v)", resultsTop, results)
	}
	if open.Top < 0 || open.Bottom > innerHeight {
		t.Errorf("after Run the open step is out of view: %+v", open)
	}

	// Every step's badges sit on its first line, on one line.
	var badly []string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`[...document.querySelectorAll("#trace .step-head")].filter((h) => {
		const code = h.querySelector(".code-line").getBoundingClientRect();
		return [...h.querySelectorAll(".badge")].some((b) => { const r = b.getBoundingClientRect(); return r.height > 24 || r.top > code.top + 8; });
	}).map((h) => h.textContent.trim())`, &badly)); err != nil {
		t.Fatal(err)
	}
	if len(badly) > 0 {
		t.Errorf("badges wrap or sit below their step's code: %q", badly)
	}

	// The schema: the diagram and PostgreSQL's statements are whole.
	var clipped []string
	var diagram, pane rect
	if err := chromedp.Run(ctx,
		chromedp.Click("#tab-schema", chromedp.ByQuery),
		chromedp.Click(`button[data-dialect="postgresql"]`, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("#trace .ddl-postgresql .sql")].filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent)`, &clipped),
		boxOf("#trace .diagram svg", &diagram),
		boxOf("#trace .diagram-scroll", &pane),
		screenshotOf("50-phone-schema", "#results"),
	); err != nil {
		t.Fatal(err)
	}
	if len(clipped) > 0 {
		t.Errorf("PostgreSQL statements cut at the right: %q", clipped)
	}
	if diagram.Right > pane.Right+1 || diagram.Width == 0 {
		t.Errorf("the diagram (%+v) runs past its pane (%+v)", diagram, pane)
	}
	var overflow int
	chromedp.Run(ctx, chromedp.Evaluate(`document.documentElement.scrollWidth - window.innerWidth`, &overflow))
	if overflow > 0 {
		t.Errorf("at 390 px the page is %d px wider than the screen", overflow)
	}
	errs.check(t)
}

// TestBrowserEmbedSizes: embedded at 700 x 500 (a blog's column) and 900
// wide, the steps are in view without scrolling past the editors.
func TestBrowserEmbedSizes(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	for _, size := range []struct {
		name string
		w, h int64
	}{{"700x500", 700, 500}, {"900x600", 900, 600}} {
		var list, open rect
		if err := chromedp.Run(ctx,
			chromedp.EmulateViewport(size.w, size.h),
			chromedp.Navigate(srv.URL+"/?embed=1&example=many-to-many-through"),
			waitReady(),
			boxOf("#trace .step-list", &list),
			boxOf("#trace .step-open > .step-head", &open),
			screenshot("51-embed-"+size.name),
		); err != nil {
			t.Fatal(err)
		}
		if list.Top > float64(size.h)-60 || open.Bottom > float64(size.h) {
			t.Errorf("embedded at %s the steps start at %v, the open step's head ends at %v: below the fold", size.name, list.Top, open.Bottom)
		}
	}
	errs.check(t)
}

// TestBrowserStepBand: opening a step scrolls its lines of shell.py into
// view (clear of the bar at the top); the page opens on the first step
// that did something.
func TestBrowserStepBand(t *testing.T) {
	ctx, srv, errs := browserPage(t)

	// The default example's first statement builds an object: no SQL.
	var first stepText
	var hasSQL bool
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		openStep(&first),
		chromedp.Evaluate(`!!document.querySelector("#trace .step-open .step-sql")`, &hasSQL),
	); err != nil {
		t.Fatal(err)
	}
	if first.N != 2 || !hasSQL {
		t.Errorf("the page opens on step %d (%q), SQL %v; want step 2, the first that ran SQL", first.N, first.Code, hasSQL)
	}
	// An example from the menu too (its first statement builds a Person).
	if err := chromedp.Run(ctx,
		waitReady(),
		chromedp.SetValue("#example", "fields-and-choices", chromedp.ByQuery),
		waitRuns(1),
		openStep(&first),
		chromedp.Evaluate(`!!document.querySelector("#trace .step-open .step-sql")`, &hasSQL),
	); err != nil {
		t.Fatal(err)
	}
	if first.N != 2 || !hasSQL {
		t.Errorf("fields-and-choices opens on step %d (%q); want step 2, p.save()", first.N, first.Code)
	}

	var band, bar rect
	var innerHeight float64
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#example", "many-to-many-through", chromedp.ByQuery),
		waitRuns(2),
		chromedp.Evaluate(`window.scrollTo(0, 0); innerHeight`, &innerHeight),
		chromedp.Click("#step-head-16", chromedp.ByQuery),
		poll(`(() => { const b = document.querySelector(".cm-step-line"); if (!b) return false;
			const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`, nil),
		boxOf(".cm-step-line", &band),
		boxOf(".topbar", &bar),
		windowShot("52-step-band"),
	); err != nil {
		t.Fatal(err)
	}
	if band.Top < bar.Bottom {
		t.Errorf("the step's line (%+v) is under the top bar (%+v)", band, bar)
	}
	errs.check(t)
}

// pollsModels and pollsShell are the tutorial's app, polls.
const (
	pollsModels = `from django.db import models


class Question(models.Model):
    question_text = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")
`
	pollsShell = `from polls.models import Question
from django.utils import timezone
Question.objects.create(question_text="What's new?", pub_date=timezone.now())
`
)

// TestBrowserAppLabel: the tutorial's `from polls.models import Question`
// runs once the app label says polls (the tables are polls_question), and
// a share link keeps the label.
func TestBrowserAppLabel(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	var sql []string
	var link string
	var custom bool
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		waitReady(),
		setEditor("models.py", pollsModels),
		setEditor("shell.py", pollsShell),
		chromedp.Click("#settings summary", chromedp.ByQuery),
		chromedp.SetValue("#app-label", "polls", chromedp.ByQuery), // fires change
		waitRuns(1),
		screenshot("53-app-label"),
		chromedp.Evaluate(`document.body.click()`, nil),
		stepSQL(3, &sql),
		chromedp.Evaluate(`document.getElementById("settings").hasAttribute("data-custom")`, &custom),
		chromedp.Click("#share", chromedp.ByQuery),
		poll(`document.documentElement.dataset.shared`, &link),
	); err != nil {
		t.Fatal(err)
	}
	if len(sql) != 1 || !strings.HasPrefix(sql[0], `INSERT INTO "polls_question"`) {
		t.Errorf("with the app label polls, the create ran %q", sql)
	}
	if !custom {
		t.Error("the settings do not say they are not startproject's")
	}
	// Another browser, as the recipient's.
	ctx, cancel := newChromium(t, t.TempDir())
	defer cancel()
	errs.listen(ctx)
	var label string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(link),
		waitReady(),
		waitRuns(1),
		chromedp.Evaluate(`document.getElementById("app-label").value`, &label),
		stepSQL(3, &sql),
	); err != nil {
		t.Fatal(err)
	}
	if label != "polls" || len(sql) != 1 || !strings.Contains(sql[0], `"polls_question"`) {
		t.Errorf("from the link: app label %q, SQL %q", label, sql)
	}
	errs.check(t)
}
