package playground_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/playground/playgroundtest"
)

// The sweep: every tests/APP/models.py of Django's test suite that needs
// no django.contrib app, loaded alone (as app "myapp", with an empty
// shell) by the engine and compared with the DDL real Django recorded
// for it. testdata/sweep/APP.json are those recordings
// (testdata/sweep/record.sh, through shared/conformance/reference.sh);
// the models.py files are read from the Django source tree given with
// -django-src, never copied here. The committed goldens were recorded by
// Django 5.2.19 from the models.py files of the Django 3.2.25 tree
// (Debian's python-django source package, with tests/), the tree the
// sweep is run on:
//
//	make sweep DJANGO_SRC=/path/to/Django-3.2.25
//
// It reports per app whether the engine loads it and whether its DDL
// matches, the apps Django itself cannot load alone (skipped, with
// Django's reason), and the totals; it fails when an app Django loads
// does not load or differs, unless -sweep-report-only is given.

var (
	sweepSrc    = flag.String("django-src", "", "a Django source tree (with tests/) for TestSweep")
	sweepReport = flag.Bool("sweep-report-only", false, "TestSweep reports without failing")
)

// sweepResult is one app's outcome.
type sweepResult struct {
	app, status, detail string
}

func TestSweep(t *testing.T) {
	if *sweepSrc == "" {
		t.Skip("no -django-src: run make sweep DJANGO_SRC=...")
	}
	goldens, err := filepath.Glob("testdata/sweep/*.json")
	if err != nil || len(goldens) == 0 {
		t.Fatal("no sweep goldens", err)
	}
	sort.Strings(goldens)
	var results []sweepResult
	for _, g := range goldens {
		app := strings.TrimSuffix(filepath.Base(g), ".json")
		results = append(results, sweepApp(t, app, g))
	}
	counts := map[string]int{}
	var b strings.Builder
	for _, r := range results {
		counts[r.status]++
		fmt.Fprintf(&b, "%-32s %-10s %s\n", r.app, r.status, r.detail)
	}
	loadable := counts["ok"] + counts["ddl"] + counts["load"]
	fmt.Fprintf(&b, "\n%d apps: %d that Django loads alone, of which the engine loads %d and matches the DDL of %d; %d skipped (Django cannot load them alone)\n",
		len(results), loadable, counts["ok"]+counts["ddl"], counts["ok"], counts["skip"])
	t.Log("\n" + b.String())
	if *sweepReport {
		return
	}
	for _, r := range results {
		if r.status == "load" || r.status == "ddl" {
			t.Errorf("%s: %s: %s", r.app, r.status, r.detail)
		}
	}
}

// sweepApp runs one app's models.py and compares it with its golden.
func sweepApp(t *testing.T, app, golden string) sweepResult {
	want, err := playgroundtest.ReadExpected(golden)
	if err != nil {
		t.Fatal(err)
	}
	if want.Error != nil {
		return sweepResult{app, "skip", "Django: " + firstLine(*want.Error)}
	}
	models, err := os.ReadFile(filepath.Join(*sweepSrc, "tests", app, "models.py"))
	if err != nil {
		return sweepResult{app, "load", "no models.py in the tree: " + err.Error()}
	}
	got, err := playground.Run(playground.Source{Models: string(models), Django: "5.2"}, playground.Options{})
	if err != nil {
		var le *playground.LoadError
		if errors.As(err, &le) {
			return sweepResult{app, "load", fmt.Sprintf("models.py:%d:%d: %s", le.Line, le.Col, firstLine(le.Msg))}
		}
		return sweepResult{app, "load", firstLine(err.Error())}
	}
	if d := playgroundtest.Compare(got, want); len(d) > 0 {
		return sweepResult{app, "ddl", firstLine(d[0])}
	}
	return sweepResult{app, "ok", fmt.Sprintf("%d statements", len(want.DDL))}
}

// firstLine is s up to its first line break, cut to 200 bytes.
func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}
