package isoformat

import (
	"fmt"
	"testing"
)

// The expectations are CPython 3.13's (3.11 answers the same).
func TestParseDateTime(t *testing.T) {
	for in, want := range map[string]string{
		"2023-05-05 10:00:00 +0530":     "2023-05-05 10:00:00.000000 +19800",
		"2023-05-05 10:00:00+0530":      "2023-05-05 10:00:00.000000 +19800",
		"2023-05-05T10:00:00.5":         "2023-05-05 10:00:00.500000",
		"2023-05-05T10":                 "2023-05-05 10:00:00.000000",
		"2023-05-05T1000":               "2023-05-05 10:00:00.000000",
		"2023-05-05 10:00 ":             "invalid",
		"2023-05-05T24:00":              "hour must be in 0..23",
		"2023-05-05T10:00:00,123456789": "2023-05-05 10:00:00.123456",
		"2023-05-05T10:00+00:00":        "2023-05-05 10:00:00.000000 UTC",
		"2023-05-05T10:00-00:00":        "2023-05-05 10:00:00.000000 UTC",
		"2023-05-05T10:00+01":           "2023-05-05 10:00:00.000000 +3600",
		"2023-05-05T10:00+0130:15":      "invalid",
		"2023-05-05X10:00":              "2023-05-05 10:00:00.000000",
		"2023-05-05T10:00Z":             "2023-05-05 10:00:00.000000 UTC",
		"2023W185":                      "2023-05-05 00:00:00.000000",
		"2023W18":                       "2023-05-01 00:00:00.000000",
		"2023-W18":                      "2023-05-01 00:00:00.000000",
		"2023-05":                       "invalid",
		"202305":                        "invalid",
		"2023-05-05T":                   "invalid",
		"2023-W53-1":                    "invalid",
		"2020-W53-1":                    "2020-12-28 00:00:00.000000",
		"2023-02-29":                    "day is out of range for month",
		"2023-05-05T10:00:60":           "second must be in 0..59",
		"2023-05-05T 10:00":             "invalid",
	} {
		d, c, err := ParseDateTime(in)
		if got := show(d, c, err); got != want {
			t.Errorf("ParseDateTime(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestParseTimeAndDate(t *testing.T) {
	for in, want := range map[string]string{
		"10:00:00+05:30": "10:00:00.000000 +19800",
		"T10:00":         "10:00:00.000000",
		"10":             "10:00:00.000000",
		"1000":           "10:00:00.000000",
		"10:00:00 ":      "invalid",
		"10:00Z":         "10:00:00.000000 UTC",
		"24:00":          "hour must be in 0..23",
		"10:00:00.5+02":  "10:00:00.500000 +7200",
		"10:00-00:00":    "10:00:00.000000 UTC",
	} {
		c, err := ParseTime(in)
		got := show(Date{}, c, err)
		if err == nil {
			got = got[len("0000-00-00 "):]
		}
		if got != want {
			t.Errorf("ParseTime(%q) = %s, want %s", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"2023-W01-1": "2023-01-02", "20230101": "2023-01-01", "2023-1-01": "invalid",
		"2023W011": "2023-01-02", "2023-W01": "2023-01-02", "2023W01": "2023-01-02", "2023-01-01 ": "invalid",
	} {
		d, err := ParseDate(in)
		got := fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
		if err != nil {
			got = errText(err)
		}
		if got != want {
			t.Errorf("ParseDate(%q) = %s, want %s", in, got, want)
		}
	}
}

func errText(err error) string {
	if err == ErrInvalid {
		return "invalid"
	}
	return err.Error()
}

func show(d Date, c Clock, err error) string {
	if err != nil {
		return errText(err)
	}
	s := fmt.Sprintf("%04d-%02d-%02d %02d:%02d:%02d.%06d", d.Year, d.Month, d.Day, c.Hour, c.Minute, c.Second, c.Micro)
	switch {
	case c.UTC:
		s += " UTC"
	case c.Zone:
		s += fmt.Sprintf(" %+d", c.Offset)
	}
	return s
}
