package python_test

import (
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/python/syntax"
)

// TestDecimalPowBudget: a Decimal power whose exponent is not integral, of
// a number of thousands of digits, is refused by the statement's work
// budget before it runs (it took the engine a minute, CPython's decimal
// 51 s: FuzzCalls found it); the powers a snippet makes still run, with
// CPython's results (python3 3.11).
func TestDecimalPowBudget(t *testing.T) {
	th := python.NewThread()
	th.SetMaxSteps(python.DefaultMaxSteps)
	mod := python.NewModule("__main__", nil)
	run := func(src string) (string, error) {
		t.Helper()
		f, err := syntax.Parse("shell.py", src+"\n")
		if err != nil {
			t.Fatal(err)
		}
		v, err := python.ExecStmt(th, "shell.py", f.Stmts[0], mod)
		if err != nil || v == nil {
			return "", err
		}
		return python.Repr(th, v)
	}
	if _, err := run("from decimal import Decimal"); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{
		"pow(2**100000, Decimal('1.5'))",
		"Decimal(10**2000) ** Decimal('0.5')",
		"Decimal('1.' + '3' * 3000) ** Decimal('2.5')",
	} {
		if _, err := run(src); err == nil || !strings.HasPrefix(err.Error(), "StepLimitExceeded: ") {
			t.Errorf("%s: %v, want the statement's work budget exceeded", src, err)
		}
	}
	for src, want := range map[string]string{
		"Decimal(2) ** Decimal('0.5')":          "Decimal('1.414213562373095048801688724')",
		"pow(Decimal('1.1'), 2)":                "Decimal('1.21')",
		"Decimal(2) ** 100":                     "Decimal('1.267650600228229401496703205E+30')",
		"pow(2**100000, Decimal(3))":            "Decimal('9.970092655044752546204755591E+90308')",
		"Decimal('123.456') ** Decimal('-1.5')": "Decimal('0.0007290069984559876180407698931')",
	} {
		got, err := run(src)
		if err != nil || got != want {
			t.Errorf("%s = %s, %v; want %s", src, got, err, want)
		}
	}
}
