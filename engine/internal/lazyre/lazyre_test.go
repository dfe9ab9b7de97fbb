package lazyre

import "testing"

func TestNew(t *testing.T) {
	re := New(`^a(b+)$`)
	if m := re().FindStringSubmatch("abb"); len(m) != 2 || m[1] != "bb" {
		t.Errorf("match %q", m)
	}
	if first, again := re(), re(); first != again {
		t.Error("compiled twice")
	}
	defer func() {
		if recover() == nil {
			t.Error("an invalid expression did not panic")
		}
	}()
	New(`(`)()
}
