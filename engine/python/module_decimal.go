package python

import (
	"math"
	"math/big"
	"strings"

	"github.com/cockroachdb/apd/v3"
)

// Decimal is Python's decimal.Decimal, backed by cockroachdb/apd (which
// implements the same General Decimal Arithmetic specification). Arithmetic
// uses Python's default context: 28 significant digits, ROUND_HALF_EVEN,
// exponents within ±999999, and InvalidOperation, DivisionByZero and
// Overflow trapped (raised as decimal.InvalidOperation & co.).
type Decimal struct {
	d *apd.Decimal // never mutated once wrapped
}

// DecimalContext is the arithmetic context of Decimal (Python's default
// context). Do not modify it.
var DecimalContext = &apd.Context{
	Precision:   28,
	MaxExponent: 999999,
	MinExponent: -999999,
	Traps:       apd.InvalidOperation | apd.DivisionByZero | apd.DivisionUndefined | apd.DivisionImpossible | apd.Overflow,
	Rounding:    apd.RoundHalfEven,
}

// The decimal module's classes.
var (
	DecimalClass              = newLibClass("Decimal", "decimal")
	DecimalException          = newLibExcClass("DecimalException", "decimal", ArithmeticError)
	DecimalInvalidOperation   = newLibExcClass("InvalidOperation", "decimal", DecimalException)
	DecimalDivisionByZero     = newLibExcClass("DivisionByZero", "decimal", DecimalException, ZeroDivisionError)
	DecimalOverflow           = newLibExcClass("Overflow", "decimal", DecimalException)
	decimalConversionSyntax   = newLibExcClass("ConversionSyntax", "decimal", DecimalInvalidOperation)
	decimalDivisionUndefined  = newLibExcClass("DivisionUndefined", "decimal", DecimalInvalidOperation, ZeroDivisionError)
	decimalDivisionImpossible = newLibExcClass("DivisionImpossible", "decimal", DecimalInvalidOperation)
)

func newLibClass(name, module string) *Class {
	c := newBuiltinClass(name, ObjectClass, module+"."+name)
	c.Module = module
	return c
}

func newLibExcClass(name, module string, bases ...*Class) *Class {
	c, err := NewClass(name, bases, nil)
	if err != nil {
		panic(err)
	}
	c.Module = module
	c.immutable = true
	return c
}

// MakeDecimal wraps an apd decimal (not copied; do not modify it after).
func MakeDecimal(d *apd.Decimal) Decimal { return Decimal{d: d} }

// ParseDecimal parses a decimal string as Decimal(s) does.
func ParseDecimal(s string) (Decimal, error) {
	t := strings.ReplaceAll(trimPySpace(s), "_", "")
	d, _, err := apd.NewFromString(t)
	if err != nil || t == "" {
		return Decimal{}, NewException(DecimalInvalidOperation, NewList([]Value{decimalConversionSyntax}))
	}
	return Decimal{d: d}, nil
}

// DecimalFromInt64 returns the Decimal for an integer.
func DecimalFromInt64(i int64) Decimal { return Decimal{d: apd.New(i, 0)} }

// DecimalFromFloat returns the exact value of f, as Decimal(f) does.
func DecimalFromFloat(f float64) Decimal {
	if math.IsNaN(f) {
		return Decimal{d: &apd.Decimal{Form: apd.NaN}}
	}
	if math.IsInf(f, 0) {
		return Decimal{d: &apd.Decimal{Form: apd.Infinite, Negative: f < 0}}
	}
	neg := math.Signbit(f)
	frac, exp := math.Frexp(math.Abs(f))
	m := big.NewInt(int64(frac * (1 << 53)))
	e := exp - 53
	// strip trailing zero bits to keep the coefficient small
	for m.Sign() != 0 && m.Bit(0) == 0 && e < 0 {
		m.Rsh(m, 1)
		e++
	}
	var coeff *big.Int
	var dexp int32
	if e >= 0 {
		coeff = new(big.Int).Lsh(m, uint(e))
	} else {
		coeff = new(big.Int).Mul(m, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-e)), nil))
		dexp = int32(e)
	}
	d := apd.NewWithBigInt(new(apd.BigInt).SetMathBigInt(coeff), dexp)
	d.Negative = neg
	return Decimal{d: d}
}

// Apd returns the underlying apd decimal (do not modify it).
func (d Decimal) Apd() *apd.Decimal { return d.d }

