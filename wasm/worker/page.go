package main

import (
	"context"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/a-h/templ"
	"github.com/ormfiddle/ormfiddle/engine/trace"
	"github.com/ormfiddle/ormfiddle/examples"
	"github.com/ormfiddle/ormfiddle/templates"
)

// exampleList is the examples menu, read once.
var exampleList = sync.OnceValues(examples.List)

// renderPage renders the playground on a shared snippet with the same
// templ components as the server: the snippet in the editors, its version
// and settings chosen, and where the trace goes its recorded trace's HTML
// (recorded.go; when it is "", a "running" state), which the page
// replaces as soon as its engine has run the snippet. The Worker does not
// run the engine itself.
func renderPage(w io.Writer, id, url string, s Snippet, recorded string, embed bool) error {
	exs, err := exampleList()
	if err != nil {
		return err
	}
	settings := s.Settings
	src := trace.Source{Models: s.Models, Shell: s.Shell, Django: s.Django, Settings: &settings}
	data := templates.PageData{
		Source:   src,
		Result:   templates.Result{Source: src, Pending: true},
		Step:     s.Step,
		Examples: exs,
		Embed:    embed,
		Root:     "/",
		Django:   s.Django,
		Settings: s.Settings,
		Shared: &templates.Shared{
			ID:          id,
			URL:         url,
			Title:       title(s),
			Description: description(s),
		},
	}
	if recorded != "" {
		data.Result.Recorded = templ.Raw(recorded) // rendered by RecordedTraceView
	}
	return templates.Page(data).Render(context.Background(), w)
}

// modelClass finds the models a models.py declares.
var modelClass = regexp.MustCompile(`(?m)^class\s+([A-Za-z_][A-Za-z0-9_]*)`)

// title names a shared snippet by its models and version:
// "Place, Restaurant · Django 5.2 · ormfiddle"..
func title(s Snippet) string {
	var names []string
	for _, m := range modelClass.FindAllStringSubmatch(s.Models, -1) {
		names = append(names, m[1])
	}
	what := "A Django ORM snippet"
	switch {
	case len(names) > 4:
		what = strings.Join(names[:4], ", ") + " and " + strconv.Itoa(len(names)-4) + " more"
	case len(names) > 0:
		what = strings.Join(names, ", ")
	}
	return what + " · Django " + s.Django + " · ormfiddle"
}

// description is the snippet's first lines, for link previews: the code
// of models.py after its imports, then of shell.py, a few lines each.
func description(s Snippet) string {
	var out []string
	take := func(text string, n int) {
		for _, line := range strings.Split(text, "\n") {
			t := strings.TrimSpace(line)
			if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "import ") || strings.HasPrefix(t, "from ") {
				continue
			}
			if n == 0 {
				out = append(out, "…")
				return
			}
			out = append(out, strings.TrimRight(line, " \t\r"))
			n--
		}
	}
	take(s.Models, 4)
	take(s.Shell, 3)
	d := strings.Join(out, "\n")
	if r := []rune(d); len(r) > 300 {
		d = string(r[:299]) + "…"
	}
	return d
}
