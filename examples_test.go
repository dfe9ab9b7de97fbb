package main

import (
	"path"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/playground/playgroundtest"
)

// TestExamples runs every shipped example under each Django version and
// compares its trace with the golden real Django recorded for it
// (expected.json for 3.2, expected-5.2.json, expected-6.1.json, written by
// shared/conformance/reference.sh, never by hand), under the engine's
// conformance rules: what the page shows for an example is Django's
// behaviour.
func TestExamples(t *testing.T) {
	examples, err := listExamples()
	if err != nil {
		t.Fatal(err)
	}
	if len(examples) < 11 {
		t.Errorf("%d examples, want the 11 of the examples menu at least", len(examples))
	}
	for _, ex := range examples {
		t.Run(ex.Name, func(t *testing.T) {
			if ex.Title == "" || ex.Description == "" || ex.Group == "" {
				t.Errorf("about.txt lacks a title, group or description: %+v", ex)
			}
			goldens := playgroundtest.Goldens(path.Join("examples", ex.Name))
			if len(goldens) == 0 {
				t.Fatal("no expected.json recorded")
			}
			for _, g := range goldens {
				t.Run(g.Version, func(t *testing.T) {
					want, err := playgroundtest.ReadExpected(g.Path)
					if err != nil {
						t.Fatal(err)
					}
					src := ex.Source
					src.Django = g.Version
					got, err := playground.Run(src, playground.Options{})
					if err != nil {
						t.Fatalf("load: %v", err)
					}
					for _, d := range playgroundtest.Compare(got, want) {
						t.Error(d)
					}
				})
			}
		})
	}
}