// Type returns "decimal.Decimal".
func (d Decimal) Type() string { return "decimal.Decimal" }

// Class returns decimal.Decimal.
func (d Decimal) Class() *Class { return DecimalClass }

// String returns str(d) (to-scientific-string).
func (d Decimal) String() string {
	switch d.d.Form {
	case apd.NaN:
		if d.d.Negative {
			return "-NaN"
		}
		return "NaN"
	case apd.NaNSignaling:
		return "sNaN"
	}
	return d.d.String()
}

// Repr renders Decimal('12.50').
func (d Decimal) Repr(th *Thread) (string, error) { return "Decimal('" + d.String() + "')", nil }

// Str renders 12.50.
func (d Decimal) Str(th *Thread) (string, error) { return d.String(), nil }

// Truth is false for zero.
func (d Decimal) Truth(th *Thread) (bool, error) { return !d.d.IsZero() || d.d.Form != apd.Finite, nil }

func decimalError(cond apd.Condition, err error) error {
	switch {
	case cond&apd.DivisionByZero != 0:
		return NewException(DecimalDivisionByZero, NewList([]Value{DecimalDivisionByZero}))
	case cond&apd.DivisionUndefined != 0:
		return NewException(decimalDivisionUndefined, NewList([]Value{decimalDivisionUndefined}))
	case cond&apd.DivisionImpossible != 0:
		return NewException(decimalDivisionImpossible, NewList([]Value{decimalDivisionImpossible}))
	case cond&apd.Overflow != 0:
		return NewException(DecimalOverflow, NewList([]Value{DecimalOverflow}))
	}
	return NewException(DecimalInvalidOperation, NewList([]Value{DecimalInvalidOperation}))
}

// toDecimal converts an operand (Decimal, int, bool) for arithmetic.
func toDecimal(v Value) (*apd.Decimal, bool) {
	switch x := v.(type) {
	case Decimal:
		return x.d, true
	case Int, Bool:
		i, _ := asInt(x)
		if s, ok := i.Int64(); ok {
			return apd.New(s, 0), true
		}
		return apd.NewWithBigInt(new(apd.BigInt).SetMathBigInt(i.bigView()), 0), true
	}
	return nil, false
}

// Binary implements + - * / // % ** with Decimal and int operands.
func (d Decimal) Binary(th *Thread, op BinaryOp, y Value, side Side) (Value, error) {
	other, ok := toDecimal(y)
	if !ok {
		return NotImplemented, nil
	}
	a, b := d.d, other
	if side == Right {
		a, b = b, a
	}
	r := new(apd.Decimal)
	var cond apd.Condition
	var err error
	ctx := DecimalContext
	switch op {
	case Plus:
		cond, err = ctx.Add(r, a, b)
	case Minus:
		cond, err = ctx.Sub(r, a, b)
	case Star:
		cond, err = ctx.Mul(r, a, b)
	case Slash:
		cond, err = ctx.Quo(r, a, b)
		if err == nil && cond&apd.Inexact == 0 && r.Form == apd.Finite {
			reduceToIdeal(r, a.Exponent-b.Exponent)
		}
	case SlashSlash:
		cond, err = ctx.QuoInteger(r, a, b)
	case Percent:
		cond, err = ctx.Rem(r, a, b)
	case StarStar:
		if err := th.Charge(decimalPowWork(a, b)); err != nil {
			return nil, err
		}
		cond, err = ctx.Pow(r, a, b)
	default:
		return NotImplemented, nil
	}
	if err != nil {
		return nil, decimalError(cond, err)
	}
	return Decimal{d: r}, nil
}

// Unary implements -d, +d.
func (d Decimal) Unary(th *Thread, op UnaryOp) (Value, error) {
	r := new(apd.Decimal)
	switch op {
	case UMinus:
		if _, err := DecimalContext.Neg(r, d.d); err != nil {
			return nil, err
		}
	case UPlus:
		if _, err := DecimalContext.Round(r, d.d); err != nil {
			return nil, err
		}
	default:
		return NotImplemented, nil
	}
	return Decimal{d: r}, nil
}

