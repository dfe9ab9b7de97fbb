package main

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ormfiddle/ormfiddle/engine/playground/hostile"
)

// The engine in a Web Worker: the page stays responsive whatever a snippet
// does. A requestAnimationFrame heartbeat counts the frames the page
// paints; a main thread blocked by the engine paints none.

// heartbeat counts animation frames in window.__beats, from before the
// page's own scripts run.
const heartbeat = `window.__beats = 0; (function beat() { window.__beats++; requestAnimationFrame(beat); })();`

func withHeartbeat() chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(heartbeat).Do(ctx)
		return err
	})
}

// beats reads the heartbeat's count.
func beats(n *int) chromedp.Action { return chromedp.Evaluate(`window.__beats`, n) }

// waitBeats waits until the heartbeat has ticked n more times than from:
// the page painted frames meanwhile. The bound only catches a hung page.
func waitBeats(from, n int) chromedp.Action {
	return poll(fmt.Sprintf(`window.__beats >= %d`, from+n), nil)
}

// loopShell is a script whose statements loop for seconds each (each ends
// at the statement's work budget, the run at the run's).
var loopShell = strings.Repeat("while 1: pass\n", 20) + "print(\"after\")\n"

// TestBrowserStop: a snippet whose statements loop for seconds shows its
// progress and a Stop button; the page keeps painting meanwhile; Stop ends
// the run at once, restarts the engine and keeps the editors' text; the
// next run works.
func TestBrowserStop(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	var b0, b1 int
	var status, models string
	var running bool
	if err := chromedp.Run(ctx,
		withHeartbeat(),
		chromedp.Navigate(srv.URL),
		waitReady(),
		editorText("models.py", &models),
		setEditor("shell.py", loopShell),
		chromedp.Click("#run", chromedp.ByQuery),
		// Past a second, the run says how far it is and offers Stop.
		poll(`!document.getElementById("stop").hidden`, nil),
		poll(`document.getElementById("status").textContent.includes("statement ")`, nil),
		beats(&b0),
		waitBeats(b0, 30),
		chromedp.Text("#status", &status, chromedp.ByQuery),
		chromedp.Evaluate(`document.documentElement.dataset.running === "1"`, &running),
		screenshot("40-running"),
	); err != nil {
		t.Fatal(err)
	}
	if !running {
		t.Fatalf("the run ended before Stop could be pressed (status %q)", status)
	}
	if !strings.HasPrefix(status, "Running… ") || !strings.Contains(status, "statement ") {
		t.Errorf("during the run the status reads %q, want its time and statement", status)
	}
	var shell, stopped string
	var stale bool
	if err := chromedp.Run(ctx,
		chromedp.Click("#stop", chromedp.ByQuery),
		poll(`document.documentElement.dataset.stops === "1"`, nil),
		chromedp.Text("#status", &stopped, chromedp.ByQuery),
		chromedp.Evaluate(`document.getElementById("trace").classList.contains("stale")`, &stale),
		editorText("shell.py", &shell),
		beats(&b1),
		waitBeats(b1, 10),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stopped, "Stopped after ") {
		t.Errorf("after Stop the status reads %q", stopped)
	}
	if !stale {
		t.Error("after Stop the trace is not marked stale")
	}
	if shell != loopShell {
		t.Errorf("after Stop shell.py reads %q", shell)
	}
	// A fresh engine runs the next snippet.
	var sql []string
	if err := chromedp.Run(ctx,
		waitReady(),
		setEditor("shell.py", newStatement+"\n"),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		chromedp.Evaluate(`document.getElementById("trace").classList.contains("stale")`, &stale),
		openStepSQL(&sql),
	); err != nil {
		t.Fatal(err)
	}
	if stale || len(sql) != 1 || !strings.Contains(sql[0], `"myapp_place"`) {
		t.Errorf("after the restart: stale %v, SQL %q", stale, sql)
	}
	errs.check(t)
}

// hostileSnippet is a snippet from a stranger.
type hostileSnippet struct {
	name, models, shell string
}

