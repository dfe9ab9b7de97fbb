package playground

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/playground/hostile"
)

// fuzzLimits are the short budgets of the engine's fuzz target: every
// input ends quickly, whatever it does.
var fuzzLimits = Limits{
	StepWork:       100_000,
	RunWork:        500_000,
	Time:           10 * time.Second,
	Memory:         256 << 20,
	DatabaseMemory: 16 << 20,
	Depth:          200,
	Rows:           1_000,
	StepOutput:     16 << 10,
	RunOutput:      64 << 10,
	Trace:          1 << 20,
	Models:         50,
	Fields:         500,
}

// FuzzEngine runs the whole engine on mutated sessions: parse both files,
// load models.py, run shell.py with snapshots, under short budgets. No
// input may panic out of Run, end in an internal error, or produce a
// trace past its budget. The seeds are the hostile corpus, the shipped
// examples and a few conformance cases. `make test` runs a fixed number
// of inputs, `make fuzz` many more:
//
//	go test ./engine/playground -run '^$' -fuzz '^FuzzEngine$' -fuzztime 500x
func FuzzEngine(f *testing.F) {
	cases, err := hostile.Glob("testdata/hostile")
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cases {
		if len(c.Models) < 8<<10 {
			f.Add(c.Models, c.Shell)
		}
	}
	dirs, _ := filepath.Glob("../../examples/*/models.py")
	more, _ := filepath.Glob("testdata/conformance/*/models.py")
	for i, m := range more {
		if i%12 == 0 {
			dirs = append(dirs, m)
		}
	}
	for _, m := range dirs {
		models, err1 := os.ReadFile(m)
		shell, err2 := os.ReadFile(filepath.Join(filepath.Dir(m), "shell.py"))
		if err1 == nil && err2 == nil {
			f.Add(string(models), string(shell))
		}
	}
	f.Fuzz(func(t *testing.T, models, shell string) {
		lim := fuzzLimits
		tr, err := Run(Source{Models: models, Shell: shell}, Options{Snapshots: true, Limits: &lim})
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("load: %v", err)
			}
			return
		}
		size := 0
		for _, st := range tr.Steps {
			if st.Error != nil && strings.HasPrefix(*st.Error, "InternalError") {
				t.Errorf("step %q: %s", st.Code, *st.Error)
			}
			size += len(st.Output)
			for _, q := range st.SQL {
				size += len(q)
			}
		}
		if size > lim.Trace+lim.StepOutput+lim.RunOutput {
			t.Errorf("trace of %d bytes, past its budget of %d", size, lim.Trace)
		}
	})
}
