package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestLinksNoEngine checks that the Worker, as built for Workers, links
// none of the engine: the page's templates take the trace's types from
// engine/trace. The engine would cost the Worker about 0.7 MB of its 3 MB
// (gzip) and most of its start-up.
func TestLinksNoEngine(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if rest, ok := strings.CutPrefix(pkg, "github.com/ormfiddle/ormfiddle/engine/"); ok {
			switch rest {
			case "trace", "conf", "features":
			default:
				t.Errorf("the Worker links %s: it should link no engine (see engine/trace)", pkg)
			}
		}
	}
}
