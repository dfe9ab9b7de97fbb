package orm

import (
	"fmt"
	"testing"
)

// The expected orders are CPython 3.11's: list(s) after s.add(x) for each x.
func TestSetOrderMatchesCPython(t *testing.T) {
	seq := func(from, to, step int64) []int64 {
		var out []int64
		for i := from; (step > 0 && i < to) || (step < 0 && i > to); i += step {
			out = append(out, i)
		}
		return out
	}
	for _, c := range []struct{ in, want []int64 }{
		{[]int64{3, 1, 2}, []int64{1, 2, 3}},
		{[]int64{40, 3}, []int64{40, 3}},
		{[]int64{9, 1}, []int64{9, 1}},
		{seq(1, 30, 1), seq(1, 30, 1)},
		{[]int64{100, 5, 37, 8, 16, 24}, []int64{100, 37, 5, 8, 16, 24}},
		{[]int64{33, 1, 65, 97, 2}, []int64{65, 33, 2, 1, 97}},
		{seq(50, 0, -3), []int64{32, 2, 35, 5, 38, 8, 41, 11, 44, 14, 47, 17, 50, 20, 23, 26, 29}},
		{[]int64{8, 16, 24, 32, 40, 48, 56, 64, 72}, []int64{32, 64, 8, 40, 72, 16, 48, 24, 56}},
	} {
		var in []any
		for _, v := range c.in {
			in = append(in, v)
		}
		if got, want := fmt.Sprint(SetOrder(in)), fmt.Sprint(c.want); got != want {
			t.Errorf("set(%v) iterates %s, CPython %s", c.in, got, want)
		}
	}
}

func TestSetDiscardAndDifference(t *testing.T) {
	s := newPySet()
	for i := int64(1); i <= 10; i++ {
		s.add(i)
	}
	for _, v := range []int64{2, 5, 9} {
		s.discard(v)
	}
	s.add(int64(17))
	s.add(int64(33))
	if got := fmt.Sprint(s.items()); got != "[1 3 4 6 7 8 33 10 17]" {
		t.Errorf("after discards: %s", got)
	}
	d := newPySet()
	for _, v := range []int64{3, 11, 19, 27} {
		d.add(v)
	}
	if got := fmt.Sprint(d.difference([]any{int64(11)}).items()); got != "[19 3 27]" {
		t.Errorf("difference: %s", got)
	}
	// A difference leaving more than a quarter dummies is rebuilt.
	e := newPySet()
	for _, op := range []int64{4, -4, 1, -1, 88, -88, 1, 3336, -3336, -1, 23, 13, 182, 8, -8, 4} {
		if op < 0 {
			e.discard(-op)
		} else {
			e.add(op)
		}
	}
	if got := fmt.Sprint(e.items()); got != "[4 182 23 13]" {
		t.Errorf("after adds and discards: %s", got)
	}
	if got := fmt.Sprint(e.difference([]any{int64(4), int64(182)}).items()); got != "[23 13]" {
		t.Errorf("difference with rebuild: %s", got)
	}
}
