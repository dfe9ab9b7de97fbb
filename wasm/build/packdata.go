package main

import (
	"errors"
	"slices"
)

// packDataGap is the shortest run of zero bytes between two data segments
// that pack-data keeps as a gap; shorter runs are written out as zeros and
// the segments around them merged.
//
// Go's linker (cmd/link/internal/wasm, writeDataSec) cuts the data section
// at every run of 8 zero bytes or more, up to 100,000 segments, which is the
// smallest raw wasm: the engine's has 100,000 segments. Each segment's
// header holds its address, which brotli cannot predict, while zeros cost
// it next to nothing, so the brotli form is smaller with fewer segments.
const packDataGap = 4096

// packData rewrites the data section of the wasm file name so that no two
// segments are less than minGap bytes apart. The memory the module starts
// with is byte for byte the same: the bytes written in between are zeros,
// which fresh linear memory already holds.
func packData(name string, minGap int) error {
	return rewriteWasm(name, func(wasm []byte) ([]byte, error) { return packDataSection(wasm, minGap) })
}

type dataSegment struct {
	addr int64
	data []byte
}

func packDataSection(wasm []byte, minGap int) ([]byte, error) {
	sections, err := readSections(wasm)
	if err != nil {
		return nil, err
	}
	k := slices.IndexFunc(sections, func(s section) bool { return s.id == sectionData })
	if k < 0 {
		return nil, errors.New("no data section")
	}
	if sections[k].body, err = packSegments(sections[k].body, minGap); err != nil {
		return nil, err
	}
	return writeSections(sections), nil
}

// packSegments reads a data section's segments (active, memory 0, at an
// i32.const address, as Go's linker writes them) and writes them sorted by
// address, merged across gaps shorter than minGap.
func packSegments(body []byte, minGap int) ([]byte, error) {
	n, k, err := readULEB(body, 0)
	if err != nil {
		return nil, err
	}
	segs := make([]dataSegment, 0, n)
	for range n {
		var flag, length uint64
		if flag, k, err = readULEB(body, k); err != nil {
			return nil, err
		}
		if flag != 0 || k >= len(body) || body[k] != 0x41 { // i32.const
			return nil, errors.New("a data segment that is not active in memory 0 at an i32.const address")
		}
		var addr int64
		if addr, k, err = readSLEB(body, k+1); err != nil {
			return nil, err
		}
		if k >= len(body) || body[k] != 0x0b { // end
			return nil, errors.New("a data segment's address is not a lone i32.const")
		}
		if length, k, err = readULEB(body, k+1); err != nil {
			return nil, err
		}
		if k+int(length) > len(body) {
			return nil, errors.New("truncated data segment")
		}
		segs = append(segs, dataSegment{addr, body[k : k+int(length)]})
		k += int(length)
	}
	if k != len(body) {
		return nil, errors.New("bytes after the last data segment")
	}
	slices.SortFunc(segs, func(a, b dataSegment) int { return int(a.addr - b.addr) })
	var merged []dataSegment
	for _, s := range segs {
		if len(merged) > 0 {
			last := &merged[len(merged)-1]
			gap := s.addr - (last.addr + int64(len(last.data)))
			if gap < 0 {
				return nil, errors.New("overlapping data segments")
			}
			if gap < int64(minGap) {
				last.data = append(append(last.data, make([]byte, gap)...), s.data...)
				continue
			}
		}
		merged = append(merged, dataSegment{s.addr, slices.Clone(s.data)})
	}
	out := appendULEB(nil, uint64(len(merged)))
	for _, s := range merged {
		out = append(out, 0, 0x41)
		out = appendSLEB(out, s.addr)
		out = append(out, 0x0b)
		out = appendULEB(out, uint64(len(s.data)))
		out = append(out, s.data...)
	}
	return out, nil
}
