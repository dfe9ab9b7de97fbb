package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBenchReport is `make bench`: it prints the numbers that DESIGN.md
// budgets, in a table. It runs only with ORMFIDDLE_BENCH=1 (it takes a
// minute and needs the wasm built and chromium).
func TestBenchReport(t *testing.T) {
	if os.Getenv("ORMFIDDLE_BENCH") == "" {
		t.Skip("set ORMFIDDLE_BENCH=1 (make bench) to measure")
	}
	requireBrowser(t)
	var rows [][3]string
	row := func(what, value, budget string) { rows = append(rows, [3]string{what, value, budget}) }

	// The wasm, raw and as served.
	for _, f := range []struct{ name, label, budget string }{
		{wasmFile, "wasm size, raw", ""},
		{wasmFile + ".gz", "wasm size, gzip -9", ""},
		{wasmFile + ".br", "wasm size, brotli q11", "≤ 3.5 MB"},
	} {
		st, err := os.Stat(filepath.Join("web", f.name))
		if err != nil {
			t.Fatal(err)
		}
		row(f.label, fmt.Sprintf("%.2f MB (%d bytes)", float64(st.Size())/1e6, st.Size()), f.budget)
	}

	// Cold start in headless Chromium, each run with a fresh profile.
	const runs = 5
	srv := newTestServer(t)
	var paint, interactive, transfer, rerun []float64
	for i := range runs {
		ctx, cancel := newChromium(t, t.TempDir())
		var fcp, ready, encoded float64
		err := chromedp.Run(ctx,
			chromedp.Navigate(srv.URL),
			chromedp.Poll(`document.documentElement.dataset.engine === "ready"`, nil, chromedp.WithPollingTimeout(60*time.Second)),
			chromedp.Evaluate(`performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? -1`, &fcp),
			chromedp.Evaluate(`performance.getEntriesByName("ormfiddle-interactive")[0].startTime`, &ready),
			chromedp.Evaluate(`performance.getEntriesByType("resource").find(e => e.name.endsWith("/`+wasmFile+`"))?.encodedBodySize ?? -1`, &encoded),
		)
		if err == nil && i == 0 {
			// Re-running the example in the warm page, five times.
			for n := 1; n <= runs && err == nil; n++ {
				var ms string
				err = chromedp.Run(ctx,
					chromedp.Click("#run", chromedp.ByQuery),
					waitRuns(n),
					chromedp.Evaluate(`document.documentElement.dataset.runMs`, &ms),
				)
				v, _ := strconv.ParseFloat(ms, 64)
				rerun = append(rerun, v)
			}
		}
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		paint = append(paint, fcp)
		interactive = append(interactive, ready)
		transfer = append(transfer, encoded)
	}
	row("first paint, server-rendered trace (median of 5, cold)", ms(median(paint)), "≤ 200 ms")
	row("interactive, wasm ready (median of 5, cold)", ms(median(interactive)), "≤ 1.5 s")
	row("  wasm bytes transferred", fmt.Sprintf("%.2f MB", median(transfer)/1e6), "")
	row("re-run of the default example in the page (median of 5)", ms(median(rerun)), "≤ 100 ms")

	// Native: trace --json over every conformance case.
	cases, _ := filepath.Glob(filepath.Join(conformanceDir, "*", "expected.json"))
	var passes []float64
	failed := 0
	for pass := range runs {
		start := time.Now()
		for _, c := range cases {
			var stderr bytes.Buffer
			if traceCommand([]string{"--json", filepath.Dir(c)}, io.Discard, &stderr) != 0 && pass == 0 {
				failed++
			}
		}
		passes = append(passes, float64(time.Since(start).Microseconds())/1000)
	}
	note := ""
	if failed > 0 {
		note = fmt.Sprintf(" (%d of them did not load)", failed)
	}
	row(fmt.Sprintf("trace --json, all %d conformance cases, native, first pass%s", len(cases), note), ms(passes[0]), "≤ 2 s")
	row("  ... median of 5 passes", ms(median(passes)), "")

	workerBench(t, row)

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "what\tmeasured\tbudget")
	fmt.Fprintln(w, "----\t--------\t------")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%s\n", r[0], r[1], r[2])
	}
	w.Flush()
}

// workerBench measures the Cloudflare Worker (make worker): its wasm's
// size, and what wasm/worker/bench.mjs measures in Miniflare with a local
// D1 over loopback.
func workerBench(t *testing.T, row func(what, value, budget string)) {
	wasm, err := os.ReadFile(workerWasm)
	if err != nil {
		t.Fatalf("%v: run `make worker`", err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(wasm)
	zw.Close()
	row("Worker wasm, raw", fmt.Sprintf("%.2f MB (%d bytes)", float64(len(wasm))/1e6, len(wasm)), "")
	row("Worker wasm, gzip -9 (Cloudflare's limit is on this)", fmt.Sprintf("%.2f MB (%d bytes)", float64(gz.Len())/1e6, gz.Len()), "≤ 3 MB (free plan)")

	cmd := exec.Command("node", "bench.mjs")
	cmd.Dir = workerDir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node wasm/worker/bench.mjs: %v", err)
	}
	type p5099 struct{ P50, P99 float64 }
	var r struct {
		Cold struct {
			Ms    float64
			CPUMs float64 `json:"cpuMs"`
		}
		Pairs struct {
			N                 int
			Create, Get, Pair p5099
		}
		Page struct {
			N int
			p5099
		}
		CPUMs struct{ Pair, Page, Bare float64 } `json:"cpuMs"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("bench.mjs printed %q: %v", out, err)
	}
	lat := func(v p5099) string { return fmt.Sprintf("p50 %s, p99 %s", ms(v.P50), ms(v.P99)) }
	row("Worker: CPU per request, create/get pairs (workerd, with D1)", ms(r.CPUMs.Pair), "≤ 10 ms")
	row("  ... per /s/ID page", ms(r.CPUMs.Page), "≤ 10 ms")
	row("  ... per request without D1 (a 404 from the Go handler)", ms(r.CPUMs.Bare), "")
	row(fmt.Sprintf("Worker: %d create/get pairs on loopback, per pair", r.Pairs.N), lat(r.Pairs.Pair), "")
	row("  ... create (POST /api/snippets)", lat(r.Pairs.Create), "")
	row("  ... get (GET /api/snippets/ID)", lat(r.Pairs.Get), "")
	row(fmt.Sprintf("Worker: /s/ID page (%d requests)", r.Page.N), lat(r.Page.p5099), "")
	row("Worker: first request of an isolate (starts the Go instance), CPU", ms(r.Cold.CPUMs), "")
	row("  ... its latency", ms(r.Cold.Ms), "")
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

func ms(v float64) string {
	switch {
	case v >= 1000:
		return fmt.Sprintf("%.2f s", v/1000)
	case v >= 10:
		return fmt.Sprintf("%.0f ms", v)
	}
	return fmt.Sprintf("%.1f ms", v)
}
