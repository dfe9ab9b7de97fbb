package python

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ormfiddle/ormfiddle/engine/internal/isoformat"
)

// The datetime module: date, datetime, time, timedelta and timezone (fixed
// offsets only), as immutable Go values with CPython's constructors,
// validation messages, reprs, arithmetic, comparisons and strftime.

// Date is datetime.date.
type Date struct {
	Year, Month, Day int
}

// DateTime is datetime.datetime; TZ is nil for a naive datetime.
type DateTime struct {
	Date
	Hour, Minute, Second, Microsecond int
	TZ                                *TimeZone
}

// Time is datetime.time; TZ is nil for a naive time.
type Time struct {
	Hour, Minute, Second, Microsecond int
	TZ                                *TimeZone
}

// TimeDelta is datetime.timedelta, normalized as Python does:
// 0 <= Seconds < 86400 and 0 <= Microseconds < 1000000.
type TimeDelta struct {
	Days, Seconds, Microseconds int64
}

// TimeZone is a tzinfo with a fixed offset from UTC: datetime.timezone
// (with an optional name), or, by Kind, zoneinfo.ZoneInfo for a zone
// whose offset never changes (ZoneInfo("UTC")) or pytz's UTC, the tzinfo
// Django 3.2 gives aware datetimes.
type TimeZone struct {
	Offset TimeDelta
	Name   string
	// Kind is the tzinfo class; Key the ZoneInfo's key ("UTC").
	Kind TZKind
	Key  string
}

// TZKind is the class of a TimeZone.
type TZKind uint8

const (
	// FixedOffsetTZ is datetime.timezone.
	FixedOffsetTZ TZKind = iota
	// ZoneInfoTZ is zoneinfo.ZoneInfo.
	ZoneInfoTZ
	// PytzTZ is pytz.utc (pytz.UTC's single instance).
	PytzTZ
)

// UTC is datetime.timezone.utc.
var UTC = &TimeZone{}

// The datetime module's classes.
var (
	DateClass      = newLibClass("date", "datetime")
	DateTimeClass  = newLibClass("datetime", "datetime")
	TimeClass      = newLibClass("time", "datetime")
	TimeDeltaClass = newLibClass("timedelta", "datetime")
	TzInfoClass    = newLibClass("tzinfo", "datetime")
	TimeZoneClass  = newLibClass("timezone", "datetime")
)

func init() {
	DateTimeClass.Bases = []*Class{DateClass}
	DateTimeClass.MRO = []*Class{DateTimeClass, DateClass, ObjectClass}
	TimeZoneClass.Bases = []*Class{TzInfoClass}
	TimeZoneClass.MRO = []*Class{TimeZoneClass, TzInfoClass, ObjectClass}
}

// ---- calendar helpers (proleptic Gregorian, as Python's datetime.py) ----

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

var daysInMonthTable = [...]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return daysInMonthTable[m]
}

func daysBeforeYear(y int) int {
	y--
	return y*365 + y/4 - y/100 + y/400
}

func daysBeforeMonth(y, m int) int {
	n := 0
	for i := 1; i < m; i++ {
		n += daysInMonthTable[i]
	}
	if m > 2 && isLeap(y) {
		n++
	}
	return n
}

func ymd2ord(y, m, d int) int { return daysBeforeYear(y) + daysBeforeMonth(y, m) + d }

func ord2ymd(n int) (int, int, int) {
	n--
	n400, n := n/146097, n%146097
	year := n400*400 + 1
	n100, n := n/36524, n%36524
	n4, n := n/1461, n%1461
	n1, n := n/365, n%365
	year += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return year - 1, 12, 31
	}
	// daysBeforeMonth uses isLeap(year), which is Python's
	// leapyear = n1 == 3 and (n4 != 24 or n100 == 3) here.
	month := (n + 50) >> 5
	preceding := daysBeforeMonth(year, month)
	if preceding > n {
		month--
		preceding = daysBeforeMonth(year, month)
	}
	return year, month, n - preceding + 1
}

const maxOrdinal = 3652059 // date(9999, 12, 31).toordinal()

