package main

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

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
func newChromium(t testing.TB, parentDir string) (context.Context, context.CancelFunc) {
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
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	return ctx, func() {
		cancelTimeout()
		cancelTab()
		cancelAlloc()
		// Chromium's helpers may still be writing the profile for a moment.
		for i := 0; i < 50 && os.RemoveAll(profileDir) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	}
}

// newTestServer serves the playground from web/, as `go run .` does.
func newTestServer(t testing.TB) *httptest.Server {
	t.Helper()
	h, err := newServer("web")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
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

// waitRuns waits until the page has finished n runs.
func waitRuns(n int) chromedp.Action {
	return chromedp.Poll(fmt.Sprintf(`document.documentElement.dataset.runs === "%d"`, n), nil, chromedp.WithPollingTimeout(30*time.Second))
}

// lastStepSQL reads the SQL blocks of the last step shown.
func lastStepSQL(sql *[]string) chromedp.Action {
	return chromedp.Evaluate(`[...document.querySelectorAll("#trace .step:last-child .step-sql .sql")].map(e => e.textContent)`, sql)
}

// setEditor replaces an editor's text as typing would, with an input event.
func setEditor(id, text string) chromedp.Action {
	return chromedp.Evaluate(fmt.Sprintf(`(() => {
		const t = document.getElementById(%q);
		t.value = %q;
		t.dispatchEvent(new Event("input", {bubbles: true}));
	})()`, id, text), nil)
}

const (
	// newStatement is the line the test appends to the example's shell.py.
	newStatement = `Place.objects.filter(name__startswith="Town")`
	// newStatementSQL is what Django 3.2 runs for it.
	newStatementSQL = `SELECT "myapp_place"."id", "myapp_place"."name", "myapp_place"."address" FROM "myapp_place" WHERE "myapp_place"."name" LIKE 'Town%' ESCAPE '\' LIMIT 21`
)

// TestBrowser is the acceptance test of the page: the first trace is in the
// served HTML, the wasm takes over, an edit runs in the browser and shows
// Django's SQL, a syntax error is reported at its line, and the page keeps
// working once it is fixed. It saves screenshots in out/screenshots.
func TestBrowser(t *testing.T) {
	requireBrowser(t)
	srv := newTestServer(t)
	ctx, cancel := newChromium(t, t.TempDir())
	defer cancel()
	var errs pageErrors
	errs.listen(ctx)
	src, err := loadExample(defaultExample)
	if err != nil {
		t.Fatal(err)
	}

	// The first trace comes with the HTML, before the wasm.
	var firstTrace string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.Text("#trace", &firstTrace, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(firstTrace, `INNER JOIN "myapp_place"`) {
		t.Errorf("the server-rendered trace has no `INNER JOIN \"myapp_place\"`; it reads:\n%.600s", firstTrace)
	}

	// The engine loads and enables Run.
	if err := chromedp.Run(ctx,
		chromedp.Poll(`document.documentElement.dataset.engine !== "loading"`, nil, chromedp.WithPollingTimeout(60*time.Second)),
	); err != nil {
		t.Fatal(err)
	}
	var state string
	chromedp.Run(ctx, chromedp.Evaluate(`document.documentElement.dataset.engine`, &state))
	if state != "ready" {
		var status string
		chromedp.Run(ctx, chromedp.Text("#status", &status, chromedp.ByQuery))
		t.Fatalf("engine state %q, status %q", state, status)
	}
	if err := chromedp.Run(ctx, screenshot("1-loaded")); err != nil {
		t.Fatal(err)
	}

	// Append a statement by typing it, and press Run.
	shell := src.Shell
	if !strings.HasSuffix(shell, "\n") {
		shell += "\n"
	}
	var sql []string
	if err := chromedp.Run(ctx,
		setEditor("shell", shell),
		chromedp.Evaluate(`(() => { const t = document.getElementById("shell"); t.focus(); t.setSelectionRange(t.value.length, t.value.length); })()`, nil),
		chromedp.SendKeys("#shell", newStatement, chromedp.ByQuery),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		lastStepSQL(&sql),
		screenshot("2-edited"),
	); err != nil {
		t.Fatal(err)
	}
	checkNewStep(t, ctx, "after Run", sql)

	// Ctrl+Enter runs too.
	if err := chromedp.Run(ctx,
		chromedp.Focus("#shell", chromedp.ByQuery),
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
	var problem, gutterMark, errorLine string
	var caretLine int
	var stale bool
	if err := chromedp.Run(ctx,
		setEditor("models", broken),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(3),
		chromedp.Text("#problems", &problem, chromedp.ByQuery),
		chromedp.Evaluate(`document.querySelector(".editor[data-file='models.py'] .gutter .error-line")?.textContent ?? ""`, &gutterMark),
		chromedp.Evaluate(`document.getElementById("models").dataset.errorLine ?? ""`, &errorLine),
		chromedp.Evaluate(`(() => { const t = document.getElementById("models"); return t.value.slice(0, t.selectionStart).split("\n").length; })()`, &caretLine),
		chromedp.Evaluate(`document.getElementById("trace").classList.contains("stale")`, &stale),
		screenshot("3-syntax-error"),
	); err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(fmt.Sprintf(`^models\.py:%d:(\d+): \S`, lineNo))
	if !want.MatchString(strings.TrimSpace(problem)) {
		t.Errorf("error panel reads %q, want it to match %s", problem, want)
	}
	if gutterMark != fmt.Sprint(lineNo) || errorLine != fmt.Sprint(lineNo) {
		t.Errorf("marked line: gutter %q, data-error-line %q; want %d", gutterMark, errorLine, lineNo)
	}
	if caretLine != lineNo {
		t.Errorf("caret on line %d of models.py, want %d", caretLine, lineNo)
	}
	if !stale {
		t.Error("the previous trace is not marked stale")
	}

	// Fixed again, the page runs as before.
	var problemAfter string
	if err := chromedp.Run(ctx,
		setEditor("models", src.Models),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(4),
		chromedp.Text("#problems", &problemAfter, chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("trace").classList.contains("stale")`, &stale),
		chromedp.Evaluate(`document.getElementById("models").dataset.errorLine ?? ""`, &errorLine),
		lastStepSQL(&sql),
		screenshot("4-fixed"),
	); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(problemAfter) != "" || stale || errorLine != "" {
		t.Errorf("after the fix: problems %q, stale %v, error line %q; want none", problemAfter, stale, errorLine)
	}
	checkNewStep(t, ctx, "after the fix", sql)

	// A phone-sized window stacks the editors above the trace.
	if err := chromedp.Run(ctx,
		chromedp.EmulateViewport(390, 844),
		screenshot("5-narrow"),
	); err != nil {
		t.Fatal(err)
	}

	var wasmFetches int
	chromedp.Run(ctx, chromedp.Evaluate(`performance.getEntriesByType("resource").filter(e => e.name.endsWith("/`+wasmFile+`")).length`, &wasmFetches))
	if wasmFetches != 1 {
		t.Errorf("the wasm was fetched %d times, want once (the preload must be used)", wasmFetches)
	}

	if msgs := errs.take(); len(msgs) > 0 {
		t.Errorf("the page logged errors:\n%s", strings.Join(msgs, "\n"))
	}
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

// TestBrowserKeepsRunning checks that the page survives the death of the
// Go program (a fatal error in the engine): the run reports it, the wasm is
// instantiated again, and the next run works.
func TestBrowserKeepsRunning(t *testing.T) {
	requireBrowser(t)
	srv := newTestServer(t)
	ctx, cancel := newChromium(t, t.TempDir())
	defer cancel()
	// Simulate the Go program dying: the next run must restart it.
	var problem, state string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.Poll(`document.documentElement.dataset.engine === "ready"`, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Evaluate(`globalThis.ormfiddle.run = () => { throw new Error("Go program has already exited"); }`, nil),
		chromedp.Click("#run", chromedp.ByQuery),
		chromedp.Poll(`document.documentElement.dataset.engine === "ready"`, nil, chromedp.WithPollingTimeout(60*time.Second)),
		chromedp.Text("#problems", &problem, chromedp.ByQuery),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		chromedp.Evaluate(`document.documentElement.dataset.engine`, &state),
	)
	if err != nil && !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	if !strings.Contains(problem, "engine stopped") {
		t.Errorf("after a crash the page shows %q, want a note that the engine stopped", problem)
	}
	if state != "ready" {
		t.Errorf("after the restart the engine is %q, want ready", state)
	}
}