// Compare compares with Decimal, int and float values exactly.
func (d Decimal) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	var other *apd.Decimal
	switch x := y.(type) {
	case Float:
		other = DecimalFromFloat(float64(x)).d
	default:
		var ok bool
		if other, ok = toDecimal(y); !ok {
			return NotImplemented, nil
		}
	}
	if d.d.Form == apd.NaN || d.d.Form == apd.NaNSignaling || other.Form == apd.NaN || other.Form == apd.NaNSignaling {
		switch op {
		case EQ:
			return False, nil
		case NE:
			return True, nil
		}
		return nil, NewException(DecimalInvalidOperation, NewList([]Value{DecimalInvalidOperation}))
	}
	return Bool(cmpInts(op, d.d.Cmp(other), 0)), nil
}

// Hash is consistent with int and float hashes of equal values.
func (d Decimal) Hash(th *Thread) (uint64, error) {
	switch d.d.Form {
	case apd.NaNSignaling:
		return 0, NewError(TypeError, "Cannot hash a signaling NaN value.")
	case apd.NaN:
		return 0, nil
	case apd.Infinite:
		if d.d.Negative {
			return floatHash(math.Inf(-1)), nil
		}
		return floatHash(math.Inf(1)), nil
	}
	c := d.d.Coeff.MathBigInt()
	r := rationalHash(c, int(d.d.Exponent), 10)
	if d.d.Negative {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return uint64(r), nil
}

// Format implements format(d, spec) for the f, e, g, % and empty types.
func (d Decimal) Format(th *Thread, spec string) (string, error) {
	if spec == "" {
		return d.String(), nil
	}
	fs, err := parseSpecFor(spec, "decimal.Decimal")
	if err != nil {
		return "", err
	}
	x := d.d
	neg := x.Negative
	abs := new(apd.Decimal).Abs(x)
	var body string
	ctx := *DecimalContext
	ctx.Precision = 1000
	switch fs.Kind {
	case 'f', 'F', '%':
		if fs.Kind == '%' {
			abs.Exponent += 2
		}
		if fs.Precision >= 0 && abs.Form == apd.Finite {
			r := new(apd.Decimal)
			if _, err := ctx.Quantize(r, abs, int32(-fs.Precision)); err == nil {
				abs = r
			}
		}
		body = abs.Text('f')
		if fs.Kind == '%' {
			body += "%"
		}
	case 'e', 'E':
		if fs.Precision >= 0 && abs.Form == apd.Finite {
			r := new(apd.Decimal)
			c2 := *DecimalContext
			c2.Precision = uint32(fs.Precision + 1)
			c2.Round(r, abs)
			abs = r
			body = decimalSci(abs, fs.Precision)
		} else {
			body = abs.Text('e')
		}
	case 0, 'g', 'G', 'n':
		if fs.Precision > 0 && abs.Form == apd.Finite {
			r := new(apd.Decimal)
			c2 := *DecimalContext
			c2.Precision = uint32(fs.Precision)
			c2.Round(r, abs)
			abs = r
		}
		body = abs.String()
	default:
		return "", NewError(ValueError, "Unknown format code '%c' for object of type 'decimal.Decimal'", fs.Kind)
	}
	if fs.Kind == 'E' || fs.Kind == 'G' {
		body = strings.ToUpper(body)
	}
	sign := signPrefix(neg, fs.Sign)
	if fs.Grouping != 0 || (fs.Align == '=' && fs.Fill == '0') {
		intPart, rest := body, ""
		if k := strings.IndexAny(body, ".eE%"); k >= 0 {
			intPart, rest = body[:k], body[k:]
		}
		body = zeroGroupPad(fs, sign, intPart, fs.Grouping, 3, rest)
	}
	return fs.Pad(sign, body, '>'), nil
}

func decimalSci(x *apd.Decimal, prec int) string {
	digits := x.Coeff.String()
	for len(digits) < prec+1 {
		digits += "0"
	}
	exp := int(x.Exponent) + len(x.Coeff.String()) - 1
	s := digits[:1]
	if prec > 0 {
		s += "." + digits[1:prec+1]
	}
	if exp < 0 {
		return s + "e-" + itoa(-exp)
	}
	return s + "e+" + itoa(exp)
}

var decimalRoundings = map[string]apd.Rounder{
	"ROUND_DOWN":      apd.RoundDown,
	"ROUND_HALF_UP":   apd.RoundHalfUp,
	"ROUND_HALF_EVEN": apd.RoundHalfEven,
	"ROUND_CEILING":   apd.RoundCeiling,
	"ROUND_FLOOR":     apd.RoundFloor,
	"ROUND_UP":        apd.RoundUp,
	"ROUND_HALF_DOWN": apd.RoundHalfDown,
	"ROUND_05UP":      apd.Round05Up,
}

func decimalRecv(args Tuple) (Decimal, error) {
	if len(args) > 0 {
		if d, ok := args[0].(Decimal); ok {
			return d, nil
		}
	}
	return Decimal{}, NewError(TypeError, "descriptor requires a 'decimal.Decimal' object")
}

func decimalMethod(fn func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error)) methodFunc {
	return func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		d, err := decimalRecv(args)
		if err != nil {
			return nil, err
		}
		return fn(th, d, args[1:], kwargs)
	}
}

