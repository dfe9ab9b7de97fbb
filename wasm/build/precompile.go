package main

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// precompileGlobal is the export name of the mutable i32 global that
// turns every listed function into a no-op (see precompileSection), and
// precompilePrefix that of the listed functions, numbered in the list's
// order: "pc0", "pc1" and so on.
const (
	precompileGlobal = "precompile"
	precompilePrefix = "pc"
)

// precompile rewrites the wasm file name so that V8 can compile the
// functions a first run of example (a directory with models.py and
// shell.py) calls without running them (see precompileSection). Which
// functions: the wasm is run on the example in Node (profile.mjs, beside
// this file), under V8's --trace-wasm-compilation-times, from Go's start
// to the end of the run; the functions V8 compiled lazily (with Liftoff)
// are the list, in the order of their indices.
func precompile(name, example string) error {
	funcs, err := profileFirstRun(name, example)
	if err != nil {
		return fmt.Errorf("precompile %s: %w", name, err)
	}
	fmt.Printf("%s: %d functions to precompile (%s)\n", name, len(funcs), example)
	return rewriteWasm(name, func(wasm []byte) ([]byte, error) { return precompileSection(wasm, funcs) })
}

// profileScript is profile.mjs, written to a temporary directory for Node.
//
//go:embed profile.mjs
var profileScript []byte

// liftoffLine is V8's line for a function compiled with Liftoff, under
// --trace-wasm-compilation-times: "Compiled function 0x...#1612 using
// Liftoff, took 0 ms and ... bytes; bodysize 2288 codesize 6756".
var liftoffLine = regexp.MustCompile(`^Compiled function \S*#(\d+) using Liftoff`)

// profileFirstRun runs the wasm file name on example in Node and returns
// the functions V8 compiled lazily, sorted. The order does not matter to
// the page (it compiles them all before Go starts); sorted, it does not
// depend on the run's timing. profile.mjs gives Go's runtime a fixed
// sequence of random bytes, without which the set differed by up to three
// functions from one run to the next (map iteration takes other paths):
// the same wasm in, the same wasm out.
func profileFirstRun(name, example string) ([]uint32, error) {
	dir, err := os.MkdirTemp("", "ormfiddle-profile")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	script := filepath.Join(dir, "profile.mjs")
	if err := os.WriteFile(script, profileScript, 0o644); err != nil {
		return nil, err
	}
	abs := func(p string) string { a, _ := filepath.Abs(p); return a }
	cmd := exec.Command("node", "--trace-wasm-compilation-times", script,
		abs(filepath.Join(filepath.Dir(name), "wasm_exec.js")), abs(name),
		abs(filepath.Join(example, "models.py")), abs(filepath.Join(example, "shell.py")))
	// V8's trace lines go to stdout through the C library's buffer, which
	// it writes out in blocks, at any byte; profile.mjs's own line goes to
	// stderr, so that neither can land inside the other. Every function
	// compiled with Liftoff is Go's start's or the example's run's
	// (compiling the module compiles none: V8 compiles lazily).
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("node profile.mjs: %w\n%s", err, stderr.Bytes())
	}
	switch {
	case bytes.Contains(stderr.Bytes(), []byte("ormfiddle-profile: done false")):
		return nil, fmt.Errorf("the example's run failed in Node (%s)", example)
	case !bytes.Contains(stderr.Bytes(), []byte("ormfiddle-profile: done true")):
		return nil, fmt.Errorf("the profile did not finish:\n%s", stderr.Bytes())
	}
	compiled := map[uint32]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		if m := liftoffLine.FindStringSubmatch(line); m != nil {
			n, _ := strconv.ParseUint(m[1], 10, 32)
			compiled[uint32(n)] = true
		}
	}
	// A first run calls thousands of functions: far fewer means V8 no
	// longer prints the line this reads.
	if len(compiled) < 500 {
		return nil, fmt.Errorf("only %d functions compiled lazily: has V8's --trace-wasm-compilation-times output changed?", len(compiled))
	}
	return slices.Sorted(maps.Keys(compiled)), nil
}

