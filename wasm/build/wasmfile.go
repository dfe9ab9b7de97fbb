package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
)

// Wasm section ids, export kinds and opcodes the build steps read and
// write (WebAssembly core specification 1.0, chapter 5).
const (
	sectionType     = 1
	sectionImport   = 2
	sectionFunction = 3
	sectionGlobal   = 6
	sectionExport   = 7
	sectionCode     = 10
	sectionData     = 11

	exportFunc   = 0x00
	exportGlobal = 0x03

	opGlobalGet = 0x23
	opIf        = 0x04
	opReturn    = 0x0f
	opEnd       = 0x0b
	blockEmpty  = 0x40
)

// rewriteWasm replaces the wasm file name with rewrite's result.
func rewriteWasm(name string, rewrite func(wasm []byte) ([]byte, error)) error {
	wasm, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, err := rewrite(wasm)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return os.WriteFile(name, out, 0o755)
}

// funcType is a function type's parameter and result value types.
type funcType struct{ params, results []byte }

// section is one section of a wasm module: its id and its body.
type section struct {
	id   byte
	body []byte
}

// readSections splits a wasm module (version 1) into its sections.
func readSections(wasm []byte) ([]section, error) {
	if len(wasm) < 8 || !bytes.Equal(wasm[:8], []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, errors.New("not a wasm module (version 1)")
	}
	var sections []section
	for i := 8; i < len(wasm); {
		id := wasm[i]
		size, j, err := readULEB(wasm, i+1)
		if err != nil {
			return nil, err
		}
		end := j + int(size)
		if end > len(wasm) {
			return nil, errors.New("truncated section")
		}
		sections = append(sections, section{id, wasm[j:end]})
		i = end
	}
	return sections, nil
}

// writeSections writes a wasm module (version 1) of sections.
func writeSections(sections []section) []byte {
	out := slices.Clone([]byte("\x00asm\x01\x00\x00\x00"))
	for _, s := range sections {
		out = append(out, s.id)
		out = appendULEB(out, uint64(len(s.body)))
		out = append(out, s.body...)
	}
	return out
}

// readTypes reads the type section: function types only (form 0x60).
func readTypes(b []byte) ([]funcType, error) {
	n, k, err := readULEB(b, 0)
	if err != nil {
		return nil, err
	}
	types := make([]funcType, 0, n)
	for range n {
		if k >= len(b) || b[k] != 0x60 {
			return nil, errors.New("a type that is not a function type")
		}
		k++
		var t funcType
		for _, dst := range []*[]byte{&t.params, &t.results} {
			var c uint64
			if c, k, err = readULEB(b, k); err != nil {
				return nil, err
			}
			if k+int(c) > len(b) {
				return nil, errors.New("truncated type")
			}
			*dst = b[k : k+int(c)]
			k += int(c)
		}
		types = append(types, t)
	}
	return types, nil
}

// countImports counts the import section's functions and globals.
func countImports(b []byte) (funcs, globals int, err error) {
	n, k, err := readULEB(b, 0)
	if err != nil {
		return 0, 0, err
	}
	for range n {
		for range 2 { // module and field names
			var c uint64
			if c, k, err = readULEB(b, k); err != nil {
				return 0, 0, err
			}
			k += int(c)
		}
		if k >= len(b) {
			return 0, 0, errors.New("truncated import")
		}
		kind := b[k]
		k++
		switch kind {
		case 0x00: // function: type index
			funcs++
			_, k, err = readULEB(b, k)
		case 0x01: // table: reference type, limits
			k, err = skipLimits(b, k+1)
		case 0x02: // memory: limits
			k, err = skipLimits(b, k)
		case 0x03: // global: value type, mutability
			globals++
			k += 2
		default:
			err = fmt.Errorf("import kind 0x%x", kind)
		}
		if err != nil {
			return 0, 0, err
		}
	}
	return funcs, globals, nil
}

func skipLimits(b []byte, k int) (int, error) {
	if k >= len(b) {
		return 0, errors.New("truncated limits")
	}
	flag := b[k]
	_, k, err := readULEB(b, k+1)
	if err == nil && flag&1 != 0 {
		_, k, err = readULEB(b, k)
	}
	return k, err
}

// readVecULEB reads a vector of unsigned LEB128 numbers.
func readVecULEB(b []byte) ([]uint64, error) {
	n, k, err := readULEB(b, 0)
	if err != nil {
		return nil, err
	}
	v := make([]uint64, n)
	for i := range v {
		if v[i], k, err = readULEB(b, k); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// skipLocals returns where a function body's code starts, after its
// local declarations.
func skipLocals(body []byte) (int, error) {
	n, k, err := readULEB(body, 0)
	if err != nil {
		return 0, err
	}
	for range n {
		if _, k, err = readULEB(body, k); err != nil {
			return 0, err
		}
		if k >= len(body) {
			return 0, errors.New("truncated locals")
		}
		k++ // value type
	}
	return k, nil
}

func appendName(b []byte, s string) []byte {
	return append(appendULEB(b, uint64(len(s))), s...)
}

func readULEB(b []byte, i int) (uint64, int, error) {
	var v uint64
	for shift := 0; i < len(b) && shift < 64; shift += 7 {
		c := b[i]
		i++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v, i, nil
		}
	}
	return 0, 0, errors.New("bad LEB128 number")
}

func readSLEB(b []byte, i int) (int64, int, error) {
	var v int64
	for shift := 0; i < len(b) && shift < 64; {
		c := b[i]
		i++
		v |= int64(c&0x7f) << shift
		shift += 7
		if c < 0x80 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v, i, nil
		}
	}
	return 0, 0, errors.New("bad LEB128 number")
}

func appendULEB(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