func (d Decimal) toInt() (Int, error) {
	switch d.d.Form {
	case apd.NaN, apd.NaNSignaling:
		return Int{}, NewError(ValueError, "cannot convert NaN to integer")
	case apd.Infinite:
		return Int{}, NewError(OverflowError, "cannot convert Infinity to integer")
	}
	r := new(apd.Decimal)
	ctx := *DecimalContext
	ctx.Precision = 0
	ctx.Rounding = apd.RoundDown
	if _, err := ctx.RoundToIntegralValue(r, d.d); err != nil {
		return Int{}, decimalError(0, err)
	}
	c := r.Coeff.MathBigInt()
	if r.Exponent > 0 {
		c.Mul(c, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(r.Exponent)), nil))
	}
	if r.Negative {
		c.Neg(c)
	}
	return makeBigOwned(c), nil
}

func init() {
	DecimalClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var v Value = MakeInt(0)
		var ctx Value
		if err := UnpackArgs("Decimal", args, kwargs, "value?", &v, "context?", &ctx); err != nil {
			return nil, err
		}
		if mv := mixinValue(v); mv != nil {
			v = mv
		}
		switch x := v.(type) {
		case Decimal:
			return x, nil
		case String:
			return ParseDecimal(string(x))
		case Int, Bool:
			d, _ := toDecimal(x)
			return Decimal{d: d}, nil
		case Float:
			return DecimalFromFloat(float64(x)), nil
		}
		return nil, NewError(TypeError, "conversion from %s to Decimal is not supported", v.Type())
	}
	defMethods(DecimalClass, map[string]methodFunc{
		"quantize": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			var exp, rounding, context Value
			if err := UnpackArgs("quantize", args, kwargs, "exp", &exp, "rounding?", &rounding, "context?", &context); err != nil {
				return nil, err
			}
			e, ok := toDecimal(exp)
			if !ok {
				return nil, NewError(TypeError, "conversion from %s to Decimal is not supported", exp.Type())
			}
			ctx := *DecimalContext
			if rounding != nil && rounding != None {
				s, _ := rounding.(String)
				r, ok := decimalRoundings[string(s)]
				if !ok {
					return nil, NewError(TypeError, "valid values for rounding are: [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]")
				}
				ctx.Rounding = r
			}
			res := new(apd.Decimal)
			cond, err := ctx.Quantize(res, d.d, e.Exponent)
			if err != nil || res.NumDigits() > int64(DecimalContext.Precision) {
				return nil, NewException(DecimalInvalidOperation, NewList([]Value{DecimalInvalidOperation}))
			}
			_ = cond
			return Decimal{d: res}, nil
		}),
		"to_integral_value": decimalMethod(decimalToIntegral),
		"to_integral":       decimalMethod(decimalToIntegral),
		"normalize": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			res := new(apd.Decimal)
			if _, _, err := DecimalContext.Reduce(res, d.d); err != nil {
				return nil, decimalError(0, err)
			}
			return Decimal{d: res}, nil
		}),
		"sqrt": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			res := new(apd.Decimal)
			if cond, err := DecimalContext.Sqrt(res, d.d); err != nil {
				return nil, decimalError(cond, err)
			}
			return Decimal{d: res}, nil
		}),
		"copy_abs": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			return Decimal{d: new(apd.Decimal).Abs(d.d)}, nil
		}),
		"adjusted": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			if d.d.Form != apd.Finite || d.d.IsZero() {
				return MakeInt(0), nil
			}
			return MakeInt(int64(d.d.Exponent) + d.d.NumDigits() - 1), nil
		}),
		"is_nan": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			return Bool(d.d.Form == apd.NaN || d.d.Form == apd.NaNSignaling), nil
		}),
		"is_infinite": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			return Bool(d.d.Form == apd.Infinite), nil
		}),
		"is_finite": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			return Bool(d.d.Form == apd.Finite), nil
		}),
		"is_zero": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			return Bool(d.d.Form == apd.Finite && d.d.IsZero()), nil
		}),
		"is_signed": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			return Bool(d.d.Negative), nil
		}),
		"as_tuple": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			var digits Tuple
			for _, c := range d.d.Coeff.String() {
				digits = append(digits, MakeInt(int64(c-'0')))
			}
			sign := int64(0)
			if d.d.Negative {
				sign = 1
			}
			var exp Value = MakeInt(int64(d.d.Exponent))
			switch d.d.Form {
			case apd.Infinite:
				exp = String("F")
			case apd.NaN:
				exp = String("n")
			case apd.NaNSignaling:
				exp = String("N")
			}
			return Tuple{MakeInt(sign), digits, exp}, nil
		}),
		"__int__": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			return d.toInt()
		}),
		"__float__": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			if d.d.Form == apd.NaN {
				return Float(math.NaN()), nil
			}
			f, err := d.d.Float64()
			if err != nil {
				return nil, NewError(ValueError, "cannot convert %s to float", d.String())
			}
			return Float(f), nil
		}),
		"__abs__": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			res := new(apd.Decimal)
			DecimalContext.Abs(res, d.d)
			return Decimal{d: res}, nil
		}),
		"__round__": decimalMethod(func(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
			if len(args) == 0 || args[0] == None {
				res := new(apd.Decimal)
				ctx := *DecimalContext
				ctx.Precision = 0
				if _, err := ctx.RoundToIntegralValue(res, d.d); err != nil {
					return nil, decimalError(0, err)
				}
				return Decimal{d: res}.toInt()
			}
			n, err := AsInt64(args[0])
			if err != nil {
				return nil, err
			}
			res := new(apd.Decimal)
			if _, err := DecimalContext.Quantize(res, d.d, int32(-n)); err != nil {
				return nil, NewException(DecimalInvalidOperation, NewList([]Value{DecimalInvalidOperation}))
			}
			return Decimal{d: res}, nil
		}),
	})
	DecimalClass.Dict.SetStr("from_float", &ClassMethod{Func: NewBuiltin("from_float", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount("from_float", args[1:], 1, 1); err != nil {
			return nil, err
		}
		f, err := AsFloat(args[1])
		if err != nil {
			return nil, err
		}
		return DecimalFromFloat(f), nil
	})})
	builtinModules["decimal"] = func(th *Thread) *Module {
		m := NewModule("decimal", map[string]Value{
			"Decimal":          DecimalClass,
			"DecimalException": DecimalException,
			"InvalidOperation": DecimalInvalidOperation,
			"DivisionByZero":   DecimalDivisionByZero,
			"Overflow":         DecimalOverflow,
		})
		for name := range decimalRoundings {
			m.Set(name, String(name))
		}
		return m
	}
}

