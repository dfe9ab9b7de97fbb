package schema

import (
	"strings"
	"testing"
)

func TestDecimalSaveAndLookup(t *testing.T) {
	a := NewApps("myapp")
	f := mustField(t, a, DecimalField, FieldOptions{MaxDigits: 5, DecimalPlaces: 2})
	for _, c := range []struct {
		in         any
		save, look string
	}{
		{"2.345", "2.34", "2.345"}, // quantize rounds half to even
		{"2.355", "2.36", "2.355"},
		{int64(7), "7.00", "7"},
		{"1E+2", "100.00", "1E+2"},
		{0.1, "0.10", "0.10000"}, // create_decimal_from_float with prec=max_digits
	} {
		s, err := f.DBPrepSave(c.in)
		if err != nil || s != c.save {
			t.Errorf("DBPrepSave(%v) = %v, %v; want %q", c.in, s, err, c.save)
		}
		l, err := f.DBPrepValue(c.in)
		if err != nil || l != c.look {
			t.Errorf("DBPrepValue(%v) = %v, %v; want %q", c.in, l, err, c.look)
		}
	}
	if _, err := f.DBPrepSave("1234.5"); err == nil || !strings.Contains(err.Error(), "InvalidOperation") {
		t.Errorf("a value past max_digits saved: %v", err)
	}
}

func TestDateParse(t *testing.T) {
	f := &Field{Name: "day", Kind: DateField}
	for in, want := range map[string]string{
		"2021-02-30":  "ValidationError: ['“2021-02-30” value has the correct format (YYYY-MM-DD) but it is an invalid date.']",
		"2021-2-3":    "",
		"tomorrow":    "ValidationError: ['“tomorrow” value has an invalid date format. It must be in YYYY-MM-DD format.']",
		"2021-01-01x": "ValidationError: ['“2021-01-01x” value has an invalid date format. It must be in YYYY-MM-DD format.']",
	} {
		_, err := f.ToPython(in)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != want {
			t.Errorf("ToPython(%q): %q, want %q", in, got, want)
		}
	}
	tf := &Field{Name: "at", Kind: TimeField}
	if v, err := tf.ToPython("7:8:9,5 and more"); err != nil || v != (TimeOfDay{7, 8, 9, 500000}) {
		t.Errorf("parse_time is not anchored at the end: %v, %v", v, err)
	}
}

// Floats print as Python's repr does, in reprs and in JSON text alike.
func TestFloatReprMatchesPython(t *testing.T) {
	for f, want := range map[float64]string{1e15: "1000000000000000.0", 1e16: "1e+16", 0.5: "0.5", 1e-05: "1e-05"} {
		if got := Repr(f); got != want {
			t.Errorf("Repr(%v) = %s, want %s", f, got, want)
		}
		if got, _ := JSONText(f); got != want {
			t.Errorf("JSONText(%v) = %s, want %s", f, got, want)
		}
	}
}
