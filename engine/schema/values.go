package schema

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/cockroachdb/apd/v3"

	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// The engine represents field values with these Go types (Python's in
// parentheses): nil (None), bool, int64 (int), float64 (float), string
// (str), []byte (bytes), Date (datetime.date), time.Time (a naive
// datetime.datetime, location UTC), TimeOfDay (datetime.time),
// time.Duration (timedelta), *apd.Decimal (decimal.Decimal), UUID
// (uuid.UUID), and for JSONField any JSON-like tree of these plus []any
// and JSONObject. Values a language binding cannot map may be any type
// implementing fmt.Stringer (used as str(value)).

// Date is a calendar date (Python's datetime.date).
type Date struct {
	Year, Month, Day int
}

// String is the ISO form Python's str(date) gives: "2005-07-27".
func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// Time returns the date at midnight UTC.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// DateOf returns the date part of t.
func DateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// TimeOfDay is a time of day (Python's datetime.time, naive).
type TimeOfDay struct {
	Hour, Minute, Second, Microsecond int
}

// String is Python's str(time): "13:05:00" or "13:05:00.250000".
func (t TimeOfDay) String() string {
	s := fmt.Sprintf("%02d:%02d:%02d", t.Hour, t.Minute, t.Second)
	if t.Microsecond != 0 {
		s += fmt.Sprintf(".%06d", t.Microsecond)
	}
	return s
}

// UUID is a 128-bit UUID (Python's uuid.UUID).
type UUID [16]byte

// Hex is the 32 hex digits without dashes (UUID.hex), as Django stores a
// UUIDField on SQLite.
func (u UUID) Hex() string { return fmt.Sprintf("%x", u[:]) }

// String is the dashed form (str(uuid)).
func (u UUID) String() string {
	h := u.Hex()
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// JSONObject is a JSON object with its keys in insertion order (a Python
// dict stored in a JSONField).
type JSONObject []JSONMember

// JSONMember is one key of a JSONObject.
type JSONMember struct {
	Key   string
	Value any
}

// DateTimeString is Python's str(datetime) for a naive datetime:
// "2020-01-02 03:04:05" or with ".ffffff" when there are microseconds.
func DateTimeString(t time.Time) string {
	s := t.Format("2006-01-02 15:04:05")
	if us := t.Nanosecond() / 1000; us != 0 {
		s += fmt.Sprintf(".%06d", us)
	}
	return s
}

// DateTimeStr is Python's str(datetime): DateTimeString, with the UTC
// offset ("+02:00") of an aware datetime.
func DateTimeStr(t time.Time) string {
	if !IsAware(t) {
		return DateTimeString(t)
	}
	s := DateTimeString(t)
	_, off := t.Zone()
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	s += fmt.Sprintf("%s%02d:%02d", sign, off/3600, off/60%60)
	if off%60 != 0 {
		s += fmt.Sprintf(":%02d", off%60)
	}
	return s
}

// ScalarValuer is a value a language binding stores that a field reads as
// a plain value (an enumeration member of models.TextChoices stands for
// its str value); ok is false when it has none.
type ScalarValuer interface {
	ScalarValue() (any, bool)
}

// ValidationError is a value a field cannot take: Kind is the Python
// exception class Django raises ("ValueError", "TypeError",
// "ValidationError"), Msg its message in Django's words.
type ValidationError struct {
	Kind string
	Msg  string
}

func (e *ValidationError) Error() string { return e.Kind + ": " + e.Msg }

// Repr renders a Go value as Python's repr would ('abc', 1, 2.5, None,
// True, datetime.date(2005, 7, 27)), for error messages.
func Repr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case float64:
		return floatRepr(v)
	case string:
		return strRepr(v)
	case Date:
		return fmt.Sprintf("datetime.date(%d, %d, %d)", v.Year, v.Month, v.Day)
	case *apd.Decimal:
		return "Decimal('" + v.String() + "')"
	case interface{ PyRepr() string }:
		return v.PyRepr()
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(v)
}

