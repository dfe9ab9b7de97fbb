package python

import "github.com/cockroachdb/apd/v3"

// decimalPowWork is the work of a ** b on Decimals in DecimalContext, in
// steps (intcost.go's), charged before apd's Pow runs so that a power far
// beyond the statement's budget is refused at once instead of running for
// minutes. An integral exponent is repeated squaring at the context's
// precision: about a product of a's size. Any other is exp(b × ln a) at a
// precision that grows with the operands' digits: measured natively (apd
// v3.2.3) about 20 × digits² steps (18 ms at 301 digits, 141 ms at 903,
// 1.0 s at 2,409). CPython's decimal is as slow: pow(2**100000,
// Decimal('1.5')), 30,103 digits, takes it 51 s; here it is refused.
func decimalPowWork(a, b *apd.Decimal) uint64 {
	if a.Form != apd.Finite || b.Form != apd.Finite {
		return 1
	}
	digits := max(a.NumDigits(), b.NumDigits(), int64(DecimalContext.Precision))
	if b.Exponent >= 0 || isIntegral(b) {
		w := int(digits/19) + 1 // 64-bit words
		return steps(2 * mulWork(w, w))
	}
	d := float64(digits)
	return steps(10 * 20 * d * d) // steps() counts ten word operations a step
}

// isIntegral reports whether the finite d has no fractional part.
func isIntegral(d *apd.Decimal) bool {
	var integ, frac apd.Decimal
	d.Modf(&integ, &frac)
	return frac.IsZero()
}
