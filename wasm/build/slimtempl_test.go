package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSlimFile(t *testing.T) {
	src := `package templ

import (
	"html/template"
	"io"
	"net/http"
	"strings"
)

// Handler serves.
type Handler struct{ Next http.Handler }

// ServeHTTP is a method of a dropped type.
func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

// NewHandler uses a dropped type only.
func NewHandler() Handler { return Handler{} }

// ToGoHTML uses html/template.
func ToGoHTML(s string) template.HTML { return template.HTML(s) }

// Flush keeps working with a stand-in.
func Flush(w io.Writer) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}

// Upper stays.
func Upper(s string) string { return strings.ToUpper(s) }
`
	name := filepath.Join(t.TempDir(), "x.go")
	os.WriteFile(name, []byte(src), 0o644)
	out, changed, err := slimFile(name, nil)
	if err != nil || !changed {
		t.Fatalf("changed %v, err %v", changed, err)
	}
	got := string(out)
	for _, gone := range []string{"net/http", "html/template", "Handler", "ToGoHTML", "ServeHTTP"} {
		if strings.Contains(got, gone) {
			t.Errorf("%s is still there:\n%s", gone, got)
		}
	}
	for _, kept := range []string{`"io"`, `"strings"`, "func Upper", "// Upper stays.", "func Flush", "Flush()\n\t}); ok"} {
		if !strings.Contains(got, kept) {
			t.Errorf("%s is gone:\n%s", kept, got)
		}
	}
}

func TestSlimFileUntouched(t *testing.T) {
	name := filepath.Join(t.TempDir(), "x.go")
	os.WriteFile(name, []byte("package p\n\nimport \"io\"\n\nvar _ io.Writer\n"), 0o644)
	if _, changed, err := slimFile(name, nil); changed || err != nil {
		t.Errorf("changed %v, err %v; want untouched", changed, err)
	}
}