// floatRepr is Python's repr(float), which the SQLite literals share.
func floatRepr(f float64) string { return sqlite.FloatRepr(f) }

func strRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}

// Str is Python's str() of a Go value, as CharField.to_python applies it.
func Str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case time.Time:
		return DateTimeStr(v)
	case nil, bool, int64, int, float64:
		return Repr(v)
	case *apd.Decimal:
		return v.String()
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(v)
}

// ToPython is Field.to_python for the field's class: it converts v to the
// field's Go representation (CharField → string, IntegerField → int64,
// DateField → Date, ...), or reports the error Django raises.
func (f *Field) ToPython(v any) (any, error) {
	if sv, ok := v.(ScalarValuer); ok {
		if s, ok := sv.ScalarValue(); ok {
			v = s
		}
	}
	if v == nil {
		return nil, nil
	}
	if f.Rel != nil && !f.ManyToMany() {
		return f.TargetField().ToPython(v)
	}
	switch f.InternalType() {
	case CharField, TextField, SlugField, FilePathField, FileField, GenericIPAddressField:
		return Str(v), nil
	case AutoField, BigAutoField, SmallAutoField, IntegerField, SmallIntegerField, BigIntegerField,
		PositiveIntegerField, PositiveSmallIntegerField, PositiveBigIntegerField:
		switch x := v.(type) {
		case int64:
			return x, nil
		case int:
			return int64(x), nil
		case bool:
			if x {
				return int64(1), nil
			}
			return int64(0), nil
		case float64:
			return int64(x), nil
		case string:
			if n, err := strconv.ParseInt(strings.TrimSpace(x), 10, 64); err == nil {
				return n, nil
			}
			return nil, &ValidationError{"ValueError", fmt.Sprintf("Field '%s' expected a number but got %s.", f.pyName(), Repr(v))}
		}
		return nil, &ValidationError{"TypeError", fmt.Sprintf("Field '%s' expected a number but got %s.", f.pyName(), Repr(v))}
	case FloatField:
		switch x := v.(type) {
		case float64:
			return x, nil
		case int64:
			return float64(x), nil
		case bool:
			if x {
				return 1.0, nil
			}
			return 0.0, nil
		case string:
			if n, err := strconv.ParseFloat(strings.TrimSpace(x), 64); err == nil {
				return n, nil
			}
			return nil, &ValidationError{"ValueError", fmt.Sprintf("Field '%s' expected a number but got %s.", f.pyName(), Repr(v))}
		case *apd.Decimal:
			n, _ := x.Float64()
			return n, nil
		}
		return nil, &ValidationError{"TypeError", fmt.Sprintf("Field '%s' expected a number but got %s.", f.pyName(), Repr(v))}
	case BooleanField, NullBooleanField:
		if f.Null && isEmptyValue(v) {
			return nil, nil
		}
		switch x := v.(type) {
		case bool:
			return x, nil
		case int64:
			if x == 0 || x == 1 {
				return x == 1, nil
			}
		case float64:
			if x == 0 || x == 1 {
				return x == 1, nil
			}
		case string:
			switch x {
			case "t", "True", "1":
				return true, nil
			case "f", "False", "0":
				return false, nil
			}
		}
		if f.Null {
			return nil, invalid(Str(v), "must be either True, False, or None.")
		}
		return nil, invalid(Str(v), "must be either True or False.")
	case DecimalField:
		switch x := v.(type) {
		case *apd.Decimal:
			return x, nil
		case int64:
			return apd.New(x, 0), nil
		case bool:
			if x {
				return apd.New(1, 0), nil
			}
			return apd.New(0, 0), nil
		case float64:
			// self.context.create_decimal_from_float(value), with the
			// context's precision max_digits.
			// Context(prec=None) is the default context's 28 digits.
			prec := f.MaxDigits
			if f.Check.MaxDigits == OptionUnset {
				prec = 28
			}
			if d, ok := DecimalFromFloat(x, max(prec, 1)); ok {
				return d, nil
			}
		case string:
			if d, _, err := apd.NewFromString(strings.TrimSpace(x)); err == nil {
				return d, nil
			}
		}
		return nil, &ValidationError{"ValidationError", fmt.Sprintf("['“%s” value must be a decimal number.']", Str(v))}
	case DateField:
		switch x := v.(type) {
		case Date:
			return x, nil
		case time.Time:
			if IsAware(x) && f.useTZ() {
				// make_naive(value, get_default_timezone()).
				x = x.UTC()
			}
			return DateOf(x), nil
		case string:
			d, ok, err := f.dateparse().parseDate(x)
			switch {
			case err != nil:
				return nil, invalid(x, "has the correct format (YYYY-MM-DD) but it is an invalid date.")
			case ok:
				return d, nil
			}
			return nil, invalid(x, "has an invalid date format. It must be in YYYY-MM-DD format.")
		}
		return nil, f.notAString(v)
	case DateTimeField:
		switch x := v.(type) {
		case time.Time:
			return x, nil
		case Date:
			return x.Time(), nil
		case string:
			t, ok, err := f.dateparse().parseDateTime(x)
			switch {
			case err != nil:
				return nil, invalid(x, "has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time.")
			case ok:
				return t, nil
			}
			d, ok, err := f.dateparse().parseDate(x)
			switch {
			case err != nil:
				return nil, invalid(x, "has the correct format (YYYY-MM-DD) but it is an invalid date.")
			case ok:
				return d.Time(), nil
			}
			return nil, invalid(x, "has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.")
		}
		return nil, f.notAString(v)
	case TimeField:
		switch x := v.(type) {
		case TimeOfDay:
			return x, nil
		case time.Time:
			return TimeOfDay{x.Hour(), x.Minute(), x.Second(), x.Nanosecond() / 1000}, nil
		case string:
			t, ok, err := f.dateparse().parseTime(x)
			switch {
			case err != nil:
				return nil, invalid(x, "has the correct format (HH:MM[:ss[.uuuuuu]]) but it is an invalid time.")
			case ok:
				return t, nil
			}
			return nil, invalid(x, "has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.")
		}
		return nil, f.notAString(v)
	case DurationField:
		switch x := v.(type) {
		case time.Duration:
			return x, nil
		case string:
			if d, ok := f.dateparse().parseDuration(x); ok {
				return d, nil
			}
		}
		return nil, invalid(Str(v), "has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format.")
	case UUIDField:
		switch x := v.(type) {
		case UUID:
			return x, nil
		case string:
			if u, ok := ParseUUID(x); ok {
				return u, nil
			}
			return nil, &ValidationError{"ValidationError", fmt.Sprintf("['“%s” is not a valid UUID.']", x)}
		case int64:
			var u UUID
			for i := 15; i >= 8; i-- {
				u[i] = byte(x)
				x >>= 8
			}
			return u, nil
		}
	case BinaryField:
		switch x := v.(type) {
		case []byte:
			return x, nil
		case string:
			return []byte(x), nil
		}
	case JSONField:
		return v, nil
	}
	return v, nil
}

