package sqlite

import (
	"encoding/hex"
	"math"
	"strconv"
	"strings"
)

// Literal renders a parameter as an SQLite literal, as Django's conformance
// tracer does: NULL, 1/0 for booleans, Python's repr for numbers (1, 2.5,
// 1e+16), X'..' for blobs, and a single-quoted string with ” doubling for
// everything else.
func Literal(v any) string {
	switch v := v.(type) {
	case nil:
		return "NULL"
	case bool:
		if v {
			return "1"
		}
		return "0"
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return FloatRepr(v)
	case []byte:
		return "X'" + hex.EncodeToString(v) + "'"
	case string:
		return "'" + strings.ReplaceAll(v, "'", "''") + "'"
	case Unbindable:
		return "'" + strings.ReplaceAll(v.Str, "'", "''") + "'"
	}
	return "'?'"
}

// Unbindable is a Python object passed as a query parameter that SQLite
// cannot bind (an OuterRef(OuterRef("pk")) used outside a subquery):
// the statement fails with Python's sqlite3 ProgrammingError, and the
// trace shows it as str(object).
type Unbindable struct {
	Type string // the Python class name, "OuterRef"
	Str  string // str(object), "OuterRef(pk)"
}

// Inline is the SQL SQLite runs, as the reference tracer writes it: each
// `%s` marker replaced by the next arg as a literal and `%%` turned into
// `%`, as Django's SQLite cursor (convert_query) does for a query with
// parameters, which every ORM query has.
func Inline(sql string, args []any) string {
	if !strings.Contains(sql, "%") {
		return sql
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(sql); i++ {
		if sql[i] == '%' && i+1 < len(sql) {
			switch sql[i+1] {
			case 's':
				if n < len(args) {
					b.WriteString(Literal(args[n]))
				}
				n++
				i++
				continue
			case '%':
				b.WriteByte('%')
				i++
				continue
			}
		}
		b.WriteByte(sql[i])
	}
	return b.String()
}

// FloatRepr formats f as Python's repr(float) does: the shortest string that
// round-trips, in positional notation for exponents from -4 to 15 and in
// scientific notation ("1e+16", "1.5e-05") otherwise; "inf", "-inf", "nan".
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	neg := strings.HasPrefix(mant, "-")
	mant = strings.TrimPrefix(mant, "-")
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		e := strconv.Itoa(exp)
		if len(e) < 2 {
			e = "0" + e
		}
		out += "e" + sign + e
	} else if exp < 0 {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	} else if len(digits) <= exp+1 {
		out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	} else {
		out = digits[:exp+1] + "." + digits[exp+1:]
	}
	if neg {
		out = "-" + out
	}
	return out
}
