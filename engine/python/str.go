package python

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// String is Python's str. It holds UTF-8; indices and lengths count code
// points, as in Python.
type String string

// Type returns "str".
func (String) Type() string { return "str" }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Len returns the number of code points.
func (s String) Len() int {
	if isASCII(string(s)) {
		return len(s)
	}
	if hasSurrogate(string(s)) {
		return len(toRunes(string(s)))
	}
	return utf8.RuneCountInString(string(s))
}

// Index returns the i'th code point as a str.
func (s String) Index(i int) Value {
	if isASCII(string(s)) {
		return s[i : i+1]
	}
	return String(fromRunes(toRunes(string(s))[i : i+1]))
}

// A str may hold lone surrogates ("\ud800"), which UTF-8 cannot: they
// are kept in WTF-8, the 3-byte form UTF-8 forbids (ED A0..BF 80..BF),
// and read back as one code point by the functions below.

// hasSurrogate reports whether s holds a lone surrogate.
func hasSurrogate(s string) bool {
	for i := strings.IndexByte(s, 0xED); i >= 0 && i+2 < len(s); {
		if s[i+1]&0xE0 == 0xA0 && s[i+2]&0xC0 == 0x80 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xED)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// decodeRune is utf8.DecodeRuneInString reading a lone surrogate as its
// code point.
func decodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1]&0xE0 == 0xA0 && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// toRunes is []rune(s), lone surrogates included.
func toRunes(s string) []rune {
	if !hasSurrogate(s) {
		return []rune(s)
	}
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// fromRunes is string(rs), lone surrogates kept in WTF-8.
func fromRunes(rs []rune) string {
	var b strings.Builder
	for _, r := range rs {
		if 0xD800 <= r && r <= 0xDFFF {
			b.Write([]byte{0xED, byte(0xA0 | (r>>6)&0x1F), byte(0x80 | r&0x3F)})
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SurrogateAt returns the index (in code points) and value of the first
// lone surrogate of s, for the UnicodeEncodeError of a UTF-8 encoder:
// "'utf-8' codec can't encode character '\ud800' in position 0:
// surrogates not allowed".
func SurrogateAt(s string) (int, rune, bool) {
	if !hasSurrogate(s) {
		return 0, 0, false
	}
	for i, r := range toRunes(s) {
		if 0xD800 <= r && r <= 0xDFFF {
			return i, r, true
		}
	}
	return 0, 0, false
}

// Slice returns s[start:stop:step].
func (s String) Slice(start, stop, step int) Value {
	if isASCII(string(s)) {
		if step == 1 {
			if start >= stop {
				return String("")
			}
			return s[start:stop]
		}
		var b []byte
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			b = append(b, s[i])
		}
		return String(b)
	}
	r := toRunes(string(s))
	var out []rune
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, r[i])
	}
	return String(fromRunes(out))
}

// Iterate iterates over the code points.
func (s String) Iterate(th *Thread) (Iterator, error) {
	return &strIterator{s: string(s)}, nil
}

type strIterator struct {
	s string
	i int
}

func (it *strIterator) Type() string { return "str_ascii_iterator" }
func (it *strIterator) Next(th *Thread) (Value, error) {
	if err := th.Charge(1); err != nil {
		return nil, err
	}
	if it.i >= len(it.s) {
		return nil, nil
	}
	_, n := decodeRune(it.s[it.i:])
	r := it.s[it.i : it.i+n]
	it.i += n
	return String(r), nil
}
func (it *strIterator) Iterate(th *Thread) (Iterator, error) { return it, nil }

// Contains implements `sub in s`.
func (s String) Contains(th *Thread, x Value) (bool, error) {
	sub, ok := asStr(x)
	if !ok {
		return false, NewError(TypeError, "'in <string>' requires string as left operand, not %s", x.Type())
	}
	if err := th.Charge(uint64(len(s)) >> 6); err != nil {
		return false, err
	}
	return strings.Contains(string(s), string(sub)), nil
}

// Repr returns the Python repr: quoted with ' unless the text contains '
// and no ", with Python's escapes.
func (s String) Repr(th *Thread) (string, error) { return strRepr(string(s)), nil }

func strRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			r = rune(s[i]) | 0xDC00 // an undecodable byte, as surrogateescape reads it
		}
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case r == utf8.RuneError:
			b.WriteString(`\ufffd`)
		case !isPrintable(r):
			switch {
			case r <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if unicode.Is(unicode.Zs, r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) ||
		unicode.Is(unicode.Co, r) || unicode.Is(unicode.Cs, r) || r == 0x2028 || r == 0x2029 {
		return false
	}
	return unicode.IsPrint(r) || unicode.IsGraphic(r)
}

