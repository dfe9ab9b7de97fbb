// Command build holds the steps of the browser build that the Go toolchain
// does not do by itself. The Makefile runs it natively:
//
//	go run ./wasm/build slim-templ DIR  # write DIR/go.work for the wasm build
//	go run ./wasm/build pack-data FILE   # merge the wasm FILE's data segments
//	go run ./wasm/build precompile FILE EXAMPLE_DIR  # export what a first run of the example compiles
//	go run ./wasm/build compress [-quality Q] FILE  # write FILE.br and FILE.gz beside FILE
//	go run ./wasm/build bundle IN OUT   # bundle the editor's loader IN into OUT, and its chunks beside it
//
// slim-templ: the templ runtime, which the wasm needs to render components,
// also holds HTTP handlers and html/template adapters that the wasm never
// calls. Importing net/http and html/template costs the wasm about 1.8 MB
// raw (about 0.45 MB brotli) for package initialisation alone, so the wasm
// is built (GOWORK=DIR/go.work) against a copy of the templ packages it
// imports without the declarations that use them. Nothing else changes: the
// copies are the same code minus whole declarations, and the build fails
// loudly if anything needed them.
//
// pack-data: Go's linker cuts the wasm's data section into up to 100,000
// segments, leaving out every run of 8 or more zero bytes, which makes the
// raw wasm smallest; but each segment's header holds an address brotli
// cannot predict, while zeros cost it next to nothing. Merging the
// segments (zeros written out) makes the raw wasm about 1 MB larger and
// its brotli form about 110 kB smaller; the memory the module starts with
// is the same byte for byte.
//
// precompile: V8 compiles a wasm function the first time it is called, on
// the calling thread; a cold engine's first run spent most of its time so.
// This runs the wasm on an example in Node, lists the functions V8
// compiled lazily, and exports each so that the page's workers can have V8
// compile them without running them (web/precompile.js, precompile.go).
//
// bundle: the editor (CodeMirror 6, web/editor/main.js, and its loader
// web/editor/load.js) is bundled with esbuild's Go API
// (github.com/evanw/esbuild/pkg/api) from the npm packages that
// package-lock.json pins and `npm ci` installs into node_modules, split
// into chunks that the loader runs a package at a time (bundle.go).
//
// compress: the wasm is served precompressed, brotli at the best quality
// (github.com/andybalholm/brotli) and gzip as the fallback, so no request
// pays for compression. -quality 5 (make serve) takes a second instead of
// two minutes, for a developer's server.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	if len(os.Args) < 3 {
		usage()
	}
	var err error
	switch os.Args[1] {
	case "slim-templ":
		if len(os.Args) != 3 {
			usage()
		}
		err = writeSlimWorkspace(os.Args[2])
	case "precompile":
		if len(os.Args) != 4 {
			usage()
		}
		err = precompile(os.Args[2], os.Args[3])
	case "pack-data":
		if len(os.Args) != 3 {
			usage()
		}
		err = packData(os.Args[2], packDataGap)
	case "compress":
		quality, names := BestQuality, os.Args[2:]
		if names[0] == "-quality" && len(names) > 2 {
			if quality, err = strconv.Atoi(names[1]); err != nil || quality < 0 || quality > BestQuality {
				usage()
			}
			names = names[2:]
		}
		err = compressFiles(quality, names)
	case "bundle":
		if len(os.Args) != 4 {
			usage()
		}
		err = bundleEditor(os.Args[2], os.Args[3])
	default:
		usage()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasm/build:", err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: go run ./wasm/build slim-templ DIR | pack-data FILE | precompile FILE EXAMPLE_DIR | compress [-quality Q] FILE... | bundle IN OUT")
	os.Exit(2)
}
