package playground

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadErrors runs every models.py under testdata/loaderrors, each a
// model definition Django rejects (or, with a null error, accepts despite
// looking wrong), against the error real Django 3.2 raised for it:
// testdata/loaderrors/django_load_error.py wrote each expected.json. The
// engine must refuse to load with a LoadError whose message is Django's
// "ClassName: message", word for word: the errors ModelBase and Options
// raise while models.py runs, and the SystemCheckError that
// `manage.py migrate` reports (conformance cases cannot hold these:
// django_trace.py reports neither).
func TestLoadErrors(t *testing.T) {
	dirs, err := filepath.Glob("testdata/loaderrors/*/models.py")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no load error cases", err)
	}
	for _, m := range dirs {
		dir := filepath.Dir(m)

		t.Run(filepath.Base(dir), func(t *testing.T) {
			models, err := os.ReadFile(filepath.Join(dir, "models.py"))
			if err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(filepath.Join(dir, "expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want struct {
				Django string  `json:"django"`
				Error  *string `json:"error"`
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			// Run under the release series that recorded it ("3.2.25").
			series := want.Django
			if parts := strings.SplitN(series, ".", 3); len(parts) >= 2 {
				series = parts[0] + "." + parts[1]
			}
			_, err = Run(Source{Models: string(models), Django: series}, Options{})
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
		})
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
