package playground

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// defaultExampleSource is the page's default example
// (serve.go's defaultExample) with the page's settings.
func defaultExampleSource(tb testing.TB) Source {
	dir := filepath.Join("..", "..", "examples", "multi-table-inheritance")
	models, err := os.ReadFile(filepath.Join(dir, "models.py"))
	if err != nil {
		tb.Fatal(err)
	}
	shell, err := os.ReadFile(filepath.Join(dir, "shell.py"))
	if err != nil {
		tb.Fatal(err)
	}
	s := conf.Startproject()
	return Source{Models: string(models), Shell: string(shell), Django: "5.2", Settings: &s}
}

// BenchmarkRerunDefaultExample runs the default example again and again,
// as the page's Run button does (wasm/browser's runSource, without the
// rendering). Between runs, untimed, the closed database is emptied and
// (page) the next session's environment made, as the page does once idle
// (sqlite.TidyPool, Prepare); unprepared makes it in the run.
func BenchmarkRerunDefaultExample(b *testing.B) {
	src := defaultExampleSource(b)
	for _, prepare := range []bool{true, false} {
		name := "page"
		if !prepare {
			name = "unprepared"
		}
		b.Run(name, func(b *testing.B) {
			if _, err := Run(src, Options{Snapshots: true}); err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			for range b.N {
				if _, err := Run(src, Options{Snapshots: true, Progress: func(int, int) {}}); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				sqlite.TidyPool()
				if prepare {
					Prepare(src, Options{})
				}
				b.StartTimer()
			}
		})
	}
}

// TestRerunIsolated runs a session that changes everything it can reach
// (a models.py list, a mutable default argument, a model class, the
// models module, models.Model, a django module, a datetime class, the
// shell's globals, the database's sequences) twice with the same text,
// so that the second run reuses the first's syntax trees and compiled
// code: it must see none of the first run's changes.
func TestRerunIsolated(t *testing.T) {
	src := Source{
		Models: `from django.db import models

SEEN = []


def remember(x, acc=[]):
    acc.append(x)
    return len(acc)


class Place(models.Model):
    name = models.CharField(max_length=50)
    tag = "clean"

    def label(self):
        return self.tag
`,
		Shell: `print(SEEN, remember(1), Place.tag, getattr(Place, "extra", None), getattr(models.Model, "hacked", None))
import django.db.models
print(getattr(django.db.models, "hacked", None), getattr(django.db.models.CharField, "hacked", None))
import datetime
print(getattr(datetime, "hacked", None))
try:
    print(y)
except NameError as e:
    print(e)
SEEN.append(1)
Place.tag = "dirty"
Place.extra = 1
models.Model.hacked = True
django.db.models.hacked = 1
django.db.models.CharField.hacked = 1
datetime.hacked = 1
y = 1
Place.objects.create(name="a").pk
Place(name="b").label()
remember.__defaults__
`,
	}
	want := []string{
		"[] 1 clean None None\n",
		"",
		"None None\n",
		"",
		"None\n",
		"name 'y' is not defined\n",
	}
	var first *Trace
	for run := range 3 {
		tr, err := Run(src, Options{Snapshots: true})
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range want {
			if got := tr.Steps[i].Output; got != w || tr.Steps[i].Error != nil {
				t.Errorf("run %d, step %d %q: output %q, error %v; want %q", run+1, i+1, tr.Steps[i].Code, got, tr.Steps[i].Error, w)
			}
		}
		if first == nil {
			first = tr
			continue
		}
		if !reflect.DeepEqual(tr, first) {
			t.Errorf("run %d differs from the first:\n%+v\n%+v", run+1, tr.Steps, first.Steps)
		}
	}
	if len(first.Steps) != 17 || first.Steps[14].Output != "1\n" || first.Steps[15].Output != "'dirty'\n" || first.Steps[16].Output != "([1],)\n" {
		t.Errorf("steps: %+v", first.Steps)
	}
}

