package python

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// Int is Python's arbitrary-precision int. Values that fit in an int64 use
// the fast path; others are held in a *big.Int (never shared, never
// mutated). The zero Int is 0.
type Int struct {
	small int64
	big   *big.Int // non-nil only when the value does not fit in int64
}

// MakeInt returns the Int for x.
func MakeInt(x int64) Int { return Int{small: x} }

// MakeBigInt returns the Int for x (x is copied).
func MakeBigInt(x *big.Int) Int {
	if x.IsInt64() {
		return Int{small: x.Int64()}
	}
	return Int{big: new(big.Int).Set(x)}
}

func makeBigOwned(x *big.Int) Int {
	if x.IsInt64() {
		return Int{small: x.Int64()}
	}
	return Int{big: x}
}

// Type returns "int".
func (Int) Type() string { return "int" }

// Int64 returns the value and whether it fits in an int64.
func (i Int) Int64() (int64, bool) {
	if i.big != nil {
		return 0, false
	}
	return i.small, true
}

// BigInt returns the value as a new *big.Int.
func (i Int) BigInt() *big.Int {
	if i.big != nil {
		return new(big.Int).Set(i.big)
	}
	return big.NewInt(i.small)
}

func (i Int) bigView() *big.Int {
	if i.big != nil {
		return i.big
	}
	return big.NewInt(i.small)
}

// Sign returns -1, 0 or +1.
func (i Int) Sign() int {
	if i.big != nil {
		return i.big.Sign()
	}
	switch {
	case i.small < 0:
		return -1
	case i.small > 0:
		return 1
	}
	return 0
}

// String returns the decimal representation.
func (i Int) String() string {
	if i.big != nil {
		return i.big.String()
	}
	return strconv.FormatInt(i.small, 10)
}

// Float returns the nearest float64, and false on overflow.
func (i Int) Float() (float64, bool) {
	if i.big == nil {
		return float64(i.small), true
	}
	f, _ := new(big.Float).SetInt(i.big).Float64()
	if math.IsInf(f, 0) {
		return f, false
	}
	return f, true
}

func (i Int) cmp(j Int) int {
	if i.big == nil && j.big == nil {
		switch {
		case i.small < j.small:
			return -1
		case i.small > j.small:
			return 1
		}
		return 0
	}
	return i.bigView().Cmp(j.bigView())
}

func (i Int) add(j Int) Int {
	if i.big == nil && j.big == nil {
		s, c := bits.Add64(uint64(i.small), uint64(j.small), 0)
		_ = c
		r := int64(s)
		// overflow iff operands have the same sign and the result's sign differs
		if (i.small >= 0) == (j.small >= 0) && (r >= 0) != (i.small >= 0) {
			return makeBigOwned(new(big.Int).Add(i.bigView(), j.bigView()))
		}
		return Int{small: r}
	}
	return makeBigOwned(new(big.Int).Add(i.bigView(), j.bigView()))
}

func (i Int) sub(j Int) Int {
	if i.big == nil && j.big == nil {
		r := i.small - j.small
		if (i.small >= 0) != (j.small >= 0) && (r >= 0) != (i.small >= 0) {
			return makeBigOwned(new(big.Int).Sub(i.bigView(), j.bigView()))
		}
		return Int{small: r}
	}
	return makeBigOwned(new(big.Int).Sub(i.bigView(), j.bigView()))
}

func (i Int) mul(j Int) Int {
	if i.big == nil && j.big == nil {
		a, b := i.small, j.small
		if a == 0 || b == 0 {
			return Int{}
		}
		r := a * b
		if r/b == a && !(a == -1 && b == math.MinInt64) && !(b == -1 && a == math.MinInt64) {
			return Int{small: r}
		}
	}
	return makeBigOwned(new(big.Int).Mul(i.bigView(), j.bigView()))
}

func (i Int) neg() Int {
	if i.big == nil && i.small != math.MinInt64 {
		return Int{small: -i.small}
	}
	return makeBigOwned(new(big.Int).Neg(i.bigView()))
}

// floorDivMod returns Python's (i // j, i % j); j must be non-zero.
func (i Int) floorDivMod(j Int) (Int, Int) {
	if i.big == nil && j.big == nil && !(i.small == math.MinInt64 && j.small == -1) {
		q, r := i.small/j.small, i.small%j.small
		if r != 0 && (r < 0) != (j.small < 0) {
			q--
			r += j.small
		}
		return Int{small: q}, Int{small: r}
	}
	q, m := new(big.Int), new(big.Int)
	q.DivMod(i.bigView(), j.bigView(), m) // Euclidean: m >= 0
	if m.Sign() != 0 && j.Sign() < 0 {
		q.Add(q, big.NewInt(1))
		m.Add(m, j.bigView())
	}
	return makeBigOwned(q), makeBigOwned(m)
}

func (i Int) and(j Int) Int {
	if i.big == nil && j.big == nil {
		return Int{small: i.small & j.small}
	}
	return makeBigOwned(new(big.Int).And(i.bigView(), j.bigView()))
}

func (i Int) or(j Int) Int {
	if i.big == nil && j.big == nil {
		return Int{small: i.small | j.small}
	}
	return makeBigOwned(new(big.Int).Or(i.bigView(), j.bigView()))
}

func (i Int) xor(j Int) Int {
	if i.big == nil && j.big == nil {
		return Int{small: i.small ^ j.small}
	}
	return makeBigOwned(new(big.Int).Xor(i.bigView(), j.bigView()))
}

