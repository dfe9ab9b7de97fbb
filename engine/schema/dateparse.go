package schema

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/internal/lazyre"
)

// The parsers of django.utils.dateparse, which DateField, DateTimeField,
// TimeField and DurationField use to read strings. Each returns ok false
// when the text is not in the format (Django's None) and err non-nil when
// it is but the value is out of range (Django's ValueError from the
// datetime constructors).

var (
	dateRe     = lazyre.New(`^(\d{4})-(\d{1,2})-(\d{1,2})\n?$`)
	timeRe     = lazyre.New(`^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[\.,](\d{1,6})\d{0,6})?)?`)
	datetimeRe = lazyre.New(`^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[\.,](\d{1,6})\d{0,6})?)?(Z|[+-]\d{2}(?::?\d{2})?)?\n?$`)
	// Since Django 4.0 time_re is anchored at the end and datetime_re
	// allows spaces before the offset.
	timeRe40     = lazyre.New(`^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[\.,](\d{1,6})\d{0,6})?)?\n?$`)
	datetimeRe40 = lazyre.New(`^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[\.,](\d{1,6})\d{0,6})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\n?$`)
)

// dateparse is how django.utils.dateparse reads a field's strings in the
// field's Django version: iso, fromisoformat() first (Django 4.0); pytz,
// "Z" as pytz's UTC (Django 3.2) rather than datetime.timezone.utc.
type dateparse struct{ iso, pytz, weeks bool }

// dateparse returns the parsing of the field's Django version (3.2's
// for a field that knows no registry).
func (f *Field) dateparse() dateparse {
	if a := f.registry(); a != nil {
		return dateparse{iso: a.Features.DateParseFromISOFormat, pytz: !a.Features.ZoneInfo, weeks: a.Features.DurationISOWeeks}
	}
	return dateparse{pytz: true}
}

// errOutOfRange is the ValueError of datetime's constructors.
type errOutOfRange string

