package main

import (
	"path"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/playground/playgroundtest"
)

// TestExamples runs every shipped example and compares its trace with the
// expected.json real Django 3.2 recorded for it (written by
// shared/conformance/django_trace.py, never by hand), under the engine's
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
			want, err := playgroundtest.ReadExpected(path.Join("examples", ex.Name, "expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := playground.Run(ex.Source, playground.Options{})
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			for _, d := range playgroundtest.Compare(got, want) {
				t.Error(d)
			}
		})
	}
}