// TestRerunConformance runs every conformance case under 5.2 twice,
// the second run on the cached syntax trees and code, and checks that
// the traces are the same and that running did not change the trees.
func TestRerunConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the corpus twice")
	}
	dirs, err := filepath.Glob("testdata/conformance/*")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no conformance cases", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := ReadSource(os.DirFS(dir))
			if err != nil {
				t.Fatal(err)
			}
			src.Django = "5.2"
			src = normalizeSource(src)
			models, err := syntax.Parse("models.py", src.Models)
			if err != nil {
				t.Skip("models.py does not parse")
			}
			shell, err := syntax.ParseScript("shell.py", src.Shell)
			if err != nil {
				t.Skip("shell.py does not parse")
			}
			first, err1 := Run(src, Options{Snapshots: true})
			second, err2 := Run(src, Options{Snapshots: true})
			if (err1 == nil) != (err2 == nil) || err1 != nil && err1.Error() != err2.Error() {
				t.Fatalf("errors differ: %v, %v", err1, err2)
			}
			if !reflect.DeepEqual(first, second) {
				t.Errorf("the second run differs")
			}
			if m, ok := modelsCache.get(src.Models); !ok {
				t.Error("models.py not cached")
			} else if got, want := syntax.DumpFile(m.file), syntax.DumpFile(models); got != want {
				t.Errorf("models.py's tree changed by running it:\n%s\nwant\n%s", got, want)
			}
			if sh, ok := shellCache.get(src.Shell); !ok {
				t.Error("shell.py not cached")
			} else if got, want := syntax.DumpFile(sh.file), syntax.DumpFile(shell); got != want {
				t.Errorf("shell.py's tree changed by running it:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// TestRerunDatabaseIsolated runs sessions that leave rows, sequences, a
// table, a temporary table and a changed setting in their database, each
// three times: every run must start from the database its models.py
// makes, though the page's engine keeps a closed database's tables for
// the next run of the same models.
func TestRerunDatabaseIsolated(t *testing.T) {
	models := `from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=50)


class Restaurant(Place):
    serves_pizza = models.BooleanField(default=False)
`
	check := `Place.objects.count()
[p.name for p in Place.objects.raw("SELECT id, name FROM myapp_place")]
[p.id for p in Place.objects.raw("SELECT 1 AS id FROM sqlite_schema WHERE name = 'zz' UNION ALL SELECT 1 FROM temp.sqlite_schema")]
Restaurant.objects.create(name="a").pk
Place.objects.create(name="b").pk
[p.name for p in Place.objects.raw("SELECT id, name FROM myapp_place")]
`
	want := []string{"0\n", "[]\n", "[]\n", "1\n", "2\n", "['a', 'b']\n"}
	for _, leave := range []string{
		"",
		`list(Place.objects.raw("CREATE TABLE zz (id integer)"))`,
		`list(Place.objects.raw("CREATE TEMP TABLE zz (id integer)"))`,
		`list(Place.objects.raw("PRAGMA reverse_unordered_selects = ON"))`,
		`from django.db import transaction
transaction.set_autocommit(False)
Place.objects.create(name="c")`,
	} {
		src := Source{Models: models, Shell: check + leave + "\n"}
		for run := range 3 {
			tr, err := Run(src, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for i, w := range want {
				if got := tr.Steps[i].Output; got != w || tr.Steps[i].Error != nil {
					t.Errorf("after %q, run %d, step %d %q: output %q, error %v; want %q", leave, run+1, i+1, tr.Steps[i].Code, got, tr.Steps[i].Error, w)
				}
			}
		}
		sqlite.TidyPool()
	}
}

// TestPrepare checks that a session made from a prepared environment
// runs as one made at once, that the environment serves one session
// only, and only one of the version, settings and budgets it was made
// for.
func TestPrepare(t *testing.T) {
	src := defaultExampleSource(t)
	want, err := Run(src, Options{Snapshots: true})
	if err != nil {
		t.Fatal(err)
	}
	taken := func() bool {
		prepared.Lock()
		defer prepared.Unlock()
		return prepared.s == nil
	}
	Prepare(src, Options{})
	if taken() {
		t.Fatal("nothing prepared")
	}
	other := src
	other.Django = "3.2"
	if _, err := Run(other, Options{}); err != nil {
		t.Fatal(err)
	}
	lim := DefaultLimits()
	lim.Rows = 10
	if _, err := Run(src, Options{Limits: &lim}); err != nil {
		t.Fatal(err)
	}
	if taken() {
		t.Fatal("a session of another version or budget took the prepared environment")
	}
	got, err := Run(src, Options{Snapshots: true})
	if err != nil {
		t.Fatal(err)
	}
	if !taken() {
		t.Fatal("the session did not take the prepared environment")
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("a prepared session's trace differs:\n%+v\n%+v", got.Steps, want.Steps)
	}
	// A session that changes what it can reach, then one prepared after it.
	iso := Source{Models: "from django.db import models\n\n\nclass Place(models.Model):\n    name = models.CharField(max_length=5)\n",
		Shell: "print(getattr(models.Model, 'hacked', None), getattr(Place, 'x', None))\nmodels.Model.hacked = 1\nimport django.db.models\ndjango.db.models.CharField.hacked = 1\nPlace.x = 1\n"}
	for range 3 {
		tr, err := Run(iso, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if out := tr.Steps[0].Output; out != "None None\n" {
			t.Errorf("a prepared session sees an earlier one's changes: %q", out)
		}
		Prepare(iso, Options{})
	}
}

// TestRerunDatabaseFile checks that the database file of a run on a
// reused, emptied database is the one a new database gives (but for the
// header's change counters).
func TestRerunDatabaseFile(t *testing.T) {
	src := defaultExampleSource(t)
	var first []byte
	for run := range 3 {
		tr, err := Run(src, Options{Database: true})
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = tr.Database
		} else if len(tr.Database) != len(first) || string(tr.Database[100:]) != string(first[100:]) {
			var at []int
			for i := 100; i < min(len(first), len(tr.Database)); i++ {
				if first[i] != tr.Database[i] {
					at = append(at, i)
				}
			}
			t.Errorf("run %d: the database file (%d bytes) differs from the first run's (%d) at %v", run+1, len(tr.Database), len(first), at[:min(20, len(at))])
		}
		sqlite.TidyPool()
	}
}
