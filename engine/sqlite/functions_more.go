package sqlite

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"math"
	"strings"
	"time"

	"github.com/ncruces/go-sqlite3"
)

// registerDjangoMoreFunctions installs the rest of the functions Django's
// SQLite backend registers: the date truncations (Trunc*, dates(),
// datetimes()), the math functions and the text functions SQLite lacks
// (LPAD, RPAD, REPEAT, REVERSE, the hashes). A NULL argument gives NULL
// (none_guard).
func (c *Conn) registerDjangoMoreFunctions() error {
	fns := []struct {
		name string
		n    int
		fn   func(a []any) any
	}{
		{"django_date_trunc", 4, func(a []any) any { return dateTrunc(str(a[0]), a[1], false, a[2], a[3]) }},
		{"django_datetime_trunc", 4, func(a []any) any { return dateTrunc(str(a[0]), a[1], true, a[2], a[3]) }},
		{"django_time_trunc", 4, func(a []any) any { return timeTrunc(str(a[0]), a[1], a[2], a[3]) }},
		{"ACOS", 1, guard1(math.Acos)},
		{"ASIN", 1, guard1(math.Asin)},
		{"ATAN", 1, guard1(math.Atan)},
		{"ATAN2", 2, guard(func(a []any) any { return math.Atan2(num(a[0]), num(a[1])) })},
		{"CEILING", 1, guard(func(a []any) any { return int64(math.Ceil(num(a[0]))) })},
		{"COS", 1, guard1(math.Cos)},
		{"COT", 1, guard1(func(x float64) float64 { return 1 / math.Tan(x) })},
		{"DEGREES", 1, guard1(func(x float64) float64 { return x * 180 / math.Pi })},
		{"EXP", 1, guard1(math.Exp)},
		{"FLOOR", 1, guard(func(a []any) any { return int64(math.Floor(num(a[0]))) })},
		{"LN", 1, guard1(math.Log)},
		{"LOG", 2, guard(func(a []any) any { return math.Log(num(a[1])) / math.Log(num(a[0])) })},
		{"MOD", 2, guard(func(a []any) any { return math.Mod(num(a[0]), num(a[1])) })},
		{"PI", 0, func(a []any) any { return math.Pi }},
		{"RADIANS", 1, guard1(func(x float64) float64 { return x * math.Pi / 180 })},
		{"SIGN", 1, guard(func(a []any) any {
			x := num(a[0])
			switch {
			case x > 0:
				return int64(1)
			case x < 0:
				return int64(-1)
			}
			return int64(0)
		})},
		{"SIN", 1, guard1(math.Sin)},
		{"SQRT", 1, guard1(math.Sqrt)},
		{"TAN", 1, guard1(math.Tan)},
		{"LPAD", 3, guard(func(a []any) any { return pad(str(a[0]), int(num(a[1])), str(a[2]), true) })},
		{"RPAD", 3, guard(func(a []any) any { return pad(str(a[0]), int(num(a[1])), str(a[2]), false) })},
		{"REPEAT", 2, guard(func(a []any) any {
			n := int(num(a[1]))
			if n < 0 {
				n = 0
			}
			return strings.Repeat(str(a[0]), n)
		})},
		{"REVERSE", 1, guard(func(a []any) any {
			r := []rune(str(a[0]))
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		})},
		{"MD5", 1, hashFn(md5.New)},
		{"SHA1", 1, hashFn(sha1.New)},
		{"SHA224", 1, hashFn(sha256.New224)},
		{"SHA256", 1, hashFn(sha256.New)},
		{"SHA384", 1, hashFn(sha512.New384)},
		{"SHA512", 1, hashFn(sha512.New)},
	}
	for _, f := range fns {
		fn := f.fn
		err := c.db.CreateFunction(f.name, f.n, sqlite3.DETERMINISTIC, func(ctx sqlite3.Context, args ...sqlite3.Value) {
			vals := make([]any, len(args))
			for i, a := range args {
				vals[i] = pyValue(a)
			}
			switch r := fn(vals).(type) {
			case float64:
				ctx.ResultFloat(r)
			default:
				setResult(ctx, r)
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// pyValue is the Python value the sqlite3 module passes to a function.
func pyValue(v sqlite3.Value) any {
	switch v.Type() {
	case sqlite3.INTEGER:
		return v.Int64()
	case sqlite3.FLOAT:
		return v.Float()
	case sqlite3.TEXT:
		return v.Text()
	case sqlite3.BLOB:
		return string(v.RawBlob())
	}
	return nil
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil:
		return ""
	}
	return fmt.Sprint(v)
}

func num(v any) float64 {
	switch x := v.(type) {
	case int64:
		return float64(x)
	case float64:
		return x
	}
	return math.NaN()
}

// guard is none_guard: NULL in, NULL out.
func guard(fn func(a []any) any) func(a []any) any {
	return func(a []any) any {
		for _, x := range a {
			if x == nil {
				return nil
			}
		}
		return fn(a)
	}
}

func guard1(fn func(float64) float64) func(a []any) any {
	return guard(func(a []any) any { return fn(num(a[0])) })
}

func hashFn(h func() hash.Hash) func(a []any) any {
	return guard(func(a []any) any {
		x := h()
		x.Write([]byte(str(a[0])))
		return hex.EncodeToString(x.Sum(nil))
	})
}

// pad is _sqlite_lpad and _sqlite_rpad.
func pad(text string, length int, fill string, left bool) string {
	t := []rune(text)
	if length < 0 {
		length = 0
	}
	f := []rune(strings.Repeat(fill, length))
	if left {
		if len(t) >= length {
			return string(t[:length])
		}
		return string(f[:length-len(t)]) + text
	}
	all := append(t, f...)
	return string(all[:min(length, len(all))])
}

// parseDatetime is _sqlite_datetime_parse without time zones
// (typecast_timestamp): a date or a datetime.
func parseDatetime(v any) (time.Time, bool) {
	s, ok := v.(string)
	if !ok || s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{"2006-01-02 15:04:05.999999", "2006-01-02T15:04:05.999999", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// dateTrunc is _sqlite_date_trunc (a date text) and, with datetime,
// _sqlite_datetime_trunc (a datetime text).
func dateTrunc(kind string, v any, datetime bool, tzname, conn any) any {
	t, ok := parseDatetime(v)
	if !ok {
		return nil
	}
	ts, err := zoned(timestamp{t: t}, tzname, conn)
	if err != nil {
		return err
	}
	t = ts.t
	y, m, d := t.Date()
	var out string
	switch kind {
	case "year":
		out = fmt.Sprintf("%d-01-01", y)
	case "quarter":
		out = fmt.Sprintf("%d-%02d-01", y, int(m)-(int(m)-1)%3)
	case "month":
		out = fmt.Sprintf("%d-%02d-01", y, int(m))
	case "week":
		wd := (int(t.Weekday()) + 6) % 7
		w := t.AddDate(0, 0, -wd)
		out = fmt.Sprintf("%d-%02d-%02d", w.Year(), int(w.Month()), w.Day())
	case "day":
		out = fmt.Sprintf("%d-%02d-%02d", y, int(m), d)
	default:
		if !datetime {
			return nil
		}
		switch kind {
		case "hour":
			return fmt.Sprintf("%d-%02d-%02d %02d:00:00", y, int(m), d, t.Hour())
		case "minute":
			return fmt.Sprintf("%d-%02d-%02d %02d:%02d:00", y, int(m), d, t.Hour(), t.Minute())
		case "second":
			return fmt.Sprintf("%d-%02d-%02d %02d:%02d:%02d", y, int(m), d, t.Hour(), t.Minute(), t.Second())
		}
		return nil
	}
	if datetime {
		out += " 00:00:00"
	}
	return out
}

// timeTrunc is _sqlite_time_trunc: a datetime or a time text.
func timeTrunc(kind string, v any, tzname, conn any) any {
	t, ok := parseDatetime(v)
	if ok {
		ts, err := zoned(timestamp{t: t}, tzname, conn)
		if err != nil {
			return err
		}
		t = ts.t
	} else {
		s, isStr := v.(string)
		if !isStr {
			return nil
		}
		var err error
		if t, err = time.Parse("15:04:05.999999", s); err != nil {
			return nil
		}
	}
	switch kind {
	case "hour":
		return fmt.Sprintf("%02d:00:00", t.Hour())
	case "minute":
		return fmt.Sprintf("%02d:%02d:00", t.Hour(), t.Minute())
	case "second":
		return fmt.Sprintf("%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
	}
	return nil
}

// listAggregate is Django's list_aggregate(function) for STDDEV_POP,
// STDDEV_SAMP, VAR_POP and VAR_SAMP (the statistics module): the values
// collected, the statistic computed at the end; too few values is an
// error, as statistics raises one.
type listAggregate struct {
	vals   []float64
	null   bool
	sample bool
	stddev bool
}

func (a *listAggregate) Step(ctx sqlite3.Context, arg ...sqlite3.Value) {
	if arg[0].Type() == sqlite3.NULL {
		a.null = true
		return
	}
	a.vals = append(a.vals, arg[0].Float())
}

func (a *listAggregate) Value(ctx sqlite3.Context) {
	n := len(a.vals)
	if a.null || (a.sample && n < 2) || n < 1 {
		ctx.ResultError(fmt.Errorf("user-defined aggregate's 'finalize' method raised error"))
		return
	}
	mean := 0.0
	for _, v := range a.vals {
		mean += v
	}
	mean /= float64(n)
	ss := 0.0
	for _, v := range a.vals {
		ss += (v - mean) * (v - mean)
	}
	d := float64(n)
	if a.sample {
		d = float64(n - 1)
	}
	variance := ss / d
	if a.stddev {
		ctx.ResultFloat(math.Sqrt(variance))
		return
	}
	ctx.ResultFloat(variance)
}

func (c *Conn) registerStatistics() error {
	for _, s := range []struct {
		name           string
		sample, stddev bool
	}{{"STDDEV_POP", false, true}, {"STDDEV_SAMP", true, true}, {"VAR_POP", false, false}, {"VAR_SAMP", true, false}} {
		s := s
		if err := c.db.CreateWindowFunction(s.name, 1, 0, func() sqlite3.AggregateFunction {
			return &listAggregate{sample: s.sample, stddev: s.stddev}
		}); err != nil {
			return err
		}
	}
	return nil
}
