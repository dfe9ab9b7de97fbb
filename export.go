package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// exportCommand is `ormfiddle export [-web DIR] OUTDIR`: it writes the
// playground as a static site that any file server can host, with the
// default example's trace rendered into index.html and the wasm beside its
// precompressed forms (for servers that pick them, such as nginx's
// gzip_static and brotli_static or Caddy's precompressed). The host must
// serve .wasm files as application/wasm.
func exportCommand(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	webDir := fs.String("web", "web", "directory of the static assets and the wasm build")
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: ormfiddle export [-web DIR] OUTDIR") }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	if err := exportSite(*webDir, fs.Arg(0)); err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	return 0
}

// exportSite writes index.html and copies the assets of webDir to outDir.
func exportSite(webDir, outDir string) error {
	if err := checkWasmBuild(webDir); err != nil {
		return err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	var page bytes.Buffer
	if err := renderIndex(&page); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(outDir, "index.html"), page.Bytes(), 0o644); err != nil {
		return err
	}
	entries, err := os.ReadDir(webDir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || strings.HasPrefix(name, ".") || strings.Contains(name, ".tmp") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(webDir, name))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(outDir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// checkWasmBuild makes sure that `make wasm` and `make editor` have run:
// the wasm, its compressed forms no older than it, the wasm_exec.js that
// loads it, and the editor bundle.
func checkWasmBuild(webDir string) error {
	wasm, err := os.Stat(filepath.Join(webDir, wasmFile))
	if err != nil {
		return fmt.Errorf("%v: run `make wasm` first", err)
	}
	for _, name := range []string{wasmFile + ".br", wasmFile + ".gz", "wasm_exec.js", editorFile} {
		st, err := os.Stat(filepath.Join(webDir, name))
		if err != nil {
			return fmt.Errorf("%v: run `make wasm` first", err)
		}
		if strings.HasPrefix(name, wasmFile) && st.ModTime().Before(wasm.ModTime()) {
			return fmt.Errorf("%s is older than %s: run `make wasm` first", name, wasmFile)
		}
	}
	return nil
}