// isEmptyValue reports whether v is one of Field.empty_values: None, "",
// [], () or {}.
func isEmptyValue(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []any:
		return len(x) == 0
	case JSONObject:
		return len(x) == 0
	}
	return false
}

// invalid is the ValidationError of a field's "invalid" messages:
// ['“value” <what>'].
func invalid(value, what string) error {
	return &ValidationError{"ValidationError", fmt.Sprintf("['“%s” value %s']", value, what)}
}

// notAString is the TypeError dateparse raises for a value that is not a
// string: the regexps' in 3.2, fromisoformat()'s where the version parses
// with it first (DateParseFromISOFormat).
func (f *Field) notAString(v any) error {
	if f.dateparse().iso {
		return &ValidationError{"TypeError", "fromisoformat: argument must be str"}
	}
	return &ValidationError{"TypeError", fmt.Sprintf("expected string or bytes-like object, got '%s'", PyTypeName(v))}
}

// PyTypeName is the Python type name of an engine value ("int", "str").
func PyTypeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case bool:
		return "bool"
	case int64, int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case Date:
		return "date"
	case time.Time:
		return "datetime"
	case TimeOfDay:
		return "time"
	case time.Duration:
		return "timedelta"
	case *apd.Decimal:
		return "Decimal"
	case UUID:
		return "UUID"
	case []any:
		return "list"
	case JSONObject:
		return "dict"
	case *big.Int:
		return "int"
	}
	if t, ok := v.(interface{ PyType() string }); ok {
		return t.PyType()
	}
	return fmt.Sprintf("%T", v)
}

