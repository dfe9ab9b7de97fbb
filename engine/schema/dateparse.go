package schema

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The parsers of django.utils.dateparse, which DateField, DateTimeField,
// TimeField and DurationField use to read strings. Each returns ok false
// when the text is not in the format (Django's None) and err non-nil when
// it is but the value is out of range (Django's ValueError from the
// datetime constructors).

var (
	dateRe     = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})\n?$`)
	timeRe     = regexp.MustCompile(`^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[\.,](\d{1,6})\d{0,6})?)?`)
	datetimeRe = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[\.,](\d{1,6})\d{0,6})?)?(Z|[+-]\d{2}(?::?\d{2})?)?\n?$`)
)

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
func parseDate(s string) (Date, bool, error) {
	m := dateRe.FindStringSubmatch(s)
	if m == nil {
		return Date{}, false, nil
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if err := checkDate(y, mo, d); err != nil {
		return Date{}, true, err
	}
	return Date{y, mo, d}, true, nil
}

// isoBasicDate reads date.fromisoformat's YYYYMMDD form (Python 3.11+);
// ok is false when s is not in it or is no valid date (fromisoformat's
// ValueError).
func isoBasicDate(s string) (Date, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return Date{}, false
		}
	}
	y, m, d := atoi(s[:4]), atoi(s[4:6]), atoi(s[6:])
	if checkDate(y, m, d) != nil {
		return Date{}, false
	}
	return Date{y, m, d}, true
}

// parseTime is dateparse.parse_time (the pattern is not anchored at the
// end, as in Django).
func parseTime(s string) (TimeOfDay, bool, error) {
	m := timeRe.FindStringSubmatch(s)
	if m == nil {
		return TimeOfDay{}, false, nil
	}
	h, mi, sec := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if err := checkTime(h, mi, sec); err != nil {
		return TimeOfDay{}, true, err
	}
	return TimeOfDay{h, mi, sec, micro(m[4])}, true, nil
}

// parseDateTime is dateparse.parse_datetime for naive values; a time zone
// offset is accepted and dropped, as the value is naive in the playground
// (USE_TZ = False).
func parseDateTime(s string) (time.Time, bool, error) {
	m := datetimeRe.FindStringSubmatch(s)
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
	return time.Date(y, time.Month(mo), d, h, mi, sec, micro(m[7])*1000, time.UTC), true, nil
}

var (
	durationRe = regexp.MustCompile(`^(?:(-?\d+) (?:days?, )?)?(-?)(?:(\d+):)?(?:(\d+):)?(\d+)(?:[\.,](\d{1,6})\d{0,6})?$`)
)

// parseDuration is dateparse.parse_duration for Django's own format
// "[DD] [[HH:]MM:]ss[.uuuuuu]" (standard_duration_re), which is what
// str(timedelta) gives; ISO 8601 and PostgreSQL intervals are not read.
func parseDuration(s string) (time.Duration, bool) {
	m := durationRe.FindStringSubmatch(s)
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
