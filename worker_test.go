package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The Worker's files, as `make worker` writes them.
const (
	workerDir    = "wasm/worker"
	workerWasm   = "out/worker/build/app.wasm"
	workerAssets = "out/worker/assets"
	wranglerBin  = "wasm/worker/node_modules/.bin/wrangler"
)

// requireWorker skips t, or fails it under `make test`, unless the Worker
// is built and wrangler installed.
func requireWorker(t testing.TB) {
	t.Helper()
	for _, f := range []string{workerWasm, filepath.Join(workerAssets, "index.html"), filepath.Join(workerAssets, wasmFile+".br"), wranglerBin} {
		if _, err := os.Stat(f); err != nil {
			msg := f + " is missing: `make worker` builds the Worker and installs wrangler"
			if os.Getenv("ORMFIDDLE_BROWSER_TEST") == "require" {
				t.Fatal(msg)
			}
			t.Skip(msg)
		}
	}
}

// wranglerEnv is the environment wrangler runs in: nothing sent out.
func wranglerEnv() []string {
	return append(os.Environ(),
		"WRANGLER_SEND_METRICS=false",
		"CLOUDFLARE_CF_FETCH_ENABLED=false",
		"WRANGLER_HIDE_BANNER=true",
		"NO_COLOR=1",
	)
}

