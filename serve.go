// Command ormfiddle is the Django ORM playground.
//
//	go run .                    serve the playground on http://localhost:8080
//	go run . -addr :9000        ... on another address
//	go run . trace [--json] DIR trace DIR/models.py and DIR/shell.py
//	go run . export OUTDIR      write the page as a static site
//
// The server renders the default example's trace into the page, so it shows
// before the WebAssembly build of the engine (web/ormfiddle.wasm, built by
// `make wasm`) has loaded; after that, every run happens in the browser.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/templates"
)

// defaultExample is the folder of examples/ that the page opens with.
const defaultExample = "multi-table-inheritance"

// wasmFile is the browser build of the engine, in the web directory; it is
// served precompressed from wasmFile+".br" and wasmFile+".gz".
const wasmFile = "ormfiddle.wasm"

// editorFile is the editor's loader (CodeMirror's), in the web directory,
// and editorChunkPrefix begins the names of the chunks it loads beside it
// (web/editor/load.js); they are served precompressed too.
const (
	editorFile        = "editor.js"
	editorChunkPrefix = "editor-"
)

func main() {
	log.SetFlags(0)
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "trace":
			os.Exit(traceCommand(os.Args[2:], os.Stdout, os.Stderr))
		case "export":
			os.Exit(exportCommand(os.Args[2:], os.Stderr))
		case "help", "-h", "-help", "--help":
			usage(os.Stdout)
			return
		}
	}
	fs := flag.NewFlagSet("ormfiddle", flag.ExitOnError)
	fs.Usage = func() { usage(os.Stderr) }
	addr := fs.String("addr", "localhost:8080", "address to serve on")
	webDir := fs.String("web", "web", "directory of the static assets and the wasm build")
	fs.Parse(os.Args[1:])
	if fs.NArg() > 0 {
		usage(os.Stderr)
		os.Exit(2)
	}
	if err := serve(*addr, *webDir); err != nil {
		log.Fatal(err)
	}
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  ormfiddle [-addr HOST:PORT] [-web DIR]   serve the playground (default localhost:8080)
  ormfiddle trace [--json] DIR             trace DIR/models.py and DIR/shell.py
  ormfiddle export OUTDIR                  write the playground as a static site
`)
}

// serve runs the playground's web server until it fails.
func serve(addr, webDir string) error {
	h, err := newServer(webDir)
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(webDir, wasmFile)); err != nil {
		log.Printf("warning: %s is missing: run `make wasm` (the page shows the first trace, but cannot run)", filepath.Join(webDir, wasmFile))
	}
	srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	log.Printf("ormfiddle: serving on http://%s/", displayAddr(addr))
	return srv.ListenAndServe()
}

// displayAddr turns ":8080" into "localhost:8080" for the log line.
func displayAddr(addr string) string {
	if strings.HasPrefix(addr, ":") {
		return "localhost" + addr
	}
	return addr
}

// server is the playground's HTTP handler.
type server struct {
	webDir string
	files  http.Handler

	mu    sync.Mutex
	pages map[pageKey][]byte // rendered pages, by example and mode
}

// pageKey names a rendering of the page: the example it opens with, and
// whether it is the embed mode.
type pageKey struct {
	example string
	embed   bool
}

// newServer renders the default page once, to fail early, and serves it
// with the assets of webDir. The page of another example (?example=NAME)
// or of the embed mode (?embed=1) is rendered on its first request.
func newServer(webDir string) (http.Handler, error) {
	s := &server{webDir: webDir, files: http.FileServerFS(os.DirFS(webDir)), pages: map[pageKey][]byte{}}
	if _, err := s.page(pageKey{example: defaultExample}); err != nil {
		return nil, err
	}
	return s, nil
}

// page returns the rendered page for k.
func (s *server) page(k pageKey) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if b, ok := s.pages[k]; ok {
		return b, nil
	}
	var b bytes.Buffer
	if err := renderPage(&b, k.example, k.embed); err != nil {
		return nil, err
	}
	s.pages[k] = b.Bytes()
	return s.pages[k], nil
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-cache")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := path.Clean(r.URL.Path)
	switch ctype := precompressedType(strings.TrimPrefix(p, "/")); {
	case p == "/" || p == "/index.html":
		q := r.URL.Query()
		k := pageKey{example: q.Get("example"), embed: q.Get("embed") == "1"}
		if k.example == "" {
			k.example = defaultExample
		}
		if _, err := readExample(k.example); err != nil {
			k.example = defaultExample // the page tells the script, which says so
		}
		page, err := s.page(k)
		if err != nil {
			log.Printf("rendering the page: %v", err)
			http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
			return
		}
		h.Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(page))
	case ctype != "":
		servePrecompressed(w, r, filepath.Join(s.webDir, strings.TrimPrefix(p, "/")), ctype)
	case strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz"):
		http.NotFound(w, r) // reached through Content-Encoding only
	case s.isDir(p):
		// No directory listings: web/ is the page's files, not a site.
		http.NotFound(w, r)
	default:
		s.files.ServeHTTP(w, r)
	}
}

// isDir reports whether the URL path p names a directory of the web
// directory (or something that is not a file in it).
func (s *server) isDir(p string) bool {
	st, err := os.Stat(filepath.Join(s.webDir, filepath.FromSlash(p)))
	return err == nil && !st.Mode().IsRegular()
}

// renderIndex renders the page with the default example: index.html.
func renderIndex(w io.Writer) error {
	return renderPage(w, defaultExample, false)
}

// renderPage runs an example under the default Django version and the
// example's settings (startproject's unless it pins others) and renders the
// whole page with its trace, the first step that did something open; embed renders the embed
// mode.
func renderPage(w io.Writer, example string, embed bool) error {
	examples, err := listExamples()
	if err != nil {
		return err
	}
	ex, err := readExample(example)
	if err != nil {
		return err
	}
	trace, err := playground.Run(ex.Source, playground.Options{Snapshots: true})
	data := templates.PageData{
		Example:  example,
		Source:   ex.Source,
		Result:   templates.NewResult(ex.Source, trace, err),
		Step:     1,
		Examples: examples,
		Embed:    embed,
	}
	if trace != nil {
		data.Step = templates.FirstActiveStep(trace)
		data.Django, data.Settings = trace.Django, trace.Settings
	} else {
		data.Settings = conf.Startproject()
	}
	return templates.Page(data).Render(context.Background(), w)
}

// readSource reads a session directory (playground.ReadSource).
func readSource(dir fs.FS) (playground.Source, error) { return playground.ReadSource(dir) }
