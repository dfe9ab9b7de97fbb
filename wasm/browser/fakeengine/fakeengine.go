// Package fakeengine stands in for playground.Run while the engine is being
// written, so that the web plumbing (server rendering, the wasm bridge, the
// page's JavaScript) can be checked end to end. It is not an engine: it
// replays the trace Django recorded for the multi-table inheritance example,
// knows one extra query, and reports a class line without its colon as a
// syntax error. It is linked only with the build tag fakeengine:
//
//	make wasm WASMTAGS=-tags=fakeengine
//	go test -tags fakeengine -run TestBrowser .
//
// Delete it once playground.Run is real.
package fakeengine

import (
	_ "embed"
	"encoding/json"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/playground"
)

//go:embed mti_place_restaurant.json
var recorded []byte

// extra are queries the recording lacks, by statement.
var extra = map[string][]string{
	`Place.objects.filter(name__startswith="Town")`: {`SELECT "myapp_place"."id", "myapp_place"."name", "myapp_place"."address" FROM "myapp_place" WHERE "myapp_place"."name" LIKE 'Town%' ESCAPE '\' LIMIT 21`},
}

// Run replays the recording for the statements of src.Shell it knows
// (one statement per line) and gives the others no SQL.
func Run(src playground.Source, _ playground.Options) (*playground.Trace, error) {
	for i, line := range strings.Split(src.Models, "\n") {
		t := strings.TrimRight(line, " \r")
		if strings.HasPrefix(t, "class ") && !strings.HasSuffix(t, ":") {
			return nil, &playground.LoadError{File: "models.py", Line: i + 1, Col: len([]rune(t)) + 1, Msg: "expected ':'"}
		}
	}
	var rec playground.Trace
	if err := json.Unmarshal(recorded, &rec); err != nil {
		return nil, err
	}
	known := map[string]playground.Step{}
	for _, s := range rec.Steps {
		if _, ok := known[s.Code]; !ok {
			known[s.Code] = s
		}
	}
	trace := &playground.Trace{DDL: rec.DDL}
	for i, line := range strings.Split(src.Shell, "\n") {
		code := strings.TrimSpace(line)
		if code == "" {
			continue
		}
		s, ok := known[code]
		if !ok {
			s = playground.Step{Code: code, SQL: extra[code]}
		}
		s.Line, s.EndLine = i+1, i+1
		trace.Steps = append(trace.Steps, s)
	}
	return trace, nil
}
