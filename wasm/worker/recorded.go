package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ormfiddle/ormfiddle/engine/trace"
	"github.com/ormfiddle/ormfiddle/templates"
)

// A short link's recorded trace: the trace the sharer's engine made of the
// snippet (trace.Record's JSON), which its page shows in its first paint.
// The Worker checks it when it is put and renders it then
// (templates.RecordedTraceView), keeping the HTML beside it, so that a
// page costs the same CPU time with a trace as without, whatever its size;
// a Worker of another build (renderBuild) renders it again, once.

// Limits on a recorded trace, which bound the Worker's work to check and
// render it when it is put (its CPU time per request is limited):
// MaxTrace bytes of JSON (the default example's is 11 kB) and
// MaxTraceSteps steps. A larger trace is not recorded (413): the short
// link's page runs the snippet on opening, as for any snippet without one.
const (
	MaxTrace      = 256 << 10
	MaxTraceSteps = 200
)

// maxTraceOnPage is the largest recorded trace a short link's page
// renders itself, when the HTML kept with it is another build's: about a
// millisecond natively (its render grows with its size, and is put off to
// the PUT that records it because the Worker's CPU time per request is
// limited). A larger one waits for the page's engine.
const maxTraceOnPage = 32 << 10

// buildRevision is the commit the Worker was built from, set by the
// Makefile (-ldflags -X main.buildRevision=...) when the tree is clean.
var buildRevision string

// renderBuild names the Worker's build for the HTML it keeps of recorded
// traces: buildRevision, or "" when that is unknown (such a Worker renders
// the HTML on every page and keeps none).
var renderBuild = buildRevision

// readTrace reads the recorded trace of snippet s: an *errRequest (413)
// when it is over the limits, another error when it is not the snippet's
// (trace.ReadRecord, and the snippet's version and settings).
func readTrace(recorded []byte, s Snippet) (*trace.Trace, error) {
	if len(recorded) > MaxTrace {
		return nil, &errRequest{status: http.StatusRequestEntityTooLarge, msg: traceTooLarge()}
	}
	tr, err := trace.ReadRecord(recorded, s.Shell)
	if err != nil {
		return nil, err
	}
	if len(tr.Steps) > MaxTraceSteps {
		return nil, &errRequest{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("the trace has too many steps to record: %d, where the limit is %d", len(tr.Steps), MaxTraceSteps)}
	}
	if tr.Django != s.Django || tr.Settings != s.Settings {
		ran, _ := json.Marshal(tr.Settings)
		shared, _ := json.Marshal(s.Settings)
		return nil, fmt.Errorf("it ran under Django %s with the settings %s, the snippet under %s with %s", tr.Django, ran, s.Django, shared)
	}
	return tr, nil
}

func traceTooLarge() string {
	return "the trace is too large to record: the limit is " + strconv.Itoa(MaxTrace>>10) + " KiB of JSON"
}

// renderTrace renders a recorded trace as the page shows it, at the
// snippet's step; a panic of the templates is an error.
func renderTrace(tr *trace.Trace, step int) (html string, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	var b strings.Builder
	err = templates.RecordedTraceView(tr, step).Render(context.Background(), &b)
	return b.String(), err
}

// recordedHTML is the HTML of snippet s's recorded trace for its page, ""
// when it has none (or it cannot be shown): the HTML kept with it when
// this build rendered it, else rendered now from the trace and kept.
func (h *Handler) recordedHTML(ctx context.Context, id string, s Snippet, row stored) string {
	if !row.traced {
		return ""
	}
	if row.html != "" && renderBuild != "" && row.render == renderBuild {
		return row.html
	}
	var recorded []byte
	if err := h.DB.QueryRowContext(ctx, "SELECT trace FROM snippets WHERE id = ? AND length(trace) <= ?", id, maxTraceOnPage).Scan(&recorded); err != nil {
		if !errors.Is(err, sql.ErrNoRows) {
			log.Printf("reading the trace of snippet %s: %v", id, err)
		}
		return "" // or too large to render within a page's CPU time
	}
	tr, err := readTrace(recorded, s)
	if err != nil {
		log.Printf("reading the trace of snippet %s: %v", id, err)
		return ""
	}
	html, err := renderTrace(tr, s.Step)
	if err != nil {
		log.Printf("rendering the trace of snippet %s: %v", id, err)
		return ""
	}
	if renderBuild != "" {
		if _, err := h.DB.ExecContext(ctx, "UPDATE snippets SET trace_html = ?, trace_render = ? WHERE id = ?", html, renderBuild, id); err != nil {
			log.Printf("keeping the trace's HTML of snippet %s: %v", id, err)
		}
	}
	return html
}

// putTrace is PUT /api/snippets/ID/trace: the body is the snippet's trace
// as trace.Record writes it. It is checked against the snippet (readTrace:
// its steps are the snippet's statements, its version and settings the
// snippet's, within the limits), rendered, and kept as it came with its
// HTML if the snippet has no trace yet: 201. A snippet that has one keeps
// it: 200. The trace's values are the recorder's word; the page that
// shows them runs the snippet again and shows its own engine's trace in
// their place.
func (h *Handler) putTrace(w http.ResponseWriter, r *http.Request) {
	body, ok := readJSON(w, r, MaxTrace, traceTooLarge())
	if !ok {
		return
	}
	id := r.PathValue("id")
	row, ok := h.loadAPI(w, r, id)
	if !ok {
		return
	}
	if row.traced {
		writeJSON(w, http.StatusOK, map[string]string{"id": id})
		return
	}
	s, err := DecodeCanonical(row.canonical)
	if err != nil {
		log.Printf("decoding snippet %s: %v", id, err)
		apiError(w, http.StatusInternalServerError, "the snippet could not be read")
		return
	}
	if !utf8.Valid(body) {
		apiError(w, http.StatusBadRequest, "the body is not UTF-8 text")
		return
	}
	tr, err := readTrace(body, s)
	var limit *errRequest
	if errors.As(err, &limit) {
		apiError(w, limit.status, limit.msg)
		return
	}
	if err != nil {
		apiError(w, http.StatusBadRequest, "this is not the snippet's trace: "+err.Error())
		return
	}
	html, err := renderTrace(tr, s.Step)
	if err != nil {
		apiError(w, http.StatusBadRequest, "this trace cannot be shown: "+err.Error())
		return
	}
	var render any // NULL: HTML no build will take as its own
	if renderBuild != "" {
		render = renderBuild
	}
	res, err := h.DB.ExecContext(r.Context(), "UPDATE snippets SET trace = ?, trace_html = ?, trace_render = ? WHERE id = ? AND trace IS NULL", string(body), html, render, id)
	if err != nil {
		log.Printf("storing the trace of snippet %s: %v", id, err)
		apiError(w, http.StatusInternalServerError, "the trace could not be stored; try again")
		return
	}
	status := http.StatusOK
	if n, err := res.RowsAffected(); err == nil && n == 1 {
		status = http.StatusCreated
	}
	w.Header().Set("Cache-Control", "no-store")
	writeJSON(w, status, map[string]string{"id": id})
}
