package playground

import (
	"slices"
	"testing"
)

func TestCompare(t *testing.T) {
	errA, errB := "TypeError: a", "ValueError: b"
	a := &Trace{DDL: []string{"CREATE TABLE t"}, Steps: []Step{
		{Code: "x = 1"},
		{Code: "T.objects.create()", SQL: []string{`INSERT INTO "t" DEFAULT VALUES`}},
		{Code: "T.objects.first()", SQL: []string{"SELECT 1"}, Output: "<T: 1>\n"},
		{Code: "bad()", Error: &errA},
		{Code: "bad()", Error: &errA},
		{Code: "print(2)", Output: "2\n"},
	}}
	b := &Trace{DDL: []string{"CREATE TABLE t"}, Steps: []Step{
		{Code: "x = 1"},
		{Code: "T.objects.create()", SQL: []string{`INSERT INTO "t" DEFAULT VALUES RETURNING "t"."id"`}},
		{Code: "T.objects.first()", SQL: []string{"SELECT 1"}, Output: "<T: T object (1)>\n"},
		{Code: "bad()", Error: &errB},
		{Code: "bad()"},
	}}
	steps, ddl := Compare(a, b)
	want := []Diff{0, DiffSQL, DiffOutput, DiffError, DiffError, DiffSQL | DiffOutput | DiffError}
	if ddl || !slices.Equal(steps, want) {
		t.Errorf("Compare = %v, %v; want %v, false", steps, ddl, want)
	}
	b.DDL = []string{"CREATE TABLE u"}
	if _, ddl := Compare(a, b); !ddl {
		t.Error("the DDL differs and Compare says it does not")
	}
	if steps, ddl := Compare(a, a); ddl || slices.ContainsFunc(steps, func(d Diff) bool { return d != 0 }) {
		t.Errorf("a trace compared with itself: %v, %v", steps, ddl)
	}
}
