package main

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// A font strike is a family at a size, weight and style: the first time
// Chromium on Linux lays text out in one, it asks its browser process for
// the strike's settings and waits for the answer, which on a busy machine
// held the first trace's frame for 180 to 390 ms (make bench). So the
// page uses every strike its results can use early, while the machine is
// quiet: in its first paint, or in the hidden font primer (primeFonts in
// app.js, .font-primer in style.css).

// pageStrikes collects the strikes of the text the page lays out now, by
// "family | size | weight | style" (the family the first named), each
// with an example of its text (the element's tag and classes, and the
// text's start).
func pageStrikes(into map[string]string) chromedp.Action {
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var got map[string]string
		if err := chromedp.Evaluate(`(() => {
			const s = {};
			const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			while (w.nextNode()) {
				const n = w.currentNode;
				const el = n.parentElement;
				if (!n.textContent.trim() || !el.getClientRects().length) continue;
				const cs = getComputedStyle(el);
				const k = [cs.fontFamily.split(",")[0].trim(), cs.fontSize, cs.fontWeight, cs.fontStyle].join(" | ");
				if (!(k in s)) s[k] = el.tagName.toLowerCase() + (el.className ? "." + String(el.className).trim().split(/\s+/).join(".") : "") + ": " + JSON.stringify(n.textContent.trim().slice(0, 30));
			}
			return s;
		})()`, &got).Do(ctx); err != nil {
			return err
		}
		for k, v := range got {
			if _, ok := into[k]; !ok {
				into[k] = v
			}
		}
		return nil
	})
}

// TestBrowserFontStrikes: once the page is ready, whatever it shows next
// (every example with each of its steps open, a snippet's error, a
// runtime error, a comparison with another version) is laid out in
// strikes it has used already.
func TestBrowserFontStrikes(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	early := map[string]string{}
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL),
		waitReady(),
		poll(`document.querySelector(".font-primer") !== null`, nil),
		pageStrikes(early),
	); err != nil {
		t.Fatal(err)
	}
	later := map[string]string{}
	var names []string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`[...document.querySelectorAll("#example option")].map(o => o.value).filter(Boolean)`, &names)); err != nil {
		t.Fatal(err)
	}
	if len(names) < 5 {
		t.Fatalf("the examples menu has %q", names)
	}
	runs := 0
	// everyStep opens each step of the trace shown, collecting strikes.
	everyStep := func(what string) {
		t.Helper()
		var n int
		if err := chromedp.Run(ctx, chromedp.Evaluate(`document.querySelectorAll("#trace .step-list > .step").length`, &n)); err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Fatalf("%s: no steps", what)
		}
		for i := 1; i <= n; i++ {
			if err := chromedp.Run(ctx,
				chromedp.Click(fmt.Sprintf("#step-head-%d", i), chromedp.ByQuery),
				waitDetail(),
				pageStrikes(later),
			); err != nil {
				t.Fatalf("%s, step %d: %v", what, i, err)
			}
		}
	}
	for _, name := range names[1:] { // the first is the page's own
		runs++
		if err := chromedp.Run(ctx,
			chromedp.SetValue("#example", name, chromedp.ByQuery),
			waitRuns(runs),
		); err != nil {
			t.Fatal(err)
		}
		everyStep(name)
	}
	// A comparison with Django 3.2, of the last example.
	runs++
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#compare", "3.2", chromedp.ByQuery),
		waitRuns(runs),
	); err != nil {
		t.Fatal(err)
	}
	everyStep("compared with 3.2")
	// A models.py that does not load (the problem panel), and a
	// statement that raises (its step's traceback).
	for _, c := range []struct{ models, shell string }{
		{"from django.db import models\n\nclass A(models.Model):\n    x = models.CharFeld(max_length=3)\n", "A.objects.count()\n"},
		{"from django.db import models\n\nclass A(models.Model):\n    x = models.CharField(max_length=3)\n", "A.objects.create(x='a')\nA.objects.get(x='b')\n"},
	} {
		runs++
		if err := chromedp.Run(ctx,
			setEditor("models.py", c.models),
			setEditor("shell.py", c.shell),
			chromedp.Click("#run", chromedp.ByQuery),
			waitRuns(runs),
			pageStrikes(later),
		); err != nil {
			t.Fatal(err)
		}
	}
	errs.check(t)

	var missing []string
	for _, k := range slices.Sorted(maps.Keys(later)) {
		if _, ok := early[k]; !ok {
			missing = append(missing, fmt.Sprintf("  %s (%s)", k, later[k]))
		}
	}
	if len(missing) > 0 {
		t.Errorf("the page lays text out in strikes it did not use when ready (add them to .font-primer in web/style.css and primeFonts in web/app.js):\n%s", strings.Join(missing, "\n"))
	}
}

// TestBrowserFirstPaintStrikes: the page's first paint (its HTML and
// style.css, before any script) lays its text out in few strikes. Each
// new one costs its first layout a synchronous call to the browser
// process and font lookups around it: with the 23 it used, those were
// most of that layout (README, Benchmarks).
func TestBrowserFirstPaintStrikes(t *testing.T) {
	const most = 12
	ctx, srv, _ := browserPage(t)
	seen := map[string]string{}
	if err := chromedp.Run(ctx,
		emulation.SetScriptExecutionDisabled(true),
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible("#trace", chromedp.ByID),
		pageStrikes(seen),
	); err != nil {
		t.Fatal(err)
	}
	// Chromium asks for a strike by family, size, bold (600 and more) and
	// italic.
	strikes := map[string][]string{}
	for k, example := range seen {
		f := strings.Split(k, " | ")
		if len(f) != 4 {
			t.Fatalf("strike %q", k)
		}
		weight := "regular"
		if n, _ := strconv.Atoi(f[2]); n >= 600 {
			weight = "bold"
		}
		s := strings.Join([]string{f[0], f[1], weight, f[3]}, " | ")
		strikes[s] = append(strikes[s], example)
	}
	if len(strikes) == 0 || len(strikes) > most {
		var list []string
		for _, s := range slices.Sorted(maps.Keys(strikes)) {
			list = append(list, fmt.Sprintf("%s (%s)", s, strings.Join(strikes[s], "; ")))
		}
		t.Errorf("the first paint uses %d strikes, want at most %d:\n%s", len(strikes), most, strings.Join(list, "\n"))
	}
}
