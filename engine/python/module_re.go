package python

import (
	"errors"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The re module on Go's regexp (RE2): Python's syntax is translated
// (\Z, \d \w \s as Unicode classes, verbose mode, (?#...)), and what RE2
// cannot run (backreferences, lookaround, atomic groups) is a re.error
// naming the construct. pysrc/re.py holds the module-level functions and
// re.error; positions are in code points, as CPython's.

// Python's flag values.
const (
	reI = 2
	reL = 4
	reM = 8
	reS = 16
	reU = 32
	reX = 64
	reA = 256
)

var reFlagNames = []struct {
	v    int64
	name string
}{{reI, "IGNORECASE"}, {reL, "LOCALE"}, {reM, "MULTILINE"}, {reS, "DOTALL"}, {reU, "UNICODE"}, {reX, "VERBOSE"}, {reA, "ASCII"}}

// reFlag is a re.RegexFlag: an int whose repr names the flags.
type reFlag int64

func (reFlag) Type() string { return "re.RegexFlag" }

func (f reFlag) Repr(th *Thread) (string, error) { return reFlagsRepr(int64(f), false), nil }

func (f reFlag) Binary(th *Thread, op BinaryOp, y Value, side Side) (Value, error) {
	var n int64
	switch y := y.(type) {
	case reFlag:
		n = int64(y)
	case Int:
		n, _ = y.Int64()
	default:
		return NotImplemented, nil
	}
	switch op {
	case Pipe:
		return reFlag(int64(f) | n), nil
	case Amp:
		return reFlag(int64(f) & n), nil
	}
	return Binary(th, op, MakeInt(int64(f)), MakeInt(n))
}

func (f reFlag) Hash(th *Thread) (uint64, error) { return MakeInt(int64(f)).hash(), nil }

func (f reFlag) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	if g, ok := y.(reFlag); ok {
		y = MakeInt(int64(g))
	}
	r, err := Compare(th, op, MakeInt(int64(f)), y)
	return Bool(r), err
}

func reFlagsRepr(f int64, skipUnicode bool) string {
	var names []string
	for _, n := range reFlagNames {
		if f&n.v != 0 && !(skipUnicode && n.v == reU) {
			names = append(names, "re."+n.name)
			f &^= n.v
		}
	}
	if f != 0 || len(names) == 0 {
		names = append(names, "0x"+strconv.FormatInt(f, 16))
	}
	return strings.Join(names, "|")
}

var (
	rePatternClass = reClass("Pattern")
	reMatchClass   = reClass("Match")
)

func reClass(name string) *Class {
	c := newBuiltinClass(name, ObjectClass, "re."+name)
	c.Module = "re"
	return c
}

// rePattern is a compiled pattern (re.Pattern).
type rePattern struct {
	pattern    string
	flags      int64
	re         *regexp.Regexp
	anch, full *regexp.Regexp // \A(?:...) and \A(?:...)\z, on first use
	translated string
	groupIndex *Dict
	numSubexp  int
	names      []string
}

func (p *rePattern) Type() string  { return "re.Pattern" }
func (p *rePattern) Class() *Class { return rePatternClass }

func (p *rePattern) Repr(th *Thread) (string, error) {
	s := "re.compile(" + truncRunes(strRepr(p.pattern), 200)
	if f := p.flags &^ reU; f != 0 {
		s += ", " + reFlagsRepr(f, true)
	}
	return s + ")", nil
}

func (p *rePattern) Hash(th *Thread) (uint64, error) {
	return strHash(p.pattern) ^ uint64(p.flags), nil
}

func (p *rePattern) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "pattern":
		return String(p.pattern), nil
	case "flags":
		return MakeInt(p.flags), nil
	case "groups":
		return MakeInt(int64(p.numSubexp)), nil
	case "groupindex":
		return p.groupIndex.Copy(), nil
	}
	return nil, nil
}

func (p *rePattern) AttrNames() []string { return []string{"pattern", "flags", "groups", "groupindex"} }

