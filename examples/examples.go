// Package examples holds the shipped snippets, the page's examples menu:
// one folder each with models.py, shell.py, about.txt (the menu entry) and
// the traces real Django recorded for it. The server (serve.go) and the
// Cloudflare Worker (wasm/worker) both render the menu from it.
package examples

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/trace"
	"github.com/ormfiddle/ormfiddle/templates"
)

// files are the example folders.
//
//go:embed */*.py */*.txt */*.json
var files embed.FS

// groups orders the groups of the examples menu.
var groups = []string{"Basics", "Relations", "Inheritance", "Pitfalls"}

// order orders the examples within a group: the order of the Django docs'
// models topic.
var order = []string{
	"person-basics", "fields-and-choices",
	"many-to-one", "many-to-many-through", "one-to-one",
	"abstract-base-classes", "multi-table-inheritance", "proxy-models", "multiple-inheritance", "single-table-inheritance",
	"clone-with-pk-none",
}

// List reads every example folder: models.py, shell.py and about.txt,
// which holds "key: value" lines (title, group), a blank line, and the
// description. They come sorted by group, then in the docs' order, then by
// name.
func List() ([]templates.Example, error) {
	entries, err := fs.ReadDir(files, ".")
	if err != nil {
		return nil, err
	}
	var out []templates.Example
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		ex, err := Read(e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, ex)
	}
	rank := func(ex templates.Example) (int, int) {
		g := slices.Index(groups, ex.Group)
		if g < 0 {
			g = len(groups)
		}
		o := slices.Index(order, ex.Name)
		if o < 0 {
			o = len(order)
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

// Read reads the example NAME.
func Read(name string) (templates.Example, error) {
	if !fs.ValidPath(name) || strings.Contains(name, "/") || name == "." {
		return templates.Example{}, fmt.Errorf("no example %q", name)
	}
	dir, err := fs.Sub(files, name)
	if err != nil {
		return templates.Example{}, err
	}
	src, err := trace.ReadSource(dir)
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
