package sqlite

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ncruces/go-sqlite3"
	"github.com/ormfiddle/ormfiddle/engine/internal/lazyre"
)

// CompileRegexp compiles the pattern of the REGEXP function (Django's
// _sqlite_regexp, re.search): Go's syntax unless the engine's Python
// layer installs its re module's translation.
var CompileRegexp = regexp.Compile

// registerDjangoFunctions installs the user functions Django's SQLite
// backend registers on every connection (django/db/backends/sqlite3/
// base.py), so the SQL Django writes for date lookups and regexes runs.
func (c *Conn) registerDjangoFunctions() error {
	fns := []struct {
		name string
		n    int
		fn   func(args []sqlite3.Value) any
	}{
		{"django_date_extract", 2, func(a []sqlite3.Value) any { return extract(a[0].Text(), a[1], nil, nil) }},
		{"django_datetime_extract", 4, func(a []sqlite3.Value) any { return extract(a[0].Text(), a[1], pyValue(a[2]), pyValue(a[3])) }},
		{"django_time_extract", 2, func(a []sqlite3.Value) any { return extractTime(a[0].Text(), a[1]) }},
		{"django_datetime_cast_date", 3, func(a []sqlite3.Value) any {
			ts, ok := typecastTimestamp(a[0])
			switch {
			case !ok:
				return nil
			case ts.isDate:
				return errUserFunction // date has no .date()
			}
			ts, err := zoned(ts, pyValue(a[1]), pyValue(a[2]))
			if err != nil {
				return err
			}
			return ts.t.Format("2006-01-02")
		}},
		{"django_datetime_cast_time", 3, func(a []sqlite3.Value) any {
			ts, ok := typecastTimestamp(a[0])
			switch {
			case !ok:
				return nil
			case ts.isDate:
				return errUserFunction // date has no .time()
			}
			ts, err := zoned(ts, pyValue(a[1]), pyValue(a[2]))
			if err != nil {
				return err
			}
			s := ts.t.Format("15:04:05")
			if us := ts.t.Nanosecond() / 1000; us != 0 {
				s += fmt.Sprintf(".%06d", us)
			}
			return s
		}},
		{"regexp", 2, func(a []sqlite3.Value) any {
			if a[0].Type() == sqlite3.NULL || a[1].Type() == sqlite3.NULL {
				return nil
			}
			re, err := CompileRegexp(a[0].Text())
			if err != nil {
				// re.error in _sqlite_regexp (or a pattern only
				// Python's re accepts: lookarounds, backreferences).
				return errUserFunction
			}
			return re.MatchString(a[1].Text())
		}},
	}
	for _, f := range fns {
		fn := f.fn
		err := c.db.CreateFunction(f.name, f.n, sqlite3.DETERMINISTIC, func(ctx sqlite3.Context, args ...sqlite3.Value) {
			setResult(ctx, fn(args))
		})
		if err != nil {
			return err
		}
	}
	// Date arithmetic (DurationExpression, TemporalSubtraction).
	dtFns := []struct {
		name string
		n    int
		fn   func(args []sqlite3.Value) any
	}{
		{"django_format_dtdelta", 3, func(a []sqlite3.Value) any { return formatDtdelta(a[0].Text(), a[1], a[2]) }},
		{"django_timestamp_diff", 2, func(a []sqlite3.Value) any {
			l, lok := typecastTimestamp(a[0])
			r, rok := typecastTimestamp(a[1])
			if !lok || !rok {
				return nil
			}
			return l.t.Sub(r.t).Microseconds()
		}},
		{"django_time_diff", 2, func(a []sqlite3.Value) any {
			l, lok := parseTimeOfDay(a[0])
			r, rok := parseTimeOfDay(a[1])
			if !lok || !rok {
				return nil
			}
			return l - r
		}},
	}
	for _, f := range dtFns {
		fn := f.fn
		if err := c.db.CreateFunction(f.name, f.n, sqlite3.DETERMINISTIC, func(ctx sqlite3.Context, args ...sqlite3.Value) {
			setResult(ctx, fn(args))
		}); err != nil {
			return err
		}
	}
	if err := c.registerDjangoMoreFunctions(); err != nil {
		return err
	}
	if err := c.registerStatistics(); err != nil {
		return err
	}
	// CURRENT_TIMESTAMP under a session clock (SetClock).
	if err := c.db.CreateFunction("ormfiddle_current_timestamp", 0, 0, func(ctx sqlite3.Context, args ...sqlite3.Value) {
		ctx.ResultText(c.now)
	}); err != nil {
		return err
	}
	// RAND for order_by('?') (random.random in Django): a seeded source,
	// so that a session replays identically.
	if err := c.db.CreateFunction("RAND", 0, 0, func(ctx sqlite3.Context, args ...sqlite3.Value) {
		ctx.ResultFloat(c.rnd.Float64())
	}); err != nil {
		return err
	}
	// POWER and BITXOR, which combine_expression uses for ** and ^.
	if err := c.db.CreateFunction("POWER", 2, sqlite3.DETERMINISTIC, func(ctx sqlite3.Context, args ...sqlite3.Value) {
		if args[0].Type() == sqlite3.NULL || args[1].Type() == sqlite3.NULL {
			ctx.ResultNull()
			return
		}
		ctx.ResultFloat(math.Pow(args[0].Float(), args[1].Float()))
	}); err != nil {
		return err
	}
	if err := c.db.CreateFunction("BITXOR", 2, sqlite3.DETERMINISTIC, func(ctx sqlite3.Context, args ...sqlite3.Value) {
		if args[0].Type() == sqlite3.NULL || args[1].Type() == sqlite3.NULL {
			ctx.ResultNull()
			return
		}
		ctx.ResultInt64(args[0].Int64() ^ args[1].Int64())
	}); err != nil {
		return err
	}
	return nil
}