// ParseUUID parses the dashed or 32-digit form of a UUID.
func ParseUUID(s string) (UUID, bool) {
	var u UUID
	h := strings.ReplaceAll(strings.Trim(strings.TrimPrefix(strings.ToLower(s), "urn:uuid:"), "{}"), "-", "")
	if len(h) != 32 {
		return u, false
	}
	for i := 0; i < 16; i++ {
		n, err := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
		if err != nil {
			return u, false
		}
		u[i] = byte(n)
	}
	return u, true
}

// DecimalFromFloat is decimal.Context(prec=prec).create_decimal_from_float:
// the exact value of the binary float, rounded half-even to prec
// significant digits. ok is false for NaN and infinities.
func DecimalFromFloat(x float64, prec int) (*apd.Decimal, bool) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return nil, false
	}
	// Decimal.from_float: every binary fraction has a finite decimal
	// expansion of at most 1074 fractional digits.
	s := new(big.Float).SetFloat64(x).Text('f', 1074)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	d, _, err := apd.NewFromString(s)
	if err != nil {
		return nil, false
	}
	pyContext(prec).Round(d, d)
	return d, true
}

// pyContext is a decimal context with Python's default rounding
// (ROUND_HALF_EVEN) and the given precision.
func pyContext(prec int) *apd.Context {
	c := apd.BaseContext.WithPrecision(uint32(prec))
	c.Rounding = apd.RoundHalfEven
	return c
}

// DBPrepSave is Field.get_db_prep_save on SQLite: the parameter an INSERT or
// UPDATE passes for v. It is DBPrepValue except for DecimalField, whose
// value Django 3.2 quantizes to decimal_places within max_digits
// (adapt_decimalfield_value), raising decimal.InvalidOperation when it
// does not fit; from Django 5.2 (features.DecimalSaveUnquantized) it is
// str() of to_python's Decimal.
func (f *Field) DBPrepSave(v any) (any, error) {
	if v == nil || f.InternalType() != DecimalField {
		return f.DBPrepValue(v)
	}
	var opts *Options
	if f.Model != nil {
		opts = f.Model.Meta
	}
	if opts.Features().DecimalSaveUnquantized {
		return f.DBPrepValue(v)
	}
	p, err := f.ToPython(v)
	if err != nil {
		return nil, err
	}
	return formatDecimal(p.(*apd.Decimal), f.MaxDigits, f.DecimalPlaces)
}

// DBPrepValue is Field.get_db_prep_value on SQLite, as lookups and
// expressions use it: the parameter passed to the database for v (nil,
// bool, int64, float64, string or []byte). Dates become ISO strings,
// decimals str(Decimal) (the backend's adapter), UUIDs 32 hex digits,
// durations microseconds, JSON its text.
func (f *Field) DBPrepValue(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	if f.Rel != nil && !f.ManyToMany() {
		return f.TargetField().DBPrepValue(v)
	}
	if _, ok := v.(time.Duration); !ok && f.InternalType() == DurationField {
		// get_db_prep_value has no to_python: duration_microseconds()
		// reads the value's days.
		return nil, &ValidationError{"AttributeError", fmt.Sprintf("'%s' object has no attribute 'days'", PyTypeName(v))}
	}
	p, err := f.ToPython(v)
	if err != nil {
		return nil, err
	}
	switch x := p.(type) {
	case Date:
		return x.String(), nil
	case time.Time:
		// adapt_datetimefield_value: an aware datetime is stored as UTC.
		if IsAware(x) {
			if !f.useTZ() {
				return nil, &ValidationError{"ValueError", "SQLite backend does not support timezone-aware datetimes when USE_TZ is False."}
			}
			x = x.UTC()
		}
		return DateTimeString(x), nil
	case TimeOfDay:
		return x.String(), nil
	case time.Duration:
		return int64(x / time.Microsecond), nil
	case UUID:
		return x.Hex(), nil
	case *apd.Decimal:
		return x.String(), nil
	}
	if f.InternalType() == JSONField {
		return JSONText(p)
	}
	switch p.(type) {
	case nil, bool, int64, float64, string, []byte:
		return p, nil
	}
	return Str(p), nil
}

