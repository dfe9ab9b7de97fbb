package python

import (
	"math"
	"math/big"
)

// The work of big-number arithmetic, in steps (about ten machine-word
// operations each), charged before the operation runs so that a product
// or an exponentiation far beyond the budget is refused at once instead
// of running for minutes.

// words is the number of 64-bit words of |i|.
func (i Int) words() int {
	if i.big == nil {
		return 1
	}
	return len(i.big.Bits()) + 1
}

// karatsubaWords is where math/big switches from schoolbook to Karatsuba
// multiplication.
const karatsubaWords = 40

// mulWork is the work of multiplying numbers of a and b words.
func mulWork(a, b int) float64 {
	if a < b {
		a, b = b, a
	}
	if b <= karatsubaWords {
		return float64(a) * float64(b)
	}
	// Karatsuba on b-word pieces: (a/b) * b^log2(3).
	return float64(a) / float64(b) * math.Pow(float64(b), math.Log2(3))
}

// steps converts word operations to steps.
func steps(wordOps float64) uint64 {
	s := wordOps/10 + 1
	if s >= math.MaxInt64/2 {
		return math.MaxInt64 / 2
	}
	return uint64(s)
}

// intWork is the work of x op y on ints, when either is big.
func intWork(op BinaryOp, x, y Int) uint64 {
	if x.big == nil && y.big == nil {
		return 0
	}
	a, b := x.words(), y.words()
	switch op {
	case Star:
		return steps(mulWork(a, b))
	case Slash, SlashSlash, Percent:
		// Division costs about a product of the quotient and the divisor.
		q := max(a-b, 1)
		return steps(mulWork(q, b))
	case StarStar:
		e, ok := y.Int64()
		if !ok || e <= 0 {
			return steps(float64(a))
		}
		// Repeated squaring: the last squarings dominate, on the
		// result's size.
		r := min(float64(a)*float64(e), float64(maxIntBits))
		rw := int(r) + 1
		return steps(2 * mulWork(rw, rw))
	}
	return steps(float64(a + b))
}

// powModWork is the work of pow(x, y, m): a squaring and a reduction
// modulo m for each bit of y.
func powModWork(x, y, m Int) uint64 {
	bits := float64(y.bigView().BitLen()) + 1
	w := m.words()
	return steps(bits * 3 * mulWork(w, w))
}

// maxStrDigits is CPython's default limit on the digits of int <-> str
// conversions in a base that is not a power of two (sys.int_info
// .default_max_str_digits, since Python 3.11; CVE-2020-10735).
const maxStrDigits = 4300

// log10of2 converts bits to decimal digits.
const log10of2 = 0.30102999566398120

// decimalString is str(i) in base 10, with CPython's limit on the digits
// of the result.
func (i Int) decimalString() (string, error) {
	if i.big == nil {
		return i.String(), nil
	}
	if float64(i.big.BitLen())*log10of2 > maxStrDigits+1 {
		return "", errStrDigits()
	}
	s := i.big.String()
	n := len(s)
	if i.big.Sign() < 0 {
		n--
	}
	if n > maxStrDigits {
		return "", errStrDigits()
	}
	return s, nil
}

// decimalText is decimalString for |b|, the digits formatting writes.
func decimalText(b *big.Int) (string, error) {
	return makeBigOwned(new(big.Int).Abs(b)).decimalString()
}

func errStrDigits() *Exception {
	return NewError(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
}

// checkParseDigits refuses to parse a decimal number of more than
// maxStrDigits digits, as int() does since Python 3.11.
func checkParseDigits(s string, base int) error {
	if base&(base-1) == 0 && base != 0 {
		return nil // powers of two have no limit
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			n++
		}
	}
	if n <= maxStrDigits {
		return nil
	}
	if base == 0 {
		t := trimPySpace(s)
		if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
			t = t[1:]
		}
		if len(t) > 1 && t[0] == '0' && (t[1]|0x20 == 'x' || t[1]|0x20 == 'b' || t[1]|0x20 == 'o') {
			return nil
		}
	}
	return NewError(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, n)
}