// NewDate validates and returns a date, with CPython's error messages.
func NewDate(y, m, d int) (Date, error) {
	if y < 1 || y > 9999 {
		return Date{}, NewError(ValueError, "year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return Date{}, NewError(ValueError, "month must be in 1..12")
	}
	if d < 1 || d > daysInMonth(y, m) {
		return Date{}, NewError(ValueError, "day is out of range for month")
	}
	return Date{y, m, d}, nil
}

// NewDateTime validates and returns a datetime (tz nil for naive).
func NewDateTime(y, mo, d, h, mi, s, us int, tz *TimeZone) (DateTime, error) {
	date, err := NewDate(y, mo, d)
	if err != nil {
		return DateTime{}, err
	}
	if err := checkTime(h, mi, s, us); err != nil {
		return DateTime{}, err
	}
	return DateTime{date, h, mi, s, us, tz}, nil
}

func checkTime(h, mi, s, us int) error {
	switch {
	case h < 0 || h > 23:
		return NewError(ValueError, "hour must be in 0..23")
	case mi < 0 || mi > 59:
		return NewError(ValueError, "minute must be in 0..59")
	case s < 0 || s > 59:
		return NewError(ValueError, "second must be in 0..59")
	case us < 0 || us > 999999:
		return NewError(ValueError, "microsecond must be in 0..999999")
	}
	return nil
}

// DateTimeFromGo converts a time.Time; aware selects an aware datetime with
// the time's fixed offset (UTC for UTC), else a naive local datetime.
func DateTimeFromGo(t time.Time, aware bool) DateTime {
	dt := DateTime{Date{t.Year(), int(t.Month()), t.Day()}, t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1000, nil}
	if aware {
		_, off := t.Zone()
		if off == 0 {
			dt.TZ = UTC
		} else {
			dt.TZ = &TimeZone{Offset: makeTimeDelta(0, int64(off), 0)}
		}
	}
	return dt
}

// Go returns the datetime as a time.Time (naive datetimes are taken as UTC).
func (dt DateTime) Go() time.Time {
	loc := time.UTC
	if dt.TZ != nil && dt.TZ != UTC {
		loc = time.FixedZone(dt.TZ.name(), int(dt.TZ.Offset.totalMicro()/1e6))
	}
	return time.Date(dt.Year, time.Month(dt.Month), dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond*1000, loc)
}

// Time returns the thread's clock (Thread.Now, or time.Now).
func (th *Thread) Time() time.Time { return th.now() }

// ---- timedelta ----

func makeTimeDelta(days, seconds, micro int64) TimeDelta {
	// normalize
	s := seconds + micro/1000000
	micro %= 1000000
	if micro < 0 {
		micro += 1000000
		s--
	}
	d := days + s/86400
	s %= 86400
	if s < 0 {
		s += 86400
		d--
	}
	return TimeDelta{d, s, micro}
}

func timeDeltaFromMicro(us int64) TimeDelta { return makeTimeDelta(0, 0, us) }

func (td TimeDelta) totalMicro() int64 {
	return (td.Days*86400+td.Seconds)*1000000 + td.Microseconds
}

func (td TimeDelta) check() (TimeDelta, error) {
	if td.Days > 999999999 || td.Days < -999999999 {
		return td, NewError(OverflowError, "days=%d; must have magnitude <= 999999999", td.Days)
	}
	return td, nil
}

// Type returns "datetime.timedelta".
func (TimeDelta) Type() string { return "datetime.timedelta" }

// Class returns datetime.timedelta.
func (TimeDelta) Class() *Class { return TimeDeltaClass }

// Duration converts to a time.Duration (saturating).
func (td TimeDelta) Duration() time.Duration {
	return time.Duration(td.totalMicro()) * time.Microsecond
}

// Repr renders datetime.timedelta(days=1, seconds=5).
func (td TimeDelta) Repr(th *Thread) (string, error) {
	var parts []string
	if td.Days != 0 {
		parts = append(parts, fmt.Sprintf("days=%d", td.Days))
	}
	if td.Seconds != 0 {
		parts = append(parts, fmt.Sprintf("seconds=%d", td.Seconds))
	}
	if td.Microseconds != 0 {
		parts = append(parts, fmt.Sprintf("microseconds=%d", td.Microseconds))
	}
	if parts == nil {
		return "datetime.timedelta(0)", nil
	}
	return "datetime.timedelta(" + strings.Join(parts, ", ") + ")", nil
}

// Str renders [D day[s], ]H:MM:SS[.ffffff].
func (td TimeDelta) Str(th *Thread) (string, error) { return td.String(), nil }

// String renders [D day[s], ]H:MM:SS[.ffffff].
func (td TimeDelta) String() string {
	m, s := td.Seconds/60, td.Seconds%60
	h, m := m/60, m%60
	r := fmt.Sprintf("%d:%02d:%02d", h, m, s)
	if td.Days != 0 {
		plural := ""
		if td.Days != 1 && td.Days != -1 {
			plural = "s"
		}
		r = fmt.Sprintf("%d day%s, %s", td.Days, plural, r)
	}
	if td.Microseconds != 0 {
		r += fmt.Sprintf(".%06d", td.Microseconds)
	}
	return r
}

// Truth is false for a zero timedelta.
func (td TimeDelta) Truth(th *Thread) (bool, error) { return td != TimeDelta{}, nil }

// Hash hashes the normalized fields.
func (td TimeDelta) Hash(th *Thread) (uint64, error) {
	return Hash(th, Tuple{MakeInt(td.Days), MakeInt(td.Seconds), MakeInt(td.Microseconds)})
}

// Attr exposes days, seconds, microseconds and the methods.
func (td TimeDelta) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "days":
		return MakeInt(td.Days), nil
	case "seconds":
		return MakeInt(td.Seconds), nil
	case "microseconds":
		return MakeInt(td.Microseconds), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (td TimeDelta) AttrNames() []string {
	return []string{"days", "seconds", "microseconds", "total_seconds"}
}

// Compare orders timedeltas.
func (td TimeDelta) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	o, ok := y.(TimeDelta)
	if !ok {
		return NotImplemented, nil
	}
	a, b := td.totalMicro(), o.totalMicro()
	c := 0
	if a < b {
		c = -1
	} else if a > b {
		c = 1
	}
	return Bool(cmpInts(op, c, 0)), nil
}

// Unary implements -td and +td.
func (td TimeDelta) Unary(th *Thread, op UnaryOp) (Value, error) {
	switch op {
	case UMinus:
		return timeDeltaFromMicro(-td.totalMicro()).check()
	case UPlus:
		return td, nil
	}
	return NotImplemented, nil
}

// Binary implements timedelta arithmetic.
func (td TimeDelta) Binary(th *Thread, op BinaryOp, y Value, side Side) (Value, error) {
	switch o := y.(type) {
	case TimeDelta:
		a, b := td.totalMicro(), o.totalMicro()
		if side == Right {
			a, b = b, a
		}
		switch op {
		case Plus:
			return timeDeltaFromMicro(a + b).check()
		case Minus:
			return timeDeltaFromMicro(a - b).check()
		case Slash:
			if b == 0 {
				return nil, NewError(ZeroDivisionError, "division by zero")
			}
			return Float(float64(a) / float64(b)), nil
		case SlashSlash:
			if b == 0 {
				return nil, NewError(ZeroDivisionError, "integer division or modulo by zero")
			}
			q, _ := MakeInt(a).floorDivMod(MakeInt(b))
			return q, nil
		case Percent:
			if b == 0 {
				return nil, NewError(ZeroDivisionError, "integer division or modulo by zero")
			}
			_, r := MakeInt(a).floorDivMod(MakeInt(b))
			rv, _ := r.Int64()
			return timeDeltaFromMicro(rv), nil
		}
	case Int, Bool:
		n, _ := AsInt64(o)
		us := td.totalMicro()
		switch {
		case op == Star:
			return timeDeltaFromMicro(us * n).check()
		case op == SlashSlash && side == Left:
			if n == 0 {
				return nil, NewError(ZeroDivisionError, "integer division or modulo by zero")
			}
			q, _ := MakeInt(us).floorDivMod(MakeInt(n))
			qv, _ := q.Int64()
			return timeDeltaFromMicro(qv), nil
		case op == Slash && side == Left:
			if n == 0 {
				return nil, NewError(ZeroDivisionError, "division by zero")
			}
			return timeDeltaFromMicro(int64(math.RoundToEven(float64(us) / float64(n)))), nil
		}
	case Float:
		us := float64(td.totalMicro())
		switch {
		case op == Star:
			return timeDeltaFromMicro(int64(math.RoundToEven(us * float64(o)))).check()
		case op == Slash && side == Left:
			if o == 0 {
				return nil, NewError(ZeroDivisionError, "division by zero")
			}
			return timeDeltaFromMicro(int64(math.RoundToEven(us / float64(o)))).check()
		}
	}
	return NotImplemented, nil
}

// ---- timezone ----

// Type returns "datetime.timezone", "zoneinfo.ZoneInfo" or "UTC" (pytz).
func (tz *TimeZone) Type() string {
	switch tz.Kind {
	case ZoneInfoTZ:
		return "zoneinfo.ZoneInfo"
	case PytzTZ:
		return "UTC"
	}
	return "datetime.timezone"
}

// Class returns datetime.timezone, zoneinfo.ZoneInfo or pytz.UTC.
func (tz *TimeZone) Class() *Class {
	switch tz.Kind {
	case ZoneInfoTZ:
		return ZoneInfoClass
	case PytzTZ:
		return PytzUTCClass
	}
	return TimeZoneClass
}

// name is tzname(): the name given, "UTC", or "UTC+01:00".
func (tz *TimeZone) name() string {
	if tz.Kind == ZoneInfoTZ {
		return zoneInfoNames[tz.Key]
	}
	if tz.Name != "" {
		return tz.Name
	}
	if tz.Offset == (TimeDelta{}) {
		return "UTC"
	}
	return "UTC" + formatOffset(tz.Offset, ":")
}