// setResult sets a Go value as the function's result.
func setResult(ctx sqlite3.Context, v any) {
	switch v := v.(type) {
	case nil:
		ctx.ResultNull()
	case int64:
		ctx.ResultInt64(v)
	case int:
		ctx.ResultInt64(int64(v))
	case bool:
		ctx.ResultBool(v)
	case string:
		ctx.ResultText(v)
	case error:
		ctx.ResultError(v)
	}
}

// errUserFunction is the error a Django user function's Python exception
// becomes (sqlite3 reports every one in these words): an extract of a part
// the value does not have, a date cast to a date.
var errUserFunction = errors.New("user-defined function raised exception")

// extract is _sqlite_datetime_extract: the named part of a date or
// datetime stored as text (NULL when typecast_timestamp cannot read it);
// a part the value lacks (a time part of a date, an unknown kind) is the
// AttributeError Django's function raises.
func extract(kind string, v sqlite3.Value, tzname, conn any) any {
	ts, ok := typecastTimestamp(v)
	if !ok {
		return nil
	}
	ts, err := zoned(ts, tzname, conn)
	if err != nil {
		return err
	}
	t := ts.t
	switch kind {
	case "year":
		return t.Year()
	case "iso_year":
		y, _ := t.ISOWeek()
		return y
	case "month":
		return int(t.Month())
	case "day":
		return t.Day()
	case "week_day":
		return int(t.Weekday()) + 1 // Sunday=1 .. Saturday=7
	case "iso_week_day":
		wd := int(t.Weekday())
		if wd == 0 {
			wd = 7
		}
		return wd
	case "week":
		_, w := t.ISOWeek()
		return w
	case "quarter":
		return (int(t.Month())-1)/3 + 1
	}
	if !ts.isDate {
		if n, ok := timePart(kind, t); ok {
			return n
		}
	}
	return errUserFunction
}

// timePart is the hour, minute, second or microsecond of t; ok is false
// for another kind.
func timePart(kind string, t time.Time) (n int, ok bool) {
	switch kind {
	case "hour":
		return t.Hour(), true
	case "minute":
		return t.Minute(), true
	case "second":
		return t.Second(), true
	case "microsecond":
		return t.Nanosecond() / 1000, true
	}
	return 0, false
}

// extractTime is _sqlite_time_extract: the named part of a time stored as
// text (typecast_time), NULL when it cannot be read, an error for a part a
// time lacks.
func extractTime(kind string, v sqlite3.Value) any {
	if v.Type() == sqlite3.NULL {
		return nil
	}
	s := v.Text()
	if s == "" {
		return nil
	}
	if strings.Count(s, ":") != 2 {
		return nil
	}
	t, err := time.Parse("15:04:05.999999", s)
	if err != nil {
		return nil
	}
	if n, ok := timePart(kind, t); ok {
		return n
	}
	return errUserFunction
}

// timestamp is a value of typecast_timestamp: a date (no time part) or a
// datetime.
type timestamp struct {
	t      time.Time
	isDate bool
}