// reCompile compiles a Python pattern, or returns re.error's message and
// position.
func reCompile(pattern string, flags int64) (*rePattern, string, int) {
	tr, msg, pos := reTranslate(pattern, flags)
	if msg != "" {
		return nil, msg, pos
	}
	re, err := regexp.Compile(tr)
	if err != nil {
		msg, pos := reGoError(pattern, err)
		return nil, msg, pos
	}
	p := &rePattern{pattern: pattern, flags: flags | reU, re: re, translated: tr, groupIndex: NewDict(), numSubexp: re.NumSubexp(), names: re.SubexpNames()}
	if flags&reA != 0 {
		p.flags &^= reU
	}
	for i, n := range p.names {
		if n != "" {
			p.groupIndex.SetStr(n, MakeInt(int64(i)))
		}
	}
	return p, "", 0
}

// CompileRegexp compiles a Python regular expression (pattern, and re
// flags as an int or re.I ...; None is none) to Go's regexp as the re
// module does; the error is re.error's message.
func CompileRegexp(pattern string, flags Value) (*regexp.Regexp, error) {
	var f int64
	if fl, ok := flags.(reFlag); ok {
		f = int64(fl)
	} else if n, ok := asInt(flags); ok {
		f, _ = n.Int64()
	}
	p, msg, pos := reCompile(pattern, f)
	if p == nil {
		return nil, errors.New(msg + " at position " + strconv.Itoa(pos))
	}
	return p.re, nil
}

// IsPattern reports whether v is a compiled pattern (re.compile's).
func IsPattern(v Value) bool {
	_, ok := v.(*rePattern)
	return ok
}

// reGoError words a regexp/syntax error as CPython's re.error.
func reGoError(pattern string, err error) (string, int) {
	se, ok := err.(*syntax.Error)
	if !ok {
		return err.Error(), 0
	}
	pos := 0
	if i := strings.Index(pattern, se.Expr); i >= 0 {
		pos = utf8.RuneCountInString(pattern[:i])
	}
	switch se.Code {
	case syntax.ErrMissingRepeatArgument:
		return "nothing to repeat", pos
	case syntax.ErrInvalidRepeatOp:
		return "multiple repeat", pos + 1
	case syntax.ErrInvalidCharRange:
		return "bad character range " + se.Expr, pos
	case syntax.ErrInvalidEscape:
		return "bad escape " + se.Expr, pos
	case syntax.ErrInvalidRepeatSize:
		lo, hi, _ := strings.Cut(strings.Trim(se.Expr, "{}"), ",")
		if a, err := strconv.Atoi(lo); err == nil {
			if b, err := strconv.Atoi(hi); err == nil && a > b {
				return "min repeat greater than max repeat", pos + 1
			}
		}
		return "repetition counts over 1000 are not supported by ormfiddle", pos
	case syntax.ErrInvalidPerlOp:
		return "unknown extension " + string([]rune(se.Expr)[1:min(3, utf8.RuneCountInString(se.Expr))]), pos + 1
	case syntax.ErrInvalidNamedCapture:
		return "bad character in group name " + strRepr(strings.TrimSuffix(strings.TrimPrefix(se.Expr, "(?P<"), ">")), pos + 4
	}
	return string(se.Code) + " " + strRepr(se.Expr), pos
}

// Python's \d \w \s for str patterns, as RE2 classes (without brackets).
var reClasses = map[byte]string{'d': `\p{Nd}`, 'w': `\p{L}\p{N}_`, 's': `\t-\r\x{1c}-\x{1f}\p{Z}\x{85}`}

