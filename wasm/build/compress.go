package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/andybalholm/brotli"
)

// brotliWindow is the largest window browsers accept (16 MB); the wasm is
// about that size, so the whole file can reference itself.
const brotliWindow = 24

// BestQuality is brotli's best quality, what is measured and shipped (make
// wasm, bench, export, the Worker): about two minutes for the 25 MB wasm.
// A developer's `make serve` asks for FastQuality: about a second, and
// 4.4 MB where the best is 3.5 MB.
const (
	BestQuality = brotli.BestCompression
	FastQuality = 5
)

// compressFiles writes name.br and name.gz for every name, brotli at the
// given quality (gzip at its best with brotli's best, else at its default,
// 1% larger and 4 times faster). A file whose compressed forms are as new
// as it and were made at this quality or a better one is left alone: the
// quality is noted in a hidden file beside them (.NAME.quality).
func compressFiles(quality int, names []string) error {
	for _, name := range names {
		if upToDate(name, quality) {
			continue
		}
		start := time.Now()
		raw, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		level := gzip.DefaultCompression
		if quality >= BestQuality {
			level = gzip.BestCompression
		}
		errs := make(chan error, 2)
		go func() {
			errs <- writeCompressed(name+".br", func(w io.Writer) (io.WriteCloser, error) {
				return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: quality, LGWin: brotliWindow}), nil
			}, raw)
		}()
		go func() {
			errs <- writeCompressed(name+".gz", func(w io.Writer) (io.WriteCloser, error) {
				return gzip.NewWriterLevel(w, level)
			}, raw)
		}()
		for range 2 {
			if e := <-errs; e != nil && err == nil {
				err = e
			}
		}
		if err != nil {
			return err
		}
		if err := os.WriteFile(qualityFile(name), []byte(strconv.Itoa(quality)+"\n"), 0o644); err != nil {
			return err
		}
		br, _ := os.Stat(name + ".br")
		gz, _ := os.Stat(name + ".gz")
		fmt.Printf("%s: %d bytes, gzip %d, brotli %d at quality %d (%.1fs)\n", name, len(raw), gz.Size(), br.Size(), quality, time.Since(start).Seconds())
	}
	return nil
}

// qualityFile is where the quality of name.br is noted.
func qualityFile(name string) string {
	return filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+".quality")
}

// upToDate reports whether name.br and name.gz are no older than name and
// name.br was made at quality or better.
func upToDate(name string, quality int) bool {
	src, err := os.Stat(name)
	if err != nil {
		return false
	}
	for _, ext := range []string{".br", ".gz"} {
		st, err := os.Stat(name + ext)
		if err != nil || st.ModTime().Before(src.ModTime()) {
			return false
		}
	}
	b, err := os.ReadFile(qualityFile(name))
	if err != nil {
		return false
	}
	q, err := strconv.Atoi(strings.TrimSpace(string(b)))
	return err == nil && q >= quality
}

// writeCompressed compresses raw into name, through a temporary file so
// that a server never sees half a file.
func writeCompressed(name string, newWriter func(io.Writer) (io.WriteCloser, error), raw []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	zw, err := newWriter(f)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		_, err = zw.Write(raw)
	}
	if err == nil {
		err = zw.Close()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("compress %s: %w", name, err)
	}
	return os.Rename(f.Name(), name)
}
