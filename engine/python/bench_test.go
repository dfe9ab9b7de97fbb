package python_test

import (
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

func benchScript(b *testing.B, src string) {
	f, err := syntax.Parse("bench.py", src)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		th := python.NewThread()
		th.SetMaxSteps(0)
		if err := python.ExecFile(th, f, python.NewModule("bench", nil)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFib measures function calls and integer arithmetic.
func BenchmarkFib(b *testing.B) {
	benchScript(b, "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(20)\n")
}

// BenchmarkLoop measures a loop with attribute access and method calls.
func BenchmarkLoop(b *testing.B) {
	benchScript(b, `
class P:
    def __init__(self, n):
        self.n = n
    def double(self):
        return self.n * 2
total = 0
items = []
for i in range(10000):
    p = P(i)
    total += p.double()
    items.append(f"{p.n}")
`)
}
