package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The browser tests drive Debian's chromium, headless, against the real
// handler serving web/. They need the wasm built: `make test` builds it
// (and installs chromium) and sets ORMFIDDLE_BROWSER_TEST=require, which
// turns a missing browser or wasm into a failure. A plain `go test ./...`
// skips them with a message instead.

const (
	chromiumPath  = "/usr/bin/chromium"
	screenshotDir = "out/screenshots"
)

// requireBrowser skips t, or fails it under `make test`, unless chromium
// and the wasm build are there.
func requireBrowser(t testing.TB) {
	t.Helper()
	required := os.Getenv("ORMFIDDLE_BROWSER_TEST") == "require"
	missing := func(msg string) {
		t.Helper()
		if required {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		missing(chromiumPath + " is not installed: `make test` installs Debian's chromium and runs this test")
	}
	if _, err := os.Stat(filepath.Join("web", wasmFile)); err != nil {
		missing("web/" + wasmFile + " is not built: `make test` (or `make wasm`) builds it")
	}
	if _, err := os.Stat(filepath.Join("web", "wasm_exec.js")); err != nil {
		missing("web/wasm_exec.js is missing: `make test` (or `make wasm`) copies it")
	}
}

// newChromium starts a headless chromium with a fresh profile under
// parentDir and returns a context for a tab of it. Its cancel function
// stops the browser and removes the profile.
// Extra options (make bench's --js-flags) come after the others.
func newChromium(t testing.TB, parentDir string, extra ...chromedp.ExecAllocatorOption) (context.Context, context.CancelFunc) {
	t.Helper()
	profileDir := filepath.Join(parentDir, "profile")
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(profileDir),
		chromedp.WindowSize(1280, 900),
	}
	opts = append(opts, extra...)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	// No deadline of its own: a busy machine is slow, not wrong, and go
	// test's -timeout ends a hung browser.
	ctx, cancelTab := chromedp.NewContext(actx)
	return ctx, func() {
		cancelTab()
		cancelAlloc()
		// Chromium's helpers may still be writing the profile for a moment.
		for i := 0; i < 50 && os.RemoveAll(profileDir) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// poll waits until expression is truthy in the page, however long that
// takes (chromedp.Poll's own default is 30 seconds): tests must not fail
// because a busy machine is slow; go test's -timeout ends a hang.
func poll(expression string, res any) chromedp.PollAction {
	return chromedp.Poll(expression, res, chromedp.WithPollingTimeout(0))
}

// newTestServer serves the playground from web/, as `go run .` does,
// counting the requests of each path (requestCount).
func newTestServer(t testing.TB) *httptest.Server {
	t.Helper()
	h, err := newServer("web")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(&countingHandler{Handler: h})
	t.Cleanup(srv.Close)
	return srv
}

// countingHandler counts the requests of each URL path it serves.
type countingHandler struct {
	http.Handler
	counts sync.Map // path -> *atomic.Int64
}

func (h *countingHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n, _ := h.counts.LoadOrStore(r.URL.Path, new(atomic.Int64))
	n.(*atomic.Int64).Add(1)
	h.Handler.ServeHTTP(w, r)
}

// requestCount is how many requests of path (a URL path) srv, made by
// newTestServer, has answered: the page's, and its workers', which the
// page's own resource timing does not list; -1 for another server.
func requestCount(srv *httptest.Server, path string) int64 {
	h, ok := srv.Config.Handler.(*countingHandler)
	if !ok {
		return -1
	}
	n, ok := h.counts.Load(path)
	if !ok {
		return 0
	}
	return n.(*atomic.Int64).Load()
}

// newTestServerWithout serves the playground from web/ as newTestServer
// does, but answers path (a URL path, "/warm.js") with a 404: the page
// without one of its files. Chromium fetches a worker's script outside
// the page's network domain, where a test cannot block it.
func newTestServerWithout(t testing.TB, path string) *httptest.Server {
	t.Helper()
	h, err := newServer("web")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == path {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// pageErrors collects the JavaScript exceptions and console errors of a
// tab (a CSP violation is one).
type pageErrors struct {
	mu   sync.Mutex
	msgs []string
}

func (p *pageErrors) listen(ctx context.Context) {
	chromedp.ListenTarget(ctx, func(ev any) {
		var msg string
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			msg = ev.ExceptionDetails.Text
			if ev.ExceptionDetails.Exception != nil {
				msg += " " + ev.ExceptionDetails.Exception.Description
			}
		case *runtime.EventConsoleAPICalled:
			if ev.Type != runtime.APITypeError {
				return
			}
			for _, a := range ev.Args {
				msg += " " + string(a.Value) + a.Description
			}
		default:
			return
		}
		p.mu.Lock()
		p.msgs = append(p.msgs, strings.TrimSpace(msg))
		p.mu.Unlock()
	})
}

// browserPage is the start of a browser test: the playground served from
// web/, a fresh Chromium (closed when the test ends), and the errors its
// tab logs.
func browserPage(t *testing.T) (context.Context, *httptest.Server, *pageErrors) {
	t.Helper()
	requireBrowser(t)
	srv := newTestServer(t)
	ctx, cancel := newChromium(t, t.TempDir())
	t.Cleanup(cancel)
	errs := &pageErrors{}
	errs.listen(ctx)
	return ctx, srv, errs
}

// check fails the test with the errors the page logged since the last
// take.
func (p *pageErrors) check(t *testing.T) {
	t.Helper()
	if msgs := p.take(); len(msgs) > 0 {
		t.Errorf("the page logged errors:\n%s", strings.Join(msgs, "\n"))
	}
}

func (p *pageErrors) take() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	m := p.msgs
	p.msgs = nil
	return m
}

// screenshot saves the whole page, scrolled to the top, as
// out/screenshots/NAME.png, and what the window shows as NAME-window.png.
func screenshot(name string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var full, window []byte
		if err := chromedp.Run(ctx,
			chromedp.Evaluate(`window.scrollTo(0, 0)`, nil),
			chromedp.CaptureScreenshot(&window),
			chromedp.FullScreenshot(&full, 100),
		); err != nil {
			return err
		}
		if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(screenshotDir, name+"-window.png"), window, 0o644); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(screenshotDir, name+".png"), full, 0o644)
	})
}