func decimalToIntegral(th *Thread, d Decimal, args Tuple, kwargs []Kwarg) (Value, error) {
	var rounding Value
	if err := UnpackArgs("to_integral_value", args, kwargs, "rounding?", &rounding); err != nil {
		return nil, err
	}
	ctx := *DecimalContext
	ctx.Precision = 0
	if s, ok := rounding.(String); ok {
		if r, ok := decimalRoundings[string(s)]; ok {
			ctx.Rounding = r
		}
	}
	res := new(apd.Decimal)
	if _, err := ctx.RoundToIntegralValue(res, d.d); err != nil {
		return nil, decimalError(0, err)
	}
	return Decimal{d: res}, nil
}

// reduceToIdeal strips trailing zeros of an exact quotient down to the
// ideal exponent, as the specification (and Python) require.
func reduceToIdeal(r *apd.Decimal, ideal int32) {
	if r.Exponent >= ideal || r.IsZero() {
		if r.IsZero() && r.Exponent < ideal {
			r.Exponent = ideal
		}
		return
	}
	c := r.Coeff.MathBigInt()
	ten := big.NewInt(10)
	q, m := new(big.Int), new(big.Int)
	for r.Exponent < ideal {
		q.QuoRem(c, ten, m)
		if m.Sign() != 0 {
			break
		}
		c.Set(q)
		r.Exponent++
	}
	r.Coeff.SetMathBigInt(c)
}