// hostileCorpus is engine/playground/testdata/hostile (each a txtar with
// models.py and shell.py) and a few of the page's own: a snippet that
// exhausts the engine's memory, loops, and one that asks for all of an
// enormous range.
func hostileCorpus(t *testing.T) []hostileSnippet {
	t.Helper()
	const models = "from django.db import models\n\nclass Tag(models.Model):\n    name = models.CharField(max_length=20)\n"
	corpus := []hostileSnippet{
		{"page_oom_strings", models, "xs = []\nfor i in range(300):\n    xs.append(str(i) + \"x\" * (16 * 2**20 - 4))\nlen(xs)\n"},
		{"page_oom_list", models, "xs = [0] * (2**31)\n"},
		{"page_while", models, loopShell},
		{"page_sum_range", models, "sum(range(10**18))\n"},
	}
	cases, err := hostile.Glob("engine/playground/testdata/hostile")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		corpus = append(corpus, hostileSnippet{c.Name, c.Models, c.Shell})
	}
	return corpus
}

// fragment makes a share link's fragment ("s=...") of a snippet.
func fragment(t testing.TB, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write(data)
	w.Close()
	return "s=" + base64.RawURLEncoding.EncodeToString(b.Bytes())
}

// bomb makes a fragment whose JSON inflates to about size bytes: a
// snippet whose models.py is that many "a".
func bomb(t testing.TB, size int) string {
	t.Helper()
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write([]byte(`{"v":1,"s":"","django":"5.2","m":"`))
	chunk := bytes.Repeat([]byte("a"), 1<<20)
	for n := 0; n < size; n += len(chunk) {
		w.Write(chunk)
	}
	w.Write([]byte(`"}`))
	w.Close()
	return "s=" + base64.RawURLEncoding.EncodeToString(b.Bytes())
}

// normalizeNewlines is what an editor holds of a text: CodeMirror reads
// \r\n and \r as line ends.
func normalizeNewlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// TestBrowserHostileLinks opens the hostile corpus as share links, one
// after the other in one page, and two deflate bombs as new pages: the
// page keeps painting (the heartbeat ticks) while each runs, each ends
// (by itself, with an error, a crash of the engine that the page reports,
// or Stop), the editors hold the link's text throughout, and the engine is
// ready again for the next. The bombs are refused with a message, the
// example shown instead.
func TestBrowserHostileLinks(t *testing.T) {
	ctx, srv, errs := browserPage(t)

	// The bombs: 260 kB of fragment for 200 MB of JSON, and one within
	// the length a link may have that inflates past the page's limit.
	for _, c := range []struct {
		name     string
		fragment string
		want     string
	}{
		{"200 MB", bomb(t, 200<<20), "too long to hold a snippet"},
		{"40 MB", bomb(t, 40<<20), "inflates past"},
	} {
		t.Logf("bomb %s: a fragment of %d kB", c.name, len(c.fragment)/1000)
		var notice string
		var b0 int
		if err := chromedp.Run(ctx,
			withHeartbeat(),
			chromedp.Navigate(srv.URL+"/?bomb="+strings.ReplaceAll(c.name, " ", "")+"#"+c.fragment),
			poll(`document.getElementById("notice")?.textContent`, &notice),
			beats(&b0),
			waitBeats(b0, 10),
			waitReady(),
		); err != nil {
			t.Fatalf("bomb %s: %v", c.name, err)
		}
		if !strings.Contains(notice, c.want) || !strings.Contains(notice, "Showing the example instead") {
			t.Errorf("bomb %s: the page says %q, want %q", c.name, notice, c.want)
		}
	}

	corpus := hostileCorpus(t)
	if len(corpus) < 10 {
		t.Logf("only %d hostile snippets: engine/playground/testdata/hostile is missing", len(corpus))
	}
	if err := chromedp.Run(ctx, withHeartbeat(), chromedp.Navigate(srv.URL+"/?hostile=1"), waitReady()); err != nil {
		t.Fatal(err)
	}
	done := 0 // runs, stops and crashes so far
	for _, h := range corpus {
		link := fragment(t, map[string]any{"v": 1, "m": h.models, "s": h.shell, "st": 1, "django": "5.2"})
		var b0 int
		var ended string
		if err := chromedp.Run(ctx,
			beats(&b0),
			chromedp.Evaluate(fmt.Sprintf(`location.hash = %q`, "#"+link), nil),
			// It ends by itself, or shows Stop, which is pressed once the
			// page has painted a few frames more.
			poll(fmt.Sprintf(`(() => { const d = document.documentElement.dataset;
				const n = Number(d.runs || 0) + Number(d.stops || 0) + Number(d.crashes || 0);
				if (n > %d) return "ended";
				if (!document.getElementById("stop").hidden && window.__beats > %d + 20) { document.getElementById("stop").click(); }
				return ""; })()`, done, b0), &ended),
			waitBeats(b0, 5),
			waitReady(),
		); err != nil {
			t.Fatalf("%s: %v", h.name, err)
		}
		var models, shell, status string
		if err := chromedp.Run(ctx,
			editorText("models.py", &models),
			editorText("shell.py", &shell),
			chromedp.Text("#status", &status, chromedp.ByQuery),
		); err != nil {
			t.Fatal(err)
		}
		if models != normalizeNewlines(h.models) || shell != normalizeNewlines(h.shell) {
			t.Errorf("%s: the editors do not hold the link's snippet", h.name)
		}
		if strings.Contains(status, "restarted") {
			var problem string
			chromedp.Run(ctx, textOf("#problems", &problem))
			status += " (" + problem + ")"
		}
		t.Logf("%s: %s", h.name, status)
		// The next link opens on a page whose crashes and stops are counted.
		var n int
		chromedp.Run(ctx, chromedp.Evaluate(`(() => { const d = document.documentElement.dataset; return Number(d.runs || 0) + Number(d.stops || 0) + Number(d.crashes || 0); })()`, &n))
		done = n
	}
	for _, m := range errs.take() {
		if !strings.Contains(m, "the engine stopped") && !strings.Contains(m, "fatal error") && !strings.Contains(m, "RangeError") {
			t.Errorf("the page logged an error: %s", m)
		}
	}
}

