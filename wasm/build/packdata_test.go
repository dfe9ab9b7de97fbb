package main

import (
	"bytes"
	"testing"
)

// memoryImage is the linear memory a module's data section initialises,
// with the number of segments.
func memoryImage(t *testing.T, wasm []byte) ([]byte, int) {
	t.Helper()
	var mem []byte
	segments := 0
	for i := 8; i < len(wasm); {
		size, j, err := readULEB(wasm, i+1)
		if err != nil {
			t.Fatal(err)
		}
		if wasm[i] == 11 {
			body := wasm[j : j+int(size)]
			n, k, _ := readULEB(body, 0)
			segments = int(n)
			for range n {
				addr, k2, _ := readSLEB(body, k+2)
				length, k3, _ := readULEB(body, k2+1)
				for int64(len(mem)) < addr+int64(length) {
					mem = append(mem, 0)
				}
				copy(mem[addr:], body[k3:k3+int(length)])
				k = k3 + int(length)
			}
		}
		i = j + int(size)
	}
	return mem, segments
}

func TestPackData(t *testing.T) {
	seg := func(addr int64, data string) []byte {
		b := []byte{0, 0x41}
		b = appendSLEB(b, addr)
		b = append(b, 0x0b)
		b = appendULEB(b, uint64(len(data)))
		return append(b, data...)
	}
	// Out of address order, as Go's linker writes its sections; a gap
	// of 3 zeros, one of 10, one of 200.
	data := appendULEB(nil, 4)
	data = append(data, seg(1000, "cd")...)
	data = append(data, seg(1005, "ef")...)
	data = append(data, seg(990, "ab")...)
	data = append(data, seg(1207, "gh")...)
	section := func(id byte, body []byte) []byte {
		return append(appendULEB([]byte{id}, uint64(len(body))), body...)
	}
	wasm := []byte("\x00asm\x01\x00\x00\x00")
	wasm = append(wasm, section(1, []byte{0})...)
	wasm = append(wasm, section(11, data)...)
	wasm = append(wasm, section(0, []byte("\x04name"))...)

	for _, c := range []struct{ gap, segments int }{{1, 4}, {4, 3}, {11, 2}, {4096, 1}} {
		out, err := packDataSection(wasm, c.gap)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := memoryImage(t, wasm)
		got, n := memoryImage(t, out)
		if !bytes.Equal(got, want) || n != c.segments {
			t.Errorf("gap %d: %d segments, memory %q; want %d, %q", c.gap, n, got, c.segments, want)
		}
		if !bytes.HasSuffix(out, section(0, []byte("\x04name"))) || !bytes.HasPrefix(out, wasm[:11]) {
			t.Errorf("gap %d: other sections changed", c.gap)
		}
	}
	if _, err := packDataSection([]byte("\x00asm\x01\x00\x00\x00"), 8); err == nil {
		t.Error("no error for a module without data")
	}
}
