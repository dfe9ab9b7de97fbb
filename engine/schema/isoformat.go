package schema

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Python 3.11's date/time/datetime.fromisoformat, which Django's dateparse
// tries first since Django 4.0 (features.ParseISOFormat). They follow
// CPython's _pydatetime: the date as YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D]
// or YYYYWww[D]; any one character between date and time; the time as
// HH[:MM[:SS[.f...]]] (or without the colons), then Z or an offset.

var errISO = errors.New("invalid isoformat string")

// isoClock is the time part of an ISO string: hour, minute, second,
// microsecond, and the zone: tz is false for none, else offset seconds
// (utc true for Z or a zero offset: datetime.timezone.utc).
type isoClock struct {
	h, mi, s, us int
	tz           bool
	off          int
	utc          bool
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// pyInt is int() of a short run of ASCII digits.
func pyInt(s string) (int, error) {
	if s == "" || !isDigits(s) {
		return 0, errISO
	}
	return strconv.Atoi(s)
}

// isoDateSeparator is _find_isoformat_datetime_separator.
func isoDateSeparator(s string) (int, error) {
	n := len(s)
	if n == 7 {
		return 7, nil
	}
	if s[4] == '-' {
		if s[5] == 'W' {
			if n > 8 && s[8] == '-' {
				if n == 9 {
					return 0, errISO
				}
				if n > 10 && s[10] >= '0' && s[10] <= '9' {
					return 8, nil
				}
				return 10, nil
			}
			return 8, nil
		}
		return 10, nil
	}
	if s[4] == 'W' {
		idx := 7
		for idx < n && s[idx] >= '0' && s[idx] <= '9' {
			idx++
		}
		if idx < 9 {
			return idx, nil
		}
		if idx%2 == 0 {
			return 7, nil
		}
		return 8, nil
	}
	return 8, nil
}

// isoDate is _parse_isoformat_date for a string of 7, 8 or 10
// characters, checked as date() checks its arguments.
func isoDate(s string) (Date, error) {
	if n := len(s); n != 7 && n != 8 && n != 10 {
		return Date{}, errISO
	}
	year, err := pyInt(s[0:4])
	if err != nil {
		return Date{}, err
	}
	hasSep := s[4] == '-'
	pos := 4
	if hasSep {
		pos++
	}
	sep := func(p int) bool { return p < len(s) && s[p] == '-' }
	if pos < len(s) && s[pos] == 'W' {
		pos++
		if pos+2 > len(s) {
			return Date{}, errISO
		}
		week, err := pyInt(s[pos : pos+2])
		if err != nil {
			return Date{}, err
		}
		pos += 2
		day := 1
		if len(s) > pos {
			if sep(pos) != hasSep {
				return Date{}, errISO
			}
			if hasSep {
				pos++
			}
			if pos+1 > len(s) {
				return Date{}, errISO
			}
			if day, err = pyInt(s[pos : pos+1]); err != nil {
				return Date{}, err
			}
		}
		return isoWeekDate(year, week, day)
	}
	if pos+2 > len(s) {
		return Date{}, errISO
	}
	month, err := pyInt(s[pos : pos+2])
	if err != nil {
		return Date{}, err
	}
	pos += 2
	if sep(pos) != hasSep {
		return Date{}, errISO
	}
	if hasSep {
		pos++
	}
	if pos+2 > len(s) {
		return Date{}, errISO
	}
	day, err := pyInt(s[pos : pos+2])
	if err != nil {
		return Date{}, err
	}
	if err := checkDate(year, month, day); err != nil {
		return Date{}, err
	}
	return Date{year, month, day}, nil
}

// isoWeekDate is _isoweek_to_gregorian.
func isoWeekDate(year, week, day int) (Date, error) {
	if year < 1 || year > 9999 || week < 1 || week > 53 || day < 1 || day > 7 {
		return Date{}, errISO
	}
	if week == 53 {
		// Only years starting on a Thursday, or leap years starting on
		// a Wednesday, have a week 53.
		jan1 := (int(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).Weekday()) + 6) % 7
		if !(jan1 == 3 || (jan1 == 2 && daysIn(year, 2) == 29)) {
			return Date{}, errISO
		}
	}
	t := isoYearMonday(year).AddDate(0, 0, (week-1)*7+day-1)
	return DateOf(t), nil
}

// isoYearMonday is the Monday of the week holding January 4th.
func isoYearMonday(year int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	return jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
}

