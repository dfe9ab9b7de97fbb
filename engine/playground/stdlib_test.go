package playground

import (
	"errors"
	"testing"
)

// TestStdlibErrorPosition: an exception raised inside the Python source
// of a library module (re, json) while models.py runs is positioned at
// the models.py line that called it.
func TestStdlibErrorPosition(t *testing.T) {
	src := "import json\nimport re\n\nX = 1\nY = json.loads('[1,')\n"
	_, err := Run(Source{Models: src}, Options{})
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("got %v, want a LoadError", err)
	}
	want := "JSONDecodeError: Expecting value: line 1 column 4 (char 3)"
	if le.File != "models.py" || le.Line != 5 || le.Col != 5 || le.Msg != want {
		t.Errorf("got %s:%d:%d: %s\nwant models.py:5:5: %s", le.File, le.Line, le.Col, le.Msg, want)
	}
}
