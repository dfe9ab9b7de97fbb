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
	}
	return "'?'"
}

// Inline substitutes args for the `%s` markers of sql, in order, as
// literals. With no args the SQL is returned unchanged.
func Inline(sql string, args []any) string {
	if len(args) == 0 {
		return sql
	}
	parts := strings.Split(sql, "%s")
	var b strings.Builder
	b.WriteString(parts[0])
	for i, rest := range parts[1:] {
		if i < len(args) {
			b.WriteString(Literal(args[i]))
		}
		b.WriteString(rest)
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