func formatOffset(off TimeDelta, sep string) string {
	us := off.totalMicro()
	sign := "+"
	if us < 0 {
		sign = "-"
		us = -us
	}
	s := us / 1000000
	r := fmt.Sprintf("%s%02d%s%02d", sign, s/3600, sep, (s/60)%60)
	if s%60 != 0 || us%1000000 != 0 {
		r += fmt.Sprintf("%s%02d", sep, s%60)
		if us%1000000 != 0 {
			r += fmt.Sprintf(".%06d", us%1000000)
		}
	}
	return r
}

// Repr renders datetime.timezone.utc, datetime.timezone(datetime.timedelta(...)),
// zoneinfo.ZoneInfo(key='UTC') or <UTC>.
func (tz *TimeZone) Repr(th *Thread) (string, error) {
	switch tz.Kind {
	case ZoneInfoTZ:
		return "zoneinfo.ZoneInfo(key=" + strRepr(tz.Key) + ")", nil
	case PytzTZ:
		return "<UTC>", nil
	}
	if tz.Offset == (TimeDelta{}) && tz.Name == "" {
		return "datetime.timezone.utc", nil
	}
	r, _ := tz.Offset.Repr(th)
	if tz.Name != "" {
		return "datetime.timezone(" + r + ", " + strRepr(tz.Name) + ")", nil
	}
	return "datetime.timezone(" + r + ")", nil
}

// Str renders UTC or UTC+01:00 (a ZoneInfo's key).
func (tz *TimeZone) Str(th *Thread) (string, error) {
	if tz.Kind == ZoneInfoTZ {
		return tz.Key, nil
	}
	return tz.name(), nil
}

// Compare compares the offsets of two datetime.timezone; a ZoneInfo
// equals the ZoneInfo of the same key (ZoneInfo caches them), pytz's UTC
// only itself.
func (tz *TimeZone) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	o, ok := y.(*TimeZone)
	if !ok || (op != EQ && op != NE) || o.Kind != tz.Kind {
		return NotImplemented, nil
	}
	eq := tz.Offset == o.Offset
	if tz.Kind != FixedOffsetTZ {
		eq = tz.Key == o.Key
	}
	return Bool(eq == (op == EQ)), nil
}

// Hash hashes the offset.
func (tz *TimeZone) Hash(th *Thread) (uint64, error) { return tz.Offset.Hash(th) }

// ---- date ----

// Type returns "datetime.date".
func (Date) Type() string { return "datetime.date" }

// Class returns datetime.date.
func (Date) Class() *Class { return DateClass }

// Ordinal returns the proleptic Gregorian ordinal (1 for 0001-01-01).
func (d Date) Ordinal() int { return ymd2ord(d.Year, d.Month, d.Day) }

func dateFromOrdinal(n int) (Date, error) {
	if n < 1 || n > maxOrdinal {
		return Date{}, NewError(OverflowError, "date value out of range")
	}
	y, m, d := ord2ymd(n)
	return Date{y, m, d}, nil
}

// String renders YYYY-MM-DD.
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// Repr renders datetime.date(2005, 7, 27).
func (d Date) Repr(th *Thread) (string, error) {
	return fmt.Sprintf("datetime.date(%d, %d, %d)", d.Year, d.Month, d.Day), nil
}

// Str renders the ISO date.
func (d Date) Str(th *Thread) (string, error) { return d.String(), nil }

// Hash hashes the fields.
func (d Date) Hash(th *Thread) (uint64, error) { return uint64(d.Ordinal()) * 0x9E3779B97F4A7C15, nil }

// Weekday returns Monday=0 ... Sunday=6.
func (d Date) Weekday() int { return (d.Ordinal() + 6) % 7 }

// Attr exposes year, month, day.
func (d Date) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "year":
		return MakeInt(int64(d.Year)), nil
	case "month":
		return MakeInt(int64(d.Month)), nil
	case "day":
		return MakeInt(int64(d.Day)), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (d Date) AttrNames() []string { return []string{"year", "month", "day"} }

// Compare orders dates (a date never equals a datetime).
func (d Date) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	switch o := y.(type) {
	case Date:
		return Bool(cmpInts(op, d.Ordinal(), o.Ordinal())), nil
	case DateTime:
		if op == EQ || op == NE {
			return Bool(op == NE), nil
		}
		return nil, NewError(TypeError, "can't compare datetime.date to datetime.datetime")
	}
	return NotImplemented, nil
}

// Binary implements date ± timedelta and date - date.
func (d Date) Binary(th *Thread, op BinaryOp, y Value, side Side) (Value, error) {
	switch o := y.(type) {
	case TimeDelta:
		switch {
		case op == Plus:
			return dateFromOrdinal(d.Ordinal() + int(o.Days))
		case op == Minus && side == Left:
			return dateFromOrdinal(d.Ordinal() - int(o.Days))
		}
	case Date:
		if op == Minus {
			a, b := d.Ordinal(), o.Ordinal()
			if side == Right {
				a, b = b, a
			}
			return makeTimeDelta(int64(a-b), 0, 0), nil
		}
	}
	return NotImplemented, nil
}

// Format implements format(d, spec): strftime(spec), or str(d) when empty.
func (d Date) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return d.String(), nil
	}
	return strftime(DateTime{Date: d}, spec, false)
}

// ---- datetime ----

// Type returns "datetime.datetime".
func (DateTime) Type() string { return "datetime.datetime" }

// Class returns datetime.datetime.
func (DateTime) Class() *Class { return DateTimeClass }

func (dt DateTime) micro() int64 {
	return (int64(dt.Ordinal())*86400+int64(dt.Hour*3600+dt.Minute*60+dt.Second))*1000000 + int64(dt.Microsecond)
}

func dateTimeFromMicro(us int64, tz *TimeZone) (DateTime, error) {
	days := us / 86400000000
	rem := us % 86400000000
	if rem < 0 {
		rem += 86400000000
		days--
	}
	d, err := dateFromOrdinal(int(days))
	if err != nil {
		return DateTime{}, err
	}
	s := rem / 1000000
	return DateTime{d, int(s / 3600), int(s / 60 % 60), int(s % 60), int(rem % 1000000), tz}, nil
}

// utcMicro returns the instant in microseconds, adjusting aware values to UTC.
func (dt DateTime) utcMicro() int64 {
	us := dt.micro()
	if dt.TZ != nil {
		us -= dt.TZ.Offset.totalMicro()
	}
	return us
}

// String renders YYYY-MM-DD HH:MM:SS[.ffffff][+HH:MM].
func (dt DateTime) String() string { return dt.isoformat(" ", "auto") }

func (dt DateTime) isoformat(sep, timespec string) string {
	return dt.Date.String() + sep + Time{dt.Hour, dt.Minute, dt.Second, dt.Microsecond, dt.TZ}.isoformat(timespec)
}

