package main

import (
	"github.com/ormfiddle/ormfiddle/examples"
	"github.com/ormfiddle/ormfiddle/templates"
)

// listExamples returns the examples menu (examples.List).
func listExamples() ([]templates.Example, error) { return examples.List() }

// readExample reads examples/NAME (examples.Read).
func readExample(name string) (templates.Example, error) { return examples.Read(name) }
