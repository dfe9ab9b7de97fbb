package main

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// phone emulates a 390 px wide phone.
func phone() chromedp.Action { return chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2)) }

// sessionControls is what the version picker, the settings and the
// compare menu say.
type sessionControls struct {
	Django    string `json:"django"`
	UseTZ     bool   `json:"useTZ"`
	AutoField string `json:"autoField"`
	Compare   string `json:"compare"`
	Custom    bool   `json:"custom"`
}

func readControls(v *sessionControls) chromedp.Action {
	return chromedp.Evaluate(`({django: document.getElementById("django").value,
		useTZ: document.getElementById("use-tz").checked,
		autoField: document.getElementById("auto-field").value,
		compare: document.getElementById("compare").value,
		custom: document.getElementById("settings").hasAttribute("data-custom")})`, v)
}

// stepSQL opens step n and reads its SQL, as the session's version ran it.
func stepSQL(n int, sql *[]string) chromedp.Action {
	return chromedp.Tasks{
		chromedp.Click("#step-head-"+strconv.Itoa(n), chromedp.ByQuery),
		openStepSQL(sql),
	}
}

// textOf reads the text of the element of selector, "" if there is none
// (where chromedp.Text would wait for one).
func textOf(selector string, text *string) chromedp.Action {
	return chromedp.Evaluate(fmt.Sprintf(`document.querySelector(%q)?.textContent ?? ""`, selector), text)
}

// compareView is the open step's side-by-side view.
type compareView struct {
	Heads []string   `json:"heads"`
	SQL   [][]string `json:"sql"`
	Diffs [][]string `json:"diffs"`
}

func readCompare(v *compareView) chromedp.Action {
	return chromedp.Tasks{waitDetail(), chromedp.Evaluate(`(() => { const cols = [...document.querySelectorAll("#trace .step-open .compare .compare-col")];
		return {heads: cols.map(c => c.querySelector("h4").textContent),
			sql: cols.map(c => [...c.querySelectorAll(".sql")].map(p => p.textContent)),
			diffs: cols.map(c => [...c.querySelectorAll(".diff")].map(d => d.textContent))}; })()`, v)}
}

// legacyLink makes a share link as the page made them before versions
// existed: {v, m, s, st}, raw deflate, base64url. Its query makes it a
// new page, not a new fragment of the one open.
func legacyLink(t *testing.T, base, models, shell string, step int) string {
	t.Helper()
	data, err := json.Marshal(map[string]any{"v": 1, "m": models, "s": shell, "st": step})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write(data)
	w.Close()
	return base + "/?legacy=1#s=" + base64.RawURLEncoding.EncodeToString(b.Bytes())
}