// screenshotOf scrolls the element of selector to the top of the window
// and saves what the window shows as out/screenshots/NAME-window.png.
func screenshotOf(name, selector string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var window []byte
		if err := chromedp.Run(ctx,
			chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q).scrollIntoView({block: "start"})`, selector), nil),
			chromedp.CaptureScreenshot(&window),
		); err != nil {
			return err
		}
		if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(screenshotDir, name+"-window.png"), window, 0o644)
	})
}

// awaitPromise makes chromedp.Evaluate wait for the promise the
// expression returns and read what it resolves to.
func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

// waitRuns waits until the page has finished n runs. It fails, rather
// than waiting on, when the page has made more, or its engine failed to
// load or to restart (a page that would never get there).
func waitRuns(n int) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		if err := chromedp.Run(ctx, poll(fmt.Sprintf(`Number(document.documentElement.dataset.runs || 0) >= %d || document.documentElement.dataset.engine === "failed" || %s`, n, scriptFailed), nil)); err != nil {
			return err
		}
		if err := scriptRan(ctx); err != nil {
			return err
		}
		var state struct {
			Runs   int
			Engine string
			Status string
		}
		if err := chromedp.Run(ctx, chromedp.Evaluate(`({
			Runs: Number(document.documentElement.dataset.runs || 0),
			Engine: document.documentElement.dataset.engine ?? "",
			Status: document.getElementById("status")?.textContent ?? "",
		})`, &state)); err != nil {
			return err
		}
		if state.Runs != n {
			return fmt.Errorf("waiting for run %d: the page has made %d, its engine %q, its status %q", n, state.Runs, state.Engine, state.Status)
		}
		return nil
	})
}

// scriptFailed is true on a page whose app.js failed to load (or threw
// before its first statement): the document has loaded, and deferred
// module scripts run before that, yet app.js has not marked it.
const scriptFailed = `(document.readyState === "complete" && document.documentElement.dataset.script !== "1")`

// scriptRan fails, saying what the page's resource timing knows of its
// files, when scriptFailed is true.
func scriptRan(ctx context.Context) error {
	var failed bool
	if err := chromedp.Run(ctx, chromedp.Evaluate(scriptFailed, &failed)); err != nil || !failed {
		return err
	}
	var loaded []string
	chromedp.Run(ctx, chromedp.Evaluate(`performance.getEntriesByType("resource").map((e) => e.name + " " + e.responseStatus)`, &loaded))
	return fmt.Errorf("the page's script did not run: app.js failed to load, or threw at once (resources loaded: %v)", loaded)
}

// waitReady waits for the engine and the editor to have loaded.
func waitReady() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		if err := chromedp.Run(ctx,
			poll(`["ready", "failed"].includes(document.documentElement.dataset.engine) && document.documentElement.dataset.editor === "codemirror" || `+scriptFailed, nil),
		); err != nil {
			return err
		}
		if err := scriptRan(ctx); err != nil {
			return err
		}
		var state, status string
		chromedp.Run(ctx,
			chromedp.Evaluate(`document.documentElement.dataset.engine`, &state),
			chromedp.Text("#status", &status, chromedp.ByQuery),
		)
		if state != "ready" {
			return fmt.Errorf("engine state %q, status %q", state, status)
		}
		return nil
	})
}

// waitDetail waits until the open step's detail is there: the engine
// renders a trace with the open step's detail only, and the page asks its
// Web Worker for another's when it is opened (and for the compared
// version's, when comparing).
func waitDetail() chromedp.Action {
	return poll(`(() => { const d = document.querySelector("#trace .step-open .step-detail");
		if (!d || d.hasAttribute("data-lazy")) return false;
		if (!document.documentElement.hasAttribute("data-comparing") || document.querySelector("#compare-bar .compare-problem")) return true;
		return !!d.querySelector(".compare"); })()`, nil)
}

// openStepSQL reads the SQL blocks of the step shown open.
func openStepSQL(sql *[]string) chromedp.Action {
	return chromedp.Tasks{
		waitDetail(),
		chromedp.Evaluate(`[...document.querySelectorAll("#trace .step-open .step-sql .sql")].map(e => e.textContent)`, sql),
	}
}

// lastStepSQL opens the last step and reads its SQL blocks.
func lastStepSQL(sql *[]string) chromedp.Action {
	return chromedp.Tasks{
		chromedp.Evaluate(`document.querySelector("#trace .step:last-child .step-head").click()`, nil),
		openStepSQL(sql),
	}
}

// setEditor replaces the text of the editor of file ("models.py") as a
// paste would: CodeMirror takes it as input.
func setEditor(file, text string) chromedp.Action {
	return chromedp.Evaluate(fmt.Sprintf(`(() => {
		const c = document.querySelector('.cm-content[data-file=%q]');
		c.focus();
		document.execCommand("selectAll");
		document.execCommand("insertText", false, %q);
	})()`, file, text), nil)
}

// editorText reads the text of the editor of file.
func editorText(file string, text *string) chromedp.Action {
	return chromedp.Evaluate(fmt.Sprintf(`document.querySelector('textarea[data-file=%q]:not(template textarea)').value`, file), text)
}

// darkMode makes the page see prefers-color-scheme: dark (or light).
func darkMode(on bool) chromedp.Action {
	v := "light"
	if on {
		v = "dark"
	}
	return emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: v}})
}

// narrow emulates a 360 px wide phone; wide the desktop window.
func narrow() chromedp.Action { return chromedp.EmulateViewport(360, 780, chromedp.EmulateScale(2)) }
func wide() chromedp.Action   { return chromedp.EmulateViewport(1280, 900) }

const (
	// newStatement is the line the test appends to the example's shell.py.
	newStatement = `Place.objects.filter(name__startswith="Town")`
	// newStatementSQL is what Django 3.2 runs for it.
	newStatementSQL = `SELECT "myapp_place"."id", "myapp_place"."name", "myapp_place"."address" FROM "myapp_place" WHERE "myapp_place"."name" LIKE 'Town%' ESCAPE '\' LIMIT 21`
)

