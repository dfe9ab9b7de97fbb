package playground_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/playground/playgroundtest"
)

// The conformance tests run every case under testdata/conformance (a
// models.py and shell.py, maybe a settings.json, with the traces real
// Django recorded: expected.json for 3.2, expected-5.2.json,
// expected-6.1.json) under each version that has a golden, and compare
// them under the rules of shared/conformance/score.py, as
// playgroundtest.Compare applies them. `go test -run
// 'TestConformance/5.2/'` runs one version.

func TestConformance(t *testing.T) {
	dirs, err := filepath.Glob("testdata/conformance/*")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no conformance cases", err)
	}
	for _, version := range []string{"3.2", "5.2", "6.1"} {
		t.Run(version, func(t *testing.T) {
			for _, dir := range dirs {
				for _, g := range playgroundtest.Goldens(dir) {
					if g.Version != version {
						continue
					}
					t.Run(filepath.Base(dir), func(t *testing.T) { checkGolden(t, dir, g) })
				}
			}
		})
	}
}

// checkGolden runs the case in dir under the golden's version and
// compares the trace with it.
func checkGolden(t *testing.T, dir string, g playgroundtest.Golden) {
	t.Helper()
	want, err := playgroundtest.ReadExpected(g.Path)
	if err != nil {
		t.Fatal(err)
	}
	src, err := playground.ReadSource(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	src.Django = g.Version
	got, err := playground.Run(src, playground.Options{})
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	for _, d := range playgroundtest.Compare(got, want) {
		t.Error(d)
	}
}
