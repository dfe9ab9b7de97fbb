package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/ormfiddle/ormfiddle/templates"
)

// exampleGroups orders the groups of the examples menu.
var exampleGroups = []string{"Basics", "Relations", "Inheritance", "Pitfalls"}

// listExamples reads every folder of examples/: models.py, shell.py and
// about.txt, which holds "key: value" lines (title, group), a blank line,
// and the description. They come sorted by group, then in the order of
// exampleOrder, then by name.
func listExamples() ([]templates.Example, error) {
	entries, err := fs.ReadDir(examplesFS, "examples")
	if err != nil {
		return nil, err
	}
	var out []templates.Example
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		ex, err := readExample(e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, ex)
	}
	rank := func(ex templates.Example) (int, int) {
		g := slices.Index(exampleGroups, ex.Group)
		if g < 0 {
			g = len(exampleGroups)
		}
		o := slices.Index(exampleOrder, ex.Name)
		if o < 0 {
			o = len(exampleOrder)
		}
		return g, o
	}
	slices.SortStableFunc(out, func(a, b templates.Example) int {
		ga, oa := rank(a)
		gb, ob := rank(b)
		if ga != gb {
			return ga - gb
		}
		if oa != ob {
			return oa - ob
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out, nil
}

// exampleOrder orders the examples within a group: the order of the
// Django docs' models topic.
var exampleOrder = []string{
	"person-basics", "fields-and-choices",
	"many-to-one", "many-to-many-through", "one-to-one",
	"abstract-base-classes", "multi-table-inheritance", "proxy-models", "multiple-inheritance", "single-table-inheritance",
	"clone-with-pk-none",
}

// readExample reads examples/NAME.
func readExample(name string) (templates.Example, error) {
	dir, err := fs.Sub(examplesFS, path.Join("examples", name))
	if err != nil {
		return templates.Example{}, err
	}
	src, err := readSource(dir)
	if err != nil {
		return templates.Example{}, err
	}
	ex := templates.Example{Name: name, Title: name, Source: src}
	about, err := fs.ReadFile(dir, "about.txt")
	if err != nil {
		return templates.Example{}, err
	}
	sc := bufio.NewScanner(strings.NewReader(string(about)))
	var desc []string
	inHeader := true
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if inHeader {
			if line == "" {
				inHeader = false
				continue
			}
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				return templates.Example{}, fmt.Errorf("examples/%s/about.txt: %q is not a `key: value` line", name, line)
			}
			switch strings.TrimSpace(k) {
			case "title":
				ex.Title = strings.TrimSpace(v)
			case "group":
				ex.Group = strings.TrimSpace(v)
			default:
				return templates.Example{}, fmt.Errorf("examples/%s/about.txt: unknown key %q", name, k)
			}
			continue
		}
		desc = append(desc, line)
	}
	ex.Description = strings.TrimSpace(strings.Join(desc, " "))
	return ex, nil
}
