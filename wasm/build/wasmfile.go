package main

import (
	"bytes"
	"errors"
	"slices"
)

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
