package playground

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// TestPostgresDDL compares, for the models.py of every conformance case,
// the engine's PostgreSQL DDL with what Django 3.2's PostgreSQL schema
// editor collects for them (testdata/postgres/ddl.json, written by
// testdata/postgres/django_postgres_ddl.py), as a multiset.
func TestPostgresDDL(t *testing.T) {
	b, err := os.ReadFile("testdata/postgres/ddl.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string][]string
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(want))
	for n := range want {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		name := name
		t.Run(name, func(t *testing.T) {
			src, err := ReadSource(os.DirFS(filepath.Join("testdata/conformance", name)))
			if err != nil {
				t.Fatal(err)
			}
			src.Django = "3.2" // ddl.json is Django 3.2's, with the case's settings
			s, err := NewSession(src, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			got := s.env.Apps.DDL(schema.PostgreSQL)
			w := append([]string(nil), want[name]...)
			sort.Strings(got)
			sort.Strings(w)
			if strings.Join(got, "\n") != strings.Join(w, "\n") {
				t.Errorf("DDL:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(w, "\n     "))
			}
		})
	}
}
