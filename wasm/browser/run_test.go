package main

import (
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// withEngine runs the test with a stand-in for playground.Run.
func withEngine(t *testing.T, run func(playground.Source, playground.Options) (*playground.Trace, error)) {
	old := runEngine
	runEngine = run
	t.Cleanup(func() { runEngine = old })
}

func TestRunSourceTrace(t *testing.T) {
	withEngine(t, func(src playground.Source, _ playground.Options) (*playground.Trace, error) {
		return &playground.Trace{DDL: []string{`CREATE TABLE "t" ("id" integer)`}, Steps: []playground.Step{{Code: src.Shell, SQL: []string{"SELECT 1"}}}}, nil
	})
	res := runSource(playground.Source{Models: "m", Shell: "T.objects.count()"}, 1, "", nil)
	if !res.OK || res.ProblemsHTML != "" || res.Error != nil {
		t.Errorf("result %+v, want a trace only", res)
	}
	for _, want := range []string{`<span class="t-id">&#34;t&#34;</span>`, `T.objects.count()`, `<code><span class="t-kw">SELECT</span> <span class="t-num">1</span></code>`} {
		if !strings.Contains(res.TraceHTML, want) {
			t.Errorf("trace HTML lacks %s", want)
		}
	}
}

func TestRunSourceLoadError(t *testing.T) {
	withEngine(t, func(playground.Source, playground.Options) (*playground.Trace, error) {
		return nil, &playground.LoadError{File: "shell.py", Line: 2, Col: 3, Msg: "invalid syntax"}
	})
	res := runSource(playground.Source{Shell: "x = 1\nx +\n"}, 1, "", nil)
	if res.OK || res.TraceHTML != "" || res.Error == nil || res.Error.Line != 2 {
		t.Errorf("result %+v, want a located load error", res)
	}
	if !strings.Contains(res.ProblemsHTML, "shell.py:2:3</button>") || !strings.Contains(res.ProblemsHTML, "x +\n  ^") {
		t.Errorf("problems HTML: %s", res.ProblemsHTML)
	}
}

// TestRunSourcePanic: a panic in the engine is a result, not a dead wasm.
func TestRunSourcePanic(t *testing.T) {
	withEngine(t, func(playground.Source, playground.Options) (*playground.Trace, error) {
		panic("boom")
	})
	res := runSource(playground.Source{}, 1, "", nil)
	if res.OK || res.Error != nil || !strings.Contains(res.ProblemsHTML, "panic: boom") {
		t.Errorf("result %+v, want an internal error panel", res)
	}
}

func TestStepDetail(t *testing.T) {
	withEngine(t, func(src playground.Source, _ playground.Options) (*playground.Trace, error) {
		return &playground.Trace{Steps: []playground.Step{{Code: "a", SQL: []string{"SELECT 1"}}, {Code: "b", SQL: []string{"SELECT 2"}}}}, nil
	})
	res := runSource(playground.Source{}, 1, "", nil)
	if strings.Count(res.TraceHTML, "data-lazy") != 1 {
		t.Errorf("trace HTML: %s", res.TraceHTML)
	}
	if d := stepDetail(2, false); !strings.Contains(d, `<span class="t-num">2</span>`) {
		t.Errorf("step 2: %s", d)
	}
	if d := stepDetail(3, false); d != "" {
		t.Errorf("step 3: %q", d)
	}
}

// TestRunSourceCompare: a comparison runs the source under the other
// version, pairs the steps, and renders the other run's steps on demand.
func TestRunSourceCompare(t *testing.T) {
	var versions []string
	withEngine(t, func(src playground.Source, _ playground.Options) (*playground.Trace, error) {
		versions = append(versions, src.Django)
		insert := `INSERT INTO "t" DEFAULT VALUES`
		if src.Django == "5.2" {
			insert += ` RETURNING "t"."id"`
		}
		return &playground.Trace{Django: src.Django, Steps: []playground.Step{{Code: "a", SQL: []string{"SELECT 1"}}, {Code: "b", SQL: []string{insert}}}}, nil
	})
	res := runSource(playground.Source{Django: "5.2"}, 1, "3.2", nil)
	if res.Compare != "001" {
		t.Fatalf("compare %q, want 001: the same schema, step 2's SQL differs", res.Compare)
	}
	if strings.Join(versions, " ") != "5.2 3.2" {
		t.Errorf("ran %q, want 5.2 then 3.2", versions)
	}
	if d := stepDetail(2, true); !strings.Contains(d, "INSERT") || strings.Contains(d, "RETURNING") {
		t.Errorf("the other run's step 2: %s", d)
	}
	if d := stepDetail(2, false); !strings.Contains(d, "RETURNING") {
		t.Errorf("step 2: %s", d)
	}
	// The other version cannot load the models: the comparison says why.
	withEngine(t, func(src playground.Source, _ playground.Options) (*playground.Trace, error) {
		if src.Django == "3.2" {
			return nil, &playground.LoadError{File: "models.py", Line: 3, Col: 5, Msg: "unexpected keyword argument 'db_default'"}
		}
		return &playground.Trace{Steps: []playground.Step{{Code: "a"}}}, nil
	})
	res = runSource(playground.Source{}, 1, "3.2", nil)
	if want := "!models.py:3:5: unexpected keyword argument 'db_default'"; res.Compare != want {
		t.Errorf("compare %q, want %q", res.Compare, want)
	}
	if d := stepDetail(1, true); d != "" {
		t.Errorf("the other run's step 1 after it failed: %q", d)
	}
	// Without a comparison there is none.
	if res := runSource(playground.Source{}, 1, "", nil); res.Compare != "" {
		t.Errorf("compare %q without asking", res.Compare)
	}
}

// TestDatabaseFile: Download's database is the session's SQLite file,
// with the rows shell.py wrote; a source that does not load, or an engine
// that panics, gives none (and the wasm lives on).
func TestDatabaseFile(t *testing.T) {
	src := playground.Source{
		Models: "from django.db import models\n\n\nclass Note(models.Model):\n    text = models.TextField()\n",
		Shell:  "Note.objects.create(text='kept in the file')\n",
	}
	b := databaseFile(src)
	if !strings.HasPrefix(string(b), "SQLite format 3\x00") || !strings.Contains(string(b), "kept in the file") {
		t.Errorf("database file of %d bytes, want SQLite's with the note", len(b))
	}
	if b := databaseFile(playground.Source{Models: "class (", Shell: ""}); b != nil {
		t.Errorf("a load error gave a database of %d bytes", len(b))
	}
	withEngine(t, func(playground.Source, playground.Options) (*playground.Trace, error) { panic("boom") })
	if b := databaseFile(src); b != nil {
		t.Errorf("a panic gave a database of %d bytes", len(b))
	}
}

// TestRecordTrace: Share's record is the session's trace with its
// snapshots, which the Worker's check accepts; a source that does not
// load, an engine that panics and a trace over the Worker's limit record
// nothing.
func TestRecordTrace(t *testing.T) {
	src := playground.Source{
		Models: "from django.db import models\n\nclass Tag(models.Model):\n    name = models.CharField(max_length=9)\n",
		Shell:  "Tag.objects.create(name='a')\nTag.objects.count()\n",
	}
	tr, err := trace.ReadRecord([]byte(recordTrace(src)), src.Shell)
	if err != nil {
		t.Fatal(err)
	}
	if len(tr.Steps) != 2 || len(tr.Steps[0].Snapshot) != 1 || tr.Steps[1].Output != "1\n" {
		t.Errorf("recorded %+v, want 2 steps with snapshots", tr.Steps)
	}
	if got := recordTrace(playground.Source{Models: "class", Shell: ""}); got != "" {
		t.Errorf("a source that does not load recorded %q", got)
	}
	withEngine(t, func(playground.Source, playground.Options) (*playground.Trace, error) { panic("boom") })
	if got := recordTrace(src); got != "" {
		t.Errorf("a panicking engine recorded %q", got)
	}
	withEngine(t, func(src playground.Source, _ playground.Options) (*playground.Trace, error) {
		return &playground.Trace{Steps: []playground.Step{{Code: src.Shell, Output: strings.Repeat("x", maxRecord)}}}, nil
	})
	if got := recordTrace(src); got != "" {
		t.Errorf("a trace over %d bytes recorded %d bytes", maxRecord, len(got))
	}
}
