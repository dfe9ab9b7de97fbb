package main

import (
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/playground"
)

// The warm-up's SQL and session run, and leave no database behind.
func TestWarm(t *testing.T) {
	if err := warm(); err != nil {
		t.Fatal(err)
	}
	if err := warm(); err != nil {
		t.Fatalf("a second warm-up: %v", err)
	}
}

// The warm-up session runs the ORM's everyday calls: each step does what
// it says, and only the one that asks for a missing row fails.
func TestWarmSession(t *testing.T) {
	tr, err := playground.Run(warmSession, playground.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range tr.Steps {
		failed := st.Error != nil
		if want := strings.Contains(st.Code, "pk=99"); failed != want {
			t.Errorf("%s: error %v", st.Code, st.Error)
		}
		if !strings.HasPrefix(st.Code, "from ") && !strings.HasPrefix(st.Code, "p = Post(") && len(st.SQL) == 0 {
			t.Errorf("%s ran no SQL", st.Code)
		}
	}
}