// Repr renders datetime.datetime(2020, 1, 1, 12, 0).
func (dt DateTime) Repr(th *Thread) (string, error) {
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute)
	if dt.Second != 0 || dt.Microsecond != 0 {
		s += fmt.Sprintf(", %d", dt.Second)
	}
	if dt.Microsecond != 0 {
		s += fmt.Sprintf(", %d", dt.Microsecond)
	}
	if dt.TZ != nil {
		r, _ := dt.TZ.Repr(th)
		s += ", tzinfo=" + r
	}
	return s + ")", nil
}

// Str renders the ISO form with a space separator.
func (dt DateTime) Str(th *Thread) (string, error) { return dt.String(), nil }

// Hash is consistent with equality (aware values by instant).
func (dt DateTime) Hash(th *Thread) (uint64, error) {
	return MakeInt(dt.utcMicro()).hash(), nil
}

// Attr exposes the fields.
func (dt DateTime) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "hour":
		return MakeInt(int64(dt.Hour)), nil
	case "minute":
		return MakeInt(int64(dt.Minute)), nil
	case "second":
		return MakeInt(int64(dt.Second)), nil
	case "microsecond":
		return MakeInt(int64(dt.Microsecond)), nil
	case "tzinfo":
		if dt.TZ == nil {
			return None, nil
		}
		return dt.TZ, nil
	case "fold":
		return MakeInt(0), nil
	}
	return dt.Date.Attr(th, name)
}

// AttrNames lists the attributes.
func (dt DateTime) AttrNames() []string {
	return append(dt.Date.AttrNames(), "hour", "minute", "second", "microsecond", "tzinfo")
}

// Compare orders datetimes; naive and aware values are never equal and
// cannot be ordered.
func (dt DateTime) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	switch o := y.(type) {
	case DateTime:
		if (dt.TZ == nil) != (o.TZ == nil) {
			if op == EQ || op == NE {
				return Bool(op == NE), nil
			}
			return nil, NewError(TypeError, "can't compare offset-naive and offset-aware datetimes")
		}
		a, b := dt.utcMicro(), o.utcMicro()
		c := 0
		if a < b {
			c = -1
		} else if a > b {
			c = 1
		}
		return Bool(cmpInts(op, c, 0)), nil
	case Date:
		if op == EQ || op == NE {
			return Bool(op == NE), nil
		}
		return nil, NewError(TypeError, "can't compare datetime.datetime to datetime.date")
	}
	return NotImplemented, nil
}

// Binary implements datetime ± timedelta and datetime - datetime.
func (dt DateTime) Binary(th *Thread, op BinaryOp, y Value, side Side) (Value, error) {
	switch o := y.(type) {
	case TimeDelta:
		switch {
		case op == Plus:
			return dateTimeFromMicro(dt.micro()+o.totalMicro(), dt.TZ)
		case op == Minus && side == Left:
			return dateTimeFromMicro(dt.micro()-o.totalMicro(), dt.TZ)
		}
	case DateTime:
		if op == Minus {
			if (dt.TZ == nil) != (o.TZ == nil) {
				return nil, NewError(TypeError, "can't subtract offset-naive and offset-aware datetimes")
			}
			a, b := dt.utcMicro(), o.utcMicro()
			if side == Right {
				a, b = b, a
			}
			return timeDeltaFromMicro(a - b), nil
		}
	case Date:
		return NotImplemented, nil
	}
	return NotImplemented, nil
}

// Format implements format(dt, spec): strftime(spec), or str(dt).
func (dt DateTime) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return dt.String(), nil
	}
	return strftime(dt, spec, true)
}

// ---- time ----

// Type returns "datetime.time".
func (Time) Type() string { return "datetime.time" }

// Class returns datetime.time.
func (Time) Class() *Class { return TimeClass }

func (t Time) isoformat(timespec string) string {
	var s string
	switch timespec {
	case "hours":
		s = fmt.Sprintf("%02d", t.Hour)
	case "minutes":
		s = fmt.Sprintf("%02d:%02d", t.Hour, t.Minute)
	case "seconds":
		s = fmt.Sprintf("%02d:%02d:%02d", t.Hour, t.Minute, t.Second)
	case "milliseconds":
		s = fmt.Sprintf("%02d:%02d:%02d.%03d", t.Hour, t.Minute, t.Second, t.Microsecond/1000)
	case "microseconds":
		s = fmt.Sprintf("%02d:%02d:%02d.%06d", t.Hour, t.Minute, t.Second, t.Microsecond)
	default:
		s = fmt.Sprintf("%02d:%02d:%02d", t.Hour, t.Minute, t.Second)
		if t.Microsecond != 0 {
			s += fmt.Sprintf(".%06d", t.Microsecond)
		}
	}
	if t.TZ != nil {
		s += formatOffset(t.TZ.Offset, ":")
	}
	return s
}

// String renders HH:MM:SS[.ffffff][+HH:MM].
func (t Time) String() string { return t.isoformat("auto") }

// Repr renders datetime.time(12, 0).
func (t Time) Repr(th *Thread) (string, error) {
	s := fmt.Sprintf("datetime.time(%d, %d", t.Hour, t.Minute)
	if t.Second != 0 || t.Microsecond != 0 {
		s += fmt.Sprintf(", %d", t.Second)
	}
	if t.Microsecond != 0 {
		s += fmt.Sprintf(", %d", t.Microsecond)
	}
	if t.TZ != nil {
		r, _ := t.TZ.Repr(th)
		s += ", tzinfo=" + r
	}
	return s + ")", nil
}

// Str renders the ISO time.
func (t Time) Str(th *Thread) (string, error) { return t.String(), nil }

func (t Time) micro() int64 {
	return int64(t.Hour*3600+t.Minute*60+t.Second)*1000000 + int64(t.Microsecond)
}

// Hash hashes the fields.
func (t Time) Hash(th *Thread) (uint64, error) { return MakeInt(t.micro()).hash(), nil }

// Truth: every time is true (Python 3.5+).
func (t Time) Truth(th *Thread) (bool, error) { return true, nil }

// Attr exposes the fields.
func (t Time) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "hour":
		return MakeInt(int64(t.Hour)), nil
	case "minute":
		return MakeInt(int64(t.Minute)), nil
	case "second":
		return MakeInt(int64(t.Second)), nil
	case "microsecond":
		return MakeInt(int64(t.Microsecond)), nil
	case "tzinfo":
		if t.TZ == nil {
			return None, nil
		}
		return t.TZ, nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (t Time) AttrNames() []string {
	return []string{"hour", "minute", "second", "microsecond", "tzinfo"}
}

// Compare orders times.
func (t Time) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	o, ok := y.(Time)
	if !ok {
		return NotImplemented, nil
	}
	if (t.TZ == nil) != (o.TZ == nil) {
		if op == EQ || op == NE {
			return Bool(op == NE), nil
		}
		return nil, NewError(TypeError, "can't compare offset-naive and offset-aware times")
	}
	a, b := t.micro(), o.micro()
	if t.TZ != nil {
		a -= t.TZ.Offset.totalMicro()
		b -= o.TZ.Offset.totalMicro()
	}
	c := 0
	if a < b {
		c = -1
	} else if a > b {
		c = 1
	}
	return Bool(cmpInts(op, c, 0)), nil
}

