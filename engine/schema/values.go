package schema

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/cockroachdb/apd/v3"
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
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(v)
}

func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eIn") {
		s += ".0"
	}
	return s
}

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
		return DateTimeString(v)
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
			return nil, &ValidationError{"ValueError", fmt.Sprintf("Field '%s' expected a number but got %s.", f.Name, Repr(v))}
		}
		return nil, &ValidationError{"TypeError", fmt.Sprintf("Field '%s' expected a number but got %s.", f.Name, Repr(v))}
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
			return nil, &ValidationError{"ValueError", fmt.Sprintf("Field '%s' expected a number but got %s.", f.Name, Repr(v))}
		case *apd.Decimal:
			n, _ := x.Float64()
			return n, nil
		}
		return nil, &ValidationError{"TypeError", fmt.Sprintf("Field '%s' expected a number but got %s.", f.Name, Repr(v))}
	case BooleanField, NullBooleanField:
		switch x := v.(type) {
		case bool:
			return x, nil
		case int64:
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
		return nil, &ValidationError{"ValidationError", fmt.Sprintf("['“%s” value must be either True or False.']", Str(v))}
	case DecimalField:
		switch x := v.(type) {
		case *apd.Decimal:
			return x, nil
		case int64:
			return apd.New(x, 0), nil
		case float64:
			d := new(apd.Decimal)
			ctx := apd.BaseContext.WithPrecision(uint32(max(f.MaxDigits, 1)))
			if _, err := d.SetFloat64(x); err == nil {
				ctx.Round(d, d)
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
			return DateOf(x), nil
		case string:
			if t, err := time.Parse("2006-01-02", strings.TrimSpace(x)); err == nil {
				return DateOf(t), nil
			}
			return nil, &ValidationError{"ValidationError", fmt.Sprintf("['“%s” value has an invalid date format. It must be in YYYY-MM-DD format.']", x)}
		}
		return nil, &ValidationError{"TypeError", fmt.Sprintf("fromisoformat: argument must be str")}
	case DateTimeField:
		switch x := v.(type) {
		case time.Time:
			return x, nil
		case Date:
			return x.Time(), nil
		case string:
			for _, layout := range []string{"2006-01-02 15:04:05.999999", "2006-01-02T15:04:05.999999", "2006-01-02 15:04", "2006-01-02"} {
				if t, err := time.Parse(layout, strings.TrimSpace(x)); err == nil {
					return t, nil
				}
			}
			return nil, &ValidationError{"ValidationError", fmt.Sprintf("['“%s” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.']", x)}
		}
	case TimeField:
		switch x := v.(type) {
		case TimeOfDay:
			return x, nil
		case time.Time:
			return TimeOfDay{x.Hour(), x.Minute(), x.Second(), x.Nanosecond() / 1000}, nil
		case string:
			for _, layout := range []string{"15:04:05.999999", "15:04"} {
				if t, err := time.Parse(layout, strings.TrimSpace(x)); err == nil {
					return TimeOfDay{t.Hour(), t.Minute(), t.Second(), t.Nanosecond() / 1000}, nil
				}
			}
			return nil, &ValidationError{"ValidationError", fmt.Sprintf("['“%s” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.']", x)}
		}
	case DurationField:
		switch x := v.(type) {
		case time.Duration:
			return x, nil
		case int64:
			return time.Duration(x) * time.Microsecond, nil
		}
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

// DBPrepValue is Field.get_db_prep_value (and get_db_prep_save) on SQLite:
// the parameter passed to the database for v (nil, bool, int64, float64,
// string or []byte). Dates become ISO strings, decimals their fixed-point
// text, UUIDs 32 hex digits, durations microseconds, JSON its text.
func (f *Field) DBPrepValue(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	if f.Rel != nil && !f.ManyToMany() {
		return f.TargetField().DBPrepValue(v)
	}
	p, err := f.ToPython(v)
	if err != nil {
		return nil, err
	}
	switch x := p.(type) {
	case Date:
		return x.String(), nil
	case time.Time:
		return DateTimeString(x), nil
	case TimeOfDay:
		return x.String(), nil
	case time.Duration:
		return int64(x / time.Microsecond), nil
	case UUID:
		return x.Hex(), nil
	case *apd.Decimal:
		return formatDecimal(x, f.MaxDigits, f.DecimalPlaces), nil
	}
	if f.InternalType() == JSONField {
		return JSONText(p), nil
	}
	switch p.(type) {
	case nil, bool, int64, float64, string, []byte:
		return p, nil
	}
	return Str(p), nil
}

// formatDecimal is django.db.backends.utils.format_number: the value
// quantized to decimal_places, written without exponent.
func formatDecimal(d *apd.Decimal, maxDigits, places int) string {
	if maxDigits == 0 {
		// DecimalField() without max_digits (Value(Decimal(...))):
		// format_number(value, None, None).
		return d.Text('f')
	}
	ctx := apd.BaseContext.WithPrecision(uint32(max(maxDigits, 1)))
	var q apd.Decimal
	if _, err := ctx.Quantize(&q, d, int32(-places)); err != nil {
		return d.Text('f')
	}
	return q.Text('f')
}

// FromDB converts a value read from SQLite (nil, int64, float64, string,
// []byte) to the field's representation, as the field's from_db_value and
// the backend's converters do.
func (f *Field) FromDB(v any) (any, error) {
	if v == nil {
		return nil, nil
	}
	if f.Rel != nil && !f.ManyToMany() {
		return f.TargetField().FromDB(v)
	}
	switch f.InternalType() {
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
			d = DecimalFromFloat(x, 15)
		case string:
			d, _, _ = apd.NewFromString(x)
		}
		if d != nil {
			ctx := apd.BaseContext.WithPrecision(uint32(max(f.MaxDigits, 1)))
			var q apd.Decimal
			if _, err := ctx.Quantize(&q, d, int32(-f.DecimalPlaces)); err == nil {
				return &q, nil
			}
			return d, nil
		}
	case DurationField:
		if n, ok := v.(int64); ok {
			return time.Duration(n) * time.Microsecond, nil
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

// DecimalFromFloat is decimal.Context(prec=prec).create_decimal_from_float:
// the exact value of the binary float, rounded half-even to prec
// significant digits (SQLite's REAL results read as decimals).
func DecimalFromFloat(f float64, prec uint32) *apd.Decimal {
	// A float64's exact decimal expansion has at most 767 significant
	// digits; 'e' with 800 digits is exact.
	s := new(big.Float).SetFloat64(f).Text('e', 800)
	mant, exp, _ := strings.Cut(s, "e")
	mant = strings.TrimRight(mant, "0")
	mant = strings.TrimSuffix(mant, ".")
	d, _, err := apd.NewFromString(mant + "e" + exp)
	if err != nil {
		d = new(apd.Decimal)
		d.SetFloat64(f)
		return d
	}
	ctx := apd.BaseContext.WithPrecision(prec)
	ctx.Rounding = apd.RoundHalfEven
	ctx.Round(d, d)
	return d
}
