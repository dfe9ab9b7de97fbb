package python

import "math/big"

// The random module: CPython's Mersenne Twister (Modules/_randommodule.c)
// and the Python-level methods of Lib/random.py over it, so that
// random.seed(42); random.randint(1, 10) gives CPython's number. Without
// a seed the generator starts from seed 0 (CPython seeds from the OS:
// such a trace cannot be reproduced anyway).

type mt19937 struct {
	state [624]uint32
	index int
}

func (m *mt19937) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < 624; i++ {
		m.state[i] = 1812433253*(m.state[i-1]^(m.state[i-1]>>30)) + uint32(i)
	}
	m.index = 624
}

// initByArray is init_by_array: the seed's 32-bit words.
func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := max(624, len(key))
	for ; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			m.state[0] = m.state[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		m.state[i] = (m.state[i] ^ ((m.state[i-1] ^ (m.state[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			m.state[0] = m.state[623]
			i = 1
		}
	}
	m.state[0] = 0x80000000
}

func (m *mt19937) genrand() uint32 {
	if m.index >= 624 {
		for kk := 0; kk < 624; kk++ {
			y := (m.state[kk] & 0x80000000) | (m.state[(kk+1)%624] & 0x7fffffff)
			v := m.state[(kk+397)%624] ^ (y >> 1)
			if y&1 != 0 {
				v ^= 0x9908b0df
			}
			m.state[kk] = v
		}
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// seed is random_seed for an int (its absolute value's words) or None.
func (m *mt19937) seed(n *big.Int) {
	n = new(big.Int).Abs(n)
	var key []uint32
	words := n.Bits()
	for _, w := range words {
		key = append(key, uint32(w))
		if bigWordBits == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	m.initByArray(key)
}

const bigWordBits = 32 << (^big.Word(0) >> 63)

func (m *mt19937) random() float64 {
	a, b := m.genrand()>>5, m.genrand()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// getrandbits is random_getrandbits.
func (m *mt19937) getrandbits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(m.genrand() >> (32 - k)))
	}
	var words []uint32
	for ; k > 0; k -= 32 {
		r := m.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		words = append(words, r)
	}
	n := new(big.Int)
	for i := len(words) - 1; i >= 0; i-- {
		n.Lsh(n, 32).Or(n, big.NewInt(int64(words[i])))
	}
	return n
}

// randbelow is Random._randbelow_with_getrandbits.
func (m *mt19937) randbelow(n *big.Int) *big.Int {
	k := n.BitLen()
	r := m.getrandbits(k)
	for r.Cmp(n) >= 0 {
		r = m.getrandbits(k)
	}
	return r
}

func init() {
	builtinModules["random"] = func(th *Thread) *Module {
		m := &mt19937{}
		m.seed(big.NewInt(0))
		intArg := func(name string, v Value) (*big.Int, error) {
			i, ok := asInt(v)
			if !ok {
				return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
			}
			return new(big.Int).Set(i.bigView()), nil
		}
		below := func(n int) int { return int(m.randbelow(big.NewInt(int64(n))).Int64()) }
		fns := map[string]Value{
			"seed": NewBuiltin("seed", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				if err := argCount("seed", args, 0, 1); err != nil {
					return nil, err
				}
				if len(args) == 0 || args[0] == None {
					m.seed(big.NewInt(0))
					return None, nil
				}
				n, err := intArg("seed", args[0])
				if err != nil {
					return nil, NewError(TypeError, "The only supported seed types are: None, int, float, str, bytes, and bytearray.")
				}
				m.seed(n)
				return None, nil
			}),
			"random": NewBuiltin("random", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				return Float(m.random()), argCount("random", args, 0, 0)
			}),
			"getrandbits": NewBuiltin("getrandbits", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				if err := argCount("getrandbits", args, 1, 1); err != nil {
					return nil, err
				}
				k, err := AsInt64(args[0])
				if err != nil {
					return nil, err
				}
				if k < 0 {
					return nil, NewError(ValueError, "number of bits must be non-negative")
				}
				return makeBigOwned(m.getrandbits(int(k))), nil
			}),
			"randint": NewBuiltin("randint", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var a, b Value
				if err := UnpackArgs("randint", args, kw, "a", &a, "b", &b); err != nil {
					return nil, err
				}
				lo, err := intArg("randint", a)
				if err != nil {
					return nil, err
				}
				hi, err := intArg("randint", b)
				if err != nil {
					return nil, err
				}
				width := new(big.Int).Sub(hi, lo)
				width.Add(width, big.NewInt(1))
				if width.Sign() <= 0 {
					return nil, NewError(ValueError, "empty range in randrange(%s, %s)", lo, width.Add(hi, big.NewInt(1)))
				}
				return makeBigOwned(new(big.Int).Add(lo, m.randbelow(width))), nil
			}),
			"randrange": NewBuiltin("randrange", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				if err := argCount("randrange", args, 1, 2); err != nil {
					return nil, err
				}
				lo, hi := big.NewInt(0), (*big.Int)(nil)
				var err error
				if len(args) == 1 {
					hi, err = intArg("randrange", args[0])
				} else if lo, err = intArg("randrange", args[0]); err == nil {
					hi, err = intArg("randrange", args[1])
				}
				if err != nil {
					return nil, err
				}
				width := new(big.Int).Sub(hi, lo)
				if width.Sign() <= 0 {
					if len(args) == 1 {
						return nil, NewError(ValueError, "empty range for randrange()")
					}
					return nil, NewError(ValueError, "empty range in randrange(%s, %s)", lo, hi)
				}
				return makeBigOwned(new(big.Int).Add(lo, m.randbelow(width))), nil
			}),
			"uniform": NewBuiltin("uniform", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				if err := argCount("uniform", args, 2, 2); err != nil {
					return nil, err
				}
				a, err := toFloat(th, args[0])
				if err != nil {
					return nil, err
				}
				b, err := toFloat(th, args[1])
				if err != nil {
					return nil, err
				}
				x, y := float64(a.(Float)), float64(b.(Float))
				return Float(x + (y-x)*m.random()), nil
			}),
			"choice": NewBuiltin("choice", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				if err := argCount("choice", args, 1, 1); err != nil {
					return nil, err
				}
				items, err := collect(th, args[0])
				if err != nil {
					return nil, err
				}
				if len(items) == 0 {
					return nil, NewError(IndexError, "Cannot choose from an empty sequence")
				}
				return items[below(len(items))], nil
			}),
			"shuffle": NewBuiltin("shuffle", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				if err := argCount("shuffle", args, 1, 1); err != nil {
					return nil, err
				}
				l, ok := args[0].(*List)
				if !ok {
					return nil, NewError(TypeError, "'%s' object does not support item assignment", args[0].Type())
				}
				for i := len(l.elems) - 1; i > 0; i-- {
					j := below(i + 1)
					l.elems[i], l.elems[j] = l.elems[j], l.elems[i]
				}
				return None, nil
			}),
			"sample": NewBuiltin("sample", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var pop Value
				var k int
				if err := UnpackArgs("sample", args, kw, "population", &pop, "k", &k); err != nil {
					return nil, err
				}
				pool, err := collect(th, pop)
				if err != nil {
					return nil, err
				}
				n := len(pool)
				if k < 0 || k > n {
					return nil, NewError(ValueError, "Sample larger than population or is negative")
				}
				// Random.sample: a pool for a small population, else
				// indexes drawn until new.
				out := make([]Value, k)
				setsize := 21
				if k > 5 {
					p := 1
					for p < k*3 {
						p *= 4
					}
					setsize += p
				}
				if n <= setsize {
					for i := 0; i < k; i++ {
						j := below(n - i)
						out[i] = pool[j]
						pool[j] = pool[n-i-1]
					}
					return NewList(out), nil
				}
				selected := map[int]bool{}
				for i := 0; i < k; i++ {
					j := below(n)
					for selected[j] {
						j = below(n)
					}
					selected[j] = true
					out[i] = pool[j]
				}
				return NewList(out), nil
			}),
		}
		return NewModule("random", fns)
	}
}
