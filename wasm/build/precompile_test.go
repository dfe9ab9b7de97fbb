package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// testModule is a small module shaped as Go's linker writes one: an
// imported function, a mutable global (Go's SP), and three functions:
// answer (i32) -> i32 returns 42, echo (i32) -> i32 its argument and wide
// (i64) -> i64 its argument; answer and echo are exported as themselves.
func testModule() []byte {
	section := func(id byte, body ...byte) []byte {
		return append(append([]byte{id}, appendULEB(nil, uint64(len(body)))...), body...)
	}
	name := func(s string) []byte { return appendName(nil, s) }
	var m []byte
	m = append(m, "\x00asm\x01\x00\x00\x00"...)
	// Types: 0 (i32) -> i32, 1 (i64) -> i64, 2 (i32) -> ().
	m = append(m, section(sectionType, 3, 0x60, 1, 0x7f, 1, 0x7f, 0x60, 1, 0x7e, 1, 0x7e, 0x60, 1, 0x7f, 0)...)
	imp := append([]byte{1}, name("gojs")...)
	imp = append(append(imp, name("debug")...), 0x00, 2)
	m = append(m, section(sectionImport, imp...)...)
	m = append(m, section(sectionFunction, 3, 0, 0, 1)...)
	m = append(m, section(sectionGlobal, 1, 0x7f, 1, 0x41, 0x80, 0x80, 0x04, opEnd)...) // SP = 65536
	exp := []byte{2}
	exp = append(append(exp, name("answer")...), exportFunc, 1)
	exp = append(append(exp, name("echo")...), exportFunc, 2)
	m = append(m, section(sectionExport, exp...)...)
	code := []byte{3}
	for _, body := range [][]byte{
		{1, 1, 0x7f, 0x41, 42, opEnd}, // a local i32; i32.const 42
		{0, 0x20, 0, opEnd},           // local.get 0
		{0, 0x20, 0, opEnd},           // local.get 0 (i64)
	} {
		code = append(append(code, appendULEB(nil, uint64(len(body)))...), body...)
	}
	return append(m, section(sectionCode, code...)...)
}

func TestPrecompileSection(t *testing.T) {
	if _, err := precompileSection(testModule(), []uint32{0}); err == nil || !strings.Contains(err.Error(), "imported") {
		t.Errorf("an imported function listed: err %v, want one naming it imported", err)
	}
	if _, err := precompileSection(testModule(), []uint32{9}); err == nil {
		t.Error("a function that is not there listed: no error")
	}
	// wide has an i64 parameter: left out. echo listed twice: once.
	out, err := precompileSection(testModule(), []uint32{2, 1, 3, 2})
	if err != nil {
		t.Fatal(err)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: `make test` needs it for the Worker's tests too")
	}
	dir := t.TempDir()
	wasm := filepath.Join(dir, "m.wasm")
	if err := os.WriteFile(wasm, out, 0o644); err != nil {
		t.Fatal(err)
	}
	// What the module answers, as the engine's instance (the global 0)
	// and as the page's precompiling instance (1) call it.
	script := `
const fs = require("node:fs");
const m = new WebAssembly.Module(fs.readFileSync(process.argv[1]));
const { exports: e } = new WebAssembly.Instance(m, { gojs: { debug: () => {} } });
const names = WebAssembly.Module.exports(m).map((x) => x.kind + " " + x.name).join(",");
const engine = [e.answer(0), e.echo(7), e.pc0(8), e.pc1(0)].join(",");
e.precompile.value = 1;
const precompiling = [e.pc0(8), e.pc1(0), e.answer(0)].join(",");
console.log(names + ";" + engine + ";" + precompiling);
`
	res, err := exec.Command(node, "-e", script, wasm).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, res)
	}
	// pc0 is echo and pc1 answer: the list's order, less what was left out.
	want := "function answer,function echo,global precompile,function pc0,function pc1;42,7,8,42;0,0,0"
	if got := strings.TrimSpace(string(res)); got != want {
		t.Errorf("the precompiled module:\n got %s\nwant %s", got, want)
	}
}