// strHash is CPython's hash of a str under PYTHONHASHSEED=0 (the
// reference's setting): SipHash-1-3 with a zero key (Python/pyhash.c) over
// the string's PEP 393 code units (1, 2 or 4 little-endian bytes each, as
// wide as its widest character), 0 for "". Sets iterate in hash order, so
// {'name', 'body'} prints as CPython prints it.
func strHash(s string) uint64 {
	if s == "" {
		return 0
	}
	kind := 1
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			for _, r := range s {
				if r > 0xffff {
					kind = 4
					break
				} else if r > 0xff {
					kind = 2
				}
			}
			break
		}
	}
	var h uint64
	if kind == 1 && isASCII(s) {
		h = siphash13([]byte(s))
	} else {
		b := make([]byte, 0, len(s)*kind)
		for _, r := range s {
			switch kind {
			case 1:
				b = append(b, byte(r))
			case 2:
				b = append(b, byte(r), byte(r>>8))
			default:
				b = append(b, byte(r), byte(r>>8), byte(r>>16), 0)
			}
		}
		h = siphash13(b)
	}
	if h == ^uint64(0) {
		h--
	}
	return h
}

// siphash13 is pyhash.c's siphash13 with k0 = k1 = 0.
func siphash13(in []byte) uint64 {
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	round := func() {
		v0 += v1
		v2 += v3
		v1 = (v1<<13 | v1>>51) ^ v0
		v3 = (v3<<16 | v3>>48) ^ v2
		v0 = v0<<32 | v0>>32
		v2 += v1
		v0 += v3
		v1 = (v1<<17 | v1>>47) ^ v2
		v3 = (v3<<21 | v3>>43) ^ v0
		v2 = v2<<32 | v2>>32
	}
	b := uint64(len(in)) << 56
	for len(in) >= 8 {
		m := uint64(in[0]) | uint64(in[1])<<8 | uint64(in[2])<<16 | uint64(in[3])<<24 |
			uint64(in[4])<<32 | uint64(in[5])<<40 | uint64(in[6])<<48 | uint64(in[7])<<56
		in = in[8:]
		v3 ^= m
		round()
		v0 ^= m
	}
	for i, c := range in {
		b |= uint64(c) << (8 * i)
	}
	v3 ^= b
	round()
	v0 ^= b
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}

// trimPySpace strips Python whitespace.
func trimPySpace(s string) string { return strings.TrimFunc(s, unicode.IsSpace) }

// Bytes is Python's bytes (immutable).
type Bytes string

// Type returns "bytes".
func (Bytes) Type() string { return "bytes" }

// Len returns the number of bytes.
func (b Bytes) Len() int { return len(b) }

// Index returns the i'th byte as an int.
func (b Bytes) Index(i int) Value { return MakeInt(int64(b[i])) }

// Slice returns b[start:stop:step].
func (b Bytes) Slice(start, stop, step int) Value {
	var out []byte
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		out = append(out, b[i])
	}
	return Bytes(out)
}