func (i Int) not() Int {
	if i.big == nil {
		return Int{small: ^i.small}
	}
	return makeBigOwned(new(big.Int).Not(i.big))
}

// maxIntBits bounds the size of ints built by <<, ** and int("...") so that
// a script cannot exhaust memory.
const maxIntBits = 1 << 20

func (i Int) lsh(n uint) (Int, error) {
	if i.Sign() == 0 {
		return i, nil
	}
	if uint(i.bigView().BitLen())+n > maxIntBits {
		return Int{}, NewError(OverflowError, "integer too large")
	}
	if i.big == nil && n < 62 {
		r := i.small << n
		if r>>n == i.small {
			return Int{small: r}, nil
		}
	}
	return makeBigOwned(new(big.Int).Lsh(i.bigView(), n)), nil
}

func (i Int) rsh(n uint) Int {
	if i.big == nil {
		if n >= 64 {
			if i.small < 0 {
				return Int{small: -1}
			}
			return Int{}
		}
		return Int{small: i.small >> n}
	}
	return makeBigOwned(new(big.Int).Rsh(i.big, n))
}

func (i Int) pow(j Int) (Int, error) {
	// j >= 0
	e, ok := j.Int64()
	if !ok {
		if i.big == nil && (i.small == 0 || i.small == 1) {
			return i, nil
		}
		if i.big == nil && i.small == -1 {
			if j.bigView().Bit(0) == 0 {
				return MakeInt(1), nil
			}
			return i, nil
		}
		return Int{}, NewError(OverflowError, "integer too large")
	}
	bl := int64(i.bigView().BitLen())
	if bl > 1 && bl*e > maxIntBits*2 {
		return Int{}, NewError(OverflowError, "integer too large")
	}
	return makeBigOwned(new(big.Int).Exp(i.bigView(), big.NewInt(e), nil)), nil
}

// hashMod is Python's modulus for numeric hashes, 2**61 - 1.
const hashMod = (1 << 61) - 1

func (i Int) hash() uint64 {
	var h int64
	if i.big == nil {
		x := i.small
		neg := x < 0
		var u uint64
		if neg {
			u = uint64(-(x + 1)) + 1
		} else {
			u = uint64(x)
		}
		h = int64(u % hashMod)
		if neg {
			h = -h
		}
	} else {
		m := new(big.Int).Mod(new(big.Int).Abs(i.big), big.NewInt(hashMod))
		h = m.Int64()
		if i.big.Sign() < 0 {
			h = -h
		}
	}
	if h == -1 {
		h = -2
	}
	return uint64(h)
}

// AsInt64 converts an int-like value (Int or Bool) to int64, with a
// TypeError for other types and OverflowError when it does not fit.
func AsInt64(v Value) (int64, error) {
	switch v := v.(type) {
	case Int:
		if x, ok := v.Int64(); ok {
			return x, nil
		}
		return 0, NewError(OverflowError, "Python int too large to convert to C int")
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, NewError(TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
}

// asIndex converts an index value (int, bool, or instance with __index__)
// to int; the error names what was being indexed.
func asInt(v Value) (Int, bool) {
	switch v := v.(type) {
	case Int:
		return v, true
	case Bool:
		if v {
			return MakeInt(1), true
		}
		return MakeInt(0), true
	case *Instance:
		if mv := mixinValue(v); mv != nil {
			return asInt(mv)
		}
	}
	return Int{}, false
}

// parseInt implements int(str, base).
func parseInt(s string, base int) (Int, bool) {
	t := trimPySpace(s)
	neg := false
	if len(t) > 0 && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	if base == 0 || base == 16 || base == 8 || base == 2 {
		if len(t) > 2 && t[0] == '0' {
			p := t[1] | 0x20
			switch {
			case p == 'x' && (base == 0 || base == 16):
				base, t = 16, t[2:]
			case p == 'o' && (base == 0 || base == 8):
				base, t = 8, t[2:]
			case p == 'b' && (base == 0 || base == 2):
				base, t = 2, t[2:]
			}
		}
		if base == 0 {
			base = 10
			if len(t) > 1 && t[0] == '0' {
				for _, c := range t {
					if c != '0' && c != '_' {
						return Int{}, false
					}
				}
			}
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' {
		return Int{}, false
	}
	clean := make([]byte, 0, len(t))
	for k := 0; k < len(t); k++ {
		if t[k] == '_' {
			if t[k-1] == '_' {
				return Int{}, false
			}
			continue
		}
		clean = append(clean, t[k])
	}
	if len(clean) > maxIntBits/3 {
		return Int{}, false
	}
	z, ok := new(big.Int).SetString(string(clean), base)
	if !ok {
		return Int{}, false
	}
	if neg {
		z.Neg(z)
	}
	return makeBigOwned(z), true
}

// intFromFloat truncates f toward zero.
func intFromFloat(f float64) (Int, error) {
	if math.IsNaN(f) {
		return Int{}, NewError(ValueError, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return Int{}, NewError(OverflowError, "cannot convert float infinity to integer")
	}
	t := math.Trunc(f)
	if t >= -9.2e18 && t <= 9.2e18 {
		return MakeInt(int64(t)), nil
	}
	z, _ := new(big.Float).SetFloat64(t).Int(nil)
	return makeBigOwned(z), nil
}
