package main

import (
	"io"
	"os"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/trace"
)

// BenchmarkPage renders the default example's short link page natively:
// running (no recorded trace), reading its recorded trace, and with it.
// The Worker's CPU per request is make bench's (wasm/worker/bench.mjs).
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
	b.Run("running", func(b *testing.B) {
		for b.Loop() {
			renderPage(io.Discard, "AAAAAAAAAA", "http://x/s/AAAAAAAAAA", s, nil, false)
		}
	})
	b.Run("read", func(b *testing.B) {
		for b.Loop() {
			trace.ReadRecord(record, s.Shell)
		}
	})
	b.Run("recorded", func(b *testing.B) {
		for b.Loop() {
			renderPage(io.Discard, "AAAAAAAAAA", "http://x/s/AAAAAAAAAA", s, tr, false)
		}
	})
}
