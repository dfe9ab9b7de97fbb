package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// TestBenchWorkerProfile records V8 CPU profiles of the page's engine
// worker (the Profiler domain of its DevTools target) while Run is
// clicked 10 times back to back and 10 times a reader's pause apart,
// once the page is idle, on make bench's shared snippet; it writes them
// to DIR/worker-back-to-back.cpuprofile and
// DIR/worker-reader-pause.cpuprofile (for DevTools' performance panel)
// and prints each re-run's time, click to result and the engine's own,
// and the functions most often on the stack. It runs only with
// ORMFIDDLE_BENCH_WORKER_PROFILE=DIR. The shipped wasm has no names (its
// functions are wasm-function[N]); a wasm built with -ldflags=-w instead
// of -s -w, and otherwise as the Makefile builds it, has Go's names for
// the same N.
func TestBenchWorkerProfile(t *testing.T) {
	dir := os.Getenv("ORMFIDDLE_BENCH_WORKER_PROFILE")
	if dir == "" {
		t.Skip("set ORMFIDDLE_BENCH_WORKER_PROFILE=DIR to profile the engine's worker")
	}
	requireBrowser(t)
	models, shell, _ := benchSnippet(t)
	srv := newTestServer(t)
	ctx, cancel := newChromium(t, t.TempDir())
	defer cancel()
	var runs string
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL+"/#"+shareFragment(models, shell)),
		poll(`document.documentElement.dataset.idle !== undefined && document.documentElement.dataset.runs`, nil),
		chromedp.Sleep(readerPause),
		chromedp.Evaluate(`document.documentElement.dataset.runs`, &runs)); err != nil {
		t.Fatal(err)
	}
	targets, err := chromedp.Targets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var engine context.Context
	for _, ti := range targets {
		if ti.Type == "worker" && strings.HasSuffix(ti.URL, "/engine.js") {
			engine, _ = chromedp.NewContext(ctx, chromedp.WithTargetID(ti.TargetID))
		}
	}
	if engine == nil {
		t.Fatal("no engine worker among the page's targets")
	}
	if err := chromedp.Run(engine, profiler.Enable(), profiler.SetSamplingInterval(100)); err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(runs)
	for _, mode := range []struct {
		name  string
		pause time.Duration
	}{{"back-to-back", 0}, {"reader-pause", readerPause}} {
		if err := chromedp.Run(engine, profiler.Start()); err != nil {
			t.Fatal(err)
		}
		var times []string
		for range 10 {
			n++
			var click, own string
			if err := chromedp.Run(ctx, chromedp.Sleep(mode.pause), chromedp.Click("#run", chromedp.ByQuery), waitRuns(n),
				chromedp.Evaluate(`document.documentElement.dataset.runMs`, &click),
				chromedp.Evaluate(`document.documentElement.dataset.engineMs`, &own)); err != nil {
				t.Fatal(err)
			}
			times = append(times, click+"/"+own)
		}
		var p *profiler.Profile
		if err := chromedp.Run(engine, chromedp.ActionFunc(func(ctx context.Context) (err error) {
			p, err = profiler.Stop().Do(ctx)
			return err
		})); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, "worker-"+mode.name+".cpuprofile")
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Printf("%s: re-runs, click to result / the engine's own, ms: %s\n", mode.name, strings.Join(times, " "))
		fmt.Printf("  %s; on the stack in most samples:\n", name)
		printStackShares(p, 25)
	}
}

// printStackShares prints the functions of a CPU profile by the share of
// its busy samples (not idle, not the profiler's own) whose stack holds
// them, the most frequent first. Samples rather than time: on a busy
// machine a sample that comes late carries the whole gap.
func printStackShares(p *profiler.Profile, most int) {
	parent := map[int64]int64{}
	byID := map[int64]*profiler.ProfileNode{}
	for _, nd := range p.Nodes {
		byID[nd.ID] = nd
		for _, c := range nd.Children {
			parent[c] = nd.ID
		}
	}
	on := map[string]int{}
	busy := 0
	for _, s := range p.Samples {
		switch byID[s].CallFrame.FunctionName {
		case "(idle)", "(program)", "(garbage collector)":
			continue
		}
		busy++
		seen := map[string]bool{}
		for id, ok := s, true; ok; id, ok = parent[id] {
			f := byID[id].CallFrame.FunctionName
			if f != "" && f != "(root)" && !seen[f] {
				seen[f] = true
				on[f]++
			}
		}
	}
	names := slices.SortedFunc(maps.Keys(on), func(a, b string) int { return cmp.Or(cmp.Compare(on[b], on[a]), strings.Compare(a, b)) })
	for _, f := range names[:min(most, len(names))] {
		fmt.Printf("  %5.1f%% %s\n", 100*float64(on[f])/float64(max(busy, 1)), f)
	}
}
