package python_test

import (
	"sync"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// TestParallelThreads runs independent sessions concurrently: the package's
// shared state (builtin classes, modules, Universe) must be safe (run with
// -race).
func TestParallelThreads(t *testing.T) {
	f, err := syntax.Parse("p.py", `
import datetime
from decimal import Decimal
class E(ValueError):
    pass
class P:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, o):
        return self.n == o.n
s = {P(i) for i in range(50)}
d = datetime.date(2020, 1, 1) + datetime.timedelta(days=len(s))
total = sum([Decimal("0.1")] * 10)
try:
    raise E(str(d))
except ValueError as e:
    msg = f"{e} {total} {hash('x')} {type(e).__name__} {repr(object())}"
`)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				th := python.NewThread()
				mod := python.NewModule("p", nil)
				if err := python.ExecFile(th, f, mod); err != nil {
					t.Error(err)
					return
				}
				msg, _ := mod.Dict.GetStr("msg")
				if s := string(msg.(python.String)); len(s) < 14 || s[:14] != "2020-02-20 1.0" {
					t.Errorf("msg = %q", s)
				}
			}
		}()
	}
	wg.Wait()
}
