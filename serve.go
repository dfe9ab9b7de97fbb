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
	"embed"
	"errors"
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
	"time"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/templates"
)

// examplesFS holds the shipped snippets, one folder each with models.py and
// shell.py.
//
//go:embed examples
var examplesFS embed.FS

// defaultExample is the folder of examples/ that the page opens with.
const defaultExample = "multi-table-inheritance"

// wasmFile is the browser build of the engine, in the web directory; it is
// served precompressed from wasmFile+".br" and wasmFile+".gz".
const wasmFile = "ormfiddle.wasm"

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
	page   []byte // the rendered index.html
	files  http.Handler
}

// newServer renders the page once and serves it with the assets of webDir.
func newServer(webDir string) (http.Handler, error) {
	var page bytes.Buffer
	if err := renderIndex(&page); err != nil {
		return nil, err
	}
	return &server{webDir: webDir, page: page.Bytes(), files: http.FileServerFS(os.DirFS(webDir))}, nil
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
	switch p := path.Clean(r.URL.Path); {
	case p == "/" || p == "/index.html":
		h.Set("Content-Type", "text/html; charset=utf-8")
		http.ServeContent(w, r, "index.html", time.Time{}, bytes.NewReader(s.page))
	case p == "/"+wasmFile:
		serveWasm(w, r, filepath.Join(s.webDir, wasmFile))
	case strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz"):
		http.NotFound(w, r) // reached through Content-Encoding only
	default:
		s.files.ServeHTTP(w, r)
	}
}

// renderIndex runs the default example and renders the whole page.
func renderIndex(w io.Writer) error {
	src, err := loadExample(defaultExample)
	if err != nil {
		return err
	}
	trace, err := playground.Run(src, playground.Options{})
	data := templates.PageData{
		Example: defaultExample,
		Source:  src,
		Result:  templates.NewResult(src, trace, err),
	}
	return templates.Page(data).Render(context.Background(), w)
}

// loadExample reads examples/NAME.
func loadExample(name string) (playground.Source, error) {
	dir, err := fs.Sub(examplesFS, path.Join("examples", name))
	if err != nil {
		return playground.Source{}, err
	}
	return readSource(dir)
}

// readSource reads models.py and shell.py from dir. A missing shell.py is
// an empty script.
func readSource(dir fs.FS) (playground.Source, error) {
	models, err := fs.ReadFile(dir, "models.py")
	if err != nil {
		return playground.Source{}, err
	}
	shell, err := fs.ReadFile(dir, "shell.py")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return playground.Source{}, err
	}
	return playground.Source{Models: string(models), Shell: string(shell)}, nil
}