// TestBrowserHeat: once the page's snippet has run, the warm-up worker
// runs it again in the background (V8 optimises the engine's hot code for
// every instance) and ends, and then the engine's worker does a few runs
// of its own between the page's calls; none of it shows: the steps the reader
// opens afterwards are those of the run shown, and a new snippet run
// straight after is traced as itself.
func TestBrowserHeat(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	var before, after, fresh []string
	var heated string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		waitReady(),
		lastStepSQL(&before),
		// The engine's worker ran the page's snippet unseen (its warm-up):
		// the warmer runs it too, and says how often before it ends.
		poll(`document.documentElement.dataset.heated !== undefined`, nil),
		chromedp.Evaluate(`document.documentElement.dataset.heated`, &heated),
		// Then the engine's worker makes runs of its own, and says when
		// they are over.
		poll(`document.documentElement.dataset.idle !== undefined`, nil),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		lastStepSQL(&after),
		setEditor("shell.py", newStatement+"\n"),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(2),
		openStepSQL(&fresh),
	); err != nil {
		t.Fatal(err)
	}
	if n, _ := strconv.Atoi(heated); n < 1 {
		t.Errorf("data-heated is %q: the warmer did not run the snippet", heated)
	}
	if len(before) == 0 || !slices.Equal(before, after) {
		t.Errorf("the last step's SQL was %q as the server rendered it, %q after the background runs", before, after)
	}
	if len(fresh) != 1 || !strings.Contains(fresh[0], `"myapp_place"`) {
		t.Errorf("the new snippet's step shows %q", fresh)
	}
	errs.check(t)
}

