package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// sink keeps the test's allocations on the heap.
var sink []byte

// gcCycles is how many collections the program has completed.
func gcCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestIdleCollector runs 300 "runs" that allocate what the default
// example's run and tidying up do (800 KB in small pieces, kept by
// nothing), under the page's GOGC of 400: no collection may start
// inside a run after the first, and the heap is collected between runs
// instead. (The collector knows what a run allocates from its second
// tidying up on; the second run starts on a heap just collected, far from
// the goal.)
func TestIdleCollector(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	runtime.GC()
	var c idleCollector
	between := 0
	for i := range 300 {
		before := gcCycles()
		for range 800 {
			sink = make([]byte, 1024)
		}
		if after := gcCycles(); i > 0 && after != before {
			t.Fatalf("run %d: %d collections during the run", i, after-before)
		}
		if c.tidied() {
			between++
		}
	}
	// 240 MB allocated against a heap goal of about 16 MB.
	if between < 10 {
		t.Errorf("%d collections between runs, want 10 or more", between)
	}
}