// TestBrowserVersions: the page opens on Django 5.2 with startproject's
// settings; switching to 3.2 and back makes RETURNING disappear from an
// insert and come back; comparing with 3.2 marks that step and shows the
// two versions side by side; the settings change the run; a share link
// keeps the version, the settings and the comparison; and a link made
// before versions existed opens as Django 3.2 with its global defaults.
func TestBrowserVersions(t *testing.T) {
	ctx, srv, errs := browserPage(t)
	t.Cleanup(func() {
		if msgs := errs.take(); len(msgs) > 0 {
			t.Errorf("the page logged errors:\n%s", strings.Join(msgs, "\n"))
		}
	})

	var ctl sessionControls
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL), waitReady(), readControls(&ctl)); err != nil {
		t.Fatal(err)
	}
	if ctl != (sessionControls{Django: "5.2", UseTZ: true, AutoField: "django.db.models.BigAutoField"}) {
		t.Errorf("the page opens with %+v, want Django 5.2 and startproject's settings", ctl)
	}

	// Step 3 of the default example is Place.objects.create(...): an
	// INSERT, with RETURNING since Django 4.0 (on SQLite 3.35+).
	const insertStep = 3
	const returning = `RETURNING "myapp_place"."id"`
	var sql32, sql52 []string
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#django", "3.2", chromedp.ByQuery),
		waitRuns(1),
		stepSQL(insertStep, &sql32),
		screenshotOf("30-version-3.2", "body"),
		chromedp.SetValue("#django", "5.2", chromedp.ByQuery),
		waitRuns(2),
		stepSQL(insertStep, &sql52),
	); err != nil {
		t.Fatal(err)
	}
	if len(sql32) != 1 || strings.Contains(sql32[0], "RETURNING") || !strings.HasPrefix(sql32[0], `INSERT INTO "myapp_place"`) {
		t.Errorf("under Django 3.2 step %d ran %q, want one INSERT without RETURNING", insertStep, sql32)
	}
	if len(sql52) != 1 || !strings.HasSuffix(sql52[0], returning) {
		t.Errorf("under Django 5.2 step %d ran %q, want one INSERT ending %s", insertStep, sql52, returning)
	}

	// Compare with 3.2: the insert step is marked, and shows both.
	var marked []int
	var badge, bar, position string
	var cmp compareView
	if err := chromedp.Run(ctx,
		chromedp.SetValue("#compare", "3.2", chromedp.ByQuery),
		waitRuns(3),
		chromedp.Evaluate(`[...document.querySelectorAll("#trace .step-differs")].map(li => Number(li.dataset.step))`, &marked),
		textOf("#step-head-3 .badge-diff", &badge),
		textOf("#compare-bar", &bar),
		chromedp.Click("#step-head-3", chromedp.ByQuery),
		readCompare(&cmp),
		textOf(".compare-position", &position),
		screenshot("31-compare"),
		screenshotOf("31-compare-step", "#trace .step-open"),
	); err != nil {
		t.Fatal(err)
	}
	if len(cmp.Heads) != 2 || !strings.HasPrefix(cmp.Heads[0], "Django 3.2") || !strings.HasPrefix(cmp.Heads[1], "Django 5.2 LTS") {
		t.Errorf("the side-by-side view's columns: %q", cmp.Heads)
	}
	if len(cmp.SQL) == 2 && (len(cmp.SQL[0]) != 1 || len(cmp.SQL[1]) != 1 || cmp.SQL[0][0] != strings.Join(sql32, "") || cmp.SQL[1][0] != strings.Join(sql52, "")) {
		t.Errorf("the side-by-side SQL: %q, want %q and %q", cmp.SQL, sql32, sql52)
	}
	if len(marked) == 0 {
		t.Errorf("comparing with Django 3.2 marks no step: the engine ran the default example alike under 3.2 and 5.2 (the compare bar reads %q)", bar)
	} else {
		if !slices.Contains(marked, insertStep) || slices.Contains(marked, 1) {
			t.Errorf("steps marked as differing: %v; want %d among them and not 1 (no SQL)", marked, insertStep)
		}
		if !strings.Contains(badge, "SQL") {
			t.Errorf("step %d's badge reads %q", insertStep, badge)
		}
		if !strings.Contains(bar, "Django 3.2 → Django 5.2 LTS") || !strings.Contains(bar, strconv.Itoa(len(marked))+" of 18 steps differ") {
			t.Errorf("the compare bar reads %q (%d steps marked)", bar, len(marked))
		}
		if len(cmp.Diffs) != 2 || len(cmp.Diffs[0]) != 0 || !strings.Contains(strings.Join(cmp.Diffs[1], " "), "RETURNING") {
			t.Errorf("the marked differences: %q, want RETURNING marked on 5.2's side only", cmp.Diffs)
		}
		if !strings.HasSuffix(position, " of "+strconv.Itoa(len(marked))) {
			t.Errorf("the position reads %q", position)
		}
	}
	// Next difference goes to the next marked step, if there is one.
	want := 0
	for _, n := range marked {
		if n > insertStep && want == 0 {
			want = n
		}
	}
	if want != 0 {
		var next stepText
		if err := chromedp.Run(ctx, chromedp.Click(`.compare-nav [data-diff="next"]`, chromedp.ByQuery), openStep(&next)); err != nil {
			t.Fatal(err)
		}
		if next.N != want {
			t.Errorf("next difference opened step %d, want %d", next.N, want)
		}
	}

	// The settings: USE_TZ off, AutoField; each change runs again.
	var ddl string
	if err := chromedp.Run(ctx,
		chromedp.Click("#settings summary", chromedp.ByQuery),
		chromedp.Click("#use-tz", chromedp.ByQuery),
		waitRuns(4),
		chromedp.SetValue("#auto-field", "django.db.models.AutoField", chromedp.ByQuery),
		waitRuns(5),
		screenshot("32-settings"),
		readControls(&ctl),
		chromedp.Click("#tab-schema", chromedp.ByQuery),
		textOf("#trace .ddl-sqlite", &ddl),
		chromedp.Click("#tab-steps", chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if ctl != (sessionControls{Django: "5.2", UseTZ: false, AutoField: "django.db.models.AutoField", Compare: "3.2", Custom: true}) {
		t.Errorf("after the changes the controls say %+v", ctl)
	}
	if !strings.Contains(ddl, `"place_ptr_id" integer NOT NULL PRIMARY KEY`) {
		t.Errorf("with AutoField the schema reads %q", ddl)
	}

	// Phone: the toolbar, the settings and the comparison.
	if err := chromedp.Run(ctx,
		chromedp.Click("#settings summary", chromedp.ByQuery),
		screenshot("32-settings-open"),
		phone(),
		screenshot("33-phone-settings"),
		chromedp.Evaluate(`document.body.click()`, nil),
		chromedp.Click("#step-head-3", chromedp.ByQuery),
		screenshot("33-phone"),
		screenshotOf("33-phone-compare", "#results"),
		screenshotOf("33-phone-compare-step", "#trace .step-open"),
		wide(),
		darkMode(true),
		screenshotOf("34-compare-dark", "#trace .step-open"),
		darkMode(false),
	); err != nil {
		t.Fatal(err)
	}
	var overflow int
	chromedp.Run(ctx, phone(), chromedp.Evaluate(`document.documentElement.scrollWidth - window.innerWidth`, &overflow), wide())
	if overflow > 0 {
		t.Errorf("at 390 px the page is %d px wider than the screen", overflow)
	}

	// Share: a fresh browser opens the link with the same session.
	var link string
	var shared stepText
	if err := chromedp.Run(ctx,
		openStep(&shared),
		chromedp.Click("#share", chromedp.ByQuery),
		poll(`document.documentElement.dataset.shared`, &link),
	); err != nil {
		t.Fatal(err)
	}
	// The autosave keeps them across a reload.
	var reloaded sessionControls
	if err := chromedp.Run(ctx, chromedp.Navigate(srv.URL), waitReady(), waitRuns(1), readControls(&reloaded)); err != nil {
		t.Fatal(err)
	}
	if reloaded != ctl {
		t.Errorf("after a reload the controls say %+v, want %+v", reloaded, ctl)
	}
	errs.check(t)
	ctx2, cancel2 := newChromium(t, t.TempDir())
	defer cancel2()
	errs.listen(ctx2)
	var step stepText
	var differing int
	if err := chromedp.Run(ctx2,
		chromedp.Navigate(link),
		waitReady(),
		waitRuns(1),
		readControls(&ctl),
		openStep(&step),
		chromedp.Evaluate(`document.querySelectorAll("#trace .step-differs").length`, &differing),
	); err != nil {
		t.Fatal(err)
	}
	if ctl != (sessionControls{Django: "5.2", UseTZ: false, AutoField: "django.db.models.AutoField", Compare: "3.2", Custom: true}) {
		t.Errorf("the shared link opens with %+v", ctl)
	}
	if step.N != shared.N || differing != len(marked) {
		t.Errorf("the shared link opens at step %d with %d steps marked; want step %d, compared (%d marked)", step.N, differing, shared.N, len(marked))
	}

	// A link made before versions existed: Django 3.2, AutoField, USE_TZ
	// off, what it was made with.
	src, err := loadExample(defaultExample)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(ctx2,
		chromedp.Navigate(legacyLink(t, srv.URL, src.Models, src.Shell, insertStep)),
		waitReady(),
		waitRuns(1),
		readControls(&ctl),
		openStepSQL(&sql32),
	); err != nil {
		t.Fatal(err)
	}
	if ctl != (sessionControls{Django: "3.2", UseTZ: false, AutoField: "django.db.models.AutoField", Custom: true}) {
		t.Errorf("a link without a version opens with %+v, want Django 3.2 with its global defaults", ctl)
	}
	if len(sql32) != 1 || strings.Contains(sql32[0], "RETURNING") {
		t.Errorf("a link without a version ran step %d as %q", insertStep, sql32)
	}
	errs.check(t)
}
