package python

import (
	"math"
	"math/big"
)

// The math module: the common functions and constants.

func mathFloat1(name string, fn func(float64) float64, domain func(float64) bool) *Builtin {
	return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount(name, args, 1, 1); err != nil {
			return nil, err
		}
		x, err := toFloat(th, args[0])
		if err != nil {
			return nil, NewError(TypeError, "must be real number, not %s", args[0].Type())
		}
		f := float64(x.(Float))
		if domain != nil && !domain(f) {
			return nil, NewError(ValueError, "math domain error")
		}
		r := fn(f)
		if math.IsInf(r, 0) && !math.IsInf(f, 0) {
			return nil, NewError(OverflowError, "math range error")
		}
		return Float(r), nil
	})
}

func mathRound(name string, fn func(float64) float64) *Builtin {
	return NewBuiltin(name, func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount(name, args, 1, 1); err != nil {
			return nil, err
		}
		switch x := args[0].(type) {
		case Int, Bool:
			i, _ := asInt(x)
			return i, nil
		case Float:
			return intFromFloat(fn(float64(x)))
		case Decimal:
			f, _ := x.d.Float64()
			return intFromFloat(fn(f))
		}
		return nil, NewError(TypeError, "must be real number, not %s", args[0].Type())
	})
}

func init() {
	builtinModules["math"] = func(th *Thread) *Module {
		return NewModule("math", map[string]Value{
			"pi":    Float(math.Pi),
			"e":     Float(math.E),
			"tau":   Float(2 * math.Pi),
			"inf":   Float(math.Inf(1)),
			"nan":   Float(math.NaN()),
			"sqrt":  mathFloat1("sqrt", math.Sqrt, func(x float64) bool { return x >= 0 || math.IsNaN(x) }),
			"exp":   mathFloat1("exp", math.Exp, nil),
			"log2":  mathFloat1("log2", math.Log2, func(x float64) bool { return x > 0 }),
			"log10": mathFloat1("log10", math.Log10, func(x float64) bool { return x > 0 }),
			"sin":   mathFloat1("sin", math.Sin, nil),
			"cos":   mathFloat1("cos", math.Cos, nil),
			"tan":   mathFloat1("tan", math.Tan, nil),
			"asin":  mathFloat1("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 }),
			"acos":  mathFloat1("acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 }),
			"atan":  mathFloat1("atan", math.Atan, nil),
			"fabs":  mathFloat1("fabs", math.Abs, nil),
			"floor": mathRound("floor", math.Floor),
			"ceil":  mathRound("ceil", math.Ceil),
			"trunc": mathRound("trunc", math.Trunc),
			"log": NewBuiltin("log", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("log", args, 1, 2); err != nil {
					return nil, err
				}
				x, err := AsFloat(args[0])
				if err != nil {
					return nil, err
				}
				if x <= 0 {
					return nil, NewError(ValueError, "math domain error")
				}
				r := math.Log(x)
				if len(args) == 2 {
					b, err := AsFloat(args[1])
					if err != nil {
						return nil, err
					}
					if b <= 0 || b == 1 {
						return nil, NewError(ValueError, "math domain error")
					}
					r /= math.Log(b)
				}
				return Float(r), nil
			}),
			"pow": NewBuiltin("pow", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("pow", args, 2, 2); err != nil {
					return nil, err
				}
				x, err := AsFloat(args[0])
				if err != nil {
					return nil, err
				}
				y, err := AsFloat(args[1])
				if err != nil {
					return nil, err
				}
				return floatBinary(StarStar, x, y)
			}),
			"isnan": NewBuiltin("isnan", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("isnan", args, 1, 1); err != nil {
					return nil, err
				}
				x, err := AsFloat(args[0])
				return Bool(math.IsNaN(x)), err
			}),
			"isinf": NewBuiltin("isinf", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("isinf", args, 1, 1); err != nil {
					return nil, err
				}
				x, err := AsFloat(args[0])
				return Bool(math.IsInf(x, 0)), err
			}),
			"isfinite": NewBuiltin("isfinite", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("isfinite", args, 1, 1); err != nil {
					return nil, err
				}
				x, err := AsFloat(args[0])
				return Bool(!math.IsInf(x, 0) && !math.IsNaN(x)), err
			}),
			"isclose": NewBuiltin("isclose", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				var a, b float64
				rel, abs := 1e-9, 0.0
				if err := UnpackArgs("isclose", args, kwargs, "a", &a, "b", &b, "*rel_tol?", &rel, "*abs_tol?", &abs); err != nil {
					return nil, err
				}
				if a == b {
					return True, nil
				}
				d := math.Abs(a - b)
				return Bool(d <= math.Max(rel*math.Max(math.Abs(a), math.Abs(b)), abs)), nil
			}),
			"gcd": NewBuiltin("gcd", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				g := new(big.Int)
				for _, a := range args {
					i, ok := asInt(a)
					if !ok {
						return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", a.Type())
					}
					g.GCD(nil, nil, g, new(big.Int).Abs(i.bigView()))
				}
				return makeBigOwned(g), nil
			}),
			"factorial": NewBuiltin("factorial", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("factorial", args, 1, 1); err != nil {
					return nil, err
				}
				n, err := AsInt64(args[0])
				if err != nil {
					return nil, err
				}
				if n < 0 {
					return nil, NewError(ValueError, "factorial() not defined for negative values")
				}
				if n > 20000 {
					return nil, NewError(OverflowError, "factorial() argument should not exceed 20000")
				}
				return makeBigOwned(new(big.Int).MulRange(1, n)), nil
			}),
			"fsum": NewBuiltin("fsum", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("fsum", args, 1, 1); err != nil {
					return nil, err
				}
				s := new(big.Float).SetPrec(2000)
				err := Iterate(th, args[0], func(x Value) error {
					f, err := AsFloat(x)
					if err != nil {
						return err
					}
					s.Add(s, big.NewFloat(f))
					return nil
				})
				r, _ := s.Float64()
				return Float(r), err
			}),
		})
	}
}
