package playground_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// TestRecordRoundTrip records the trace of every conformance case and
// example, with the page's snapshots, and reads it back as a short link's
// page does: the trace read is the trace recorded (but for the database
// file, which a record does not keep), and every step's code is found at
// its lines of shell.py, as ReadRecord checks.
func TestRecordRoundTrip(t *testing.T) {
	dirs, err := filepath.Glob("testdata/conformance/*")
	if err != nil || len(dirs) == 0 {
		t.Fatal("no conformance cases", err)
	}
	examples, _ := filepath.Glob("../../examples/*")
	for _, dir := range append(dirs, examples...) {
		if _, err := os.Stat(filepath.Join(dir, "shell.py")); err != nil {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			src, err := playground.ReadSource(os.DirFS(dir))
			if err != nil {
				t.Fatal(err)
			}
			tr, err := playground.Run(src, playground.Options{Snapshots: true})
			if err != nil {
				t.Skipf("does not load: %v", err)
			}
			got, err := trace.ReadRecord(tr.Record(), src.Shell)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tr) {
				t.Errorf("read back:\n%+v\nrecorded:\n%+v", got, tr)
			}
		})
	}
}