// Format implements format(t, spec).
func (t Time) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return t.String(), nil
	}
	return strftime(DateTime{Date{1900, 1, 1}, t.Hour, t.Minute, t.Second, t.Microsecond, t.TZ}, spec, true)
}

// ---- strftime / strptime ----

var weekdayNames = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func strftime(dt DateTime, format string, hasTime bool) (string, error) {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		wd := dt.Weekday()
		yday := dt.Ordinal() - ymd2ord(dt.Year, 1, 1) + 1
		switch format[i] {
		case 'a':
			b.WriteString(weekdayNames[wd][:3])
		case 'A':
			b.WriteString(weekdayNames[wd])
		case 'w':
			b.WriteString(strconv.Itoa((wd + 1) % 7))
		case 'u':
			b.WriteString(strconv.Itoa(wd + 1))
		case 'd':
			fmt.Fprintf(&b, "%02d", dt.Day)
		case 'e':
			fmt.Fprintf(&b, "%2d", dt.Day)
		case 'b', 'h':
			b.WriteString(monthNames[dt.Month][:3])
		case 'B':
			b.WriteString(monthNames[dt.Month])
		case 'm':
			fmt.Fprintf(&b, "%02d", dt.Month)
		case 'y':
			fmt.Fprintf(&b, "%02d", dt.Year%100)
		case 'Y':
			fmt.Fprintf(&b, "%d", dt.Year)
		case 'H':
			fmt.Fprintf(&b, "%02d", dt.Hour)
		case 'I':
			h := dt.Hour % 12
			if h == 0 {
				h = 12
			}
			fmt.Fprintf(&b, "%02d", h)
		case 'p':
			if dt.Hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'M':
			fmt.Fprintf(&b, "%02d", dt.Minute)
		case 'S':
			fmt.Fprintf(&b, "%02d", dt.Second)
		case 'f':
			fmt.Fprintf(&b, "%06d", dt.Microsecond)
		case 'z':
			if dt.TZ != nil {
				b.WriteString(formatOffset(dt.TZ.Offset, ""))
			}
		case 'Z':
			if dt.TZ != nil {
				b.WriteString(dt.TZ.name())
			}
		case 'j':
			fmt.Fprintf(&b, "%03d", yday)
		case 'U':
			fmt.Fprintf(&b, "%02d", (yday+6-(wd+1)%7)/7)
		case 'W':
			fmt.Fprintf(&b, "%02d", (yday+6-wd)/7)
		case 'G', 'V':
			y, w, _ := isoCalendar(dt.Date)
			if format[i] == 'G' {
				fmt.Fprintf(&b, "%d", y)
			} else {
				fmt.Fprintf(&b, "%02d", w)
			}
		case 'c':
			fmt.Fprintf(&b, "%s %s %2d %02d:%02d:%02d %d", weekdayNames[wd][:3], monthNames[dt.Month][:3], dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Year)
		case 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", dt.Month, dt.Day, dt.Year%100)
		case 'X':
			fmt.Fprintf(&b, "%02d:%02d:%02d", dt.Hour, dt.Minute, dt.Second)
		case 'D':
			fmt.Fprintf(&b, "%02d/%02d/%02d", dt.Month, dt.Day, dt.Year%100)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", dt.Year, dt.Month, dt.Day)
		case 'T':
			fmt.Fprintf(&b, "%02d:%02d:%02d", dt.Hour, dt.Minute, dt.Second)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String(), nil
}

func isoCalendar(d Date) (year, week, weekday int) {
	year = d.Year
	week1 := isoWeek1Monday(year)
	today := d.Ordinal()
	week = (today - week1) / 7
	if today < week1 {
		year--
		week1 = isoWeek1Monday(year)
		week = (today - week1) / 7
	} else if week >= 52 && today >= isoWeek1Monday(year+1) {
		year++
		week = 0
		week1 = isoWeek1Monday(year)
		week = (today - week1) / 7
	}
	return year, week + 1, d.Weekday() + 1
}

func isoWeek1Monday(year int) int {
	first := ymd2ord(year, 1, 1)
	wd := (first + 6) % 7
	monday := first - wd
	if wd > 3 {
		monday += 7
	}
	return monday
}

// strptime parses the common directives (%Y %m %d %H %M %S %f %y %b %B %p
// %I %j %z %%).
func strptime(s, format string) (DateTime, error) {
	y, mo, d, h, mi, sec, us := 1900, 1, 1, 0, 0, 0, 0
	pm := -1
	var tz *TimeZone
	fail := func() (DateTime, error) {
		return DateTime{}, NewError(ValueError, "time data %s does not match format %s", strRepr(s), strRepr(format))
	}
	num := func(i *int, max int) (int, bool) {
		j := *i
		for j < len(s) && j-*i < max && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == *i {
			return 0, false
		}
		n, _ := strconv.Atoi(s[*i:j])
		*i = j
		return n, true
	}
	i := 0
	for k := 0; k < len(format); k++ {
		c := format[k]
		if c != '%' {
			if c == ' ' {
				for i < len(s) && s[i] == ' ' {
					i++
				}
				continue
			}
			if i >= len(s) || s[i] != c {
				return fail()
			}
			i++
			continue
		}
		k++
		if k >= len(format) {
			return fail()
		}
		var ok bool
		switch format[k] {
		case 'Y':
			y, ok = num(&i, 4)
		case 'y':
			y, ok = num(&i, 2)
			if y < 69 {
				y += 2000
			} else {
				y += 1900
			}
		case 'm':
			mo, ok = num(&i, 2)
		case 'd':
			d, ok = num(&i, 2)
		case 'H':
			h, ok = num(&i, 2)
		case 'I':
			h, ok = num(&i, 2)
		case 'M':
			mi, ok = num(&i, 2)
		case 'S':
			sec, ok = num(&i, 2)
		case 'f':
			start := i
			us, ok = num(&i, 6)
			for n := i - start; n < 6; n++ {
				us *= 10
			}
		case 'j':
			var yd int
			yd, ok = num(&i, 3)
			if ok {
				dd, _ := dateFromOrdinal(ymd2ord(y, 1, 1) + yd - 1)
				mo, d = dd.Month, dd.Day
			}
		case 'p':
			if i+2 <= len(s) {
				switch strings.ToUpper(s[i : i+2]) {
				case "AM":
					pm, ok = 0, true
				case "PM":
					pm, ok = 1, true
				}
				i += 2
			}
		case 'b', 'B':
			for m := 1; m <= 12; m++ {
				name := monthNames[m]
				if strings.HasPrefix(strings.ToLower(s[i:]), strings.ToLower(name)) {
					mo, ok = m, true
					i += len(name)
					break
				}
				if strings.HasPrefix(strings.ToLower(s[i:]), strings.ToLower(name[:3])) {
					mo, ok = m, true
					i += 3
					break
				}
			}
		case 'z':
			if i < len(s) && (s[i] == '+' || s[i] == '-' || s[i] == 'Z') {
				if s[i] == 'Z' {
					tz, ok = UTC, true
					i++
					break
				}
				sign := int64(1)
				if s[i] == '-' {
					sign = -1
				}
				i++
				hh, ok1 := num(&i, 2)
				if i < len(s) && s[i] == ':' {
					i++
				}
				mm, ok2 := num(&i, 2)
				if ok1 && ok2 {
					ok = true
					off := makeTimeDelta(0, sign*int64(hh*3600+mm*60), 0)
					if off == (TimeDelta{}) {
						tz = UTC
					} else {
						tz = &TimeZone{Offset: off}
					}
				}
			}
		case '%':
			ok = i < len(s) && s[i] == '%'
			i++
		default:
			return DateTime{}, NewError(ValueError, "'%c' is a bad directive in format %s", format[k], strRepr(format))
		}
		if !ok {
			return fail()
		}
	}
	if i != len(s) {
		return DateTime{}, NewError(ValueError, "unconverted data remains: %s", s[i:])
	}
	if pm >= 0 {
		h %= 12
		if pm == 1 {
			h += 12
		}
	}
	return NewDateTime(y, mo, d, h, mi, sec, us, tz)
}

// isoError is fromisoformat's ValueError: "Invalid isoformat string:
// '...'", or the constructor's range error.
func isoError(s string, err error) error {
	if r, ok := err.(isoformat.RangeError); ok {
		return NewError(ValueError, "%s", string(r))
	}
	return NewError(ValueError, "Invalid isoformat string: %s", strRepr(s))
}

// isoZone is the tzinfo of a parsed offset: nil, datetime.timezone.utc,
// or an unnamed datetime.timezone.
func isoZone(c isoformat.Clock) *TimeZone {
	switch {
	case !c.Zone:
		return nil
	case c.UTC:
		return UTC
	}
	return &TimeZone{Offset: makeTimeDelta(0, int64(c.Offset), int64(c.OffsetMicro))}
}

// ---- Python-visible constructors and methods ----

func intArgs(name string, args Tuple, kwargs []Kwarg, names []string, defaults []int, required int) ([]int, Value, error) {
	vals := append([]int(nil), defaults...)
	set := make([]bool, len(names))
	var tz Value = None
	if len(args) > len(names)+1 {
		return nil, nil, NewError(TypeError, "%s() takes at most %d arguments (%d given)", name, len(names)+1, len(args))
	}
	assign := func(i int, v Value) error {
		n, err := AsInt64(v)
		if err != nil {
			if _, ok := v.(Float); ok {
				return NewError(TypeError, "'float' object cannot be interpreted as an integer")
			}
			return NewError(TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
		}
		vals[i] = int(n)
		set[i] = true
		return nil
	}
	for i, a := range args {
		if i == len(names) {
			tz = a
			continue
		}
		if err := assign(i, a); err != nil {
			return nil, nil, err
		}
	}
kw:
	for _, k := range kwargs {
		if k.Name == "tzinfo" {
			tz = k.Value
			continue
		}
		for i, n := range names {
			if n == k.Name {
				if set[i] {
					return nil, nil, NewError(TypeError, "argument for %s() given by name ('%s') and position (%d)", name, n, i+1)
				}
				if err := assign(i, k.Value); err != nil {
					return nil, nil, err
				}
				continue kw
			}
		}
		return nil, nil, NewError(TypeError, "'%s' is an invalid keyword argument for %s()", k.Name, name)
	}
	for i := 0; i < required; i++ {
		if !set[i] {
			return nil, nil, NewError(TypeError, "function missing required argument '%s' (pos %d)", names[i], i+1)
		}
	}
	return vals, tz, nil
}

func asTZ(v Value) (*TimeZone, error) {
	switch t := v.(type) {
	case NoneType:
		return nil, nil
	case *TimeZone:
		return t, nil
	}
	return nil, NewError(TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", v.Type())
}

func dtMethod(name string, fn func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error)) methodFunc {
	return func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if len(args) > 0 {
			switch x := args[0].(type) {
			case DateTime:
				return fn(th, x, false, args[1:], kwargs)
			case Date:
				return fn(th, DateTime{Date: x}, true, args[1:], kwargs)
			}
		}
		return nil, NewError(TypeError, "descriptor '%s' requires a 'datetime.date' object", name)
	}
}

func classMethod(name string, fn func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error)) *ClassMethod {
	return &ClassMethod{Func: NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		cls, _ := args[0].(*Class)
		return fn(th, cls, args[1:], kwargs)
	})}
}

