package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
)

// Handler is the Worker's HTTP side: the share API over a snippet store,
// and the page of a short link. The page's static files are Workers static
// assets; requests reach the handler for /api/* and /s/* (wrangler.jsonc's
// run_worker_first) and for paths that are no asset.
//
//	POST /api/snippets      store a snippet, answer {"id", "url"}
//	GET  /api/snippets/ID   the snippet's canonical JSON, cached for good
//	PUT  /api/snippets/ID/trace
//	                        record the snippet's trace (trace.Record's JSON),
//	                        once: its page then shows it at once
//	GET  /s/ID              the playground page, opening on the snippet
//	                        (?embed=1: the embed mode, for an iframe)
type Handler struct {
	// DB holds the snippets table of migrations/*.sql.
	DB *sql.DB
	// Page renders the page of a shared snippet (renderPage), in embed
	// mode with embed, showing its recorded trace's HTML (recorded.go)
	// when it is not "".
	Page func(w io.Writer, id, url string, s Snippet, recorded string, embed bool) error

	once sync.Once
	mux  *http.ServeMux
}

// The cache lifetimes: a snippet never changes, the page around it does
// (a new deployment).
const (
	immutable = "public, max-age=31536000, immutable"
	pageCache = "public, max-age=600"
)

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.once.Do(h.route)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodPost && r.Method != http.MethodPut {
		drain(r)
	}
	h.mux.ServeHTTP(w, r)
}

// route builds the handler's routes.
func (h *Handler) route() {
	h.mux = http.NewServeMux()
	h.mux.HandleFunc("POST /api/snippets", h.create)
	h.mux.HandleFunc("GET /api/snippets/{id}", h.get)
	h.mux.HandleFunc("PUT /api/snippets/{id}/trace", h.putTrace)
	h.mux.Handle("/api/snippets/{id}/trace", refuse(http.StatusMethodNotAllowed, "PUT", "a trace can only be recorded (PUT)"))
	h.mux.HandleFunc("GET /s/{id}", h.page)
	h.mux.Handle("/api/snippets", refuse(http.StatusMethodNotAllowed, "POST", "use POST to share a snippet"))
	h.mux.Handle("/api/snippets/{id}", refuse(http.StatusMethodNotAllowed, "GET, HEAD", "a snippet can only be read (GET)"))
	h.mux.Handle("/api/", refuse(http.StatusNotFound, "", "no such API: there are POST /api/snippets and GET /api/snippets/ID"))
	h.mux.HandleFunc("/s/{id}", func(w http.ResponseWriter, r *http.Request) {
		drain(r)
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	})
	h.mux.HandleFunc("/", http.NotFound)
}

// refuse answers every request with a JSON error (and Allow, for a 405).
func refuse(status int, allow, msg string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		drain(r)
		if allow != "" {
			w.Header().Set("Allow", allow)
		}
		apiError(w, status, msg)
	})
}

// drain reads what is left of a request's body: the Workers runtime of
// wrangler dev restarts the Worker when a response leaves a body unread.
func drain(r *http.Request) {
	if r.Body != nil {
		io.Copy(io.Discard, r.Body)
	}
}

