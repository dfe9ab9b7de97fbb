package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// TestRecordedTrace shares a snippet, records the trace the engine gives
// it (as the page does after Share) and opens the short link: the page
// shows that trace, escaped, and marks it recorded; a second recording
// changes nothing; a trace of another snippet, version or settings is
// refused. The Worker renders the open step's detail only, and no schema.
func TestRecordedTrace(t *testing.T) {
	h := newTestHandler(t)
	build := renderBuild
	t.Cleanup(func() { renderBuild = build })
	renderBuild = "build-1"
	models := "from django.db import models\n\nclass Person(models.Model):\n    name = models.CharField(max_length=30)\n"
	shell := "Person.objects.create(name='<script>alert(1)</script>')\nprint(Person.objects.get().name)\nPerson.objects.count()\n"
	body, _ := json.Marshal(map[string]any{"models": models, "shell": shell, "django": "5.2", "step": 2})
	w := do(h, "POST", "/api/snippets", "application/json", string(body))
	var created struct{ ID string }
	if err := json.Unmarshal(w.Body.Bytes(), &created); err != nil || w.Code != http.StatusCreated {
		t.Fatalf("create: %d %s", w.Code, w.Body)
	}
	settings := conf.Startproject()
	run := func(src playground.Source) string {
		tr, err := playground.Run(src, playground.Options{Snapshots: true})
		if err != nil {
			t.Fatal(err)
		}
		return string(tr.Record())
	}
	recorded := run(playground.Source{Models: models, Shell: shell, Django: "5.2", Settings: &settings})
	target := "/api/snippets/" + created.ID + "/trace"

	other := settings
	other.UseTZ = false
	for _, tc := range []struct {
		name, target, contentType, body string
		status                          int
		want                            string
	}{
		{"another shell", target, "application/json", run(playground.Source{Models: models, Shell: "Person.objects.count()\n", Django: "5.2", Settings: &settings}), 400, "step 1: its code is not in lines 1 to 1 of shell.py"},
		{"another version", target, "application/json", run(playground.Source{Models: models, Shell: shell, Django: "6.1", Settings: &settings}), 400, "it ran under Django 6.1"},
		{"other settings", target, "application/json", run(playground.Source{Models: models, Shell: shell, Django: "5.2", Settings: &other}), 400, `\"USE_TZ\":false`},
		{"not JSON", target, "text/plain", recorded, 415, "must be JSON"},
		{"HTML", target, "application/json", `{"django":"5.2","html":"<b>x</b>"}`, 400, `unknown field \"html\"`},
		{"too large", target, "application/json", strings.Repeat(" ", MaxTrace+1), 413, "too large"},
		{"no snippet", "/api/snippets/AAAAAAAAAA/trace", "application/json", recorded, 404, "there is no snippet"},
		{"GET", target, "", "", 405, "can only be recorded"},
	} {
		method := "PUT"
		if tc.name == "GET" {
			method = "GET"
		}
		w := do(h, method, tc.target, tc.contentType, tc.body)
		if w.Code != tc.status || !strings.Contains(w.Body.String(), tc.want) {
			t.Errorf("%s: %d %s, want %d and %q", tc.name, w.Code, w.Body, tc.status, tc.want)
		}
	}
	page := do(h, "GET", "/s/"+created.ID, "", "").Body.String()
	if strings.Contains(page, "data-recorded") || !strings.Contains(page, "Running this snippet") {
		t.Fatalf("a refused trace was recorded: %s", page)
	}

	if w := do(h, "PUT", target, "application/json", recorded); w.Code != http.StatusCreated {
		t.Fatalf("record: %d %s", w.Code, w.Body)
	}
	if w := do(h, "PUT", target, "application/json", run(playground.Source{Models: models, Shell: shell + "\n", Django: "5.2", Settings: &settings})); w.Code != http.StatusOK {
		t.Errorf("record again: %d %s, want 200 (kept)", w.Code, w.Body)
	}
	page = do(h, "GET", "/s/"+created.ID, "", "").Body.String()
	for _, want := range []string{
		`data-recorded`,
		// Step 2, open, with its detail: its SELECT, output and table.
		`<span class="t-kw">SELECT</span> <span class="t-id">&#34;myapp_person&#34;</span>`,
		`<table class="rows" aria-label="myapp_person">`,
		// The closed steps without theirs, the schema left to the engine.
		`aria-labelledby="step-head-1" hidden data-lazy>`,
		`The schema comes with the engine's run`,
		`&lt;script&gt;alert(1)&lt;/script&gt;`,
		`class="step step-open" data-step="2"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "Running this snippet") {
		t.Errorf("the page shows the trace unescaped or not at all")
	}

	if embed := do(h, "GET", "/s/"+created.ID+"?embed=1", "", "").Body.String(); !strings.Contains(embed, `data-recorded>`) || !strings.Contains(embed, `&lt;script&gt;alert(1)&lt;/script&gt;`) {
		t.Errorf("the embed page does not show the recorded trace")
	}

	// The page shows the HTML kept with the trace, rendered when it was
	// put, as long as the Worker is of the build that rendered it; a
	// Worker of another build renders it again and keeps that.
	if _, err := h.DB.Exec("UPDATE snippets SET trace_html = '<p>as kept</p>' WHERE id = ?", created.ID); err != nil {
		t.Fatal(err)
	}
	if page := do(h, "GET", "/s/"+created.ID, "", "").Body.String(); !strings.Contains(page, `data-recorded><p>as kept</p></div>`) {
		t.Errorf("the page does not show the kept HTML")
	}
	renderBuild = "build-2"
	if page := do(h, "GET", "/s/"+created.ID, "", "").Body.String(); strings.Contains(page, "as kept") || !strings.Contains(page, `<table class="rows" aria-label="myapp_person">`) {
		t.Errorf("a Worker of another build showed the kept HTML, or no trace")
	}
	var kept, by string
	if err := h.DB.QueryRow("SELECT trace_html, trace_render FROM snippets WHERE id = ?", created.ID).Scan(&kept, &by); err != nil || by != "build-2" || !strings.Contains(kept, `<table class="rows"`) {
		t.Errorf("after a page of build-2, the kept HTML is by %q (%v): %.80s", by, err, kept)
	}

	// A trace too large to render within a page, of another build, waits
	// for the page's engine.
	renderBuild = "build-3"
	if _, err := h.DB.Exec("UPDATE snippets SET trace = trace || ? WHERE id = ?", strings.Repeat(" ", maxTraceOnPage), created.ID); err != nil {
		t.Fatal(err)
	}
	if page := do(h, "GET", "/s/"+created.ID, "", "").Body.String(); strings.Contains(page, "data-recorded") || !strings.Contains(page, "Running this snippet") {
		t.Errorf("a large trace of another build was rendered by the page")
	}

	// A trace of more steps than the Worker renders is not recorded.
	long := strings.Repeat("1\n", MaxTraceSteps+1)
	body, _ = json.Marshal(map[string]any{"models": models, "shell": long, "django": "5.2"})
	w = do(h, "POST", "/api/snippets", "application/json", string(body))
	if err := json.Unmarshal(w.Body.Bytes(), &created); err != nil {
		t.Fatal(err)
	}
	rec := run(playground.Source{Models: models, Shell: long, Django: "5.2", Settings: &settings})
	if w := do(h, "PUT", "/api/snippets/"+created.ID+"/trace", "application/json", rec); w.Code != http.StatusRequestEntityTooLarge || !strings.Contains(w.Body.String(), "too many steps to record: 201, where the limit is 200") {
		t.Errorf("a trace of %d steps: %d %s", MaxTraceSteps+1, w.Code, w.Body)
	}
}