// TestBrowser is the acceptance test of the page: the first trace is in the
// served HTML, the wasm and the editor take over, an edit runs in the
// browser and shows Django's SQL, a syntax error is marked at its line,
// and the page keeps working once it is fixed. It saves screenshots in
// out/screenshots.
func TestBrowser(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	src, err := loadExample(defaultExample)
	if err != nil {
		t.Fatal(err)
	}

	// The first trace comes with the HTML, before the wasm.
	var firstTrace string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.Evaluate(`document.getElementById("trace").textContent`, &firstTrace),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(firstTrace, `INNER JOIN "myapp_place"`) {
		t.Errorf("the server-rendered trace has no `INNER JOIN \"myapp_place\"`; it reads:\n%.600s", firstTrace)
	}
	if err := chromedp.Run(ctx, waitReady(), screenshot("1-loaded")); err != nil {
		t.Fatal(err)
	}

	// Append a statement by typing it at the end, and press Run.
	var sql []string
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`(() => { const c = document.querySelector('.cm-content[data-file="shell.py"]'); c.focus(); })()`, nil),
		chromedp.KeyEvent(kb.End, chromedp.KeyModifiers(input.ModifierCtrl)),
		chromedp.KeyEvent(kb.Enter),
		chromedp.SendKeys(`.cm-content[data-file="shell.py"]`, newStatement, chromedp.ByQuery),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		lastStepSQL(&sql),
		screenshot("2-edited"),
	); err != nil {
		t.Fatal(err)
	}
	checkNewStep(t, ctx, "after Run", sql)

	// Ctrl+Enter in the editor runs too.
	if err := chromedp.Run(ctx,
		chromedp.Focus(`.cm-content[data-file="shell.py"]`, chromedp.ByQuery),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(input.ModifierCtrl)),
		waitRuns(2),
		lastStepSQL(&sql),
	); err != nil {
		t.Fatal(err)
	}
	checkNewStep(t, ctx, "after Ctrl+Enter", sql)

	// A syntax error in models.py: class Place(...) loses its colon.
	const classLine = "class Place(models.Model):"
	lineNo := 1 + strings.Count(src.Models[:strings.Index(src.Models, classLine)], "\n")
	broken := strings.Replace(src.Models, classLine, strings.TrimSuffix(classLine, ":"), 1)
	var problem, bandText, activeLine, status string
	var lintRanges, lintMarkers int
	var stale, problemVisible bool
	if err := chromedp.Run(ctx,
		setEditor("models.py", broken),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(3),
		chromedp.Text("#problems", &problem, chromedp.ByQuery),
		chromedp.Text("#status", &status, chromedp.ByQuery),
		// The message must be on screen, not scrolled away in the results
		// pane: its box lies within the results pane's visible part.
		chromedp.Evaluate(`(() => {
			const p = document.querySelector("#problems .problem").getBoundingClientRect();
			const r = document.getElementById("results").getBoundingClientRect();
			return p.height > 0 && p.top >= r.top && p.bottom <= Math.min(r.bottom, innerHeight);
		})()`, &problemVisible),
		chromedp.Evaluate(`document.querySelector('.editor[data-file="models.py"] .cm-error-line')?.textContent ?? ""`, &bandText),
		chromedp.Evaluate(`document.querySelectorAll('.editor[data-file="models.py"] .cm-lintRange-error').length`, &lintRanges),
		chromedp.Evaluate(`document.querySelectorAll('.editor[data-file="models.py"] .cm-lint-marker-error').length`, &lintMarkers),
		chromedp.Evaluate(`document.querySelector('.editor[data-file="models.py"] .cm-activeLineGutter')?.textContent ?? ""`, &activeLine),
		chromedp.Evaluate(`document.getElementById("trace").classList.contains("stale")`, &stale),
		screenshot("3-syntax-error"),
	); err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(fmt.Sprintf(`^models\.py:%d:(\d+): \S`, lineNo))
	if !want.MatchString(strings.TrimSpace(problem)) {
		t.Errorf("error panel reads %q, want it to match %s", problem, want)
	}
	if !want.MatchString(strings.TrimSpace(status)) {
		t.Errorf("status line reads %q, want the error, matching %s", status, want)
	}
	if !problemVisible {
		t.Error("the error panel is not in view after the failed run")
	}
	if bandText != strings.TrimSuffix(classLine, ":") {
		t.Errorf("the marked line reads %q, want %q", bandText, strings.TrimSuffix(classLine, ":"))
	}
	if lintRanges != 1 || lintMarkers != 1 {
		t.Errorf("%d error ranges and %d gutter markers, want one each", lintRanges, lintMarkers)
	}
	if activeLine != fmt.Sprint(lineNo) {
		t.Errorf("caret on line %s of models.py, want %d", activeLine, lineNo)
	}
	if !stale {
		t.Error("the previous trace is not marked stale")
	}

	// Fixed again, the page runs as before.
	var problemAfter string
	if err := chromedp.Run(ctx,
		setEditor("models.py", src.Models),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(4),
		chromedp.Text("#problems", &problemAfter, chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("trace").classList.contains("stale")`, &stale),
		chromedp.Evaluate(`document.querySelectorAll(".cm-error-line, .cm-lintRange-error").length`, &lintRanges),
		lastStepSQL(&sql),
		screenshot("4-fixed"),
	); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(problemAfter) != "" || stale || lintRanges != 0 {
		t.Errorf("after the fix: problems %q, stale %v, %d error marks; want none", problemAfter, stale, lintRanges)
	}
	checkNewStep(t, ctx, "after the fix", sql)

	// The database file comes from the engine.
	var header string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`ormfiddle.database({models: document.getElementById("models").value, shell: document.getElementById("shell").value})
		.then((db) => new TextDecoder().decode(db.slice(0, 15)))`, &header, awaitPromise)); err != nil {
		t.Fatal(err)
	}
	if header != "SQLite format 3" {
		t.Errorf("the database download starts %q", header)
	}

	// The engine's worker fetches the wasm, once; before Go started it had
	// V8 compile the functions a first run calls (precompile.js), which
	// the build exported.
	if n := requestCount(srv, "/"+wasmFile); n != 1 {
		t.Errorf("the wasm was requested %d times, want once", n)
	}
	// The editor's loader and each of its chunks (make editor), once: the
	// chunks asked for ahead (modulepreload) are the ones it runs.
	chunks, _ := filepath.Glob(filepath.Join("web", editorChunkPrefix+"*.js"))
	if len(chunks) == 0 {
		t.Error("web/ has no editor chunks: run make editor")
	}
	for _, name := range append(chunks, filepath.Join("web", editorFile)) {
		if n := requestCount(srv, "/"+filepath.Base(name)); n != 1 {
			t.Errorf("%s was requested %d times, want once", filepath.Base(name), n)
		}
	}
	var precompiled int
	chromedp.Run(ctx, chromedp.Evaluate(`Number(document.documentElement.dataset.precompiled || 0)`, &precompiled))
	if precompiled < 1000 {
		t.Errorf("the engine precompiled %d functions, want the thousands a first run calls (is the wasm built by make wasm?)", precompiled)
	}
	var foreign []string
	chromedp.Run(ctx, chromedp.Evaluate(`performance.getEntriesByType("resource").map(e => e.name).filter(n => !n.startsWith(location.origin) && !n.startsWith("blob:") && !n.startsWith("data:"))`, &foreign))
	if len(foreign) > 0 {
		t.Errorf("the page fetched from elsewhere: %q", foreign)
	}

	errs.check(t)
}

// checkNewStep checks the SQL of the appended statement.
func checkNewStep(t *testing.T, ctx context.Context, when string, sql []string) {
	t.Helper()
	if len(sql) != 1 || sql[0] != newStatementSQL {
		var problem string
		chromedp.Run(ctx, chromedp.Text("#problems", &problem, chromedp.ByQuery))
		t.Errorf("%s: the new step's SQL is %q, want [%q] (problems shown: %q)", when, sql, newStatementSQL, problem)
	}
}

// stepText is what the open step shows: its number, code, badges.
type stepText struct {
	N      int    `json:"n"`
	Code   string `json:"code"`
	Badges string `json:"badges"`
}

func openStep(v *stepText) chromedp.Action {
	return chromedp.Evaluate(`(() => { const li = document.querySelector("#trace .step-open");
		return li ? {n: Number(li.dataset.step), code: li.querySelector(".step-code").textContent.trim(), badges: li.querySelector(".step-badges").textContent.trim()} : {n: 0}; })()`, v)
}

// TestBrowserStepper runs an example from the menu, steps through it with
// the keyboard and the buttons, finds a row marked as updated, and looks at
// the schema pane, on a wide screen, a 360 px one, and in dark mode.
func TestBrowserStepper(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL), waitReady()); err != nil {
		t.Fatal(err)
	}

	// The examples menu (chromedp.SetValue fires its change event):
	// many-to-one, whose __str__ follows a ForeignKey.
	var about string
	var notes []string
	var sql []string
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#example", "many-to-one", chromedp.ByQuery),
		waitRuns(1),
		chromedp.Text("#about", &about, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("#trace .step")].map(li => li.querySelector(".step-code").textContent.trim() + " | " + (li.querySelector(".badge-note")?.textContent ?? ""))`, &notes),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(about, "ForeignKey") {
		t.Errorf("the description reads %q", about)
	}
	n1 := ""
	for _, n := range notes {
		if strings.HasPrefix(n, "Article.objects.all() |") {
			n1 = n
		}
	}
	if !strings.Contains(n1, "N+1") {
		t.Errorf("Article.objects.all() is not explained as an N+1: %q", notes)
	}

	// Keyboard: focus the first step, ArrowDown twice, k once, j once.
	var s1, s3, s2, s3again stepText
	if err := chromedp.Run(ctx,
		chromedp.Focus("#step-head-1", chromedp.ByQuery),
		chromedp.Click("#step-head-1", chromedp.ByQuery),
		openStep(&s1),
		chromedp.KeyEvent(kb.ArrowDown),
		chromedp.KeyEvent(kb.ArrowDown),
		openStep(&s3),
		chromedp.KeyEvent("k"),
		openStep(&s2),
		chromedp.KeyEvent("j"),
		openStep(&s3again),
	); err != nil {
		t.Fatal(err)
	}
	if s1.N != 1 || s3.N != 3 || s2.N != 2 || s3again.N != 3 {
		t.Errorf("keyboard stepping went %d, %d, %d, %d; want 1, 3, 2, 3", s1.N, s3.N, s2.N, s3again.N)
	}
	var focused string
	chromedp.Run(ctx, chromedp.Evaluate(`document.activeElement.id`, &focused))
	if focused != "step-head-3" {
		t.Errorf("focus is on %q, want the open step's head", focused)
	}
	// Prev and Next.
	var afterNext, afterPrev stepText
	if err := chromedp.Run(ctx,
		chromedp.Click(`[data-nav="next"]`, chromedp.ByQuery),
		openStep(&afterNext),
		chromedp.Click(`[data-nav="prev"]`, chromedp.ByQuery),
		chromedp.Click(`[data-nav="prev"]`, chromedp.ByQuery),
		openStep(&afterPrev),
	); err != nil {
		t.Fatal(err)
	}
	if afterNext.N != 4 || afterPrev.N != 2 {
		t.Errorf("Next went to %d, Prev twice to %d; want 4 and 2", afterNext.N, afterPrev.N)
	}
	// The N+1 step, opened, explains itself.
	var note string
	if err := chromedp.Run(ctx,
		chromedp.Evaluate(`[...document.querySelectorAll("#trace .step")].find(li => li.querySelector(".step-code").textContent.trim() === "Article.objects.all()").querySelector(".step-head").click()`, nil),
		chromedp.Text("#trace .step-open .step-note", &note, chromedp.ByQuery),
		openStepSQL(&sql),
		screenshot("5-n-plus-one"),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(note, "select_related()") || len(sql) != 4 {
		t.Errorf("the N+1 step: note %q, %d statements; want a note naming select_related() and 4 statements", note, len(sql))
	}

	// Multi-table inheritance: r.save() after r.serves_hot_dogs = True
	// marks the restaurant's row as updated, its changed cell too.
	type rowMark struct {
		Changes []string `json:"changes"`
		Cells   []string `json:"cells"`
		Legend  string   `json:"legend"`
	}
	var mark rowMark
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#example", "multi-table-inheritance", chromedp.ByQuery),
		waitRuns(2),
		chromedp.Evaluate(`(() => { const steps = [...document.querySelectorAll("#trace .step")];
			const i = steps.findIndex(li => li.querySelector(".step-code").textContent.trim() === "r.serves_hot_dogs = True");
			steps[i + 1].querySelector(".step-head").click(); })()`, nil),
		waitDetail(),
		chromedp.Evaluate(`(() => { const w = document.querySelector('#trace .step-open .table-wrap[data-table="myapp_restaurant"]');
			return {changes: [...w.querySelectorAll("tbody tr")].map(r => r.dataset.change),
				cells: [...w.querySelectorAll("td.cell-changed")].map(c => c.textContent),
				legend: document.querySelector("#trace .step-open .legend").textContent}; })()`, &mark),
		screenshot("6-updated-row"),
	); err != nil {
		t.Fatal(err)
	}
	if len(mark.Changes) != 1 || mark.Changes[0] != "updated" || len(mark.Cells) != 1 || mark.Cells[0] != "1" {
		t.Errorf("myapp_restaurant after r.save(): rows %q, changed cells %q; want one updated row whose serves_hot_dogs became 1", mark.Changes, mark.Cells)
	}
	if !strings.Contains(mark.Legend, "updated") {
		t.Errorf("legend %q", mark.Legend)
	}

	// The schema pane: a diagram with the parent link, and the PostgreSQL DDL.
	var links, boxes []string
	var pg string
	if err := chromedp.Run(ctx,
		chromedp.Click("#tab-schema", chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll("#trace .diagram .link")].map(l => l.classList[1])`, &links),
		chromedp.Evaluate(`[...document.querySelectorAll("#trace .diagram .box-title")].map(b => b.textContent)`, &boxes),
		screenshot("7-schema"),
		chromedp.Click(`button[data-dialect="postgresql"]`, chromedp.ByQuery),
		chromedp.Text("#trace .ddl-postgresql", &pg, chromedp.ByQuery),
		screenshot("8-schema-postgresql"),
	); err != nil {
		t.Fatal(err)
	}
	if strings.Join(links, ",") != "link-parent" || strings.Join(boxes, ",") != "myapp_place,myapp_restaurant" {
		t.Errorf("diagram: boxes %q, links %q", boxes, links)
	}
	if !strings.Contains(pg, `"id" bigint NOT NULL PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY`) { // BigAutoField on Django 4.1+
		t.Errorf("PostgreSQL DDL reads %q", pg)
	}

	// More schemas, wide and narrow, light and dark.
	shots := []struct {
		example string
		tab     string
	}{
		{"many-to-many-through", "schema"},
		{"proxy-models", "schema"},
		{"multiple-inheritance", "schema"},
		{"single-table-inheritance", "steps"},
	}
	runs := 2
	for _, sh := range shots {
		runs++
		if err := chromedp.Run(ctx,
			chromedp.SetValue("#example", sh.example, chromedp.ByQuery),
			waitRuns(runs),
			chromedp.Click("#tab-"+sh.tab, chromedp.ByQuery),
			screenshot("9-"+sh.example),
		); err != nil {
			t.Fatal(err)
		}
	}
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#example", "one-to-one", chromedp.ByQuery),
		waitRuns(runs+1),
		chromedp.Click("#tab-steps", chromedp.ByQuery),
		chromedp.Click("#step-head-6", chromedp.ByQuery),
		darkMode(true),
		screenshot("10-dark"),
		chromedp.Click("#tab-schema", chromedp.ByQuery),
		screenshot("10-dark-schema"),
		chromedp.Click("#tab-steps", chromedp.ByQuery),
		narrow(),
		chromedp.Click(`button[data-view="result"]`, chromedp.ByQuery),
		screenshot("11-narrow-dark"),
		screenshotOf("11-narrow-dark-steps", "#results"),
		darkMode(false),
		screenshot("11-narrow"),
		screenshotOf("11-narrow-steps", "#results"),
		screenshotOf("11-narrow-open-step", "#trace .step-open"),
		chromedp.Click("#tab-schema", chromedp.ByQuery),
		screenshotOf("11-narrow-schema", "#results"),
		wide(),
	); err != nil {
		t.Fatal(err)
	}
	var overflow int
	chromedp.Run(ctx, narrow(), chromedp.Evaluate(`document.documentElement.scrollWidth - window.innerWidth`, &overflow), wide())
	if overflow > 0 {
		t.Errorf("at 360 px the page is %d px wider than the screen", overflow)
	}
	errs.check(t)
}

// scriptModels and scriptShell put `<script>` everywhere the page shows
// user text: the editors, a table name (the diagram and the DDL), a
// column default, a row's value, printed output and an error message.
const (
	scriptModels = `from django.db import models


class Note(models.Model):
    text = models.CharField(max_length=100, default="<script>window.pwned = 1</script>")

    class Meta:
        db_table = "<script>window.pwned = 2</script>"
`
	scriptShell = `n = Note.objects.create()
print("<script>window.pwned = 3</script>")
n.text
Note.objects.get(text="<img src=x onerror='window.pwned = 4'>")
int("<script>window.pwned = 5</script>")
`
)

// TestBrowserShareAndSafety checks that a snippet with `<script>` in it
// shows as text everywhere, that a share link carries it (both editors and
// the open step) into a fresh browser, where it still runs no script, that
// autosave keeps it across a reload, and the embed mode.
func TestBrowserShareAndSafety(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	var link string
	var pwned bool
	var output, printed, tableName string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		waitReady(),
		setEditor("models.py", scriptModels),
		setEditor("shell.py", scriptShell),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		chromedp.Click("#step-head-2", chromedp.ByQuery),
		chromedp.Text("#trace .step-open .step-output", &printed, chromedp.ByQuery),
		chromedp.Click("#step-head-3", chromedp.ByQuery),
		chromedp.Text("#trace .step-open .step-output", &output, chromedp.ByQuery),
		chromedp.Text("#trace .step-open .table-name", &tableName, chromedp.ByQuery),
		screenshot("12-script-as-text"),
		chromedp.Click("#tab-schema", chromedp.ByQuery),
		screenshot("12-script-schema"),
		chromedp.Click("#tab-steps", chromedp.ByQuery),
		chromedp.Evaluate(`window.pwned === undefined`, &pwned),
		chromedp.Click("#share", chromedp.ByQuery),
		poll(`document.documentElement.dataset.shared`, &link),
	); err != nil {
		t.Fatal(err)
	}
	if !pwned {
		t.Error("a script in the snippet ran")
	}
	if printed != "<script>window.pwned = 3</script>" || output != `'<script>window.pwned = 1</script>'` || tableName != "<script>window.pwned = 2</script>" {
		t.Errorf("shown: printed %q, repr %q, table %q", printed, output, tableName)
	}
	if !strings.Contains(link, "#s=") {
		t.Fatalf("share link %q", link)
	}

	// Autosave: a reload keeps the snippet and the open step.
	var models string
	var step stepText
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		waitReady(),
		waitRuns(1),
		editorText("models.py", &models),
		openStep(&step),
	); err != nil {
		t.Fatal(err)
	}
	if models != scriptModels || step.N != 3 {
		t.Errorf("after a reload: models.py %q, step %d; want the snippet at step 3", models, step.N)
	}
	errs.check(t)

	// The link in a fresh browser: same editors, same step, no script.
	ctx2, cancel2 := newChromium(t, t.TempDir())
	defer cancel2()
	errs.listen(ctx2)
	var shell string
	if err := chromedp.Run(ctx2,
		chromedp.Navigate(link),
		waitReady(),
		waitRuns(1),
		editorText("models.py", &models),
		editorText("shell.py", &shell),
		openStep(&step),
		chromedp.Evaluate(`window.pwned === undefined`, &pwned),
		screenshot("13-shared"),
	); err != nil {
		t.Fatal(err)
	}
	if models != scriptModels || shell != scriptShell || step.N != 3 {
		t.Errorf("from the link: models.py %q, shell.py %q, step %d", models, shell, step.N)
	}
	if !pwned {
		t.Error("a script in the shared snippet ran")
	}

	// A cut-short link says so and leaves the example.
	var notice string
	if err := chromedp.Run(ctx2,
		chromedp.Navigate(srv.URL+"/?x=1#s=AAAA"),
		poll(`document.getElementById("notice")?.textContent`, &notice),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(notice, "could not be read") {
		t.Errorf("a damaged link shows %q", notice)
	}

	// Embed mode: the editors and the stepper, nothing else.
	var shown map[string]bool
	if err := chromedp.Run(ctx2,
		chromedp.Navigate(srv.URL+"/?embed=1&example=proxy-models"),
		waitReady(),
		chromedp.Evaluate(`Object.fromEntries(["#example", "#share", "#download", ".tabs", ".footer", "#about", ".cm-editor", ".step-list", "#run"].map(s => [s, !!document.querySelector(s) && document.querySelector(s).offsetParent !== null]))`, &shown),
		screenshot("14-embed"),
		narrow(),
		screenshot("14-embed-narrow"),
		chromedp.Click(`button[data-view="result"]`, chromedp.ByQuery),
		screenshotOf("14-embed-narrow-steps", "#results"),
	); err != nil {
		t.Fatal(err)
	}
	for sel, want := range map[string]bool{"#example": false, "#share": false, "#download": false, ".tabs": false, ".footer": false, "#about": false, ".cm-editor": true, ".step-list": true, "#run": true} {
		if shown[sel] != want {
			t.Errorf("embed mode: %s shown %v, want %v", sel, shown[sel], want)
		}
	}
	errs.check(t)
}

// TestBrowserKeepsRunning checks that the page survives the death of the
// engine, as a Go fatal error (out of memory) or a JavaScript error inside
// the wasm (a RangeError) kills it: the page says so (never "Ready" over
// the old trace, which is marked stale), starts another engine, keeps the
// editors' text, and the next run works.
func TestBrowserKeepsRunning(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL), waitReady()); err != nil {
		t.Fatal(err)
	}
	var before string
	chromedp.Run(ctx, editorText("shell.py", &before))
	for i, how := range []string{"exit", "throw"} {
		var problem, status, after string
		var stale bool
		if err := chromedp.Run(ctx,
			chromedp.Evaluate(`ormfiddle.die(`+strconv.Quote(how)+`).catch((e) => e.message)`, nil, awaitPromise),
			poll(fmt.Sprintf(`document.documentElement.dataset.crashes === "%d"`, i+1), nil),
			chromedp.Text("#problems", &problem, chromedp.ByQuery),
			chromedp.Text("#status", &status, chromedp.ByQuery),
			chromedp.Evaluate(`document.getElementById("trace").classList.contains("stale")`, &stale),
			editorText("shell.py", &after),
		); err != nil {
			t.Fatal(err)
		}
		want := map[string]string{"exit": "ran out of memory", "throw": "RangeError: Maximum call stack size exceeded"}[how]
		if !strings.Contains(problem, want) || !strings.Contains(problem, "restarted") {
			t.Errorf("%s: the page shows %q, want a note saying %q and that the engine was restarted", how, problem, want)
		}
		if status == "Ready" || !strings.Contains(status, "restarted") {
			t.Errorf("%s: the status reads %q, want it to say the engine was restarted", how, status)
		}
		if !stale {
			t.Errorf("%s: the old trace is not marked stale", how)
		}
		if after != before {
			t.Errorf("%s: shell.py changed to %q", how, after)
		}
		if err := chromedp.Run(ctx,
			waitReady(),
			chromedp.Click("#run", chromedp.ByQuery),
			waitRuns(i+1),
			chromedp.Evaluate(`document.getElementById("trace").classList.contains("stale")`, &stale),
			chromedp.Text("#status", &status, chromedp.ByQuery),
		); err != nil {
			t.Fatal(err)
		}
		if stale || !strings.HasPrefix(status, "Ran in") {
			t.Errorf("%s: after the restart, a run leaves the trace stale %v, the status %q", how, stale, status)
		}
	}
	for _, m := range errs.take() {
		if !strings.Contains(m, "ormfiddle.die") && !strings.Contains(m, "the engine stopped") {
			t.Errorf("the page logged an error: %s", m)
		}
	}
}