// Iterate yields the bytes as ints.
func (b Bytes) Iterate(th *Thread) (Iterator, error) {
	return &indexIterator{seq: b, tname: "bytes_iterator"}, nil
}

// Repr renders b'...'.
func (b Bytes) Repr(th *Thread) (string, error) {
	quote := byte('\'')
	if strings.IndexByte(string(b), '\'') >= 0 && strings.IndexByte(string(b), '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String(), nil
}

// Contains implements `x in b`.
func (b Bytes) Contains(th *Thread, x Value) (bool, error) {
	switch x := x.(type) {
	case Bytes:
		return strings.Contains(string(b), string(x)), nil
	case Int:
		i, ok := x.Int64()
		if !ok || i < 0 || i > 255 {
			return false, NewError(ValueError, "byte must be in range(0, 256)")
		}
		return strings.IndexByte(string(b), byte(i)) >= 0, nil
	}
	return false, NewError(TypeError, "a bytes-like object is required, not '%s'", x.Type())
}

// ---- str methods ----

func strRecv(name string, args Tuple) (string, error) {
	if len(args) == 0 {
		return "", NewError(TypeError, "unbound method str.%s() needs an argument", name)
	}
	s, ok := asStr(args[0])
	if !ok {
		return "", NewError(TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, args[0].Type())
	}
	return string(s), nil
}

type methodFunc func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error)

func defMethods(c *Class, methods map[string]methodFunc) {
	for name, fn := range methods {
		c.Dict.SetStr(name, NewBuiltin(name, fn))
	}
}

// strMethod adapts a method on the receiver string.
func strMethod(name string, fn func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error)) methodFunc {
	return func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
		s, err := strRecv(name, args)
		if err != nil {
			return nil, err
		}
		// Every str method reads the string (and its str arguments):
		// one step per 64 bytes. A big result is charged and checked
		// against the memory budget as it is made.
		n := len(s)
		for _, a := range args[1:] {
			if as, ok := a.(String); ok {
				n += len(as)
			}
		}
		if err := th.Charge(uint64(n) >> 6); err != nil {
			return nil, err
		}
		v, err := fn(th, s, args[1:], kwargs)
		if r, ok := v.(String); ok && err == nil {
			if err := th.Reserve(int64(len(r))); err != nil {
				return nil, err
			}
		}
		return v, err
	}
}

// sliceArgs handles the optional start, end arguments of find/count/...,
// returning byte offsets into s.
func sliceArgs(name string, s string, args Tuple) (string, int, error) {
	n := String(s).Len()
	start, end := 0, n
	if len(args) > 0 && args[0] != None {
		i, err := AsInt64(args[0])
		if err != nil {
			return "", 0, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		start = clampIndex(int(i), n)
	}
	if len(args) > 1 && args[1] != None {
		i, err := AsInt64(args[1])
		if err != nil {
			return "", 0, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		end = clampIndex(int(i), n)
	}
	if start > end {
		return "", -1, nil
	}
	if isASCII(s) {
		return s[start:end], start, nil
	}
	r := []rune(s)
	return string(r[start:end]), start, nil
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

func runeIndex(s string, byteIdx int) int {
	if isASCII(s) {
		return byteIdx
	}
	return utf8.RuneCountInString(s[:byteIdx])
}

func findImpl(name string, s string, args Tuple, kwargs []Kwarg, last bool) (int, error) {
	if err := noKwargs(name, kwargs); err != nil {
		return 0, err
	}
	if err := argCount(name, args, 1, 3); err != nil {
		return 0, err
	}
	sub, ok := args[0].(String)
	if !ok {
		return 0, NewError(TypeError, "must be str, not %s", args[0].Type())
	}
	sl, off, err := sliceArgs(name, s, args[1:])
	if err != nil {
		return 0, err
	}
	if off < 0 {
		return -1, nil
	}
	var i int
	if last {
		i = strings.LastIndex(sl, string(sub))
	} else {
		i = strings.Index(sl, string(sub))
	}
	if i < 0 {
		return -1, nil
	}
	return off + runeIndex(sl, i), nil
}

func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x1f
}

func splitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := 0
	for maxsplit < 0 || len(out) < maxsplit {
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isPySpace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			return out
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isPySpace(r) {
				break
			}
			j += n
		}
		out = append(out, s[i:j])
		i = j
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isPySpace(r) {
			break
		}
		i += n
	}
	if i < len(s) {
		out = append(out, s[i:])
	}
	return out
}

func rsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for maxsplit < 0 || len(out) < maxsplit {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		i := j
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= n
		}
		out = append(out, s[i:j])
		j = i
	}
	if maxsplit >= 0 && len(out) == maxsplit {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= n
		}
		if j > 0 {
			out = append(out, s[:j])
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strList(ss []string) *List {
	l := make([]Value, len(ss))
	for i, s := range ss {
		l[i] = String(s)
	}
	return NewList(l)
}

func stripChars(name string, args Tuple, kwargs []Kwarg) (func(rune) bool, error) {
	if err := noKwargs(name, kwargs); err != nil {
		return nil, err
	}
	if err := argCount(name, args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 || args[0] == None {
		return isPySpace, nil
	}
	cs, ok := args[0].(String)
	if !ok {
		return nil, NewError(TypeError, "%s arg must be None or str", name)
	}
	return func(r rune) bool { return strings.ContainsRune(string(cs), r) }, nil
}

func padArgs(name string, args Tuple, kwargs []Kwarg) (int, string, error) {
	if err := noKwargs(name, kwargs); err != nil {
		return 0, "", err
	}
	if err := argCount(name, args, 1, 2); err != nil {
		return 0, "", err
	}
	w, err := AsInt64(args[0])
	if err != nil {
		return 0, "", err
	}
	fill := " "
	if len(args) > 1 {
		f, ok := args[1].(String)
		if !ok || f.Len() != 1 {
			if !ok {
				return 0, "", NewError(TypeError, "The fill character must be a unicode character, not %s", args[1].Type())
			}
			return 0, "", NewError(TypeError, "The fill character must be exactly one character long")
		}
		fill = string(f)
	}
	return int(w), fill, nil
}

func prefixTest(name string, s string, args Tuple, kwargs []Kwarg, suffix bool) (Value, error) {
	if err := noKwargs(name, kwargs); err != nil {
		return nil, err
	}
	if err := argCount(name, args, 1, 3); err != nil {
		return nil, err
	}
	sl, off, err := sliceArgs(name, s, args[1:])
	if err != nil {
		return nil, err
	}
	test := func(p Value) (bool, error) {
		ps, ok := p.(String)
		if !ok {
			return false, NewError(TypeError, "%s first arg must be str or a tuple of str, not %s", name, p.Type())
		}
		if off < 0 {
			return false, nil
		}
		if suffix {
			return strings.HasSuffix(sl, string(ps)), nil
		}
		return strings.HasPrefix(sl, string(ps)), nil
	}
	if t, ok := args[0].(Tuple); ok {
		for _, p := range t {
			if _, ok := p.(String); !ok {
				return nil, NewError(TypeError, "tuple for %s must only contain str, not %s", name, p.Type())
			}
			r, _ := test(p)
			if r {
				return True, nil
			}
		}
		return False, nil
	}
	r, err := test(args[0])
	return Bool(r), err
}

func strPredicate(name string, fn func(s string) bool) methodFunc {
	return strMethod(name, func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
		if err := argCount(name, args, 0, 0); err != nil {
			return nil, err
		}
		return Bool(fn(s)), nil
	})
}

func allRunes(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return true
}

func casedCheck(s string, want func(rune) bool, other func(rune) bool) bool {
	cased := false
	for _, r := range s {
		if other(r) {
			return false
		}
		if want(r) {
			cased = true
		}
	}
	return cased
}

func titleCase(s string) string {
	var b strings.Builder
	prevCased := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if prevCased {
				b.WriteRune(unicode.ToLower(r))
			} else {
				b.WriteRune(unicode.ToTitle(r))
			}
			prevCased = true
		} else {
			b.WriteRune(r)
			prevCased = false
		}
	}
	return b.String()
}

