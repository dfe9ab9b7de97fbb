package main

import (
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// fakeWebDir makes a web directory whose wasm and compressed forms are
// told apart by their content.
func fakeWebDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"app.js":                "export {};\n",
		"style.css":             "body {}\n",
		"wasm_exec.js":          "// go\n",
		editorFile:              "// editor\n",
		"editor-AB12CD34.js":    "// a chunk\n",
		"editor-AB12CD34.js.br": "brotli chunk",
		wasmFile:                "raw wasm",
		wasmFile + ".br":        "brotli wasm",
		wasmFile + ".gz":        "gzip wasm",
		"notes.wasm.br.tmp":     "half written",
		"editor/main.js":        "// the editor's source\n",
		"sub/dir/x.js":          "// x\n",
	}
	for name, body := range files {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The raw files older than their compressed forms, whichever order
	// they were written in (a stale compressed form is not served).
	old := time.Now().Add(-time.Hour)
	os.Chtimes(filepath.Join(dir, wasmFile), old, old)
	os.Chtimes(filepath.Join(dir, "editor-AB12CD34.js"), old, old)
	return dir
}

func get(t *testing.T, h http.Handler, path string, header ...string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest("GET", path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	body, _ := io.ReadAll(rec.Result().Body)
	return rec.Result(), string(body)
}

func TestServeIndex(t *testing.T) {
	h, err := newServer(fakeWebDir(t))
	if err != nil {
		t.Fatal(err)
	}
	res, body := get(t, h, "/")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /: %d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	src, _ := loadExample(defaultExample)
	for _, want := range []string{
		`<textarea id="models"`,
		`<textarea id="shell"`,
		`class Place(models.Model):`,
		`Restaurant(name=&#34;Bob&#39;s Cafe&#34;`,
		`<button id="run" type="button" class="run" disabled`,
		`<script type="module" src="app.js">`,
		`Content-Security-Policy`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if src.Models == "" || src.Shell == "" {
		t.Error("the default example is empty")
	}
}

// TestServeIndexTrace is the server half of the acceptance test: the first
// trace is in the HTML.
func TestServeIndexTrace(t *testing.T) {
	h, err := newServer(fakeWebDir(t))
	if err != nil {
		t.Fatal(err)
	}
	_, body := get(t, h, "/")
	text := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(body, ""))
	if !strings.Contains(text, `INNER JOIN "myapp_place"`) {
		i := strings.Index(body, `id="problems"`)
		t.Errorf("the served page has no INNER JOIN \"myapp_place\"; its result starts: %.300s", body[max(i, 0):])
	}
}

func TestServeWasm(t *testing.T) {
	web := fakeWebDir(t)
	h, err := newServer(web)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ accept, encoding, body string }{
		{"gzip, deflate, br, zstd", "br", "brotli wasm"},
		{"br;q=0.5, gzip", "br", "brotli wasm"},
		{"gzip, deflate", "gzip", "gzip wasm"},
		{"br;q=0, gzip", "gzip", "gzip wasm"},
		{"*", "br", "brotli wasm"},
		{"*;q=0, identity", "", "raw wasm"},
		{"", "", "raw wasm"},
		{"identity", "", "raw wasm"},
	} {
		res, body := get(t, h, "/"+wasmFile, "Accept-Encoding", tc.accept)
		if res.StatusCode != 200 || body != tc.body || res.Header.Get("Content-Encoding") != tc.encoding {
			t.Errorf("Accept-Encoding %q: %d, Content-Encoding %q, body %q; want %q, %q",
				tc.accept, res.StatusCode, res.Header.Get("Content-Encoding"), body, tc.encoding, tc.body)
		}
		if ct := res.Header.Get("Content-Type"); ct != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", tc.accept, ct)
		}
		if v := res.Header.Get("Vary"); v != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q", tc.accept, v)
		}
		if tc.encoding != "" && res.Header.Get("Content-Length") != strconv.Itoa(len(tc.body)) {
			t.Errorf("Accept-Encoding %q: Content-Length %s", tc.accept, res.Header.Get("Content-Length"))
		}
	}

	// A compressed copy older than the wasm is stale and not served.
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(filepath.Join(web, wasmFile+".br"), old, old)
	if res, body := get(t, h, "/"+wasmFile, "Accept-Encoding", "br, gzip"); res.Header.Get("Content-Encoding") != "gzip" || body != "gzip wasm" {
		t.Errorf("with a stale .br: Content-Encoding %q, body %q; want the gzip copy", res.Header.Get("Content-Encoding"), body)
	}
}