// precompileSection adds to the module a mutable i32 global, exported as
// "precompile" and 0 at the start, and exports each function of funcs
// (defined, not imported) as "pc<k>", k its place in funcs; each such
// function now starts with
//
//	global.get $precompile
//	if
//	  (a zero of each result type)
//	  return
//	end
//
// V8 compiles a wasm function the first time it is called (lazily) and
// shares the code with every instance of the module, also in other
// workers. So a second instance with the global set to 1 can call the
// exports one after another: each is compiled and returns at once,
// without running any of its code, and the engine's own instance (the
// global 0) finds the code compiled when it first calls it. Functions with
// an i64 parameter are left out (JavaScript would have to pass BigInts).
func precompileSection(wasm []byte, funcs []uint32) ([]byte, error) {
	sections, err := readSections(wasm)
	if err != nil {
		return nil, err
	}
	find := func(id byte) int {
		return slices.IndexFunc(sections, func(s section) bool { return s.id == id })
	}
	for _, id := range []byte{sectionType, sectionFunction, sectionGlobal, sectionExport, sectionCode} {
		if find(id) < 0 {
			return nil, fmt.Errorf("no section %d", id)
		}
	}
	types, err := readTypes(sections[find(sectionType)].body)
	if err != nil {
		return nil, err
	}
	importedFuncs, importedGlobals := 0, 0
	if k := find(sectionImport); k >= 0 {
		if importedFuncs, importedGlobals, err = countImports(sections[k].body); err != nil {
			return nil, err
		}
	}
	funcTypes, err := readVecULEB(sections[find(sectionFunction)].body)
	if err != nil {
		return nil, err
	}

	// The global, after the module's own.
	gs := sections[find(sectionGlobal)].body
	nGlobals, k, err := readULEB(gs, 0)
	if err != nil {
		return nil, err
	}
	global := uint64(importedGlobals) + nGlobals
	gs = append(appendULEB(nil, nGlobals+1), gs[k:]...)
	gs = append(gs, 0x7f, 0x01, 0x41, 0x00, opEnd) // mut i32 = i32.const 0
	sections[find(sectionGlobal)].body = gs

	// The listed functions: which, in what order, their prologue.
	prologue := map[uint32][]byte{}
	var exported []uint32
	for _, f := range funcs {
		if int(f) < importedFuncs {
			return nil, fmt.Errorf("function %d is imported", f)
		}
		d := int(f) - importedFuncs
		if d >= len(funcTypes) {
			return nil, fmt.Errorf("no function %d", f)
		}
		if _, dup := prologue[f]; dup {
			continue
		}
		t := int(funcTypes[d])
		if t >= len(types) {
			return nil, fmt.Errorf("function %d: no type %d", f, t)
		}
		if slices.Contains(types[t].params, 0x7e) {
			continue
		}
		p := append([]byte{opGlobalGet}, appendULEB(nil, global)...)
		p = append(p, opIf, blockEmpty)
		for _, r := range types[t].results {
			switch r {
			case 0x7f:
				p = append(p, 0x41, 0) // i32.const 0
			case 0x7e:
				p = append(p, 0x42, 0) // i64.const 0
			case 0x7d:
				p = append(p, 0x43, 0, 0, 0, 0) // f32.const 0
			case 0x7c:
				p = append(p, 0x44, 0, 0, 0, 0, 0, 0, 0, 0) // f64.const 0
			default:
				return nil, fmt.Errorf("function %d: result type 0x%x", f, r)
			}
		}
		prologue[f] = append(p, opReturn, opEnd)
		exported = append(exported, f)
	}

	// The exports.
	es := sections[find(sectionExport)].body
	nExports, k, err := readULEB(es, 0)
	if err != nil {
		return nil, err
	}
	out := appendULEB(nil, nExports+1+uint64(len(exported)))
	out = append(out, es[k:]...)
	out = appendName(out, precompileGlobal)
	out = append(out, exportGlobal)
	out = appendULEB(out, global)
	for i, f := range exported {
		out = appendName(out, precompilePrefix+strconv.Itoa(i))
		out = append(out, exportFunc)
		out = appendULEB(out, uint64(f))
	}
	sections[find(sectionExport)].body = out

	// The code.
	cs := sections[find(sectionCode)].body
	n, k, err := readULEB(cs, 0)
	if err != nil {
		return nil, err
	}
	if int(n) != len(funcTypes) {
		return nil, errors.New("the code and function sections disagree")
	}
	code := appendULEB(make([]byte, 0, len(cs)+len(exported)*16), n)
	for d := range int(n) {
		size, j, err := readULEB(cs, k)
		if err != nil {
			return nil, err
		}
		end := j + int(size)
		if end > len(cs) {
			return nil, errors.New("truncated code")
		}
		body := cs[j:end]
		k = end
		p, ok := prologue[uint32(d+importedFuncs)]
		if !ok {
			code = appendULEB(code, size)
			code = append(code, body...)
			continue
		}
		locals, err := skipLocals(body)
		if err != nil {
			return nil, fmt.Errorf("function %d: %w", d+importedFuncs, err)
		}
		code = appendULEB(code, uint64(len(body)+len(p)))
		code = append(code, body[:locals]...)
		code = append(code, p...)
		code = append(code, body[locals:]...)
	}
	if k != len(cs) {
		return nil, errors.New("bytes after the last function body")
	}
	sections[find(sectionCode)].body = code

	return writeSections(sections), nil
}
