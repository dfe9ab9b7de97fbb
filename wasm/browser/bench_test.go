package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/conf"
	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// BenchmarkRunSourceDefaultExample is a click of Run on the page's
// default example: the session and its rendering (runSource), with the
// closed database emptied and the next session's environment made
// between runs, untimed, as the page does once idle (main_js.go's
// tidyLater).
func BenchmarkRunSourceDefaultExample(b *testing.B) {
	dir := filepath.Join("..", "..", "examples", "multi-table-inheritance")
	models, err := os.ReadFile(filepath.Join(dir, "models.py"))
	if err != nil {
		b.Fatal(err)
	}
	shell, err := os.ReadFile(filepath.Join(dir, "shell.py"))
	if err != nil {
		b.Fatal(err)
	}
	s := conf.Startproject()
	src := playground.Source{Models: string(models), Shell: string(shell), Django: "5.2", Settings: &s}
	if res := runSource(src, 0, "", nil); !res.OK {
		b.Fatal(res.ProblemsHTML)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if res := runSource(src, 0, "", func(int, int) {}); !res.OK {
			b.Fatal(res.ProblemsHTML)
		}
		b.StopTimer()
		sqlite.TidyPool()
		playground.Prepare(src, playground.Options{})
		b.StartTimer()
	}
}
