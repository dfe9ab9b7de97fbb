package playground

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
)

// TestLoadErrors runs every models.py under testdata/loaderrors, each a
// model definition Django rejects (or, with a null error, accepts despite
// looking wrong), under every Django version with a recorded result,
// against the error that real Django raised for it:
// testdata/loaderrors/record.sh ran django_load_error.py under Django 3.2
// (expected.json), 5.2 (expected-5.2.json) and 6.1 (expected-6.1.json).
// The engine must refuse to load with a LoadError whose message is that
// Django's "ClassName: message", word for word: the errors ModelBase and
// Options raise while models.py runs, and the SystemCheckError that
// `manage.py migrate` reports (conformance cases cannot hold these:
// django_trace.py reports neither). `go test -run 'TestLoadErrors/6.1/'`
// runs one version.
func TestLoadErrors(t *testing.T) {
	dirs, err := filepath.Glob("testdata/loaderrors/*/models.py")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no load error cases", err)
	}
	for _, version := range []string{"3.2", "5.2", "6.1"} {
		t.Run(version, func(t *testing.T) {
			for _, m := range dirs {
				dir := filepath.Dir(m)
				golden := filepath.Join(dir, "expected-"+version+".json")
				if version == "3.2" {
					golden = filepath.Join(dir, "expected.json")
				}
				if _, err := os.Stat(golden); err != nil {
					continue
				}
				t.Run(filepath.Base(dir), func(t *testing.T) { checkLoadError(t, m, golden, version) })
			}
		})
	}
}

// checkLoadError loads models under the Django version and compares the
// load error with the golden's.
func checkLoadError(t *testing.T, models, golden, version string) {
	t.Helper()
	src, err := os.ReadFile(models)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Error *string `json:"error"`
	}
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	// django_load_error.py's settings: AutoField ids, USE_TZ=False.
	settings := conf.Legacy()
	_, err = Run(Source{Models: string(src), Django: version, Settings: &settings}, Options{})
	if want.Error == nil {
		if err != nil {
			t.Fatalf("Django loads these models; got %v", err)
		}
		return
	}
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("got %v, want a LoadError %q", err, *want.Error)
	}
	if le.File != "models.py" || le.Line < 1 {
		t.Errorf("error position %s:%d:%d", le.File, le.Line, le.Col)
	}
	if le.Msg != *want.Error {
		t.Errorf("\n got: %s\nwant: %s", le.Msg, *want.Error)
	}
}

// TestMissingDjangoModules covers imports of the parts of Django the
// playground does not provide: Django cannot load them with one app either,
// so the message, ormfiddle's own, says what to do instead.
func TestMissingDjangoModules(t *testing.T) {
	for _, c := range []struct{ imp, want string }{
		{"from django.contrib.auth.models import User", "ModuleNotFoundError: No module named 'django.contrib.auth.models' (ormfiddle has one app, myapp, and no django.contrib apps: declare the models you need, e.g. a User with a username, in models.py)"},
		{"from django.forms import ModelForm", "ModuleNotFoundError: No module named 'django.forms' (ormfiddle provides django.db, django.db.models, django.core.exceptions, django.utils.timezone, django.utils.translation, django.dispatch)"},
	} {
		_, err := Run(Source{Models: "from django.db import models\n" + c.imp + "\n"}, Options{})
		var le *LoadError
		if !errors.As(err, &le) {
			t.Fatalf("%s: got %v, want a LoadError", c.imp, err)
		}
		if le.File != "models.py" || le.Line != 2 || le.Msg != c.want {
			t.Errorf("%s:\n got: %s:%d: %s\nwant: models.py:2: %s", c.imp, le.File, le.Line, le.Msg, c.want)
		}
	}
}
