package main

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/ncruces/go-sqlite3/driver"
)

// newTestHandler is the handler over a SQLite database migrated like D1.
func newTestHandler(t *testing.T) *Handler {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+t.TempDir()+"/d1.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	migrations, _ := filepath.Glob("migrations/*.sql")
	if len(migrations) == 0 {
		t.Fatal("no migrations")
	}
	for _, name := range migrations { // in order: Glob sorts
		migration, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(migration)); err != nil {
			t.Fatal(name, err)
		}
	}
	return &Handler{DB: db, Page: renderPage}
}

func do(h http.Handler, method, target, contentType, body string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// TestHandler is a quick native check of the handler; wasm/worker/test
// runs the built Worker against D1.
func TestHandler(t *testing.T) {
	h := newTestHandler(t)
	body := `{"models": "class Person(models.Model):\n    pass\n", "shell": "Person.objects.all()", "step": 1}`
	w := do(h, "POST", "http://example.com/api/snippets", "application/json", body)
	if w.Code != http.StatusCreated {
		t.Fatalf("create: %d %s", w.Code, w.Body)
	}
	var created struct{ ID, URL string }
	if err := json.Unmarshal(w.Body.Bytes(), &created); err != nil {
		t.Fatal(err)
	}
	if !ValidID(created.ID) || created.URL != "http://example.com/s/"+created.ID {
		t.Errorf("create: %s", w.Body)
	}
	if w := do(h, "POST", "/api/snippets", "application/json; charset=utf-8", body); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), created.ID) {
		t.Errorf("create again: %d %s", w.Code, w.Body)
	}
	w = do(h, "GET", "/api/snippets/"+created.ID, "", "")
	if w.Code != http.StatusOK || w.Header().Get("Cache-Control") != immutable || !strings.HasPrefix(w.Body.String(), `{"django":"5.2","models":"class Person`) {
		t.Errorf("get: %d %v %s", w.Code, w.Header(), w.Body)
	}
	w = do(h, "GET", "/s/"+created.ID, "", "")
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "<title>Person · Django 5.2 · ormfiddle</title>") || !strings.Contains(w.Body.String(), "Running this snippet") {
		t.Errorf("page: %d %s", w.Code, w.Body)
	}
	for _, tc := range []struct {
		method, target, contentType, body string
		status                            int
	}{
		{"GET", "/api/snippets/AAAAAAAAAA", "", "", 404},
		{"GET", "/s/AAAAAAAAAA", "", "", 404},
		{"GET", "/s/nope", "", "", 404},
		{"GET", "/api/snippets", "", "", 405},
		{"POST", "/api/snippets", "text/plain", body, 415},
		{"POST", "/api/snippets", "application/json", `{"models": "` + strings.Repeat("x", MaxBody) + `", "shell": ""}`, 413},
		{"POST", "/api/snippets", "application/json", `{"models": 1}`, 400},
		{"GET", "/nothing", "", "", 404},
	} {
		if w := do(h, tc.method, tc.target, tc.contentType, tc.body); w.Code != tc.status {
			t.Errorf("%s %s: %d, want %d: %s", tc.method, tc.target, w.Code, tc.status, w.Body)
		}
	}
	var n int
	if err := h.DB.QueryRow("SELECT count(*) FROM snippets").Scan(&n); err != nil || n != 1 {
		t.Errorf("%d rows (%v), want 1", n, err)
	}
}

func TestTitleAndDescription(t *testing.T) {
	s := Snippet{
		Django: "6.1",
		Models: "from django.db import models\n\n# People.\nclass Person(models.Model):\n    name = models.CharField(max_length=30)\n\n    def __str__(self):\n        return self.name\n\nclass Group(models.Model):\n    pass\n",
		Shell:  "p = Person(name='Fred')\np.save()\n",
	}
	if got, want := title(s), "Person, Group · Django 6.1 · ormfiddle"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	want := "class Person(models.Model):\n    name = models.CharField(max_length=30)\n    def __str__(self):\n        return self.name\n…\np = Person(name='Fred')\np.save()"
	if got := description(s); got != want {
		t.Errorf("description =\n%s\nwant\n%s", got, want)
	}
	s.Models = "class A(models.Model): pass\nclass B(A): pass\nclass C(A): pass\nclass D(A): pass\nclass E(A): pass\nclass F(A): pass\n"
	if got, want := title(s), "A, B, C, D and 2 more · Django 6.1 · ormfiddle"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if got, want := title(Snippet{Django: "5.2", Shell: "1"}), "A Django ORM snippet · Django 5.2 · ormfiddle"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
}
