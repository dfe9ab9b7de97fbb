package syntax

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// RealInputs are the patterns of the models.py and shell.py files the
// project ships: the playground's conformance cases (run against real
// Django) and the examples.
var RealInputs = []string{"../../playground/testdata/conformance/*/*.py", "../../../examples/*/*.py"}

// SeedInputs returns the test inputs under testdata of up to 8 KiB: whole
// files, and the chunks of the chunked error file. The fuzz tests start
// from them.
func SeedInputs(tb testing.TB) []string {
	var seeds []string
	patterns := append([]string{"testdata/*.py", "testdata/parse/*.py"}, RealInputs...)
	for _, pattern := range patterns {
		files, err := filepath.Glob(pattern)
		if err != nil {
			tb.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				tb.Fatal(err)
			}
			inputs := []string{string(data)}
			if filepath.Base(file) == "errors.py" {
				inputs = strings.Split(string(data), "\n---\n")
			}
			for _, s := range inputs {
				// Large inputs make the fuzzer's minimization crawl.
				if len(s) <= 8<<10 {
					seeds = append(seeds, s)
				}
			}
		}
	}
	return seeds
}

// FuzzScan checks that the scanner never panics and that its tokens are
// well formed: in order, within the source, and ending with one EOF or
// ERROR token; with EOF, brackets and indentation are balanced.
//
//	go test ./engine/python/syntax -run '^$' -fuzz FuzzScan -fuzztime 10s
func FuzzScan(f *testing.F) {
	for _, s := range SeedInputs(f) {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, src string, exprMode bool) {
		src = normalizeNewlines(src)
		toks, unclosed := scan("fuzz.py", src, Position{1, 1}, exprMode)
		if len(toks) == 0 {
			t.Fatal("no tokens")
		}
		last := toks[len(toks)-1]
		if last.kind != tEOF && last.kind != tERROR {
			t.Fatalf("last token is %d, want EOF or ERROR", last.kind)
		}
		if last.kind == tERROR && (last.err() == nil || !last.err().Pos.IsValid() || last.err().Msg == "") {
			t.Fatalf("bad ERROR token %+v", last)
		}
		if unclosed != nil && last.kind != tERROR {
			t.Fatal("unclosed bracket without an ERROR token")
		}
		depth, indent := 0, 0
		var prev Position
		for i, tok := range toks {
			if (tok.kind == tEOF || tok.kind == tERROR) && i != len(toks)-1 {
				t.Fatalf("token %d of %d is EOF or ERROR", i, len(toks))
			}
			if !tok.pos.IsValid() || tok.end.Before(tok.pos) || tok.pos.Before(prev) {
				t.Fatalf("token %d (kind %d) at %s-%s, previous at %s", i, tok.kind, tok.pos, tok.end, prev)
			}
			if tok.off < 0 || tok.off > tok.eoff || int(tok.eoff) > len(src) {
				t.Fatalf("token %d has offsets %d-%d in %d bytes", i, tok.off, tok.eoff, len(src))
			}
			prev = tok.pos
			switch tok.kind {
			case tLPAREN, tLBRACK, tLBRACE:
				depth++
			case tRPAREN, tRBRACK, tRBRACE:
				depth--
			case tINDENT:
				indent++
			case tDEDENT:
				indent--
			}
			if depth < 0 || indent < 0 || depth > MaxDepth || indent > MaxDepth {
				t.Fatalf("token %d: bracket depth %d, indentation %d", i, depth, indent)
			}
			if exprMode && (tok.kind == tNEWLINE || tok.kind == tINDENT || tok.kind == tDEDENT) {
				t.Fatalf("token %d: NEWLINE, INDENT or DEDENT in expression mode", i)
			}
		}
		if last.kind == tEOF && (depth != 0 || indent != 0) {
			t.Fatalf("at EOF: bracket depth %d, indentation %d", depth, indent)
		}
	})
}
