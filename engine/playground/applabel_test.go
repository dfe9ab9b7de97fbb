package playground_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/playground/playgroundtest"
)

// TestAppLabel runs the cases of testdata/applabel, whose settings.json
// names another app than myapp (APP_LABEL "polls", as the tutorial's
// `from polls.models import Question`), against real Django's traces of
// them: record.sh there records them with a copy of the reference tracer
// whose app has that label.
func TestAppLabel(t *testing.T) {
	dirs, err := filepath.Glob("testdata/applabel/*/models.py")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no app label cases", err)
	}
	for _, dir := range dirs {
		dir = filepath.Dir(dir)
		for _, g := range playgroundtest.Goldens(dir) {
			t.Run(g.Version+"/"+filepath.Base(dir), func(t *testing.T) { checkGolden(t, dir, g) })
		}
	}
}

// TestAppLabelRefused: a label shell.py could not import is a load error
// at settings.json, worded as Django's AppConfig words it.
func TestAppLabelRefused(t *testing.T) {
	for label, want := range map[string]string{
		"my-app":   "The app label 'my-app' is not a valid Python identifier.",
		"2polls":   "The app label '2polls' is not a valid Python identifier.",
		"datetime": "The app label 'datetime' is taken",
		"class":    "The app label 'class' is taken",
	} {
		s := conf.Startproject()
		s.SetAppLabel(label)
		_, err := playground.Run(playground.Source{Models: "", Shell: "", Settings: &s}, playground.Options{})
		le, ok := err.(*playground.LoadError)
		if !ok || le.File != "settings.json" || !strings.HasPrefix(le.Msg, want) {
			t.Errorf("APP_LABEL %q: %v, want a settings.json error starting %q", label, err, want)
		}
	}
	s := conf.Startproject()
	s.SetAppLabel("myapp")
	if s != conf.Startproject() {
		t.Errorf("myapp is not the default label: %+v", s)
	}
}