// create is POST /api/snippets: it answers 201 with the new snippet's ID
// and link, or 200 with those of the same snippet stored before; a request
// it refuses stores nothing.
func (h *Handler) create(w http.ResponseWriter, r *http.Request) {
	body, ok := readJSON(w, r, MaxBody, tooLarge())
	if !ok {
		return
	}
	s, err := ParseSnippet(body)
	if err != nil {
		var e *errRequest
		if errors.As(err, &e) {
			apiError(w, e.status, e.msg)
			return
		}
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	id, created, err := h.store(r.Context(), s.Canonical())
	if err != nil {
		log.Printf("storing a snippet: %v", err)
		apiError(w, http.StatusInternalServerError, "the snippet could not be stored; try again")
		return
	}
	link := absolute(r, "/s/"+id)
	w.Header().Set("Cache-Control", "no-store")
	status := http.StatusOK
	if created {
		w.Header().Set("Location", link)
		status = http.StatusCreated
	}
	writeJSON(w, status, map[string]string{"id": id, "url": link})
}

// readJSON reads a request's JSON body of at most limit bytes, or answers
// the request with a JSON error (415, 413 with tooBig, 400) and ok false.
// A refused body is read to its end first: wrangler's runtime restarts
// the Worker when a request's body is left unread.
func readJSON(w http.ResponseWriter, r *http.Request, limit int, tooBig string) (body []byte, ok bool) {
	if ct := r.Header.Get("Content-Type"); !isJSON(ct) {
		drain(r)
		apiError(w, http.StatusUnsupportedMediaType, "the body must be JSON (Content-Type: application/json)")
		return nil, false
	}
	if r.ContentLength > int64(limit) {
		drain(r)
		apiError(w, http.StatusRequestEntityTooLarge, tooBig)
		return nil, false
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, int64(limit)+1))
	if err != nil {
		apiError(w, http.StatusBadRequest, "the body could not be read")
		return nil, false
	}
	if len(body) > limit {
		drain(r)
		apiError(w, http.StatusRequestEntityTooLarge, tooBig)
		return nil, false
	}
	return body, true
}

func tooLarge() string {
	return "the snippet is too large to share: the limit is " + strconv.Itoa(MaxBody>>10) + " KiB of JSON"
}

// isJSON reports whether a Content-Type is JSON's.
func isJSON(contentType string) bool {
	t, _, err := mime.ParseMediaType(contentType)
	return err == nil && (t == "application/json" || strings.HasSuffix(t, "+json"))
}

// store keeps a canonical snippet under the first of its IDs that is free
// or already holds it, and reports whether it was new. INSERT OR IGNORE
// makes concurrent stores of the same snippet agree.
func (h *Handler) store(ctx context.Context, canonical []byte) (id string, created bool, err error) {
	for _, id := range IDs(canonical) {
		res, err := h.DB.ExecContext(ctx, "INSERT OR IGNORE INTO snippets (id, snippet) VALUES (?, ?)", id, string(canonical))
		if err != nil {
			return "", false, err
		}
		if n, err := res.RowsAffected(); err != nil {
			return "", false, err
		} else if n == 1 {
			return id, true, nil
		}
		var stored string
		if err := h.DB.QueryRowContext(ctx, "SELECT snippet FROM snippets WHERE id = ?", id).Scan(&stored); err != nil {
			return "", false, err
		}
		if stored == string(canonical) {
			return id, false, nil
		}
		log.Printf("snippet ID %s collides: trying the next", id)
	}
	return "", false, errors.New("every candidate ID is taken by another snippet")
}

// stored is a snippet's row: its canonical JSON, whether it has a
// recorded trace, and the HTML a Worker rendered of that trace with that
// Worker's build (see recorded.go).
type stored struct {
	canonical    []byte
	traced       bool
	html, render string
}

// load reads the row of snippet id; ok is false if there is none. The
// recorded trace itself is read only when needed (recordedTrace).
func (h *Handler) load(ctx context.Context, id string) (row stored, ok bool, err error) {
	if !ValidID(id) {
		return row, false, nil
	}
	var s string
	var html, render sql.NullString
	err = h.DB.QueryRowContext(ctx, "SELECT snippet, trace IS NOT NULL, trace_html, trace_render FROM snippets WHERE id = ?", id).Scan(&s, &row.traced, &html, &render)
	if errors.Is(err, sql.ErrNoRows) {
		return row, false, nil
	}
	if err != nil {
		return row, false, err
	}
	row.canonical = []byte(s)
	row.html, row.render = html.String, render.String
	return row, true, nil
}