func localNow(th *Thread) DateTime { return DateTimeFromGo(th.now(), false) }

func init() {
	DateClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		v, _, err := intArgs("date", args, kwargs, []string{"year", "month", "day"}, []int{0, 0, 0}, 3)
		if err != nil {
			return nil, err
		}
		if len(args) > 3 {
			return nil, NewError(TypeError, "date() takes at most 3 arguments (%d given)", len(args))
		}
		return NewDate(v[0], v[1], v[2])
	}
	DateTimeClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		v, tzv, err := intArgs("datetime", args, kwargs, []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}, []int{0, 0, 0, 0, 0, 0, 0}, 3)
		if err != nil {
			return nil, err
		}
		tz, err := asTZ(tzv)
		if err != nil {
			return nil, err
		}
		return NewDateTime(v[0], v[1], v[2], v[3], v[4], v[5], v[6], tz)
	}
	TimeClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		v, tzv, err := intArgs("time", args, kwargs, []string{"hour", "minute", "second", "microsecond"}, []int{0, 0, 0, 0}, 0)
		if err != nil {
			return nil, err
		}
		tz, err := asTZ(tzv)
		if err != nil {
			return nil, err
		}
		if err := checkTime(v[0], v[1], v[2], v[3]); err != nil {
			return nil, err
		}
		return Time{v[0], v[1], v[2], v[3], tz}, nil
	}
	TimeDeltaClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		names := []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
		factors := []float64{86400e6, 1e6, 1, 1e3, 60e6, 3600e6, 7 * 86400e6}
		vals := make([]Value, len(names))
		if len(args) > len(names) {
			return nil, NewError(TypeError, "timedelta() takes at most 7 arguments (%d given)", len(args))
		}
		copy(vals, args)
	kw:
		for _, k := range kwargs {
			for i, n := range names {
				if n == k.Name {
					vals[i] = k.Value
					continue kw
				}
			}
			return nil, NewError(TypeError, "'%s' is an invalid keyword argument for __new__()", k.Name)
		}
		total := new(big.Int)
		var ftotal float64
		useFloat := false
		for i, v := range vals {
			if v == nil {
				continue
			}
			switch x := v.(type) {
			case Int, Bool:
				n, _ := asInt(x)
				total.Add(total, new(big.Int).Mul(n.bigView(), big.NewInt(int64(factors[i]))))
			case Float:
				useFloat = true
				ftotal += float64(x) * factors[i]
			default:
				return nil, NewError(TypeError, "unsupported type for timedelta %s component: %s", names[i], v.Type())
			}
		}
		if useFloat {
			if math.IsInf(ftotal, 0) || math.IsNaN(ftotal) || math.Abs(ftotal) > 1e20 {
				return nil, NewError(OverflowError, "cannot convert float infinity to integer")
			}
			f, _ := new(big.Float).SetFloat64(math.RoundToEven(ftotal)).Int(nil)
			total.Add(total, f)
		}
		day := big.NewInt(86400000000)
		days, rem := new(big.Int).DivMod(total, day, new(big.Int))
		if !days.IsInt64() || days.Int64() > 999999999 || days.Int64() < -999999999 {
			return nil, NewError(OverflowError, "days=%s; must have magnitude <= 999999999", days.String())
		}
		return makeTimeDelta(days.Int64(), 0, rem.Int64()), nil
	}
	TimeZoneClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var off Value
		name := ""
		if err := UnpackArgs("timezone", args, kwargs, "offset", &off, "name?", &name); err != nil {
			return nil, err
		}
		td, ok := off.(TimeDelta)
		if !ok {
			return nil, NewError(TypeError, "timezone() argument 1 must be datetime.timedelta, not %s", off.Type())
		}
		if us := td.totalMicro(); us <= -86400e6 || us >= 86400e6 {
			return nil, NewError(ValueError, "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s", strRepr(td.String()))
		}
		if td == (TimeDelta{}) && name == "" {
			return UTC, nil
		}
		return &TimeZone{Offset: td, Name: name}, nil
	}
	TimeZoneClass.Dict.SetStr("utc", UTC)
	TimeZoneClass.Dict.SetStr("utcoffset", NewBuiltin("utcoffset", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		tz, _ := args[0].(*TimeZone)
		return tz.Offset, nil
	}))
	TimeZoneClass.Dict.SetStr("tzname", NewBuiltin("tzname", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		tz, _ := args[0].(*TimeZone)
		return String(tz.name()), nil
	}))
	TimeZoneClass.Dict.SetStr("dst", NewBuiltin("dst", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		return None, nil
	}))

	DateClass.Dict.SetStr("min", Date{1, 1, 1})
	DateClass.Dict.SetStr("max", Date{9999, 12, 31})
	DateClass.Dict.SetStr("resolution", TimeDelta{Days: 1})
	DateTimeClass.Dict.SetStr("min", DateTime{Date: Date{1, 1, 1}})
	DateTimeClass.Dict.SetStr("max", DateTime{Date{9999, 12, 31}, 23, 59, 59, 999999, nil})
	DateTimeClass.Dict.SetStr("resolution", TimeDelta{Microseconds: 1})
	TimeDeltaClass.Dict.SetStr("min", TimeDelta{Days: -999999999})
	TimeDeltaClass.Dict.SetStr("max", TimeDelta{999999999, 86399, 999999})
	TimeDeltaClass.Dict.SetStr("resolution", TimeDelta{Microseconds: 1})
	TimeClass.Dict.SetStr("min", Time{})
	TimeClass.Dict.SetStr("max", Time{23, 59, 59, 999999, nil})

	defMethods(TimeDeltaClass, map[string]methodFunc{
		"total_seconds": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			td, ok := args[0].(TimeDelta)
			if !ok {
				return nil, NewError(TypeError, "descriptor 'total_seconds' requires a 'datetime.timedelta' object")
			}
			return Float(float64(td.totalMicro()) / 1e6), nil
		},
		"__abs__": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			td := args[0].(TimeDelta)
			if td.Days < 0 {
				return timeDeltaFromMicro(-td.totalMicro()), nil
			}
			return td, nil
		},
	})
	common := map[string]methodFunc{
		"isoformat": dtMethod("isoformat", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			if isDate {
				return String(dt.Date.String()), argCount("isoformat", args, 0, 0)
			}
			sep, timespec := "T", "auto"
			if err := UnpackArgs("isoformat", args, kwargs, "sep?", &sep, "timespec?", &timespec); err != nil {
				return nil, err
			}
			return String(dt.isoformat(sep, timespec)), nil
		}),
		"strftime": dtMethod("strftime", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			var f string
			if err := UnpackArgs("strftime", args, kwargs, "format", &f); err != nil {
				return nil, err
			}
			s, err := strftime(dt, f, !isDate)
			return String(s), err
		}),
		"__format__": dtMethod("__format__", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			var f string
			if err := UnpackArgs("__format__", args, kwargs, "format", &f); err != nil {
				return nil, err
			}
			if f == "" {
				if isDate {
					return String(dt.Date.String()), nil
				}
				return String(dt.String()), nil
			}
			s, err := strftime(dt, f, !isDate)
			return String(s), err
		}),
		"weekday": dtMethod("weekday", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			return MakeInt(int64(dt.Weekday())), nil
		}),
		"isoweekday": dtMethod("isoweekday", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			return MakeInt(int64(dt.Weekday() + 1)), nil
		}),
		"toordinal": dtMethod("toordinal", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			return MakeInt(int64(dt.Ordinal())), nil
		}),
		"isocalendar": dtMethod("isocalendar", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			y, w, d := isoCalendar(dt.Date)
			return Tuple{MakeInt(int64(y)), MakeInt(int64(w)), MakeInt(int64(d))}, nil
		}),
		"ctime": dtMethod("ctime", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			s, err := strftime(dt, "%c", true)
			return String(s), err
		}),
		"replace": dtMethod("replace", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			names := []string{"year", "month", "day", "hour", "minute", "second", "microsecond"}
			if isDate {
				names = names[:3]
			}
			defaults := []int{dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond}[:len(names)]
			var tzv Value = None
			if dt.TZ != nil {
				tzv = dt.TZ
			}
			hasTZ := false
			for _, k := range kwargs {
				if k.Name == "tzinfo" {
					hasTZ = true
				}
			}
			v, tzNew, err := intArgs("replace", args, kwargs, names, defaults, 0)
			if err != nil {
				return nil, err
			}
			if hasTZ || len(args) > len(names) {
				tzv = tzNew
			}
			if isDate {
				return NewDate(v[0], v[1], v[2])
			}
			tz, err := asTZ(tzv)
			if err != nil {
				return nil, err
			}
			return NewDateTime(v[0], v[1], v[2], v[3], v[4], v[5], v[6], tz)
		}),
	}
	defMethods(DateClass, common)
	defMethods(DateTimeClass, common)
	defMethods(DateTimeClass, map[string]methodFunc{
		"date": dtMethod("date", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			return dt.Date, nil
		}),
		"time": dtMethod("time", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			return Time{dt.Hour, dt.Minute, dt.Second, dt.Microsecond, nil}, nil
		}),
		"timetz": dtMethod("timetz", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			return Time{dt.Hour, dt.Minute, dt.Second, dt.Microsecond, dt.TZ}, nil
		}),
		"utcoffset": dtMethod("utcoffset", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			if dt.TZ == nil {
				return None, nil
			}
			return dt.TZ.Offset, nil
		}),
		"tzname": dtMethod("tzname", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			if dt.TZ == nil {
				return None, nil
			}
			return String(dt.TZ.name()), nil
		}),
		"dst": dtMethod("dst", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			if dt.TZ == nil || dt.TZ.Kind == FixedOffsetTZ {
				return None, nil
			}
			return TimeDelta{}, nil
		}),
		"timestamp": dtMethod("timestamp", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			epoch := int64(ymd2ord(1970, 1, 1)) * 86400e6
			return Float(float64(dt.utcMicro()-epoch) / 1e6), nil
		}),
		"astimezone": dtMethod("astimezone", func(th *Thread, dt DateTime, isDate bool, args Tuple, kwargs []Kwarg) (Value, error) {
			var tzv Value = None
			if err := UnpackArgs("astimezone", args, kwargs, "tz?", &tzv); err != nil {
				return nil, err
			}
			tz, err := asTZ(tzv)
			if err != nil {
				return nil, err
			}
			if tz == nil {
				tz = UTC
			}
			return dateTimeFromMicro(dt.utcMicro()+tz.Offset.totalMicro(), tz)
		}),
	})
	defMethods(TimeClass, map[string]methodFunc{
		"isoformat": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			t := args[0].(Time)
			timespec := "auto"
			if err := UnpackArgs("isoformat", args[1:], kwargs, "timespec?", &timespec); err != nil {
				return nil, err
			}
			return String(t.isoformat(timespec)), nil
		},
		"strftime": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			t := args[0].(Time)
			var f string
			if err := UnpackArgs("strftime", args[1:], kwargs, "format", &f); err != nil {
				return nil, err
			}
			s, err := t.Format(th, f)
			return String(s), err
		},
		"replace": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			t := args[0].(Time)
			v, tzv, err := intArgs("replace", args[1:], kwargs, []string{"hour", "minute", "second", "microsecond"}, []int{t.Hour, t.Minute, t.Second, t.Microsecond}, 0)
			if err != nil {
				return nil, err
			}
			tz := t.TZ
			for _, k := range kwargs {
				if k.Name == "tzinfo" {
					if tz, err = asTZ(tzv); err != nil {
						return nil, err
					}
				}
			}
			if err := checkTime(v[0], v[1], v[2], v[3]); err != nil {
				return nil, err
			}
			return Time{v[0], v[1], v[2], v[3], tz}, nil
		},
	})
	DateClass.Dict.SetStr("today", classMethod("today", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		now := localNow(th)
		if cls == DateTimeClass {
			return now, nil
		}
		return now.Date, nil
	}))
	DateClass.Dict.SetStr("fromordinal", classMethod("fromordinal", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("fromordinal", args, 1, 1); err != nil {
			return nil, err
		}
		n, err := AsInt64(args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 || n > maxOrdinal {
			return nil, NewError(ValueError, "ordinal must be >= 1")
		}
		d, err := dateFromOrdinal(int(n))
		if cls == DateTimeClass {
			return DateTime{Date: d}, err
		}
		return d, err
	}))
	DateClass.Dict.SetStr("fromisoformat", classMethod("fromisoformat", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("fromisoformat", args, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(String)
		if !ok {
			return nil, NewError(TypeError, "fromisoformat: argument must be str")
		}
		if cls == DateTimeClass {
			d, c, err := isoformat.ParseDateTime(string(s))
			if err != nil {
				return nil, isoError(string(s), err)
			}
			return DateTime{Date{d.Year, d.Month, d.Day}, c.Hour, c.Minute, c.Second, c.Micro, isoZone(c)}, nil
		}
		d, err := isoformat.ParseDate(string(s))
		if err != nil {
			return nil, isoError(string(s), err)
		}
		return Date{d.Year, d.Month, d.Day}, nil
	}))
	TimeClass.Dict.SetStr("fromisoformat", classMethod("fromisoformat", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("fromisoformat", args, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(String)
		if !ok {
			return nil, NewError(TypeError, "fromisoformat: argument must be str")
		}
		c, err := isoformat.ParseTime(string(s))
		if err != nil {
			return nil, isoError(strings.TrimPrefix(string(s), "T"), err)
		}
		return Time{c.Hour, c.Minute, c.Second, c.Micro, isoZone(c)}, nil
	}))
	DateTimeClass.Dict.SetStr("now", classMethod("now", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var tzv Value = None
		if err := UnpackArgs("now", args, kwargs, "tz?", &tzv); err != nil {
			return nil, err
		}
		tz, err := asTZ(tzv)
		if err != nil {
			return nil, err
		}
		if tz == nil {
			return localNow(th), nil
		}
		utc := DateTimeFromGo(th.now().UTC(), false)
		return dateTimeFromMicro(utc.micro()+tz.Offset.totalMicro(), tz)
	}))
	DateTimeClass.Dict.SetStr("utcnow", classMethod("utcnow", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		return DateTimeFromGo(th.now().UTC(), false), nil
	}))
	DateTimeClass.Dict.SetStr("combine", classMethod("combine", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var d, t, tzv Value
		if err := UnpackArgs("combine", args, kwargs, "date", &d, "time", &t, "tzinfo?", &tzv); err != nil {
			return nil, err
		}
		var date Date
		switch x := d.(type) {
		case Date:
			date = x
		case DateTime:
			date = x.Date
		default:
			return nil, NewError(TypeError, "combine() argument 1 must be datetime.date, not %s", d.Type())
		}
		tm, ok := t.(Time)
		if !ok {
			return nil, NewError(TypeError, "combine() argument 2 must be datetime.time, not %s", t.Type())
		}
		tz := tm.TZ
		if tzv != nil {
			var err error
			if tz, err = asTZ(tzv); err != nil {
				return nil, err
			}
		}
		return DateTime{date, tm.Hour, tm.Minute, tm.Second, tm.Microsecond, tz}, nil
	}))
	DateTimeClass.Dict.SetStr("strptime", classMethod("strptime", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var s, f string
		if err := UnpackArgs("strptime", args, kwargs, "date_string", &s, "format", &f); err != nil {
			return nil, err
		}
		return strptime(s, f)
	}))
	DateTimeClass.Dict.SetStr("fromtimestamp", classMethod("fromtimestamp", func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var ts float64
		var tzv Value = None
		if err := UnpackArgs("fromtimestamp", args, kwargs, "timestamp", &ts, "tz?", &tzv); err != nil {
			return nil, err
		}
		tz, err := asTZ(tzv)
		if err != nil {
			return nil, err
		}
		epoch := int64(ymd2ord(1970, 1, 1)) * 86400e6
		us := epoch + int64(math.RoundToEven(ts*1e6))
		if tz != nil {
			us += tz.Offset.totalMicro()
		}
		return dateTimeFromMicro(us, tz)
	}))

	builtinModules["datetime"] = func(th *Thread) *Module {
		return NewModule("datetime", map[string]Value{
			"date":      DateClass,
			"datetime":  DateTimeClass,
			"time":      TimeClass,
			"timedelta": TimeDeltaClass,
			"timezone":  TimeZoneClass,
			"tzinfo":    TzInfoClass,
			"UTC":       UTC,
			"MINYEAR":   MakeInt(1),
			"MAXYEAR":   MakeInt(9999),
		})
	}
}