// isoHMS is _parse_hh_mm_ss_ff: HH[:?MM[:?SS[{.,}fff[fff]]]].
func isoHMS(s string) ([4]int, error) {
	var comps [4]int
	pos := 0
	hasSep := false
	for comp := 0; comp < 3; comp++ {
		if len(s)-pos < 2 {
			return comps, errISO
		}
		n, err := pyInt(s[pos : pos+2])
		if err != nil {
			return comps, err
		}
		comps[comp] = n
		pos += 2
		next := byte(0)
		if pos < len(s) {
			next = s[pos]
		}
		if comp == 0 {
			hasSep = next == ':'
		}
		if next == 0 || comp >= 2 {
			break
		}
		if hasSep && next != ':' {
			return comps, errISO
		}
		if hasSep {
			pos++
		}
	}
	if pos < len(s) {
		if s[pos] != '.' && s[pos] != ',' {
			return comps, errISO
		}
		pos++
		frac := s[pos:]
		if !isDigits(frac) || frac == "" {
			return comps, errISO
		}
		if len(frac) > 6 {
			frac = frac[:6]
		}
		comps[3] = micro(frac)
	}
	return comps, nil
}

// isoTime is _parse_isoformat_time.
func isoTime(s string) (isoClock, error) {
	var c isoClock
	if len(s) < 2 {
		return c, errISO
	}
	tzPos := strings.IndexByte(s, '-') + 1
	if tzPos == 0 {
		tzPos = strings.IndexByte(s, '+') + 1
	}
	if tzPos == 0 {
		tzPos = strings.IndexByte(s, 'Z') + 1
	}
	timeStr := s
	if tzPos > 0 {
		timeStr = s[:tzPos-1]
	}
	comps, err := isoHMS(timeStr)
	if err != nil {
		return c, err
	}
	c.h, c.mi, c.s, c.us = comps[0], comps[1], comps[2], comps[3]
	switch {
	case tzPos == len(s) && s[len(s)-1] == 'Z':
		c.tz, c.utc = true, true
	case tzPos > 0:
		tzStr := s[tzPos:]
		if n := len(tzStr); n == 0 || n == 1 || n == 3 {
			return c, errISO
		}
		tc, err := isoHMS(tzStr)
		if err != nil {
			return c, err
		}
		c.tz = true
		c.off = tc[0]*3600 + tc[1]*60 + tc[2]
		if s[tzPos-1] == '-' {
			c.off = -c.off
		}
		if c.off == 0 && tc[3] == 0 {
			c.utc = true
		}
		if c.off <= -86400 || c.off >= 86400 {
			return c, errISO
		}
	}
	if err := checkTime(c.h, c.mi, c.s); err != nil {
		return c, err
	}
	return c, nil
}

// fromISODate is date.fromisoformat.
func fromISODate(s string) (Date, bool) {
	if !isASCII(s) {
		return Date{}, false
	}
	d, err := isoDate(s)
	return d, err == nil
}

// fromISOTime is time.fromisoformat (a leading T dropped); Django's
// parse_time drops the zone.
func fromISOTime(s string) (TimeOfDay, bool) {
	s = strings.TrimPrefix(s, "T")
	if !isASCII(s) {
		return TimeOfDay{}, false
	}
	c, err := isoTime(s)
	if err != nil {
		return TimeOfDay{}, false
	}
	return TimeOfDay{c.h, c.mi, c.s, c.us}, true
}

// fromISODateTime is datetime.fromisoformat: a naive time.Time, or an
// aware one in TimezoneUTC (Z, +00:00) or a zone of the offset named as
// Python names it ("UTC+02:00").
func fromISODateTime(s string) (time.Time, bool) {
	if len(s) < 7 || !isASCII(s) {
		return time.Time{}, false
	}
	sepAt, err := isoDateSeparator(s)
	if err != nil || sepAt > len(s) {
		return time.Time{}, false
	}
	d, err := isoDate(s[:sepAt])
	if err != nil {
		return time.Time{}, false
	}
	var c isoClock
	if sepAt+1 < len(s) {
		if c, err = isoTime(s[sepAt+1:]); err != nil {
			return time.Time{}, false
		}
	}
	loc := time.UTC
	if c.tz {
		loc = fixedZone(c.off, c.utc, "")
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, c.h, c.mi, c.s, c.us*1000, loc), true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
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