// formatDecimal is django.db.backends.utils.format_number: the value
// quantized to decimal_places with precision max_digits, written without
// exponent ("{:f}"). A value with more digits than max_digits allows is
// decimal.InvalidOperation. Without max_digits (a DecimalField() output
// field, as Value(Decimal(...)) has) the value is written as is.
func formatDecimal(d *apd.Decimal, maxDigits, places int) (string, error) {
	if maxDigits == 0 {
		return d.Text('f'), nil
	}
	var q apd.Decimal
	if _, err := pyContext(max(maxDigits, 1)).Quantize(&q, d, int32(-places)); err != nil {
		return "", &ValidationError{"InvalidOperation", "[<class 'decimal.InvalidOperation'>]"}
	}
	return q.Text('f'), nil
}

// FromDB converts a value read from SQLite (nil, int64, float64, string,
// []byte) to the field's representation, as the field's from_db_value and
// the backend's converters do.
func (f *Field) FromDB(v any) (any, error) {
	if f.FromDBValue == nil || f.Rel != nil {
		return f.fromDB(v)
	}
	v, err := f.fromDB(v)
	if err != nil {
		return nil, err
	}
	return f.FromDBValue(v)
}

func (f *Field) fromDB(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	if f.Rel != nil && !f.ManyToMany() {
		return f.TargetField().FromDB(v)
	}
	switch f.InternalType() {
	case CharField, TextField:
		// No converter: a number an expression gave (SUM over text is
		// 0.0) stays a number.
		switch v.(type) {
		case int64, float64:
			return v, nil
		}
	case BooleanField, NullBooleanField:
		if n, ok := v.(int64); ok {
			return n != 0, nil
		}
	case DecimalField:
		var d *apd.Decimal
		switch x := v.(type) {
		case int64:
			d = apd.New(x, 0)
		case float64:
			// SQLite keeps 15 significant digits (get_decimalfield_converter).
			d, _ = DecimalFromFloat(x, 15)
		case string:
			d, _, _ = apd.NewFromString(x)
		}
		if d != nil && f.Model != nil && f.Check.DecimalPlaces == OptionUnset {
			// A DecimalField without decimal_places (6.0 on SQLite)
			// is not quantized.
			return d, nil
		}
		if d != nil {
			var q apd.Decimal
			if _, err := pyContext(max(f.MaxDigits, 1)).Quantize(&q, d, int32(-f.DecimalPlaces)); err == nil {
				return &q, nil
			}
			return d, nil
		}
	case DurationField:
		switch n := v.(type) {
		case int64:
			return time.Duration(n) * time.Microsecond, nil
		case float64:
			// timedelta(0, 0, value) of an Avg's float: microseconds
			// rounded half to even.
			return time.Duration(math.RoundToEven(n)) * time.Microsecond, nil
		}
	case JSONField:
		if s, ok := v.(string); ok {
			return ParseJSON(s)
		}
	case FloatField:
		if n, ok := v.(int64); ok {
			return float64(n), nil
		}
	}
	return f.ToPython(v)
}

// pyName is the field's name as Django's messages show self.name: "None"
// for a field bound to no model (an expression's output_field, such as
// ExtractYear's IntegerField()).
func (f *Field) pyName() string {
	if f.Name == "" {
		return "None"
	}
	return f.Name
}
