package schema

import (
	"strconv"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/internal/isoformat"
)

// Python 3.11's date/time/datetime.fromisoformat, which Django's dateparse
// tries first since Django 4.0 (features.DateParseFromISOFormat); ok is
// false where fromisoformat raises ValueError.

// fromISODate is date.fromisoformat.
func fromISODate(s string) (Date, bool) {
	d, err := isoformat.ParseDate(s)
	return Date{d.Year, d.Month, d.Day}, err == nil
}

// fromISOTime is time.fromisoformat; Django's parse_time drops the zone.
func fromISOTime(s string) (TimeOfDay, bool) {
	c, err := isoformat.ParseTime(s)
	return TimeOfDay{c.Hour, c.Minute, c.Second, c.Micro}, err == nil
}

// fromISODateTime is datetime.fromisoformat: a naive time.Time, or an
// aware one in TimezoneUTC (Z, +00:00) or in a zone of the offset named
// as Python names an unnamed datetime.timezone ("UTC+02:00").
func fromISODateTime(s string) (time.Time, bool) {
	d, c, err := isoformat.ParseDateTime(s)
	if err != nil {
		return time.Time{}, false
	}
	loc := time.UTC
	if c.Zone {
		loc = fixedZone(c.Offset, c.UTC, "")
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, c.Hour, c.Minute, c.Second, c.Micro*1000, loc), true
}

// fixedZone is the location of a fixed offset: TimezoneUTC for
// datetime.timezone.utc, else a zone named name, or as Python names an
// unnamed datetime.timezone ("UTC+02:00").
func fixedZone(off int, utc bool, name string) *time.Location {
	if utc {
		return TimezoneUTC
	}
	if name == "" {
		sign := "+"
		a := off
		if a < 0 {
			sign, a = "-", -a
		}
		name = "UTC" + sign + pad2(a/3600) + ":" + pad2(a/60%60)
		if a%60 != 0 {
			name += ":" + pad2(a%60)
		}
	}
	return time.FixedZone(name, off)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
