package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

func TestZZQ(t *testing.T) {
	raw, _ := os.ReadFile("../../web/ormfiddle.wasm")
	for _, q := range []int{1, 4, 5, 6, 7, 9} {
		start := time.Now()
		var b bytes.Buffer
		w := brotli.NewWriterOptions(&b, brotli.WriterOptions{Quality: q, LGWin: 24})
		w.Write(raw)
		w.Close()
		t.Logf("q%d: %d bytes %.1fs", q, b.Len(), time.Since(start).Seconds())
	}
	for _, l := range []int{1, 6, 9} {
		start := time.Now()
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, l)
		w.Write(raw)
		w.Close()
		t.Logf("gzip %d: %d bytes %.1fs", l, b.Len(), time.Since(start).Seconds())
	}
}
