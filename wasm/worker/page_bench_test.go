package main

import (
	"io"
	"os"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// BenchmarkPage renders the default example's short link page natively:
// running (no recorded trace), with its recorded trace's HTML as kept,
// and the work of recording it (checking and rendering the trace). The
// Worker's CPU per request is make bench's (wasm/worker/bench.mjs).
func BenchmarkPage(b *testing.B) {
	m, err1 := os.ReadFile("../../examples/multi-table-inheritance/models.py")
	sh, err2 := os.ReadFile("../../examples/multi-table-inheritance/shell.py")
	if err1 != nil || err2 != nil {
		b.Fatal(err1, err2)
	}
	s := Snippet{Models: string(m), Shell: string(sh), Step: 1, Django: "5.2", Settings: conf.Startproject()}
	tr, err := playground.Run(playground.Source{Models: s.Models, Shell: s.Shell, Django: s.Django, Settings: &s.Settings}, playground.Options{Snapshots: true})
	if err != nil {
		b.Fatal(err)
	}
	record := tr.Record()
	html, err := renderTrace(tr, s.Step)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("running", func(b *testing.B) {
		for b.Loop() {
			renderPage(io.Discard, "AAAAAAAAAA", "http://x/s/AAAAAAAAAA", s, "", false)
		}
	})
	b.Run("recorded", func(b *testing.B) {
		for b.Loop() {
			renderPage(io.Discard, "AAAAAAAAAA", "http://x/s/AAAAAAAAAA", s, html, false)
		}
	})
	b.Run("record", func(b *testing.B) {
		for b.Loop() {
			tr, _ := readTrace(record, s)
			renderTrace(tr, s.Step)
		}
	})
}