// reTranslate turns Python's syntax into RE2's, or returns re.error's
// message and position.
func reTranslate(p string, flags int64) (string, string, int) {
	rs := []rune(p)
	var b strings.Builder
	verbose := flags&reX != 0
	ascii := flags&reA != 0
	// A leading (?flags) group sets them for the whole pattern.
	if len(rs) > 2 && rs[0] == '(' && rs[1] == '?' {
		j := 2
		for j < len(rs) && strings.ContainsRune("aiLmsux", rs[j]) {
			switch rs[j] {
			case 'i':
				flags |= reI
			case 'm':
				flags |= reM
			case 's':
				flags |= reS
			case 'x':
				verbose = true
			case 'a':
				ascii = true
			}
			j++
		}
		if j > 2 && j < len(rs) && rs[j] == ')' {
			rs = append(make([]rune, j+1), rs[j+1:]...)
			for k := 0; k <= j; k++ {
				rs[k] = 0
			}
		}
	}
	for _, f := range []struct {
		bit int64
		s   string
	}{{reI, "i"}, {reM, "m"}, {reS, "s"}} {
		if flags&f.bit != 0 {
			b.WriteString("(?" + f.s + ")")
		}
	}
	var opens []int // positions of the open groups
	inClass := -1   // position of the open [
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		switch {
		case c == 0:
			continue
		case c == '\\':
			if i+1 >= len(rs) {
				return "", "bad escape (end of pattern)", i
			}
			i++
			e := rs[i]
			switch {
			case e >= '1' && e <= '9' && inClass < 0:
				return "", "backreferences are not supported by ormfiddle", i - 1
			case e == 'Z' && inClass < 0:
				b.WriteString(`\z`)
			case (e == 'd' || e == 'w' || e == 's') && !ascii:
				if inClass >= 0 {
					b.WriteString(reClasses[byte(e)])
				} else {
					b.WriteString("[" + reClasses[byte(e)] + "]")
				}
			case (e == 'D' || e == 'W' || e == 'S') && !ascii && inClass < 0:
				b.WriteString("[^" + reClasses[byte(e+'a'-'A')] + "]")
			case e == 'u' || e == 'U':
				n := 4
				if e == 'U' {
					n = 8
				}
				if i+n >= len(rs) {
					return "", "incomplete escape \\" + string(e) + string(rs[i+1:]), i - 1
				}
				h := string(rs[i+1 : i+1+n])
				if _, err := strconv.ParseUint(h, 16, 32); err != nil {
					return "", "incomplete escape \\" + string(e) + h, i - 1
				}
				b.WriteString(`\x{` + h + `}`)
				i += n
			case e < utf8.RuneSelf && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z') && !strings.ContainsRune("abfnrtvxdDsSwWAbBZ", e):
				return "", "bad escape \\" + string(e), i - 1
			case e >= utf8.RuneSelf:
				b.WriteString(regexp.QuoteMeta(string(e)))
			default:
				b.WriteRune('\\')
				b.WriteRune(e)
			}
		case inClass >= 0:
			if c == ']' && !(i == inClass+1 || i == inClass+2 && rs[inClass+1] == '^') {
				inClass = -1
			} else if c == '[' {
				b.WriteString(`\[`)
				continue
			}
			b.WriteRune(c)
		case c == '[':
			inClass = i
			b.WriteRune(c)
		case verbose && strings.ContainsRune(" \t\n\r\f\v", c):
		case verbose && c == '#':
			for i+1 < len(rs) && rs[i+1] != '\n' {
				i++
			}
		case c == ')':
			if len(opens) == 0 {
				return "", "unbalanced parenthesis", i
			}
			opens = opens[:len(opens)-1]
			b.WriteRune(c)
		case c == '(':
			ext := ""
			if i+1 < len(rs) && rs[i+1] == '?' {
				ext = string(rs[i+1 : min(i+4, len(rs))])
			}
			what := ""
			switch {
			case strings.HasPrefix(ext, "?#"):
				for i < len(rs) && rs[i] != ')' {
					i++
				}
				if i == len(rs) {
					return "", "missing ), unterminated comment", i
				}
				continue
			case strings.HasPrefix(ext, "?P="):
				what = "backreferences are"
			case strings.HasPrefix(ext, "?="), strings.HasPrefix(ext, "?!"):
				what = "look-ahead is"
			case strings.HasPrefix(ext, "?<=") || strings.HasPrefix(ext, "?<!"):
				what = "look-behind is"
			case strings.HasPrefix(ext, "?>"):
				what = "atomic groups are"
			case strings.HasPrefix(ext, "?("):
				what = "conditional groups are"
			}
			if what != "" {
				return "", what + " not supported by ormfiddle", i
			}
			opens = append(opens, i)
			b.WriteRune(c)
		default:
			b.WriteRune(c)
		}
	}
	if inClass >= 0 {
		return "", "unterminated character set", inClass
	}
	if len(opens) > 0 {
		return "", "missing ), unterminated subpattern", opens[len(opens)-1]
	}
	return b.String(), "", 0
}

// reMatch is a match object (re.Match); idx holds byte offsets in s,
// -1 for a group that did not take part.
type reMatch struct {
	p           *rePattern
	s           string
	idx         []int
	pos, endpos int
}

func (m *reMatch) Type() string  { return "re.Match" }
func (m *reMatch) Class() *Class { return reMatchClass }

// runePos converts a byte offset of m.s to a code point index.
func (m *reMatch) runePos(off int) int {
	if off < 0 {
		return -1
	}
	return utf8.RuneCountInString(m.s[:off])
}

