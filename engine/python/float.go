package python

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Float is Python's float (an IEEE 754 double).
type Float float64

// Type returns "float".
func (Float) Type() string { return "float" }

// String returns repr(f) as CPython prints it: the shortest string that
// round-trips, in fixed notation when the exponent is in [-4, 16), else in
// scientific notation ("0.1", "1e+16", "1.5e-07", "inf", "nan", "-0.0").
func (f Float) String() string { return floatRepr(float64(f)) }

func floatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	epos := strings.IndexByte(s, 'e')
	mant, exp := s[:epos], s[epos+1:]
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := e + 1 // position of the decimal point relative to digits
	var out string
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			out = "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			out = digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			out = digits[:decpt] + "." + digits[decpt:]
		}
	} else {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		x := decpt - 1
		if x < 0 {
			out += "e-"
			x = -x
		} else {
			out += "e+"
		}
		if x < 10 {
			out += "0"
		}
		out += strconv.Itoa(x)
	}
	if neg {
		out = "-" + out
	}
	return out
}

// floatHash is Python's hash for floats: equal to the hash of an equal int.
func floatHash(f float64) uint64 {
	if math.IsInf(f, 1) {
		return 314159
	}
	if math.IsInf(f, -1) {
		return uint64(0xFFFFFFFFFFFB3AB1) // -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 9e18 {
		return MakeInt(int64(f)).hash()
	}
	// f = m * 2**e exactly, with m an integer.
	frac, exp := math.Frexp(math.Abs(f))
	m := int64(frac * (1 << 53))
	e := exp - 53
	r := rationalHash(big.NewInt(m), e, 2)
	if f < 0 {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return uint64(r)
}

// rationalHash returns (m * base**e) mod 2**61-1 for m >= 0, as Python's
// numeric hash does (negative e uses the modular inverse).
func rationalHash(m *big.Int, e int, base int64) int64 {
	P := big.NewInt(hashMod)
	r := new(big.Int).Mod(m, P)
	b := big.NewInt(base)
	if e >= 0 {
		r.Mul(r, new(big.Int).Exp(b, big.NewInt(int64(e)), P))
	} else {
		inv := new(big.Int).ModInverse(b, P)
		r.Mul(r, new(big.Int).Exp(inv, big.NewInt(int64(-e)), P))
	}
	r.Mod(r, P)
	return r.Int64()
}

// parseFloat implements float(str).
func parseFloat(s string) (float64, bool) {
	t := strings.ToLower(trimPySpace(s))
	switch t {
	case "inf", "+inf", "infinity", "+infinity":
		return math.Inf(1), true
	case "-inf", "-infinity":
		return math.Inf(-1), true
	case "nan", "+nan", "-nan":
		return math.NaN(), true
	}
	if t == "" || strings.Contains(t, "__") || strings.HasPrefix(t, "_") || strings.HasSuffix(t, "_") ||
		strings.ContainsAny(t, "xpi") {
		return 0, false
	}
	for _, c := range t {
		if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == '+' || c == '-' || c == '_') {
			return 0, false
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// floatFloorDivMod returns Python's (x // y, x % y) for floats; y != 0.
func floatFloorDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// AsFloat converts an int, bool or float to float64 (TypeError otherwise).
func AsFloat(v Value) (float64, error) {
	switch v := v.(type) {
	case Float:
		return float64(v), nil
	case Int:
		f, ok := v.Float()
		if !ok {
			return 0, NewError(OverflowError, "int too large to convert to float")
		}
		return f, nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, NewError(TypeError, "must be real number, not %s", v.Type())
}

// compareIntFloat compares an int and a float exactly.
func compareIntFloat(i Int, f float64) int {
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	if i.big == nil && i.small > -(1<<53) && i.small < 1<<53 {
		x := float64(i.small)
		switch {
		case x < f:
			return -1
		case x > f:
			return 1
		}
		return 0
	}
	bf := new(big.Float).SetInt(i.bigView())
	return bf.Cmp(big.NewFloat(f))
}