func (e errOutOfRange) Error() string { return string(e) }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// micro reads a fraction of up to 6 digits as microseconds ("5" → 500000).
func micro(s string) int {
	if s == "" {
		return 0
	}
	return atoi(s + strings.Repeat("0", 6-len(s)))
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// checkDate is datetime.date's range check.
func checkDate(y, m, d int) error {
	switch {
	case y < 1 || y > 9999:
		return errOutOfRange(fmt.Sprintf("year %d is out of range", y))
	case m < 1 || m > 12:
		return errOutOfRange("month must be in 1..12")
	case d < 1 || d > daysIn(y, m):
		return errOutOfRange("day is out of range for month")
	}
	return nil
}

// checkTime is datetime.time's range check.
func checkTime(h, mi, s int) error {
	switch {
	case h > 23:
		return errOutOfRange("hour must be in 0..23")
	case mi > 59:
		return errOutOfRange("minute must be in 0..59")
	case s > 59:
		return errOutOfRange("second must be in 0..59")
	}
	return nil
}

// parseDate is dateparse.parse_date.
func (p dateparse) parseDate(s string) (Date, bool, error) {
	if p.iso {
		if d, ok := fromISODate(s); ok {
			return d, true, nil
		}
	}
	m := dateRe().FindStringSubmatch(s)
	if m == nil {
		return Date{}, false, nil
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if err := checkDate(y, mo, d); err != nil {
		return Date{}, true, err
	}
	return Date{y, mo, d}, true, nil
}

// parseTime is dateparse.parse_time (the pattern is not anchored at the
// end before Django 4.0).
func (p dateparse) parseTime(s string) (TimeOfDay, bool, error) {
	re := timeRe()
	if p.iso {
		if t, ok := fromISOTime(s); ok {
			return t, true, nil
		}
		re = timeRe40()
	}
	m := re.FindStringSubmatch(s)
	if m == nil {
		return TimeOfDay{}, false, nil
	}
	h, mi, sec := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if err := checkTime(h, mi, sec); err != nil {
		return TimeOfDay{}, true, err
	}
	return TimeOfDay{h, mi, sec, micro(m[4])}, true, nil
}

// parseDateTime is dateparse.parse_datetime: a naive time.Time, or an
// aware one for a string with an offset: Z as datetime.timezone.utc
// (pytz's UTC in Django 3.2), an offset as get_fixed_timezone's zone
// ("+0200"), or as fromisoformat reads them.
func (p dateparse) parseDateTime(s string) (time.Time, bool, error) {
	re := datetimeRe()
	if p.iso {
		if t, ok := fromISODateTime(s); ok {
			return t, true, nil
		}
		re = datetimeRe40()
	}
	m := re.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false, nil
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	h, mi, sec := atoi(m[4]), atoi(m[5]), atoi(m[6])
	if err := checkDate(y, mo, d); err != nil {
		return time.Time{}, true, err
	}
	if err := checkTime(h, mi, sec); err != nil {
		return time.Time{}, true, err
	}
	loc := time.UTC
	switch tz := m[8]; {
	case tz == "Z" && p.pytz:
		loc = PytzUTC
	case tz == "Z":
		loc = TimezoneUTC
	case tz != "":
		// get_fixed_timezone(offset), named "+HHMM".
		mins := 60 * atoi(tz[1:3])
		if len(tz) > 3 {
			mins += atoi(tz[len(tz)-2:])
		}
		sign := "+"
		if tz[0] == '-' {
			sign, mins = "-", -mins
		}
		a := mins
		if a < 0 {
			a = -a
		}
		loc = fixedZone(mins*60, false, sign+pad2(a/60)+pad2(a%60))
	}
	return time.Date(y, time.Month(mo), d, h, mi, sec, micro(m[7])*1000, loc), true, nil
}

var (
	durationRe = lazyre.New(`^(?:(-?\d+) (?:days?, )?)?(-?)(?:(\d+):)?(?:(\d+):)?(\d+)(?:[\.,](\d{1,6})\d{0,6})?$`)
	// iso8601_duration_re: Django 3.2 takes any character as the decimal
	// mark, later versions . or , only; weeks since Django 6.0.
	isoDurationRe32 = lazyre.New(`^([-+]?)P(?:(\d+(?:.\d+)?)D)?(?:T(?:(\d+(?:.\d+)?)H)?(?:(\d+(?:.\d+)?)M)?(?:(\d+(?:.\d+)?)S)?)?$`)
	isoDurationRe   = lazyre.New(`^([-+]?)P(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$`)
	isoDurationReW  = lazyre.New(`^([-+]?)P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$`)
	// postgres_interval_re: "3 days 04:05:06".
	postgresIntervalRe = lazyre.New(`^(?:(-?\d+) (?:days? ?))?(?:([-+])?(\d+):(\d\d):(\d\d)(?:\.(\d{1,6}))?)?$`)
)

// parseDuration is dateparse.parse_duration: Django's own format
// "[DD] [[HH:]MM:]ss[.uuuuuu]" (what str(timedelta) gives), ISO 8601
// ("P1DT2H30M", "P2W" since Django 6.0) and PostgreSQL's day-time
// intervals ("3 days 04:05:06"), in that order.
func (p dateparse) parseDuration(s string) (time.Duration, bool) {
	if d, ok := parseStandardDuration(s); ok {
		return d, true
	}
	re, weeks := isoDurationRe32(), false
	switch {
	case p.weeks:
		re, weeks = isoDurationReW(), true
	case p.iso:
		re = isoDurationRe()
	}
	if m := re.FindStringSubmatch(s); m != nil {
		sign := 1.0
		if m[1] == "-" {
			sign = -1
		}
		if !weeks {
			m = append(m[:2], append([]string{""}, m[2:]...)...)
		}
		// timedelta(days) * sign + sign * timedelta(weeks, hours, minutes, seconds)
		units := []float64{7 * 86400e6, 86400e6, 3600e6, 60e6, 1e6}
		total := 0.0
		for i, u := range units {
			n, ok := pyFloat(m[2+i])
			if !ok {
				// float() refuses Django 3.2's other decimal marks.
				return 0, false
			}
			total += sign * n * u
		}
		return durationFromMicros(total), true
	}
	if m := postgresIntervalRe().FindStringSubmatch(s); m != nil {
		sign := 1.0
		if m[2] == "-" {
			sign = -1
		}
		us := m[6]
		if us != "" {
			us += strings.Repeat("0", 6-len(us))
		}
		var n [5]float64
		for i, part := range []string{m[1], m[3], m[4], m[5], us} {
			n[i], _ = pyFloat(part)
		}
		total := n[0]*86400e6 + sign*(n[1]*3600e6+n[2]*60e6+n[3]*1e6+n[4])
		return durationFromMicros(total), true
	}
	return 0, false
}

// pyFloat is float(v.replace(",", ".")) of a number the duration
// patterns matched ("" is an absent part, 0); ok is false for what
// float() refuses.
func pyFloat(s string) (float64, bool) {
	if s == "" {
		return 0, true
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	return f, err == nil
}

// durationFromMicros rounds microseconds half to even, as timedelta does.
func durationFromMicros(us float64) time.Duration {
	return time.Duration(math.RoundToEven(us)) * time.Microsecond
}

// parseStandardDuration reads Django's own format,
// "[DD] [[HH:]MM:]ss[.uuuuuu]" (standard_duration_re).
func parseStandardDuration(s string) (time.Duration, bool) {
	m := durationRe().FindStringSubmatch(s)
	if m == nil {
		return 0, false
	}
	// standard_duration_re reads "H:M:S" only when three parts are given:
	// with two, the first is minutes.
	hours, minutes := m[3], m[4]
	if minutes == "" {
		hours, minutes = "", hours
	}
	days := time.Duration(atoi(m[1])) * 24 * time.Hour
	rest := time.Duration(atoi(hours))*time.Hour + time.Duration(atoi(minutes))*time.Minute +
		time.Duration(atoi(m[5]))*time.Second + time.Duration(micro(m[6]))*time.Microsecond
	if m[2] == "-" {
		rest = -rest
	}
	return days + rest, true
}