func (m *reMatch) group(v Value) (int, error) {
	if s, ok := asStr(v); ok {
		if g, ok := m.p.groupIndex.GetStr(string(s)); ok {
			n, _ := g.(Int).Int64()
			return int(n), nil
		}
		return 0, NewError(IndexError, "no such group")
	}
	n, ok := asInt(v)
	if !ok {
		return 0, NewError(IndexError, "no such group")
	}
	k, ok := n.Int64()
	if !ok || k < 0 || int(k) > m.p.numSubexp {
		return 0, NewError(IndexError, "no such group")
	}
	return int(k), nil
}

func (m *reMatch) text(g int, def Value) Value {
	if m.idx[2*g] < 0 {
		return def
	}
	return String(m.s[m.idx[2*g]:m.idx[2*g+1]])
}

func (m *reMatch) GetItem(th *Thread, k Value) (Value, error) {
	g, err := m.group(k)
	if err != nil {
		return nil, err
	}
	return m.text(g, None), nil
}

func (m *reMatch) Repr(th *Thread) (string, error) {
	return "<re.Match object; span=(" + itoa(m.runePos(m.idx[0])) + ", " + itoa(m.runePos(m.idx[1])) + "), match=" + truncRunes(strRepr(m.s[m.idx[0]:m.idx[1]]), 50) + ">", nil
}

// truncRunes is C's %.<n>R: the first n code points of a repr.
func truncRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func (m *reMatch) lastIndex() int {
	last, end := -1, -1
	for g := 1; g <= m.p.numSubexp; g++ {
		if m.idx[2*g] >= 0 && m.idx[2*g+1] > end {
			last, end = g, m.idx[2*g+1]
		}
	}
	return last
}

func (m *reMatch) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "string":
		return String(m.s), nil
	case "re":
		return m.p, nil
	case "pos":
		return MakeInt(int64(m.pos)), nil
	case "endpos":
		return MakeInt(int64(m.endpos)), nil
	case "lastindex", "lastgroup":
		g := m.lastIndex()
		if g < 0 || name == "lastgroup" && m.p.names[g] == "" {
			return None, nil
		}
		if name == "lastgroup" {
			return String(m.p.names[g]), nil
		}
		return MakeInt(int64(g)), nil
	}
	return nil, nil
}

func (m *reMatch) AttrNames() []string {
	return []string{"string", "re", "pos", "endpos", "lastindex", "lastgroup"}
}

// reArgs reads a pattern method's (string, pos, endpos): the string and
// its byte range.
func reArgs(name string, args Tuple, kw []Kwarg, extra ...any) (s string, lo, hi, pos, endpos int, err error) {
	var sv Value
	pos, endpos = 0, 1<<62
	pairs := append([]any{"string", &sv}, extra...)
	pairs = append(pairs, "pos?", &pos, "endpos?", &endpos)
	if err = UnpackArgs(name, args, kw, pairs...); err != nil {
		return
	}
	str, ok := asStr(sv)
	if !ok {
		err = NewError(TypeError, "expected string or bytes-like object, got '%s'", TypeOf(sv).Name)
		return
	}
	s = string(str)
	n := utf8.RuneCountInString(s)
	pos, endpos = max(0, min(pos, n)), max(0, min(endpos, n))
	lo, hi = reByteOff(s, pos), reByteOff(s, max(pos, endpos))
	return
}

func reByteOff(s string, runes int) int {
	off := 0
	for i := 0; i < runes && off < len(s); i++ {
		_, w := utf8.DecodeRuneInString(s[off:])
		off += w
	}
	return off
}

func (p *rePattern) anchored(full bool) *regexp.Regexp {
	if p.anch == nil {
		p.anch = regexp.MustCompile(`\A(?:` + p.translated + `)`)
		p.full = regexp.MustCompile(`\A(?:` + p.translated + `)\z`)
	}
	if full {
		return p.full
	}
	return p.anch
}

func shift(idx []int, by int) []int {
	for i := range idx {
		if idx[i] >= 0 {
			idx[i] += by
		}
	}
	return idx
}

