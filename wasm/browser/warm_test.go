package main

import "testing"

// The warm-up's SQL runs, and leaves no database behind.
func TestWarm(t *testing.T) {
	if err := warm(); err != nil {
		t.Fatal(err)
	}
	if err := warm(); err != nil {
		t.Fatalf("a second warm-up: %v", err)
	}
}