// loadAPI is load for an API request: it answers the request with a JSON
// error, and ok false, when the snippet cannot be read or does not exist.
func (h *Handler) loadAPI(w http.ResponseWriter, r *http.Request, id string) (row stored, ok bool) {
	row, ok, err := h.load(r.Context(), id)
	if err != nil {
		log.Printf("reading snippet %s: %v", id, err)
		apiError(w, http.StatusInternalServerError, "the snippet could not be read; try again")
		return row, false
	}
	if !ok {
		apiError(w, http.StatusNotFound, "there is no snippet "+quoteID(id))
	}
	return row, ok
}

// get is GET /api/snippets/ID: the canonical JSON, whose SHA-256 gives the
// ID back, cached for good.
func (h *Handler) get(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	row, ok := h.loadAPI(w, r, id)
	if !ok {
		return
	}
	etag := `"` + id + `"`
	hd := w.Header()
	hd.Set("Cache-Control", immutable)
	hd.Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hd.Set("Content-Type", "application/json; charset=utf-8")
	writeBody(w, r, row.canonical)
}

// page is GET /s/ID: the playground, opening on the snippet.
func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	row, ok, err := h.load(r.Context(), id)
	if err != nil {
		log.Printf("reading snippet %s: %v", id, err)
		http.Error(w, "the snippet could not be read; try again", http.StatusInternalServerError)
		return
	}
	if !ok {
		notFoundPage(w, id)
		return
	}
	s, err := DecodeCanonical(row.canonical)
	if err != nil {
		log.Printf("decoding snippet %s: %v", id, err)
		http.Error(w, "the snippet could not be read", http.StatusInternalServerError)
		return
	}
	var page bytes.Buffer
	embed := r.URL.Query().Get("embed") == "1"
	recorded := h.recordedHTML(r.Context(), id, s, row)
	err = h.render(&page, id, absolute(r, "/s/"+id), s, recorded, embed)
	if err != nil && recorded != "" {
		log.Printf("rendering the trace of snippet %s: %v", id, err)
		page.Reset()
		err = h.render(&page, id, absolute(r, "/s/"+id), s, "", embed)
	}
	if err != nil {
		log.Printf("rendering snippet %s: %v", id, err)
		http.Error(w, "the page could not be rendered", http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", pageCache)
	writeBody(w, r, page.Bytes())
}

// render is h.Page with a panic returned as an error.
func (h *Handler) render(w io.Writer, id, url string, s Snippet, recorded string, embed bool) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return h.Page(w, id, url, s, recorded, embed)
}

// writeBody answers 200 with body, and its length; a HEAD request gets
// neither (syumai/workers would send a Content-Length as a promise of that
// many bytes, a FixedLengthStream, and fail to keep it).
func writeBody(w http.ResponseWriter, r *http.Request, body []byte) {
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	w.Write(body)
}

// notFoundPage says that a short link leads nowhere, and links home.
func notFoundPage(w http.ResponseWriter, id string) {
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusNotFound)
	io.WriteString(w, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ormfiddle: no such snippet</title><link rel="stylesheet" href="/style.css"></head>
<body class="not-found"><main style="max-width: 40em; margin: 4em auto; padding: 0 1em">
<h1>No snippet here</h1>
<p>There is no shared snippet `+htmlEscape(quoteID(id))+`. Check that the link was copied whole.</p>
<p><a href="/">Open the playground</a></p>
</main></body></html>
`)
}

func htmlEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quoteID quotes an ID from a URL for a message, cut short if long.
func quoteID(id string) string {
	if len(id) > 40 {
		id = id[:40] + "…"
	}
	b, _ := json.Marshal(id)
	return string(b)
}

// absolute makes path absolute on the request's origin, when it is known.
func absolute(r *http.Request, path string) string {
	if r.URL.Scheme == "" || r.URL.Host == "" {
		return path
	}
	return r.URL.Scheme + "://" + r.URL.Host + path
}

// apiError answers a JSON error: {"error": "what is wrong"}.
func apiError(w http.ResponseWriter, status int, msg string) {
	if w.Header().Get("Cache-Control") == "" {
		w.Header().Set("Cache-Control", "no-store")
	}
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(status)
	w.Write(b.Bytes())
}
