package playground_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/playground/playgroundtest"
)

// The conformance tests run every case under testdata/conformance (a
// models.py and shell.py with the expected.json real Django 3.2 produced)
// and compare them under the rules of shared/conformance/score.py, as
// playgroundtest.Compare applies them.

func TestConformance(t *testing.T) {
	dirs, err := filepath.Glob("testdata/conformance/*")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no conformance cases", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			read := func(name string) string {
				b, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			want, err := playgroundtest.ReadExpected(filepath.Join(dir, "expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			got, err := playground.Run(playground.Source{Models: read("models.py"), Shell: read("shell.py")}, playground.Options{})
			if err != nil {
				t.Fatalf("load: %v", err)
			}
			for _, d := range playgroundtest.Compare(got, want) {
				t.Error(d)
			}
		})
	}
}
