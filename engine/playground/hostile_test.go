package playground

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground/hostile"
)

// checkHostile compares a run's result with the case's expectations.
func checkHostile(c hostile.Case, tr *Trace, err error) []string {
	var bad []string
	for _, w := range c.Want {
		kind, rest, _ := strings.Cut(w, " ")
		if kind == "load" {
			want, qerr := strconv.Unquote(rest)
			var le *LoadError
			switch {
			case qerr != nil:
				bad = append(bad, fmt.Sprintf("bad want line %q", w))
			case !errors.As(err, &le):
				bad = append(bad, fmt.Sprintf("load: got %v, want a LoadError %q", err, want))
			case !strings.HasPrefix(le.Error(), want):
				bad = append(bad, fmt.Sprintf("load:\n got: %s\nwant: %s...", le.Error(), want))
			}
			continue
		}
		if err != nil {
			bad = append(bad, fmt.Sprintf("run failed: %v", err))
			break
		}
		var n int
		var what, text string
		if _, serr := fmt.Sscanf(rest, "%d %s", &n, &what); serr != nil || kind != "step" {
			bad = append(bad, fmt.Sprintf("bad want line %q", w))
			continue
		}
		q := rest[strings.Index(rest, what)+len(what)+1:]
		text, qerr := strconv.Unquote(q)
		if qerr != nil {
			bad = append(bad, fmt.Sprintf("bad want line %q", w))
			continue
		}
		if n < 1 || n > len(tr.Steps) {
			bad = append(bad, fmt.Sprintf("step %d: there are %d steps", n, len(tr.Steps)))
			continue
		}
		st := tr.Steps[n-1]
		switch what {
		case "error":
			if st.Error == nil || !strings.HasPrefix(*st.Error, text) {
				got := "no error"
				if st.Error != nil {
					got = *st.Error
				}
				bad = append(bad, fmt.Sprintf("step %d (%.60q) error:\n got: %s\nwant: %s...", n, st.Code, got, text))
			}
		case "output":
			if st.Output != text || st.Error != nil {
				e := ""
				if st.Error != nil {
					e = *st.Error
				}
				bad = append(bad, fmt.Sprintf("step %d (%.60q): output %.200q error %q, want output %q and no error", n, st.Code, st.Output, e, text))
			}
		case "code":
			if st.Code != text {
				bad = append(bad, fmt.Sprintf("step %d: code %q, want %q", n, st.Code, text))
			}
		default:
			bad = append(bad, fmt.Sprintf("bad want line %q", w))
		}
	}
	return bad
}

// peakRSS is the process's peak resident memory so far, in bytes.
func peakRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Maxrss * 1024
}

// TestHostile runs every snippet of testdata/hostile with the default
// budgets (and snapshots, as the page asks): each must end with the
// expected error, and the statement after it must still run (or, for a
// budget of the whole run, be reported as not run). The process's peak
// memory must stay under 1 GB: the cases run one after the other and the
// peak is read after each, so the first case past it is the one named.
// Nothing here depends on speed: the budgets that fire are counted in
// steps, rows and bytes, not in seconds.
func TestHostile(t *testing.T) {
	cases, err := hostile.Glob("testdata/hostile")
	if err != nil || len(cases) == 0 {
		t.Fatal("no hostile cases", err)
	}
	const maxRSS = 1 << 30
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			tr, err := Run(Source{Models: c.Models, Shell: c.Shell}, Options{Snapshots: true})
			for _, msg := range checkHostile(c, tr, err) {
				t.Error(msg)
			}
			if rss := peakRSS(); rss > maxRSS {
				t.Fatalf("peak memory %d MB after this case, over 1 GB", rss>>20)
			}
		})
	}
	// The engine is still usable after all of them.
	tr, err := Run(Source{Models: "from django.db import models\n", Shell: "print(1 + 1)\n"}, Options{})
	if err != nil || len(tr.Steps) != 1 || tr.Steps[0].Output != "2\n" {
		t.Fatalf("a plain run after the hostile ones: %v %+v", err, tr)
	}
}