// matches are the successive matches in s[lo:hi] as CPython 3.7+ finds
// them: an empty match right after a non-empty one counts.
func (p *rePattern) matches(s string, lo, hi, limit int) [][]int {
	sub := s[lo:hi]
	all := p.re.FindAllStringSubmatchIndex(sub, limit)
	var out [][]int
	for i, m := range all {
		start, end := m[0], m[1]
		out = append(out, shift(m, lo))
		if limit > 0 && len(out) >= limit {
			break
		}
		if end > start && (i+1 == len(all) || all[i+1][0] != end) {
			if e := p.anchored(false).FindStringSubmatchIndex(sub[end:]); e != nil && e[1] == 0 {
				out = append(out, shift(e, lo+end))
			}
		}
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

func (p *rePattern) newMatch(s string, idx []int, pos, endpos int) Value {
	if idx == nil {
		return None
	}
	return &reMatch{p: p, s: s, idx: idx, pos: pos, endpos: endpos}
}

func reSelf(args Tuple) *rePattern { return args[0].(*rePattern) }

// reError raises re.error(msg, pattern, pos).
func reError(th *Thread, msg string, pattern string, pos int) error {
	var cls Value = ValueError
	if m := th.modules["re"]; m != nil {
		cls, _ = m.Dict.GetStr("error")
	}
	v, err := Call(th, cls, Tuple{String(msg), String(pattern), MakeInt(int64(pos))}, nil)
	if err != nil {
		return err
	}
	return ExceptionFromValue(v.(*Instance))
}

// reTemplate expands sub()'s replacement string for a match.
func reTemplate(p *rePattern, repl string) (func(m *reMatch) string, string, int) {
	type piece struct {
		lit   string
		group int
	}
	var pieces []piece
	var lit strings.Builder
	rs := []rune(repl)
	flush := func() {
		if lit.Len() > 0 {
			pieces = append(pieces, piece{lit.String(), -1})
			lit.Reset()
		}
	}
	for i := 0; i < len(rs); i++ {
		if rs[i] != '\\' || i+1 == len(rs) {
			lit.WriteRune(rs[i])
			continue
		}
		i++
		c := rs[i]
		switch {
		case c == 'g':
			end := i + 1
			for end < len(rs) && rs[end] != '>' {
				end++
			}
			if i+1 >= len(rs) || rs[i+1] != '<' || end >= len(rs) {
				return nil, "missing <", i + 1
			}
			name := string(rs[i+2 : end])
			g := -1
			if n, err := strconv.Atoi(name); err == nil {
				if n > p.numSubexp {
					return nil, "invalid group reference " + name, i + 2
				}
				g = n
			} else if v, ok := p.groupIndex.GetStr(name); ok {
				n, _ := v.(Int).Int64()
				g = int(n)
			} else {
				return nil, "unknown group name " + strRepr(name), i + 2
			}
			flush()
			pieces = append(pieces, piece{group: g})
			i = end
		case c >= '0' && c <= '9':
			j := i + 1
			if j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(string(rs[i:j]))
			if n > p.numSubexp {
				return nil, "invalid group reference " + strconv.Itoa(n), i
			}
			flush()
			pieces = append(pieces, piece{group: n})
			i = j - 1
		default:
			if r, ok := map[rune]string{'n': "\n", 't': "\t", 'r': "\r", 'f': "\f", 'v': "\v", 'a': "\a", 'b': "\b", '\\': "\\"}[c]; ok {
				lit.WriteString(r)
			} else if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return nil, "bad escape \\" + string(c), i - 1
			} else {
				lit.WriteRune('\\')
				lit.WriteRune(c)
			}
		}
	}
	flush()
	return func(m *reMatch) string {
		var b strings.Builder
		for _, pc := range pieces {
			if pc.group < 0 {
				b.WriteString(pc.lit)
			} else if t, ok := m.text(pc.group, String("")).(String); ok {
				b.WriteString(string(t))
			}
		}
		return b.String()
	}, "", 0
}

func init() {
	search := func(kind byte) methodFunc {
		return func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			p := reSelf(args)
			name := map[byte]string{'s': "search", 'm': "match", 'f': "fullmatch"}[kind]
			s, lo, hi, pos, endpos, err := reArgs(name, args[1:], kw)
			if err != nil {
				return nil, err
			}
			re := p.re
			if kind != 's' {
				re = p.anchored(kind == 'f')
			}
			return p.newMatch(s, shift(re.FindStringSubmatchIndex(s[lo:hi]), lo), pos, endpos), nil
		}
	}
	defMethods(rePatternClass, map[string]methodFunc{
		"search":    search('s'),
		"match":     search('m'),
		"fullmatch": search('f'),
		"finditer": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			p := reSelf(args)
			s, lo, hi, pos, endpos, err := reArgs("finditer", args[1:], kw)
			if err != nil {
				return nil, err
			}
			ms := p.matches(s, lo, hi, -1)
			l := make([]Value, len(ms))
			for i, m := range ms {
				l[i] = p.newMatch(s, m, pos, endpos)
			}
			it, _ := Tuple(l).Iterate(th)
			return &funcIterator{tname: "callable_iterator", next: func(th *Thread) (Value, error) { return it.Next(th) }}, nil
		},
		"findall": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			p := reSelf(args)
			s, lo, hi, pos, endpos, err := reArgs("findall", args[1:], kw)
			if err != nil {
				return nil, err
			}
			var out []Value
			for _, idx := range p.matches(s, lo, hi, -1) {
				if err := th.tick(); err != nil {
					return nil, err
				}
				m := p.newMatch(s, idx, pos, endpos).(*reMatch)
				switch p.numSubexp {
				case 0:
					out = append(out, m.text(0, None))
				case 1:
					out = append(out, m.text(1, String("")))
				default:
					t := make(Tuple, p.numSubexp)
					for g := range t {
						t[g] = m.text(g+1, String(""))
					}
					out = append(out, t)
				}
			}
			return NewList(out), nil
		},
		"split": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			p := reSelf(args)
			var sv Value
			maxsplit := 0
			if err := UnpackArgs("split", args[1:], kw, "string", &sv, "maxsplit?", &maxsplit); err != nil {
				return nil, err
			}
			s, ok := asStr(sv)
			if !ok {
				return nil, NewError(TypeError, "expected string or bytes-like object, got '%s'", TypeOf(sv).Name)
			}
			limit := -1
			if maxsplit > 0 {
				limit = maxsplit
			} else if maxsplit < 0 {
				return NewList([]Value{s}), nil
			}
			var out []Value
			last := 0
			for _, idx := range p.matches(string(s), 0, len(s), limit) {
				m := &reMatch{p: p, s: string(s), idx: idx}
				out = append(out, s[last:idx[0]])
				for g := 1; g <= p.numSubexp; g++ {
					out = append(out, m.text(g, None))
				}
				last = idx[1]
			}
			return NewList(append(out, s[last:])), nil
		},
		"sub":  reSub(false),
		"subn": reSub(true),
	})
	groupArgs := func(m *reMatch, args Tuple) (int, error) {
		if len(args) == 0 {
			return 0, nil
		}
		return m.group(args[0])
	}
	defMethods(reMatchClass, map[string]methodFunc{
		"group": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			m := args[0].(*reMatch)
			if len(args) <= 2 {
				g, err := groupArgs(m, args[1:])
				if err != nil {
					return nil, err
				}
				return m.text(g, None), nil
			}
			t := make(Tuple, len(args)-1)
			for i, a := range args[1:] {
				g, err := m.group(a)
				if err != nil {
					return nil, err
				}
				t[i] = m.text(g, None)
			}
			return t, nil
		},
		"groups": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			m := args[0].(*reMatch)
			var def Value = None
			if err := UnpackArgs("groups", args[1:], kw, "default?", &def); err != nil {
				return nil, err
			}
			t := make(Tuple, m.p.numSubexp)
			for g := range t {
				t[g] = m.text(g+1, def)
			}
			return t, nil
		},
		"groupdict": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			m := args[0].(*reMatch)
			var def Value = None
			if err := UnpackArgs("groupdict", args[1:], kw, "default?", &def); err != nil {
				return nil, err
			}
			d := NewDict()
			for g, n := range m.p.names {
				if n != "" {
					d.SetStr(n, m.text(g, def))
				}
			}
			return d, nil
		},
		"start": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			m := args[0].(*reMatch)
			g, err := groupArgs(m, args[1:])
			return MakeInt(int64(m.runePos(m.idx[2*g]))), err
		},
		"end": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			m := args[0].(*reMatch)
			g, err := groupArgs(m, args[1:])
			return MakeInt(int64(m.runePos(m.idx[2*g+1]))), err
		},
		"span": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			m := args[0].(*reMatch)
			g, err := groupArgs(m, args[1:])
			if err != nil {
				return nil, err
			}
			return Tuple{MakeInt(int64(m.runePos(m.idx[2*g]))), MakeInt(int64(m.runePos(m.idx[2*g+1])))}, nil
		},
		"expand": func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
			m := args[0].(*reMatch)
			t, ok := asStr(args[1])
			if !ok {
				return nil, NewError(TypeError, "expected str instance, %s found", TypeOf(args[1]).Name)
			}
			f, msg, pos := reTemplate(m.p, string(t))
			if f == nil {
				return nil, reError(th, msg, string(t), pos)
			}
			return String(f(m)), nil
		},
	})
	sourceModules["re"] = func(th *Thread) (*Module, error) {
		members := map[string]Value{
			"_compile": NewBuiltin("compile", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				s, ok := asStr(args[0])
				if !ok {
					return nil, NewError(TypeError, "first argument must be string or compiled pattern")
				}
				var f int64
				switch fv := args[1].(type) {
				case reFlag:
					f = int64(fv)
				default:
					n, ok := asInt(fv)
					if !ok {
						return nil, NewError(TypeError, "unsupported operand type(s) for &: '%s' and 'int'", TypeOf(fv).Name)
					}
					f, _ = n.Int64()
				}
				p, msg, pos := reCompile(string(s), f)
				if p == nil {
					return nil, reError(th, msg, string(s), pos)
				}
				return p, nil
			}),
			"escape": NewBuiltin("escape", func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
				var v Value
				if err := UnpackArgs("escape", args, kw, "pattern", &v); err != nil {
					return nil, err
				}
				s, ok := asStr(v)
				if !ok {
					return nil, NewError(TypeError, "expected str instance, %s found", TypeOf(v).Name)
				}
				var b strings.Builder
				for _, r := range s {
					if strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
						b.WriteByte('\\')
					}
					b.WriteRune(r)
				}
				return String(b.String()), nil
			}),
			"Pattern":        rePatternClass,
			"Match":          reMatchClass,
			"_PATTERN_ERROR": Bool(th.Python.RePatternError),
		}
		for i, f := range reFlagNames {
			members[f.name] = reFlag(f.v)
			members[string("ILMSUXA"[i])] = reFlag(f.v)
		}
		members["NOFLAG"] = reFlag(0)
		return pyModule(th, "re", members)
	}
}