// TestBrowserWithoutWarmer: a page whose warm-up worker cannot start
// (warm.js not found) still makes its background runs, in the engine's
// own worker, says when they are over, and runs as before.
func TestBrowserWithoutWarmer(t *testing.T) {
	requireBrowser(t)
	srv := newTestServerWithout(t, "/warm.js")
	ctx, cancel := newChromium(t, t.TempDir())
	t.Cleanup(cancel)
	var heated, status string
	var before, after []string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		waitReady(),
		lastStepSQL(&before),
		poll(`document.documentElement.dataset.idle !== undefined`, nil),
		chromedp.Evaluate(`document.documentElement.dataset.heated`, &heated),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		lastStepSQL(&after),
		chromedp.Text("#status", &status, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if heated != "0" {
		t.Errorf("data-heated is %q without a warmer, want 0", heated)
	}
	if len(before) == 0 || !slices.Equal(before, after) || !strings.HasPrefix(status, "Ran in") {
		t.Errorf("after a run the last step's SQL is %q (was %q), the status %q", after, before, status)
	}
}

// TestBrowserWithoutScript: a page whose app.js did not load says so in
// its status line (the head's inline handler), and waitReady and waitRuns
// fail and say so once the document has loaded, rather than wait for an
// engine that will never start (a lost request once held a `make test`
// until CI's time ran out).
func TestBrowserWithoutScript(t *testing.T) {
	requireBrowser(t)
	srv := newTestServerWithout(t, "/app.js")
	ctx, cancel := newChromium(t, t.TempDir())
	t.Cleanup(cancel)
	var errs pageErrors
	errs.listen(ctx)
	var status, engine string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		poll(`document.readyState === "complete"`, nil),
		chromedp.Text("#status", &status, chromedp.ByQuery),
		chromedp.Evaluate(`document.documentElement.dataset.engine`, &engine),
		screenshot("15-script-failed"),
		chromedp.EmulateViewport(390, 844),
		screenshot("15-script-failed-phone"),
	); err != nil {
		t.Fatal(err)
	}
	if engine != "failed" || status != "The page's script did not load: reload." {
		t.Errorf("a page without app.js: engine %q, status %q", engine, status)
	}
	for name, wait := range map[string]chromedp.Action{"waitReady": waitReady(), "waitRuns": waitRuns(1)} {
		err := chromedp.Run(ctx, wait)
		if err == nil || !strings.Contains(err.Error(), "the page's script did not run") {
			t.Errorf("%s on a page without app.js: %v, want it to say the page's script did not run", name, err)
		}
	}
	// The handler threw nothing (had the Content-Security-Policy blocked
	// it, the status line would not have changed).
	errs.check(t)
}

// TestBrowserTypingBeforeEditor: a reader who types in a plain text area
// before CodeMirror has taken over (its loader, editor.js, is held back
// here until the engine is ready) keeps what they typed, the caret and the focus: the
// next key goes where the caret was.
func TestBrowserTypingBeforeEditor(t *testing.T) {
	requireBrowser(t)
	h, err := newServer("web")
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	var once sync.Once
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/editor.js" {
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		once.Do(func() { close(release) })
		srv.Close()
	})
	ctx, cancel := newChromium(t, t.TempDir())
	t.Cleanup(cancel)
	const shellArea = `document.querySelector('textarea[data-file="shell.py"]')`
	var caret int
	var before, editor, after string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		poll(`document.documentElement.dataset.engine === "ready"`, nil),
		// The caret at the start of shell.py's second line.
		chromedp.Evaluate(`(() => {
			const t = `+shellArea+`;
			t.focus();
			const i = t.value.indexOf("\n") + 1;
			t.setSelectionRange(i, i);
			return i;
		})()`, &caret),
		chromedp.KeyEvent("x = 1"),
		chromedp.Evaluate(`document.documentElement.dataset.editor ?? ""`, &editor),
		chromedp.Evaluate(shellArea+`.value`, &before),
		chromedp.ActionFunc(func(context.Context) error {
			once.Do(func() { close(release) })
			return nil
		}),
		poll(`document.documentElement.dataset.editor === "codemirror"`, nil),
		chromedp.KeyEvent("0"),
		chromedp.Evaluate(shellArea+`.value`, &after),
	); err != nil {
		t.Fatal(err)
	}
	if editor != "" {
		t.Fatalf("the editors were %q before their bundle came", editor)
	}
	if before[caret:caret+5] != "x = 1" {
		t.Fatalf("typed into the text area at %d, it reads %q", caret, before)
	}
	if want := before[:caret+5] + "0" + before[caret+5:]; after != want {
		t.Errorf("a key pressed once CodeMirror took over gave\n%q\nwant\n%q", after, want)
	}
}
