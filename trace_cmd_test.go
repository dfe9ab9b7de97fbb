package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// conformanceDir holds the cases Django recorded: models.py, shell.py and
// expected.json.
const conformanceDir = "engine/playground/testdata/conformance"

// recordedTrace reads the trace Django produced for a conformance case.
func recordedTrace(t testing.TB, name string) *playground.Trace {
	t.Helper()
	return recordedTraceFile(t, name, "expected.json")
}

// recordedTraceFile is a case's golden of one version (expected-5.2.json).
func recordedTraceFile(t testing.TB, name, file string) *playground.Trace {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(conformanceDir, name, file))
	if err != nil {
		t.Fatal(err)
	}
	var tr playground.Trace
	if err := json.Unmarshal(data, &tr); err != nil {
		t.Fatal(err)
	}
	return &tr
}

func TestWriteTraceJSON(t *testing.T) {
	boom := "ValueError: a < b & c"
	tr := &playground.Trace{
		Django:   "5.2",
		Settings: conf.Startproject(),
		Steps: []playground.Step{
			{Code: "x = 1", Line: 1, EndLine: 1},
			{Code: "Person.objects.filter(name='<b>')", SQL: []string{`SELECT 1 WHERE "x" = '<b>'`}, Output: "<QuerySet []>\n", Error: &boom},
		},
	}
	var buf bytes.Buffer
	if err := writeTraceJSON(&buf, tr); err != nil {
		t.Fatal(err)
	}
	want := `{"django":"5.2","settings":{"DEFAULT_AUTO_FIELD":"django.db.models.BigAutoField","USE_TZ":true,"TIME_ZONE":"UTC"},"ddl":[],"steps":[{"code":"x = 1","sql":[],"output":"","error":null},` +
		`{"code":"Person.objects.filter(name='<b>')","sql":["SELECT 1 WHERE \"x\" = '<b>'"],"output":"<QuerySet []>\n","error":"ValueError: a < b & c"}]}` + "\n"
	if got := buf.String(); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestWriteTraceJSONRoundTrip checks that a recorded trace comes out with
// exactly the fields of the contract.
func TestWriteTraceJSONRoundTrip(t *testing.T) {
	tr := recordedTrace(t, "mti_place_restaurant")
	var buf bytes.Buffer
	if err := writeTraceJSON(&buf, tr); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	var want map[string]any
	data, _ := os.ReadFile(filepath.Join(conformanceDir, "mti_place_restaurant", "expected.json"))
	json.Unmarshal(data, &want)
	if !reflect.DeepEqual(got["ddl"], want["ddl"]) || !reflect.DeepEqual(got["steps"], want["steps"]) {
		t.Errorf("round trip changed the trace:\n%s", buf.String())
	}
	if !reflect.DeepEqual(got["settings"], want["settings"]) || got["django"] != want["django"] {
		t.Errorf("round trip changed the version or settings:\n%s", buf.String())
	}
	if len(got) != 4 {
		t.Errorf("top-level keys %v, want django, settings, ddl and steps", got)
	}
}

func TestWriteTraceText(t *testing.T) {
	boom := "DoesNotExist: Person matching query does not exist."
	tr := &playground.Trace{
		DDL: []string{`CREATE TABLE "p" ("id" integer)`},
		Steps: []playground.Step{
			{Code: "for p in Person.objects.all():\n    print(p)", SQL: []string{"SELECT 1", "SELECT\n2"}, Output: "Fred\nWilma\n"},
			{Code: "Person.objects.get(pk=9)", SQL: []string{"SELECT 3"}, Error: &boom},
		},
	}
	var buf bytes.Buffer
	writeTraceText(&buf, tr)
	want := `-- models.py
CREATE TABLE "p" ("id" integer)

-- shell.py
>>> for p in Person.objects.all():
...     print(p)
    SELECT 1
    SELECT
    2
Fred
Wilma
>>> Person.objects.get(pk=9)
    SELECT 3
raised DoesNotExist: Person matching query does not exist.
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestTraceCommandUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"a", "b"}, {"--bogus", "dir"}} {
		var out, errOut bytes.Buffer
		if code := traceCommand(args, &out, &errOut); code != 2 {
			t.Errorf("trace %q: exit %d, want 2", args, code)
		}
		if errOut.Len() == 0 {
			t.Errorf("trace %q: nothing on stderr", args)
		}
	}
}

func TestTraceCommandMissingDir(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := traceCommand([]string{filepath.Join(t.TempDir(), "nope")}, &out, &errOut); code != 1 {
		t.Errorf("exit %d, want 1 (stderr %q)", code, errOut.String())
	}
}

// TestTraceCommandLoadError: input that cannot be loaded exits 1, prints
// nothing on stdout, and says where on stderr.
func TestTraceCommandLoadError(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "models.py"), []byte("from django.db import models\n\nclass Place(models.Model)\n    name = models.CharField(max_length=50)\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "shell.py"), []byte("Place.objects.count()\n"), 0o644)
	for _, args := range [][]string{{dir}, {"--json", dir}, {dir, "--json"}} {
		var out, errOut bytes.Buffer
		code := traceCommand(args, &out, &errOut)
		if code != 1 || out.Len() != 0 {
			t.Errorf("trace %q: exit %d, stdout %q; want 1 and nothing", args, code, out.String())
		}
		if !regexp.MustCompile(`^models\.py:\d+:\d+: \S`).MatchString(errOut.String()) {
			t.Errorf("trace %q: stderr %q, want models.py:LINE:COL: message", args, errOut.String())
		}
	}
}

// TestTraceCommandJSON runs `trace --json` on every conformance case the
// default version (5.2) loads (those with an expected-5.2.json); the
// engine's own tests compare the traces with Django's, this checks that the
// command prints one JSON document of the contract's shape and exits 0.
func TestTraceCommandJSON(t *testing.T) {
	cases, _ := filepath.Glob(filepath.Join(conformanceDir, "*", "expected-5.2.json"))
	if len(cases) == 0 {
		t.Fatal("no conformance cases")
	}
	for _, c := range cases {
		dir := filepath.Dir(c)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := traceCommand([]string{"--json", dir}, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			var got struct {
				Django   string `json:"django"`
				Settings struct {
					DefaultAutoField string `json:"DEFAULT_AUTO_FIELD"`
					UseTZ            bool   `json:"USE_TZ"`
					TimeZone         string `json:"TIME_ZONE"`
				} `json:"settings"`
				DDL   []string `json:"ddl"`
				Steps []struct {
					Code   string   `json:"code"`
					SQL    []string `json:"sql"`
					Output string   `json:"output"`
					Error  *string  `json:"error"`
				} `json:"steps"`
			}
			dec := json.NewDecoder(&out)
			dec.DisallowUnknownFields()
			if err := dec.Decode(&got); err != nil {
				t.Fatal(err)
			}
			if got.Django != "5.2" || got.Settings.TimeZone != "UTC" {
				t.Errorf("django %q, settings %+v: want the default version, 5.2, and the case's settings", got.Django, got.Settings)
			}
			want := recordedTraceFile(t, filepath.Base(dir), "expected-5.2.json")
			if len(got.Steps) != len(want.Steps) {
				t.Errorf("%d steps, want %d (one per top-level statement)", len(got.Steps), len(want.Steps))
			}
			for i := range min(len(got.Steps), len(want.Steps)) {
				if got.Steps[i].Code != want.Steps[i].Code {
					t.Errorf("step %d: code %q, want %q", i+1, got.Steps[i].Code, want.Steps[i].Code)
				}
			}
			if strings.Contains(out.String(), `\u003c`) {
				t.Error("the JSON escapes < as \\u003c")
			}
		})
	}
}