func TestServeAssets(t *testing.T) {
	h, err := newServer(fakeWebDir(t))
	if err != nil {
		t.Fatal(err)
	}
	res, body := get(t, h, "/app.js")
	if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), "javascript") || body != "export {};\n" {
		t.Errorf("GET /app.js: %d %q %q", res.StatusCode, res.Header.Get("Content-Type"), body)
	}
	// The editor's chunks, precompressed as the loader is.
	res, body = get(t, h, "/editor-AB12CD34.js", "Accept-Encoding", "gzip, deflate, br, zstd")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/javascript; charset=utf-8" ||
		res.Header.Get("Content-Encoding") != "br" || body != "brotli chunk" {
		t.Errorf("GET /editor-AB12CD34.js: %d %q %q %q", res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Content-Encoding"), body)
	}
	if res, body := get(t, h, "/editor-AB12CD34.js", "Accept-Encoding", "identity"); res.StatusCode != 200 || body != "// a chunk\n" {
		t.Errorf("GET /editor-AB12CD34.js, identity: %d %q", res.StatusCode, body)
	}
	for _, p := range []string{"/" + wasmFile + ".br", "/" + wasmFile + ".gz", "/editor-AB12CD34.js.br", "/editor-missing.js", "/missing.css"} {
		if res, _ := get(t, h, p); res.StatusCode != 404 {
			t.Errorf("GET %s: %d, want 404", p, res.StatusCode)
		}
	}
	// No directory listing, of web/editor/ (the editor's source) or any.
	for _, p := range []string{"/editor/", "/editor", "/editor/./", "/sub/dir/"} {
		if res, body := get(t, h, p); res.StatusCode != 404 || strings.Contains(body, "main.js") {
			t.Errorf("GET %s: %d %q, want 404 and no listing", p, res.StatusCode, body)
		}
	}
	req := httptest.NewRequest("POST", "/", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: %d", rec.Code)
	}
}

func TestAcceptsEncoding(t *testing.T) {
	for _, tc := range []struct {
		header, enc string
		want        bool
	}{
		{"gzip, br", "br", true},
		{"GZIP", "gzip", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.001", "gzip", true},
		{"*", "br", true},
		{"*, br;q=0", "br", false},
		{"br;q=0, *", "br", false},
		{"deflate", "br", false},
		{"", "gzip", false},
		{"brotli", "br", false},
	} {
		if got := acceptsEncoding(tc.header, tc.enc); got != tc.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v", tc.header, tc.enc, got)
		}
	}
}

func TestExport(t *testing.T) {
	web := fakeWebDir(t)
	out := filepath.Join(t.TempDir(), "site")
	if err := exportSite(web, out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "app.js", "style.css", "wasm_exec.js", wasmFile, wasmFile + ".br", wasmFile + ".gz", editorFile, "editor-AB12CD34.js", "editor-AB12CD34.js.br"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "notes.wasm.br.tmp")); err == nil {
		t.Error("export copied a temporary file")
	}
	page, _ := os.ReadFile(filepath.Join(out, "index.html"))
	if !strings.Contains(string(page), `<textarea id="models"`) {
		t.Error("index.html is not the page")
	}

	// Without a wasm build, export says what to do.
	os.Remove(filepath.Join(web, wasmFile+".gz"))
	err := exportSite(web, filepath.Join(t.TempDir(), "site"))
	if err == nil || !strings.Contains(err.Error(), "make wasm") {
		t.Errorf("export without the gzip copy: %v, want advice to run make wasm", err)
	}
}

// TestServeExampleAndEmbed: ?example=NAME opens that example, ?embed=1 is
// the embed mode, and an unknown example falls back to the default.
func TestServeExampleAndEmbed(t *testing.T) {
	h, err := newServer(fakeWebDir(t))
	if err != nil {
		t.Fatal(err)
	}
	_, body := get(t, h, "/?example=many-to-one")
	if !strings.Contains(body, `data-example="many-to-one"`) || !strings.Contains(body, `class Reporter(models.Model):`) {
		t.Error("?example=many-to-one does not open that example")
	}
	if !strings.Contains(body, `<option value="many-to-one" selected>`) {
		t.Error("the menu does not show the example")
	}
	_, body = get(t, h, "/?embed=1")
	if !strings.Contains(body, `<html lang="en" class="embed"`) {
		t.Error("?embed=1 is not the embed mode")
	}
	_, body = get(t, h, "/?example=nope")
	if !strings.Contains(body, `data-example="`+defaultExample+`"`) {
		t.Error("an unknown example does not fall back to the default")
	}
	res, body := get(t, h, "/"+editorFile)
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") || body != "// editor\n" {
		t.Errorf("GET /%s: %d %q %q", editorFile, res.StatusCode, res.Header.Get("Content-Type"), body)
	}
}

// loadExample reads the source of examples/NAME.
func loadExample(name string) (playground.Source, error) {
	ex, err := readExample(name)
	return ex.Source, err
}
