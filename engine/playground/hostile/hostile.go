// Package hostile reads the corpus of hostile snippets
// (engine/playground/testdata/hostile): what a stranger might share to
// freeze or crash the engine, each with what the engine must answer. The
// engine's tests run them natively and the browser tests open them as
// share links.
package hostile

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/txtar"
)

// Case is one file of the corpus.
type Case struct {
	Name   string // the file's name without .txtar
	Models string // models.py
	Shell  string // shell.py
	// Want holds one expectation a line: `step N error "prefix"`, `step N
	// output "text"`, `step N code "text"` (Go-quoted strings), or `load
	// "prefix"` for models.py that must not load.
	Want []string
}

// Read reads a case: a txtar archive with a comment, then models.py,
// shell.py and want files. In models.py and shell.py, {{repeat A B}} ...
// {{end}} repeats its lines for i from A to B, with {{i}} and {{i-1}}
// replaced. A case without a want file is an error.
func Read(path string) (Case, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Case{}, err
	}
	c := Case{Name: strings.TrimSuffix(filepath.Base(path), ".txtar")}
	for _, f := range txtar.Parse(b).Files {
		switch f.Name {
		case "models.py":
			c.Models = expandRepeats(string(f.Data))
		case "shell.py":
			c.Shell = expandRepeats(string(f.Data))
		case "want":
			for _, l := range strings.Split(string(f.Data), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					c.Want = append(c.Want, l)
				}
			}
		}
	}
	if len(c.Want) == 0 {
		return c, fmt.Errorf("%s: no want section", path)
	}
	return c, nil
}

// Glob reads every case of dir, in file name order.
func Glob(dir string) ([]Case, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txtar"))
	if err != nil {
		return nil, err
	}
	var cases []Case
	for _, f := range files {
		c, err := Read(f)
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	return cases, nil
}

var repeatRE = regexp.MustCompile(`(?s)\{\{repeat (\d+) (\d+)\}\}\n(.*?)\{\{end\}\}\n`)

func expandRepeats(s string) string {
	return repeatRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := repeatRE.FindStringSubmatch(m)
		from, _ := strconv.Atoi(sub[1])
		to, _ := strconv.Atoi(sub[2])
		var b strings.Builder
		for i := from; i <= to; i++ {
			line := strings.ReplaceAll(sub[3], "{{i-1}}", strconv.Itoa(i-1))
			b.WriteString(strings.ReplaceAll(line, "{{i}}", strconv.Itoa(i)))
		}
		return b.String()
	})
}
