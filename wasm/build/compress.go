package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/andybalholm/brotli"
)

// brotliWindow is the largest window browsers accept (16 MB); the wasm is
// about that size, so the whole file can reference itself.
const brotliWindow = 24

// compressFiles writes name.br and name.gz for every name.
func compressFiles(names []string) error {
	for _, name := range names {
		start := time.Now()
		raw, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		errs := make(chan error, 2)
		go func() {
			errs <- writeCompressed(name+".br", func(w io.Writer) (io.WriteCloser, error) {
				return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: brotliWindow}), nil
			}, raw)
		}()
		go func() {
			errs <- writeCompressed(name+".gz", func(w io.Writer) (io.WriteCloser, error) {
				return gzip.NewWriterLevel(w, gzip.BestCompression)
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
		br, _ := os.Stat(name + ".br")
		gz, _ := os.Stat(name + ".gz")
		fmt.Printf("%s: %d bytes, gzip %d, brotli %d (%.1fs)\n", name, len(raw), gz.Size(), br.Size(), time.Since(start).Seconds())
	}
	return nil
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