// startWorkerDev runs the Worker as `make worker-dev` does
// (wasm/worker/dev.mjs: Miniflare alone, without the proxy and inspector
// of `wrangler dev`, which slowed every response and lost requests), on a
// free loopback port with a fresh local D1 (migrated first by wrangler),
// and returns its base URL. It stops when t ends.
func startWorkerDev(t testing.TB) string {
	t.Helper()
	state := t.TempDir()
	wrangler, err := filepath.Abs(wranglerBin)
	if err != nil {
		t.Fatal(err)
	}
	migrate := exec.Command(wrangler, "d1", "migrations", "apply", "DB", "--local", "--persist-to", state)
	migrate.Dir = workerDir
	migrate.Env = wranglerEnv()
	if out, err := migrate.CombinedOutput(); err != nil {
		t.Fatalf("wrangler d1 migrations apply: %v\n%s", err, out)
	}
	cmd := exec.Command("node", "dev.mjs", state)
	cmd.Dir = workerDir
	cmd.Env = wranglerEnv()
	// Its own process group, so that stopping it stops workerd too.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var log lockedBuffer
	cmd.Stderr = &log
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The line that gives its URL, however long it takes to start (a busy
	// machine is slow, not wrong), or none if it exits first.
	listening := make(chan string, 1)
	go func() {
		lines := bufio.NewScanner(stdout)
		for lines.Scan() {
			if url, ok := strings.CutPrefix(lines.Text(), "listening "); ok {
				listening <- strings.TrimSuffix(url, "/")
				continue
			}
			fmt.Fprintln(&log, lines.Text())
		}
	}()
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	t.Cleanup(func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
		if t.Failed() {
			t.Logf("wasm/worker/dev.mjs:\n%s", log.String())
		}
	})
	var base string
	select {
	case base = <-listening:
	case <-exited:
		t.Fatalf("wasm/worker/dev.mjs exited before it listened\n%s", log.String())
	}
	res, err := http.Get(base + "/api/snippets/AAAAAAAAAA")
	if err != nil {
		t.Fatalf("the Worker on %s: %v\n%s", base, err, log.String())
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") {
		t.Fatalf("the Worker on %s answers GET /api/snippets/AAAAAAAAAA with %s %s, want its JSON 404\n%s", base, res.Status, res.Header.Get("Content-Type"), log.String())
	}
	return base
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// The snippet the Worker test shares: nothing like an example.
const (
	workerModels = "from django.db import models\n\n\nclass Comet(models.Model):\n    name = models.CharField(max_length=40)\n    period = models.IntegerField()\n\n    def __str__(self):\n        return self.name\n"
	workerShell  = "Comet.objects.create(name=\"Halley\", period=76)\nComet.objects.create(name=\"Encke\", period=3)\nComet.objects.filter(period__lt=10)\n"
)

// TestWorkerShare is the short links' acceptance test, on the Worker as
// make worker-dev runs it (its static assets, a local D1): Share on the page
// makes a /s/ID link and records the snippet's trace; that link, opened in
// a fresh browser, paints the shared code and that trace at the shared
// step before any script has run (the page's HTML alone, scripts off),
// then runs it, its engine's trace in place of the recorded one; the Worker
// serves the page's wasm brotli-compressed as built.
func TestWorkerShare(t *testing.T) {
	requireBrowser(t)
	requireWorker(t)
	base := startWorkerDev(t)

	ctx, cancel := newChromium(t, t.TempDir())
	defer cancel()
	var errs pageErrors
	errs.listen(ctx)
	var link string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/"),
		waitReady(),
		setEditor("models.py", workerModels),
		setEditor("shell.py", workerShell),
		chromedp.Click("#run", chromedp.ByQuery),
		waitRuns(1),
		// Another version and setting than the page's defaults.
		chromedp.SetValue("#django", "6.1", chromedp.ByQuery),
		waitRuns(2),
		chromedp.Click("#settings summary", chromedp.ByQuery),
		chromedp.Click("#use-tz", chromedp.ByQuery),
		waitRuns(3),
		chromedp.Click("#settings summary", chromedp.ByQuery),
		chromedp.Click("#step-head-2", chromedp.ByQuery),
		chromedp.Click("#share", chromedp.ByQuery),
		poll(`document.documentElement.dataset.shared`, &link),
		// The page records the snippet's trace with the Worker.
		poll(`document.documentElement.dataset.recording === undefined`, nil),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(link, base+"/s/") || len(link) != len(base+"/s/")+10 {
		t.Fatalf("Share made %q, want a short link %s/s/ID", link, base)
	}
	errs.check(t)
	cancel()

	// The first paint: the page's HTML and CSS alone, in a fresh browser
	// with scripts off, show the shared code, its version and settings,
	// and the trace recorded when it was shared, at the shared step.
	ctx2, cancel2 := newChromium(t, t.TempDir())
	defer cancel2()
	var models, shell, title string
	var ctl sessionControls
	var step stepText
	var recorded struct {
		Steps    int
		SQL      string
		Rows     int
		Recorded bool
	}
	if err := chromedp.Run(ctx2,
		emulation.SetScriptExecutionDisabled(true),
		chromedp.Navigate(link),
		chromedp.Value("#models", &models, chromedp.ByQuery),
		chromedp.Value("#shell", &shell, chromedp.ByQuery),
		chromedp.Title(&title),
		readControls(&ctl),
		openStep(&step),
		chromedp.Evaluate(`({
			Steps: document.querySelectorAll("#trace .step-list > .step").length,
			SQL: document.querySelector("#trace .step-open .sql")?.textContent ?? "",
			Rows: document.querySelectorAll("#trace .step-open table.rows tbody tr").length,
			Recorded: document.getElementById("trace").hasAttribute("data-recorded"),
		})`, &recorded),
		screenshot("20-short-link-first-paint"),
	); err != nil {
		t.Fatal(err)
	}
	// On a phone the shared link opens on the result: the recorded trace
	// is what shows, without a script.
	var shown bool
	if err := chromedp.Run(ctx2,
		chromedp.EmulateViewport(390, 844),
		chromedp.Evaluate(`(() => { const r = document.querySelector("#trace .step-open").getBoundingClientRect(); return r.width > 0 && r.top < innerHeight; })()`, &shown),
		screenshot("22-short-link-first-paint-phone"),
	); err != nil {
		t.Fatal(err)
	}
	if !shown {
		t.Errorf("at 390 px, the first paint does not show the recorded trace's open step")
	}
	if !recorded.Recorded || recorded.Steps != 3 || step.N != 2 || !strings.HasPrefix(recorded.SQL, `INSERT INTO "myapp_comet" ("name", "period") VALUES ('Encke', 3)`) || recorded.Rows != 2 {
		t.Errorf("first paint: the recorded trace shows %+v, step %d open; want its 3 steps, step 2 open with its INSERT and 2 rows", recorded, step.N)
	}
	shared := sessionControls{Django: "6.1", UseTZ: false, AutoField: "django.db.models.BigAutoField", Custom: true}
	if ctl != shared {
		t.Errorf("first paint: the controls say %+v, want %+v", ctl, shared)
	}
	if models != workerModels || shell != workerShell {
		t.Errorf("first paint of %s: models.py %q, shell.py %q; want the shared snippet", link, models, shell)
	}
	if title != "Comet · Django 6.1 · ormfiddle" {
		t.Errorf("first paint: title %q", title)
	}
	cancel2()

	// With scripts: the engine runs it, at the step it was shared at.
	ctx3, cancel3 := newChromium(t, t.TempDir())
	defer cancel3()
	errs.listen(ctx3)
	var ran string
	var stillRecorded bool
	if err := chromedp.Run(ctx3,
		chromedp.Navigate(link),
		waitReady(),
		waitRuns(1),
		editorText("models.py", &models),
		editorText("shell.py", &shell),
		openStep(&step),
		readControls(&ctl),
		chromedp.Evaluate(`document.documentElement.dataset.django`, &ran),
		chromedp.Evaluate(`document.getElementById("trace").hasAttribute("data-recorded")`, &stillRecorded),
		screenshot("21-short-link-ran"),
	); err != nil {
		t.Fatal(err)
	}
	if models != workerModels || shell != workerShell || step.N != 2 {
		t.Errorf("%s ran: models.py %q, shell.py %q, step %d; want the snippet at step 2", link, models, shell, step.N)
	}
	if stillRecorded {
		t.Errorf("%s ran, and the page still marks its trace as the recorded one", link)
	}
	if ctl != shared || ran != "6.1" {
		t.Errorf("%s ran under %q with the controls saying %+v, want %+v", link, ran, ctl, shared)
	}
	errs.check(t)

	// A reader who opens another step before the engine has run keeps it:
	// the recorded trace has only the open step's detail, the others say
	// they are loading, and the engine's trace comes in at that step. The
	// page comes through a proxy that holds the wasm's response until the
	// reader has moved, as a slow network would. (Not Chromium's Fetch
	// interception: with it on, the page's engine worker, made while a
	// request was held, at times never loaded its script.)
	slow := newWasmHold(t, base)
	ctx4, cancel4 := newChromium(t, t.TempDir())
	defer cancel4()
	errs.listen(ctx4)
	slowLink := slow.URL + strings.TrimPrefix(link, base)
	var loading string
	if err := chromedp.Run(ctx4,
		chromedp.Navigate(slowLink),
		chromedp.Click("#step-head-3", chromedp.ByQuery),
		chromedp.Text("#step-3", &loading, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(loading, "Loading this step") {
		t.Errorf("step 3 of the recorded trace, opened before the engine ran, says %q", loading)
	}
	<-slow.first
	slow.Release()
	if err := chromedp.Run(ctx4,
		waitRuns(1),
		openStep(&step),
		chromedp.Text("#step-3 .sql", &loading, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if n := slow.requests.Load(); n != 1 {
		// The engine's worker fetches it, once: a second request
		// downloads the wasm twice.
		t.Errorf("the page requested the wasm %d times, want once", n)
	}
	if step.N != 3 || !strings.Contains(loading, `WHERE "myapp_comet"."period" < 10`) {
		t.Errorf("after the engine ran: step %d open, its SQL %q; want step 3 with its SELECT", step.N, loading)
	}
	errs.check(t)
	cancel4()

	// An old fragment link works on the Worker too.
	var fragment bytes.Buffer
	fw, _ := flate.NewWriter(&fragment, flate.BestCompression)
	json.NewEncoder(fw).Encode(map[string]any{"v": 1, "m": workerModels, "s": "Comet.objects.count()\n", "st": 1})
	fw.Close()
	var count string
	if err := chromedp.Run(ctx3,
		chromedp.Navigate(base+"/#s="+base64.RawURLEncoding.EncodeToString(fragment.Bytes())),
		waitReady(),
		waitRuns(1),
		editorText("shell.py", &shell),
		chromedp.Text("#trace .step-open .step-output", &count, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if shell != "Comet.objects.count()\n" || count != "0" {
		t.Errorf("a fragment link on the Worker: shell.py %q, output %q", shell, count)
	}

	// The wasm, as its brotli file.
	req, _ := http.NewRequest("GET", base+"/"+wasmFile, nil)
	req.Header.Set("Accept-Encoding", "br")
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	got, _ := io.ReadAll(res.Body)
	want, _ := os.ReadFile(filepath.Join(workerAssets, wasmFile+".br"))
	encoding := res.Header.Get("Content-Encoding")
	if res.StatusCode != 200 || encoding != "br" || res.Header.Get("Content-Type") != "application/wasm" || !bytes.Equal(got, want) {
		t.Errorf("GET /%s: %d, %s, %s, %d bytes; want the %d bytes of %s.br", wasmFile, res.StatusCode, encoding, res.Header.Get("Content-Type"), len(got), len(want), wasmFile)
	}
}

// wasmHold is a proxy to a playground server that holds each response for
// the wasm until release is closed: a slow network, for the page's
// requests and its workers' alike.
type wasmHold struct {
	*httptest.Server
	first    chan struct{} // closed when the first request for the wasm came
	release  chan struct{} // closed by Release
	once     sync.Once
	requests atomic.Int32 // requests for the wasm
}

// Release lets the wasm's responses through, held and to come.
func (h *wasmHold) Release() { h.once.Do(func() { close(h.release) }) }

// newWasmHold starts a wasmHold in front of base (a server's URL), closed
// with t.
func newWasmHold(t testing.TB, base string) *wasmHold {
	t.Helper()
	target, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	h := &wasmHold{first: make(chan struct{}), release: make(chan struct{})}
	var once sync.Once
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/"+wasmFile {
			h.requests.Add(1)
			once.Do(func() { close(h.first) })
			select {
			case <-h.release:
			case <-r.Context().Done():
				return
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(func() {
		h.Release()
		h.Close()
	})
	return h
}