func splitLines(s string, keepends bool) []string {
	var out []string
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x85 || r == 0x2028 || r == 0x2029 {
				end := j + n
				if r == '\r' && end < len(s) && s[end] == '\n' {
					end++
				}
				if keepends {
					out = append(out, s[i:end])
				} else {
					out = append(out, s[i:j])
				}
				i = end
				goto next
			}
			j += n
		}
		out = append(out, s[i:])
		return out
	next:
	}
	return out
}

// upperSpecial and lowerSpecial are the SpecialCasing.txt mappings that
// CPython's upper() and lower() apply and Go's one-rune case mapping lacks:
// "ß".upper() is "SS", "ﬁ".upper() "FI", "İ".lower() "i̇".
var (
	upperSpecial = strings.NewReplacer("ß", "SS", "ﬀ", "FF", "ﬁ", "FI", "ﬂ", "FL", "ﬃ", "FFI", "ﬄ", "FFL", "ﬅ", "ST", "ﬆ", "ST", "ŉ", "ʼN")
	lowerSpecial = strings.NewReplacer("İ", "i̇")
)

func init() {
	defMethods(StrClass, map[string]methodFunc{
		"join": strMethod("join", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("str.join", args, 1, 1); err != nil {
				return nil, err
			}
			var b strings.Builder
			i := 0
			err := Iterate(th, args[0], func(x Value) error {
				xs, ok := asStr(x)
				if !ok {
					return NewError(TypeError, "sequence item %d: expected str instance, %s found", i, x.Type())
				}
				if i > 0 {
					b.WriteString(s)
				}
				b.WriteString(string(xs))
				if b.Len() > maxAlloc {
					return errTooBig()
				}
				i++
				return nil
			})
			if err != nil {
				return nil, err
			}
			return String(b.String()), nil
		}),
		"split": strMethod("split", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var sep Value = None
			maxsplit := -1
			if err := UnpackArgs("split", args, kwargs, "sep?", &sep, "maxsplit?", &maxsplit); err != nil {
				return nil, err
			}
			if sep == None {
				return strList(splitWhitespace(s, maxsplit)), nil
			}
			ss, ok := sep.(String)
			if !ok {
				return nil, NewError(TypeError, "must be str or None, not %s", sep.Type())
			}
			if ss == "" {
				return nil, NewError(ValueError, "empty separator")
			}
			return strList(strings.SplitN(s, string(ss), maxsplit+btoi(maxsplit >= 0))), nil
		}),
		"rsplit": strMethod("rsplit", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var sep Value = None
			maxsplit := -1
			if err := UnpackArgs("rsplit", args, kwargs, "sep?", &sep, "maxsplit?", &maxsplit); err != nil {
				return nil, err
			}
			if sep == None {
				return strList(rsplitWhitespace(s, maxsplit)), nil
			}
			ss, ok := sep.(String)
			if !ok {
				return nil, NewError(TypeError, "must be str or None, not %s", sep.Type())
			}
			if ss == "" {
				return nil, NewError(ValueError, "empty separator")
			}
			if maxsplit < 0 {
				return strList(strings.Split(s, string(ss))), nil
			}
			var out []string
			rest := s
			for len(out) < maxsplit {
				i := strings.LastIndex(rest, string(ss))
				if i < 0 {
					break
				}
				out = append(out, rest[i+len(ss):])
				rest = rest[:i]
			}
			out = append(out, rest)
			for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
				out[a], out[b] = out[b], out[a]
			}
			return strList(out), nil
		}),
		"splitlines": strMethod("splitlines", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			keep := false
			if err := UnpackArgs("splitlines", args, kwargs, "keepends?", &keep); err != nil {
				return nil, err
			}
			return strList(splitLines(s, keep)), nil
		}),
		"strip": strMethod("strip", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			f, err := stripChars("strip", args, kwargs)
			if err != nil {
				return nil, err
			}
			return String(strings.TrimFunc(s, f)), nil
		}),
		"lstrip": strMethod("lstrip", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			f, err := stripChars("lstrip", args, kwargs)
			if err != nil {
				return nil, err
			}
			return String(strings.TrimLeftFunc(s, f)), nil
		}),
		"rstrip": strMethod("rstrip", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			f, err := stripChars("rstrip", args, kwargs)
			if err != nil {
				return nil, err
			}
			return String(strings.TrimRightFunc(s, f)), nil
		}),
		"startswith": strMethod("startswith", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			return prefixTest("startswith", s, args, kwargs, false)
		}),
		"endswith": strMethod("endswith", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			return prefixTest("endswith", s, args, kwargs, true)
		}),
		"removeprefix": strMethod("removeprefix", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var p string
			if err := UnpackArgs("removeprefix", args, kwargs, "prefix", &p); err != nil {
				return nil, err
			}
			return String(strings.TrimPrefix(s, p)), nil
		}),
		"removesuffix": strMethod("removesuffix", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var p string
			if err := UnpackArgs("removesuffix", args, kwargs, "suffix", &p); err != nil {
				return nil, err
			}
			return String(strings.TrimSuffix(s, p)), nil
		}),
		"replace": strMethod("replace", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			var old, new string
			count := -1
			if err := noKwargs("replace", kwargs); err != nil {
				return nil, err
			}
			if err := UnpackArgs("replace", args, nil, "old", &old, "new", &new, "count?", &count); err != nil {
				return nil, err
			}
			if old == "" && len(new)*(len(s)+1) > maxAlloc || len(new) > len(old) && strings.Count(s, old)*(len(new)-len(old)) > maxAlloc {
				return nil, errTooBig()
			}
			return String(strings.Replace(s, old, new, count)), nil
		}),
		"find": strMethod("find", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			i, err := findImpl("find", s, args, kwargs, false)
			return MakeInt(int64(i)), err
		}),
		"rfind": strMethod("rfind", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			i, err := findImpl("rfind", s, args, kwargs, true)
			return MakeInt(int64(i)), err
		}),
		"index": strMethod("index", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			i, err := findImpl("index", s, args, kwargs, false)
			if err == nil && i < 0 {
				err = NewError(ValueError, "substring not found")
			}
			return MakeInt(int64(i)), err
		}),
		"rindex": strMethod("rindex", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			i, err := findImpl("rindex", s, args, kwargs, true)
			if err == nil && i < 0 {
				err = NewError(ValueError, "substring not found")
			}
			return MakeInt(int64(i)), err
		}),
		"count": strMethod("count", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := noKwargs("count", kwargs); err != nil {
				return nil, err
			}
			if err := argCount("count", args, 1, 3); err != nil {
				return nil, err
			}
			sub, ok := args[0].(String)
			if !ok {
				return nil, NewError(TypeError, "must be str, not %s", args[0].Type())
			}
			sl, off, err := sliceArgs("count", s, args[1:])
			if err != nil {
				return nil, err
			}
			if off < 0 {
				return MakeInt(0), nil
			}
			if sub == "" {
				return MakeInt(int64(String(sl).Len() + 1)), nil
			}
			return MakeInt(int64(strings.Count(sl, string(sub)))), nil
		}),
		"lower": strMethod("lower", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			return String(strings.ToLower(lowerSpecial.Replace(s))), argCount("str.lower", args, 0, 0)
		}),
		"upper": strMethod("upper", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			return String(strings.ToUpper(upperSpecial.Replace(s))), argCount("str.upper", args, 0, 0)
		}),
		"casefold": strMethod("casefold", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			return String(strings.ReplaceAll(strings.ToLower(s), "ß", "ss")), argCount("str.casefold", args, 0, 0)
		}),
		"title": strMethod("title", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			return String(titleCase(s)), argCount("str.title", args, 0, 0)
		}),
		"capitalize": strMethod("capitalize", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			if s == "" {
				return String(""), nil
			}
			r, n := utf8.DecodeRuneInString(s)
			return String(string(unicode.ToTitle(r)) + strings.ToLower(s[n:])), argCount("str.capitalize", args, 0, 0)
		}),
		"swapcase": strMethod("swapcase", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			return String(strings.Map(func(r rune) rune {
				if unicode.IsUpper(r) {
					return unicode.ToLower(r)
				}
				if unicode.IsLower(r) {
					return unicode.ToUpper(r)
				}
				return r
			}, s)), argCount("str.swapcase", args, 0, 0)
		}),
		"isdigit":   strPredicate("isdigit", func(s string) bool { return allRunes(s, unicode.IsDigit) }),
		"isdecimal": strPredicate("isdecimal", func(s string) bool { return allRunes(s, func(r rune) bool { return unicode.Is(unicode.Nd, r) }) }),
		"isnumeric": strPredicate("isnumeric", func(s string) bool { return allRunes(s, unicode.IsNumber) }),
		"isalpha":   strPredicate("isalpha", func(s string) bool { return allRunes(s, unicode.IsLetter) }),
		"isalnum": strPredicate("isalnum", func(s string) bool {
			return allRunes(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
		}),
		"isspace":     strPredicate("isspace", func(s string) bool { return allRunes(s, isPySpace) }),
		"isupper":     strPredicate("isupper", func(s string) bool { return casedCheck(s, unicode.IsUpper, unicode.IsLower) }),
		"islower":     strPredicate("islower", func(s string) bool { return casedCheck(s, unicode.IsLower, unicode.IsUpper) }),
		"isascii":     strPredicate("isascii", isASCII),
		"isprintable": strPredicate("isprintable", func(s string) bool { return s == "" || allRunes(s, isPrintable) }),
		"istitle": strPredicate("istitle", func(s string) bool {
			return s != "" && titleCase(s) == s && strings.IndexFunc(s, unicode.IsLetter) >= 0
		}),
		"isidentifier": strPredicate("isidentifier", func(s string) bool {
			for i, r := range s {
				if !(r == '_' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
					return false
				}
			}
			return s != ""
		}),
		"zfill": strMethod("zfill", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("zfill", args, 1, 1); err != nil {
				return nil, err
			}
			w, err := AsInt64(args[0])
			if err != nil {
				return nil, err
			}
			n := String(s).Len()
			if int(w) <= n {
				return String(s), nil
			}
			if w > maxAlloc {
				return nil, errTooBig()
			}
			pad := strings.Repeat("0", int(w)-n)
			if s != "" && (s[0] == '+' || s[0] == '-') {
				return String(s[:1] + pad + s[1:]), nil
			}
			return String(pad + s), nil
		}),
		"center": strMethod("center", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			w, fill, err := padArgs("center", args, kwargs)
			if err != nil {
				return nil, err
			}
			n := String(s).Len()
			if w <= n {
				return String(s), nil
			}
			if w > maxAlloc {
				return nil, errTooBig()
			}
			marg := w - n
			left := marg/2 + (marg & w & 1)
			return String(strings.Repeat(fill, left) + s + strings.Repeat(fill, marg-left)), nil
		}),
		"ljust": strMethod("ljust", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			w, fill, err := padArgs("ljust", args, kwargs)
			if err != nil {
				return nil, err
			}
			n := String(s).Len()
			if w <= n {
				return String(s), nil
			}
			if w > maxAlloc {
				return nil, errTooBig()
			}
			return String(s + strings.Repeat(fill, w-n)), nil
		}),
		"rjust": strMethod("rjust", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			w, fill, err := padArgs("rjust", args, kwargs)
			if err != nil {
				return nil, err
			}
			n := String(s).Len()
			if w <= n {
				return String(s), nil
			}
			if w > maxAlloc {
				return nil, errTooBig()
			}
			return String(strings.Repeat(fill, w-n) + s), nil
		}),
		"partition": strMethod("partition", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("partition", args, 1, 1); err != nil {
				return nil, err
			}
			sep, ok := args[0].(String)
			if !ok {
				return nil, NewError(TypeError, "must be str, not %s", args[0].Type())
			}
			if sep == "" {
				return nil, NewError(ValueError, "empty separator")
			}
			i := strings.Index(s, string(sep))
			if i < 0 {
				return Tuple{String(s), String(""), String("")}, nil
			}
			return Tuple{String(s[:i]), sep, String(s[i+len(sep):])}, nil
		}),
		"rpartition": strMethod("rpartition", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("rpartition", args, 1, 1); err != nil {
				return nil, err
			}
			sep, ok := args[0].(String)
			if !ok {
				return nil, NewError(TypeError, "must be str, not %s", args[0].Type())
			}
			if sep == "" {
				return nil, NewError(ValueError, "empty separator")
			}
			i := strings.LastIndex(s, string(sep))
			if i < 0 {
				return Tuple{String(""), String(""), String(s)}, nil
			}
			return Tuple{String(s[:i]), sep, String(s[i+len(sep):])}, nil
		}),
		"expandtabs": strMethod("expandtabs", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			tab := 8
			if err := UnpackArgs("expandtabs", args, kwargs, "tabsize?", &tab); err != nil {
				return nil, err
			}
			var b strings.Builder
			col := 0
			for _, r := range s {
				switch r {
				case '\t':
					if tab > 0 {
						n := tab - col%tab
						b.WriteString(strings.Repeat(" ", n))
						col += n
					}
				case '\n', '\r':
					b.WriteRune(r)
					col = 0
				default:
					b.WriteRune(r)
					col++
				}
			}
			return String(b.String()), nil
		}),
		"encode": strMethod("encode", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			enc, errs := "utf-8", "strict"
			if err := UnpackArgs("encode", args, kwargs, "encoding?", &enc, "errors?", &errs); err != nil {
				return nil, err
			}
			switch strings.ReplaceAll(strings.ToLower(enc), "_", "-") {
			case "utf-8", "utf8":
				return Bytes(s), nil
			case "ascii":
				if !isASCII(s) {
					return nil, NewError(UnicodeError, "'ascii' codec can't encode characters")
				}
				return Bytes(s), nil
			}
			return nil, NewError(LookupError, "unknown encoding: %s", enc)
		}),
		"format": strMethod("format", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			r, err := strFormat(th, s, args, kwargs, nil)
			return String(r), err
		}),
		"format_map": strMethod("format_map", func(th *Thread, s string, args Tuple, kwargs []Kwarg) (Value, error) {
			if err := argCount("format_map", args, 1, 1); err != nil {
				return nil, err
			}
			r, err := strFormat(th, s, nil, nil, args[0])
			return String(r), err
		}),
	})
	defMethods(BytesClass, map[string]methodFunc{
		"decode": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			b, ok := args[0].(Bytes)
			if !ok {
				return nil, NewError(TypeError, "descriptor 'decode' requires a 'bytes' object")
			}
			if !utf8.ValidString(string(b)) {
				return nil, NewError(UnicodeError, "'utf-8' codec can't decode bytes")
			}
			return String(b), nil
		},
		"hex": func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
			b, ok := args[0].(Bytes)
			if !ok {
				return nil, NewError(TypeError, "descriptor 'hex' requires a 'bytes' object")
			}
			return String(fmt.Sprintf("%x", string(b))), nil
		},
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
