// Package isoformat is Python 3.11's date.fromisoformat,
// time.fromisoformat and datetime.fromisoformat (CPython's C
// implementation, _datetimemodule.c), shared by the Python datetime module
// (engine/python) and Django's dateparse (engine/schema, since Django 4.0
// tries fromisoformat first).
//
// Dates are YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; one
// character of any kind separates date and time; times are
// HH[:MM[:SS[{.,}f...]]] or HH[MM[SS[{.,}f...]]], then Z or an offset
// of the same forms.
package isoformat

import (
	"errors"
	"fmt"
	"time"
)

// ErrInvalid is the ValueError "Invalid isoformat string: ..." (the
// callers add the string).
var ErrInvalid = errors.New("invalid isoformat string")

// RangeError is the ValueError of the constructors for a well-formed
// string out of range ("month must be in 1..12"), which fromisoformat
// lets through.
type RangeError string

func (e RangeError) Error() string { return string(e) }

// Date is a calendar date.
type Date struct{ Year, Month, Day int }

// Clock is a time of day with an optional UTC offset: Zone is false for
// a naive time; Offset is in seconds, OffsetMicro its fraction, UTC marks
// Z or a zero offset (datetime.timezone.utc).
type Clock struct {
	Hour, Minute, Second, Micro int
	Zone                        bool
	Offset, OffsetMicro         int
	UTC                         bool
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// at is s[i], or NUL past the end (C's terminator).
func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// digits is parse_digits: n digits at s[i:] added to *v; ok false when
// one is not a digit.
func digits(s string, i int, v *int, n int) (int, bool) {
	for k := 0; k < n; k++ {
		c := at(s, i)
		if !isDigit(c) {
			return i, false
		}
		*v = *v*10 + int(c-'0')
		i++
	}
	return i, true
}

// DateSeparator is _find_isoformat_datetime_separator: where the date
// part of a datetime string ends.
func DateSeparator(s string) (int, error) {
	n := len(s)
	if n == 7 {
		return 7, nil
	}
	if s[4] == '-' {
		if s[5] == 'W' {
			if n > 8 && s[8] == '-' {
				if n == 9 {
					return 0, ErrInvalid
				}
				if n > 10 && isDigit(s[10]) {
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
		for idx < n && isDigit(s[idx]) {
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

// parseDate is parse_isoformat_date over s (its length is len(s)).
func parseDate(s string) (Date, error) {
	var d Date
	p, ok := digits(s, 0, &d.Year, 4)
	if !ok {
		return d, ErrInvalid
	}
	sep := at(s, p) == '-'
	if sep {
		p++
	}
	if at(s, p) == 'W' {
		p++
		week, day := 0, 0
		if p, ok = digits(s, p, &week, 2); !ok {
			return d, ErrInvalid
		}
		if p < len(s) {
			if sep {
				if at(s, p) != '-' {
					return d, ErrInvalid
				}
				p++
			}
			if _, ok = digits(s, p, &day, 1); !ok {
				return d, ErrInvalid
			}
		} else {
			day = 1
		}
		return isoToYMD(d.Year, week, day)
	}
	if p, ok = digits(s, p, &d.Month, 2); !ok {
		return d, ErrInvalid
	}
	if sep {
		if at(s, p) != '-' {
			return d, ErrInvalid
		}
		p++
	}
	if _, ok = digits(s, p, &d.Day, 2); !ok {
		return d, ErrInvalid
	}
	return d, nil
}

// isoToYMD is iso_to_ymd: the date of an ISO year, week and weekday.
func isoToYMD(year, week, day int) (Date, error) {
	if year < 1 || year > 9999 || week <= 0 || week >= 53 && !(week == 53 && hasWeek53(year)) || day <= 0 || day >= 8 {
		return Date{}, ErrInvalid
	}
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+(week-1)*7+day-1)
	return Date{monday.Year(), int(monday.Month()), monday.Day()}, nil
}

// hasWeek53 reports whether the ISO year has 53 weeks: it starts on a
// Thursday, or is a leap year starting on a Wednesday.
func hasWeek53(year int) bool {
	wd := (int(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).Weekday()) + 6) % 7
	leap := year%4 == 0 && (year%100 != 0 || year%400 == 0)
	return wd == 3 || wd == 2 && leap
}

// parseHMS is parse_hh_mm_ss_ff over s[:end]: 0 at the end of the
// string, 1 with something left (a character before an offset), an
// error when malformed.
func parseHMS(s string, end int, c *[4]int) (int, error) {
	*c = [4]int{}
	p := 0
	sep := true
	for i := 0; i < 3; i++ {
		var ok bool
		if p, ok = digits(s, p, &c[i], 2); !ok {
			return 0, ErrInvalid
		}
		ch := at(s, p)
		p++
		if i == 0 {
			sep = ch == ':'
		}
		switch {
		case p >= end:
			if ch != 0 {
				return 1, nil
			}
			return 0, nil
		case sep && ch == ':':
			if i == 2 {
				return 0, ErrInvalid
			}
			continue
		case ch == '.' || ch == ',':
			if i < 2 {
				return 0, ErrInvalid
			}
		case !sep:
			p--
			continue
		default:
			return 0, ErrInvalid
		}
		break
	}
	n := end - p
	if n > 6 {
		n = 6
	}
	if n <= 0 {
		return 0, ErrInvalid
	}
	us := 0
	var ok bool
	if p, ok = digits(s, p, &us, n); !ok {
		return 0, ErrInvalid
	}
	for k := n; k < 6; k++ {
		us *= 10
	}
	c[3] = us
	for isDigit(at(s, p)) {
		p++
	}
	if at(s, p) != 0 {
		return 1, nil
	}
	return 0, nil
}

// parseTime is parse_isoformat_time.
func parseTime(s string) (Clock, error) {
	var c Clock
	tz := 0
	for tz < len(s) && s[tz] != 'Z' && s[tz] != '+' && s[tz] != '-' {
		tz++
	}
	var comps [4]int
	rv, err := parseHMS(s[:tz], tz, &comps)
	if err != nil {
		return c, err
	}
	c.Hour, c.Minute, c.Second, c.Micro = comps[0], comps[1], comps[2], comps[3]
	if tz == len(s) {
		if rv == 1 {
			return c, ErrInvalid
		}
		return c, nil
	}
	c.Zone = true
	if s[tz] == 'Z' {
		if tz+1 != len(s) {
			return c, ErrInvalid
		}
		c.UTC = true
		return c, nil
	}
	sign := 1
	if s[tz] == '-' {
		sign = -1
	}
	rest := s[tz+1:]
	rv, err = parseHMS(rest, len(rest), &comps)
	if err != nil || rv != 0 {
		return c, ErrInvalid
	}
	c.Offset = sign * (comps[0]*3600 + comps[1]*60 + comps[2])
	c.OffsetMicro = sign * comps[3]
	c.UTC = c.Offset == 0 && c.OffsetMicro == 0
	if c.Offset <= -86400 || c.Offset >= 86400 {
		return c, RangeError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)")
	}
	return c, nil
}

// checkDate is the date constructor's range check.
func checkDate(d Date) error {
	switch {
	case d.Year < 1 || d.Year > 9999:
		return RangeError(fmt.Sprintf("year %d is out of range", d.Year))
	case d.Month < 1 || d.Month > 12:
		return RangeError("month must be in 1..12")
	}
	if d.Day < 1 || d.Day > time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day() {
		return RangeError("day is out of range for month")
	}
	return nil
}

// checkClock is the time constructor's range check.
func checkClock(c Clock) error {
	switch {
	case c.Hour > 23:
		return RangeError("hour must be in 0..23")
	case c.Minute > 59:
		return RangeError("minute must be in 0..59")
	case c.Second > 59:
		return RangeError("second must be in 0..59")
	}
	return nil
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// ParseDate is date.fromisoformat.
func ParseDate(s string) (Date, error) {
	if n := len(s); !ascii(s) || n != 7 && n != 8 && n != 10 {
		return Date{}, ErrInvalid
	}
	d, err := parseDate(s)
	if err != nil {
		return d, err
	}
	return d, checkDate(d)
}

// ParseTime is time.fromisoformat (a leading T allowed).
func ParseTime(s string) (Clock, error) {
	if len(s) > 0 && s[0] == 'T' {
		s = s[1:]
	}
	if !ascii(s) || len(s) < 2 {
		return Clock{}, ErrInvalid
	}
	c, err := parseTime(s)
	if err != nil {
		return c, err
	}
	return c, checkClock(c)
}

// ParseDateTime is datetime.fromisoformat.
func ParseDateTime(s string) (Date, Clock, error) {
	if !ascii(s) || len(s) < 7 {
		return Date{}, Clock{}, ErrInvalid
	}
	sepAt, err := DateSeparator(s)
	if err != nil || sepAt > len(s) {
		return Date{}, Clock{}, ErrInvalid
	}
	d, err := parseDate(s[:sepAt])
	if err != nil {
		return d, Clock{}, err
	}
	var c Clock
	if sepAt < len(s) {
		// The separator, then a time.
		if sepAt+1 >= len(s) {
			return d, c, ErrInvalid
		}
		if c, err = parseTime(s[sepAt+1:]); err != nil {
			return d, c, err
		}
	}
	if err := checkDate(d); err != nil {
		return d, c, err
	}
	return d, c, checkClock(c)
}
