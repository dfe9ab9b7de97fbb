package syntax_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// A chunk is one input of a chunked test file: chunks are separated by
// "---" lines, and a line may carry the expected error of its chunk as a
// trailing comment `### "regexp"`, or `### col: "regexp"` to also check
// the column. The text between the quotes is the regexp, verbatim. The source of a chunk is padded with newlines so that line
// numbers are those of the whole file.
type chunk struct {
	src     string
	start   int // line of the chunk's first line in the file
	wantErr *regexp.Regexp
	wantPos int // line of the expected error (0: no error expected)
	wantCol int // column of the expected error (0: not checked)
}

var expectRE = regexp.MustCompile(`###\s*(?:(\d+):\s*)?("(?:[^"\\]|\\.)*"|` + "`[^`]*`" + `)\s*$`)

// readChunks reads a chunked test file.
func readChunks(t *testing.T, filename string) []chunk {
	t.Helper()
	data, err := os.ReadFile(filename)
	if err != nil {
		t.Fatal(err)
	}
	var chunks []chunk
	line := 1
	for _, text := range strings.Split(string(data), "\n---\n") {
		c := chunk{src: strings.Repeat("\n", line-1) + text, start: line}
		for i, l := range strings.Split(text, "\n") {
			if !strings.Contains(l, "###") {
				continue
			}
			m := expectRE.FindStringSubmatch(l)
			if m == nil {
				t.Errorf("%s:%d: malformed ### expectation", filename, line+i)
				continue
			}
			if c.wantErr != nil {
				t.Errorf("%s:%d: more than one expected error in a chunk", filename, line+i)
			}
			// The quoted text is taken literally, as a regular expression.
			pattern := m[2][1 : len(m[2])-1]
			var err error
			c.wantErr, err = regexp.Compile(pattern)
			if err != nil {
				t.Errorf("%s:%d: %v", filename, line+i, err)
				continue
			}
			c.wantPos = line + i
			if m[1] != "" {
				c.wantCol, _ = strconv.Atoi(m[1])
			}
		}
		chunks = append(chunks, c)
		line += strings.Count(text, "\n") + 2
	}
	return chunks
}
