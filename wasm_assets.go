package main

import (
	"log"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// precompressed are the files served from their precompressed forms, with
// their Content-Type: the wasm and the editor's loader.
var precompressed = map[string]string{
	wasmFile:   "application/wasm",
	editorFile: "text/javascript; charset=utf-8",
}

// precompressedType is the Content-Type of the file at name (a path in the
// web directory) if it is served from its precompressed forms, else "":
// the files of precompressed, and the editor's chunks (editor-HASH.js,
// which `make editor` names and compresses).
func precompressedType(name string) string {
	if t := precompressed[name]; t != "" {
		return t
	}
	if chunk, ok := strings.CutPrefix(name, editorChunkPrefix); ok && strings.HasSuffix(chunk, ".js") && !strings.Contains(chunk, "/") {
		return precompressed[editorFile]
	}
	return ""
}

// wasmEncodings are the precompressed forms of a file, best first.
var wasmEncodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// servePrecompressed serves the file at name as contentType, from name.br
// or name.gz when the client accepts that encoding and the file is at least
// as new as name itself (a stale compressed copy would run old code).
func servePrecompressed(w http.ResponseWriter, r *http.Request, name, contentType string) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Add("Vary", "Accept-Encoding")
	raw, rawErr := os.Stat(name)
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range wasmEncodings {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		f, err := os.Open(name + enc.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil {
			continue
		}
		if rawErr == nil && st.ModTime().Before(raw.ModTime()) {
			log.Printf("warning: %s is older than %s: not served (run `make wasm`)", f.Name(), name)
			continue
		}
		h.Set("Content-Encoding", enc.name)
		if r.Header.Get("Range") == "" {
			// ServeContent leaves out the length of encoded content.
			h.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
		}
		http.ServeContent(w, r, name, st.ModTime(), f)
		return
	}
	f, err := os.Open(name)
	if err != nil {
		h.Del("Content-Type")
		http.Error(w, filepath.Base(name)+" is not built: run `make serve`", http.StatusNotFound)
		return
	}
	defer f.Close()
	http.ServeContent(w, r, name, raw.ModTime(), f)
}

// acceptsEncoding reports whether an Accept-Encoding header value admits
// the content coding enc: listed (or "*") with a non-zero q-value.
func acceptsEncoding(header, enc string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding != enc && coding != "*" {
			continue
		}
		ok := qValue(params) > 0
		if coding == enc {
			return ok
		}
		star = ok
	}
	return star
}

// qValue reads the q parameter of an Accept-Encoding element; 1 if absent.
func qValue(params string) float64 {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			if err != nil {
				return 0
			}
			return q
		}
	}
	return 1
}