// typecastTimestamp is django.db.backends.utils.typecast_timestamp for a
// text value; NULL and empty text give false.
func typecastTimestamp(v sqlite3.Value) (timestamp, bool) {
	if v.Type() == sqlite3.NULL {
		return timestamp{}, false
	}
	s := v.Text()
	if s == "" {
		return timestamp{}, false
	}
	if !strings.Contains(s, " ") {
		t, err := time.Parse("2006-01-02", s)
		return timestamp{t: t, isDate: true}, err == nil
	}
	t, err := time.Parse("2006-01-02 15:04:05.999999", s)
	return timestamp{t: t}, err == nil
}

// formatDtdelta is _sqlite_format_dtdelta: lhs op rhs where each side is
// microseconds (an integer) or a date/datetime text; the result as
// str(date) or str(datetime), NULL when it cannot be computed.
func formatDtdelta(op string, lhs, rhs sqlite3.Value) any {
	side := func(v sqlite3.Value) (timestamp, time.Duration, bool, bool) {
		if v.Type() == sqlite3.INTEGER {
			return timestamp{}, time.Duration(v.Int64()) * time.Microsecond, true, true
		}
		ts, ok := typecastTimestamp(v)
		return ts, 0, false, ok
	}
	lt, ld, lIsDelta, lok := side(lhs)
	rt, rd, rIsDelta, rok := side(rhs)
	if !lok || !rok {
		return nil
	}
	op = strings.TrimSpace(op)
	var out timestamp
	switch {
	case !lIsDelta && rIsDelta:
		out = lt
		if op == "+" {
			out.t = lt.t.Add(rd)
		} else {
			out.t = lt.t.Add(-rd)
		}
	case lIsDelta && !rIsDelta && op == "+":
		out = rt
		out.t = rt.t.Add(ld)
	default:
		return nil
	}
	if out.isDate {
		// date + timedelta keeps a date (only whole days count).
		return out.t.Format("2006-01-02")
	}
	s := out.t.Format("2006-01-02 15:04:05")
	if us := out.t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	return s
}

// parseTimeOfDay is typecast_time as microseconds since midnight.
func parseTimeOfDay(v sqlite3.Value) (int64, bool) {
	if v.Type() == sqlite3.NULL {
		return 0, false
	}
	t, err := time.Parse("15:04:05.999999", v.Text())
	if err != nil {
		return 0, false
	}
	return int64(t.Hour())*3600e6 + int64(t.Minute())*60e6 + int64(t.Second())*1e6 + int64(t.Nanosecond()/1000), true
}

// zoneNames are the zones whose offset never changes (the only ones
// ormfiddle knows, as engine/python's zoneinfo does).
var zoneNames = map[string]bool{
	"UTC": true, "Etc/UTC": true, "Etc/Universal": true, "Universal": true,
	"Etc/Zulu": true, "Zulu": true, "Etc/UCT": true, "UCT": true,
	"GMT": true, "Etc/GMT": true, "Etc/Greenwich": true, "Greenwich": true,
	"GMT0": true, "Etc/GMT0": true, "GMT+0": true, "GMT-0": true, "Etc/GMT+0": true, "Etc/GMT-0": true,
}

var tzOffsetRe = lazyre.New(`^(\d{1,2}):?(\d{2})?$`)

// zoned is the time zone step of _sqlite_datetime_parse: a datetime read
// in the connection's zone (conn, the name of a zone, or nil) moved to the
// zone tzname names: "UTC", or with an offset "UTC+02:00" (the name
// Django gives a fixed offset), which split_tzname_delta adds. A zone
// ZoneInfo cannot find is the function's exception.
func zoned(ts timestamp, tzname, conn any) (timestamp, error) {
	name, ok := tzname.(string)
	if !ok {
		return ts, nil
	}
	connName, _ := conn.(string)
	if connName != "" && !zoneNames[connName] {
		return ts, errUserFunction
	}
	if name == connName {
		return ts, nil
	}
	// split_tzname_delta: the last sign followed by an offset.
	for _, sign := range []string{"+", "-"} {
		i := strings.LastIndex(name, sign)
		if i < 0 {
			continue
		}
		m := tzOffsetRe().FindStringSubmatch(name[i+1:])
		if m == nil {
			continue
		}
		h, _ := strconv.Atoi(m[1])
		mi, _ := strconv.Atoi(m[2])
		d := time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute
		if sign == "-" {
			d = -d
		}
		ts.t = ts.t.Add(d)
		name = name[:i]
		break
	}
	if name == "" {
		name = connName
	}
	if !zoneNames[name] {
		return ts, errUserFunction
	}
	return ts, nil
}
