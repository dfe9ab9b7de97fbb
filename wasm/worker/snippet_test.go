package main

import (
	"crypto/sha256"
	"strings"
	"testing"
)

func TestParseSnippet(t *testing.T) {
	for _, tc := range []struct {
		body, want, err string
	}{
		{`{"models": "m", "shell": "s"}`,
			`{"django":"5.2","models":"m","settings":{"DEFAULT_AUTO_FIELD":"django.db.models.BigAutoField","TIME_ZONE":"UTC","USE_TZ":true},"shell":"s","step":1}`, ""},
		{`{"step": 3, "shell": "<&>", "models": "", "django": "3.2", "settings": {"USE_TZ": false, "DEFAULT_AUTO_FIELD": "django.db.models.AutoField"}}`,
			`{"django":"3.2","models":"","settings":{"DEFAULT_AUTO_FIELD":"django.db.models.AutoField","TIME_ZONE":"UTC","USE_TZ":false},"shell":"<&>","step":3}`, ""},
		{`{"models": "m", "shell": "s", "django": "", "settings": null}`,
			`{"django":"5.2","models":"m","settings":{"DEFAULT_AUTO_FIELD":"django.db.models.BigAutoField","TIME_ZONE":"UTC","USE_TZ":true},"shell":"s","step":1}`, ""},
		{`{"models": "a\r\nb\rc", "shell": "d\r\n"}`,
			`{"django":"5.2","models":"a\nb\nc","settings":{"DEFAULT_AUTO_FIELD":"django.db.models.BigAutoField","TIME_ZONE":"UTC","USE_TZ":true},"shell":"d\n","step":1}`, ""},
		{"", "", "the body is empty"},
		{"\xff", "", "not UTF-8"},
		{`{"models": "\udc00", "shell": ""}`, "", "lone surrogate"},
		{`{"models": "\ufffd", "shell": ""}`, `{"django":"5.2","models":"�","settings":{"DEFAULT_AUTO_FIELD":"django.db.models.BigAutoField","TIME_ZONE":"UTC","USE_TZ":true},"shell":"","step":1}`, ""},
		{`{"models": 1, "shell": ""}`, "", `"models" must be a string, not number`},
		{`{"models": "", "shell": "", "step": -1}`, "", `"step" must be an integer from 1 to 100000, not -1`},
		{`{"models": "", "shell": "", "step": 1e3}`, "", `"step" must be an integer, not number 1e3`},
		{`{"models": "", "shell": "", "django": "2.2"}`, "", `"django": unknown Django version "2.2"`},
		{`{"models": "", "shell": "", "settings": "x"}`, "", `"settings" must be an object`},
		{`{"models": "", "shell": "", "settings": {"TIME_ZONE": "UTC", "X": 1}}`, "", `"settings": only DEFAULT_AUTO_FIELD, TIME_ZONE, USE_TZ may be set, not X`},
		{`{"models": "", "shell": "", "extra": 1}`, "", `unknown member "extra"`},
		{`{"models": "", "shell": ""}x`, "", "more after the object"},
		{`{"models": ""`, "", "ends in the middle"},
		{`"models"`, "", "must be a JSON object"},
	} {
		s, err := ParseSnippet([]byte(tc.body))
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseSnippet(%q) = %v, want an error with %q", tc.body, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseSnippet(%q): %v", tc.body, err)
			continue
		}
		if got := string(s.Canonical()); got != tc.want {
			t.Errorf("ParseSnippet(%q).Canonical() =\n%s\nwant\n%s", tc.body, got, tc.want)
		}
		back, err := DecodeCanonical(s.Canonical())
		if err != nil || back != s {
			t.Errorf("DecodeCanonical(%s) = %+v, %v; want %+v", s.Canonical(), back, err, s)
		}
	}
}

func TestIDs(t *testing.T) {
	c := []byte(`{"django":"5.2"}`)
	ids := IDs(c)
	if len(ids) != idCandidates {
		t.Fatalf("%d IDs", len(ids))
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if !ValidID(id) || seen[id] {
			t.Errorf("ID %q invalid or repeated", id)
		}
		seen[id] = true
	}
	// The first ID is the first 64 bits of the SHA-256, in base62.
	sum := sha256.Sum256(c)
	var n uint64
	for _, b := range sum[:8] {
		n = n<<8 | uint64(b)
	}
	want := ""
	for range IDLength {
		want = string(base62[n%62]) + want
		n /= 62
	}
	if ids[0] != want {
		t.Errorf("IDs()[0] = %s, want %s", ids[0], want)
	}
	for _, bad := range []string{"", "abc", "AAAAAAAAA-", "AAAAAAAAAAA", "../../etc/"} {
		if ValidID(bad) {
			t.Errorf("ValidID(%q)", bad)
		}
	}
}
