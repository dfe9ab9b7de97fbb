package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/features"
	"github.com/ormfiddle/ormfiddle/engine/playground"
)

const traceUsage = "usage: ormfiddle trace [-json] [-django 5.2|6.1|3.2] DIR   (DIR holds models.py, shell.py and optionally settings.json)"

// traceCommand is `ormfiddle trace [-json] [-django VERSION] DIR`. It
// returns the exit status: 0 when the session ran (even if statements
// raised), 1 when it could not be loaded, 2 for a usage error.
func traceCommand(args []string, stdout, stderr io.Writer) int {
	asJSON := false
	version := ""
	var dirs []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "-json" || a == "--json":
			asJSON = true
		case a == "-django" || a == "--django":
			if i+1 == len(args) {
				fmt.Fprintln(stderr, "trace: -django needs a version (5.2, 6.1 or 3.2)")
				return 2
			}
			i++
			version = args[i]
		case strings.HasPrefix(a, "-django=") || strings.HasPrefix(a, "--django="):
			version = a[strings.IndexByte(a, '=')+1:]
		case a == "-h" || a == "-help" || a == "--help":
			fmt.Fprintln(stdout, traceUsage)
			return 0
		default:
			if strings.HasPrefix(a, "-") {
				fmt.Fprintf(stderr, "trace: unknown flag %s\n", a)
				return 2
			}
			dirs = append(dirs, a)
		}
	}
	if len(dirs) != 1 {
		fmt.Fprintln(stderr, traceUsage)
		return 2
	}
	if _, err := features.Lookup(version); err != nil {
		fmt.Fprintf(stderr, "trace: %v\n", err)
		return 2
	}
	src, err := readSource(os.DirFS(dirs[0]))
	if err != nil {
		fmt.Fprintf(stderr, "trace: %s: %v\n", dirs[0], err)
		return 1
	}
	src.Django = version
	// The run's budgets (playground.DefaultLimits) keep its heap near
	// 256 MB; a soft limit makes the collector work harder well before
	// the process nears 1 GB, whatever the snippet does.
	debug.SetMemoryLimit(768 << 20)
	trace, err := playground.Run(src, playground.Options{})
	if err != nil {
		var le *playground.LoadError
		if !errors.As(err, &le) {
			err = fmt.Errorf("internal error: %w", err)
		}
		fmt.Fprintln(stderr, err)
		return 1
	}
	out := bufio.NewWriter(stdout)
	if asJSON {
		err = writeTraceJSON(out, trace)
	} else {
		writeTraceText(out, trace)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "trace: %v\n", err)
		return 1
	}
	return 0
}

// writeTraceJSON writes the `trace --json` form of DESIGN.md:
// {"ddl": [...], "steps": [{"code", "sql", "output", "error"}]}, with SQL
// and output exactly as produced (no HTML escaping of < > &).
func writeTraceJSON(w io.Writer, t *playground.Trace) error {
	out := *t // the contract has lists where Go may have nil slices
	out.DDL = nonNil(t.DDL)
	out.Steps = make([]playground.Step, len(t.Steps))
	for i, s := range t.Steps {
		s.SQL = nonNil(s.SQL)
		out.Steps[i] = s
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(&out)
}

// nonNil returns s, or an empty slice for nil, which JSON writes as [].
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// writeTraceText writes a trace for people: the DDL, then each statement
// at a `>>>` prompt with its SQL indented under it, what the REPL printed
// and the exception it raised ("raised ValueError: ...").
func writeTraceText(w io.Writer, t *playground.Trace) {
	fmt.Fprintln(w, "-- models.py")
	for _, stmt := range t.DDL {
		fmt.Fprintln(w, stmt)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "-- shell.py")
	for _, s := range t.Steps {
		for i, line := range strings.Split(strings.TrimSuffix(s.Code, "\n"), "\n") {
			prompt := ">>> "
			if i > 0 {
				prompt = "... "
			}
			fmt.Fprintln(w, prompt+line)
		}
		for _, stmt := range s.SQL {
			fmt.Fprintln(w, "    "+strings.ReplaceAll(stmt, "\n", "\n    "))
		}
		if s.Output != "" {
			fmt.Fprint(w, s.Output)
			if !strings.HasSuffix(s.Output, "\n") {
				fmt.Fprintln(w)
			}
		}
		if s.Error != nil {
			if len(s.Traceback) > 0 {
				fmt.Fprintln(w, "Traceback (most recent call last):")
				for _, f := range s.Traceback {
					fmt.Fprintf(w, "  File \"%s\", line %d, in %s\n", f.File, f.Line, f.Function)
				}
			}
			fmt.Fprintln(w, "raised "+*s.Error)
		}
	}
}