// reSub is Pattern.sub(repl, string, count=0) and subn.
func reSub(n bool) methodFunc {
	name := map[bool]string{false: "sub", true: "subn"}[n]
	return func(th *Thread, args Tuple, kw []Kwarg) (Value, error) {
		p := reSelf(args)
		var repl, sv Value
		count := 0
		if err := UnpackArgs(name, args[1:], kw, "repl", &repl, "string", &sv, "count?", &count); err != nil {
			return nil, err
		}
		s, ok := asStr(sv)
		if !ok {
			return nil, NewError(TypeError, "expected string or bytes-like object, got '%s'", TypeOf(sv).Name)
		}
		var expand func(m *reMatch) (string, error)
		if r, ok := asStr(repl); ok {
			f, msg, pos := reTemplate(p, string(r))
			if f == nil {
				return nil, reError(th, msg, string(r), pos)
			}
			expand = func(m *reMatch) (string, error) { return f(m), nil }
		} else {
			expand = func(m *reMatch) (string, error) {
				v, err := Call(th, repl, Tuple{m}, nil)
				if err != nil {
					return "", err
				}
				t, ok := asStr(v)
				if !ok {
					return "", NewError(TypeError, "expected str instance, %s found", TypeOf(v).Name)
				}
				return string(t), nil
			}
		}
		limit := -1
		if count > 0 {
			limit = count
		}
		var b strings.Builder
		last, k, checked := 0, 0, 1<<16
		ms := p.matches(string(s), 0, len(s), limit)
		for _, idx := range ms {
			if err := th.tick(); err != nil {
				return nil, err
			}
			b.WriteString(string(s[last:idx[0]]))
			r, err := expand(&reMatch{p: p, s: string(s), idx: idx, endpos: s.Len()})
			if err != nil {
				return nil, err
			}
			if err := th.Reserve(int64(len(r))); err != nil {
				return nil, err
			}
			if b.Len() > checked {
				if err := th.Reserve(int64(b.Len())); err != nil {
					return nil, err
				}
				checked = 2 * b.Len()
			}
			b.WriteString(r)
			last = idx[1]
			k++
		}
		b.WriteString(string(s[last:]))
		if n {
			return Tuple{String(b.String()), MakeInt(int64(k))}, nil
		}
		return String(b.String()), nil
	}
}
