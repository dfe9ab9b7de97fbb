package syntax

// This file parses string literals: adjacent-literal concatenation and the
// inside of f-strings (Python 3.11 rules: an expression may not contain
// the enclosing quote or a backslash). The expression of a replacement
// field is scanned and parsed by a parser of its own, which starts at the
// field's position in the file, so errors inside f-strings point at the
// right line and column.

import (
	"strings"
	"unicode/utf8"
)

// parseStrings parses one or more adjacent string tokens: a Literal (str
// or bytes) or, if any of them is an f-string, an FString.
func (p *parser) parseStrings() Expr {
	var toks []*token
	for p.tok.kind == tSTRING {
		toks = append(toks, p.tok)
		p.next()
	}
	first, last := toks[0], toks[len(toks)-1]
	isBytes := first.flags&strBytes != 0
	anyF := false
	for _, t := range toks {
		if (t.flags&strBytes != 0) != isBytes {
			p.errorf(t.pos, "cannot mix bytes and nonbytes literals")
		}
		if t.flags&strF != 0 {
			anyF = true
		}
	}
	if !anyF {
		var b strings.Builder
		for _, t := range toks {
			b.WriteString(t.str)
		}
		lit := &Literal{Kind: StringLit, Value: b.String(), Raw: p.src[first.off:last.eoff]}
		if isBytes {
			lit.Kind = BytesLit
		}
		lit.SetSpan(first.pos, last.end)
		return lit
	}
	fs := &FString{}
	text := func(s string) {
		if s == "" {
			return
		}
		if n := len(fs.Parts); n > 0 && fs.Parts[n-1].Expr == nil {
			fs.Parts[n-1].Text += s
			return
		}
		fs.Parts = append(fs.Parts, FStringPart{Text: s})
	}
	for _, t := range toks {
		if t.flags&strF == 0 {
			text(t.str)
			continue
		}
		f := &fstringParser{p: p, s: t.str, base: t.bodyPos(), raw: t.flags&strRaw != 0, curPos: t.bodyPos()}
		parts, _ := f.parse(0, 0)
		for _, part := range parts {
			if part.Expr == nil {
				text(part.Text)
			} else {
				fs.Parts = append(fs.Parts, part)
			}
		}
	}
	fs.SetSpan(first.pos, last.end)
	return fs
}

// fstringParser parses the body of one f-string token.
type fstringParser struct {
	p    *parser
	s    string   // the body, undecoded, exactly as in the source
	base Position // position of s[0]
	raw  bool

	// a cursor that makes successive pos calls linear overall
	curOff int
	curPos Position
}

// pos returns the position of byte offset off of the body.
func (f *fstringParser) pos(off int) Position {
	if off < f.curOff {
		f.curOff, f.curPos = 0, f.base
	}
	for _, r := range f.s[f.curOff:off] {
		if r == '\n' {
			f.curPos.Line++
			f.curPos.Col = 1
		} else {
			f.curPos.Col++
		}
	}
	f.curOff = off
	return f.curPos
}

// parse parses literal text and replacement fields from s[i:]. At level 0
// it runs to the end of the body; inside a format spec (level > 0) it stops
// at the '}' that closes the field, and returns its offset.
func (f *fstringParser) parse(i, level int) ([]FStringPart, int) {
	s := f.s
	var parts []FStringPart
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, FStringPart{Text: lit.String()})
			lit.Reset()
		}
	}
	for i < len(s) {
		switch c := s[i]; {
		case c == '\\' && !f.raw:
			v, n, msg := decodeEscape(s, i, false)
			if msg != "" {
				f.p.errorf(f.pos(i), "%s", msg)
			}
			lit.WriteString(v)
			i += n
		case c == '{':
			if level == 0 && i+1 < len(s) && s[i+1] == '{' {
				lit.WriteByte('{')
				i += 2
				continue
			}
			flush()
			var part FStringPart
			part, i = f.field(i, level)
			parts = append(parts, part)
		case c == '}':
			if level > 0 {
				flush()
				return parts, i
			}
			if i+1 < len(s) && s[i+1] == '}' {
				lit.WriteByte('}')
				i += 2
				continue
			}
			f.p.errorf(f.pos(i), "f-string: single '}' is not allowed")
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	return parts, i
}

// field parses the replacement field starting at s[i] == '{' and returns
// it with the offset just past its '}'.
func (f *fstringParser) field(i, level int) (FStringPart, int) {
	s := f.s
	if level >= 2 {
		f.p.errorf(f.pos(i), "f-string: expressions nested too deeply")
	}
	i++
	exprStart := i
	// Find the end of the expression: a top-level '!', ':', '=' or '}',
	// skipping nested brackets and strings.
	var stack []byte
	var quote byte
	triple := false
scan:
	for ; i < len(s); i++ {
		c := s[i]
		if c == '\\' {
			f.p.errorf(f.pos(i), "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if i+2 < len(s) && s[i+1] == quote && s[i+2] == quote {
					quote = 0
					i += 2
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			triple = i+2 < len(s) && s[i+1] == c && s[i+2] == c
			if triple {
				i += 2
			}
			quote = c
		case '(', '[', '{':
			if len(stack) >= MaxDepth {
				f.p.errorf(f.pos(i), "%s", tooDeep)
			}
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 {
				if c == '}' {
					break scan
				}
				f.p.errorf(f.pos(i), "f-string: unmatched '%c'", c)
			}
			if open := stack[len(stack)-1]; closing(open) != c {
				f.p.errorf(f.pos(i), "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
			stack = stack[:len(stack)-1]
		case '#':
			f.p.errorf(f.pos(i), "f-string expression part cannot include '#'")
		case '!', '=', '<', '>':
			if len(stack) > 0 {
				continue
			}
			if i+1 < len(s) && s[i+1] == '=' {
				i++ // != == <= >=
				continue
			}
			if c == '!' || c == '=' {
				break scan
			}
		case ':':
			if len(stack) == 0 {
				break scan
			}
		}
	}
	if quote != 0 {
		f.p.errorf(f.pos(i), "f-string: unterminated string")
	}
	if i >= len(s) {
		if len(stack) > 0 {
			f.p.errorf(f.pos(i), "f-string: unmatched '%c'", stack[len(stack)-1])
		}
		f.p.errorf(f.pos(i), "f-string: expecting '}'")
	}
	expr := s[exprStart:i]
	if strings.TrimSpace(expr) == "" {
		f.p.errorf(f.pos(i), "f-string: empty expression not allowed")
	}
	var part FStringPart
	part.Expr = f.p.parseField(expr, f.pos(exprStart))
	if s[i] == '=' {
		i++
		for i < len(s) && strings.IndexByte(" \t\n\f\v", s[i]) >= 0 {
			i++
		}
		part.SelfDoc = true
		part.Text = s[exprStart:i]
	}
	if i < len(s) && s[i] == '!' {
		i++
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != 's' && r != 'r' && r != 'a' {
			f.p.errorf(f.pos(i), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		part.Conv = r
		i += size
	}
	if i < len(s) && s[i] == ':' {
		colon := i
		spec := &FString{}
		spec.Parts, i = f.parse(i+1, level+1)
		spec.SetSpan(f.pos(colon+1), f.pos(i))
		if len(spec.Parts) == 0 {
			spec.SetSpan(f.pos(colon), f.pos(i)) // keep the span non-empty
		}
		part.Spec = spec
	}
	if i >= len(s) || s[i] != '}' {
		f.p.errorf(f.pos(i), "f-string: expecting '}'")
	}
	i++
	if part.SelfDoc && part.Conv == 0 && part.Spec == nil {
		part.Conv = 'r' // {x=} shows repr(x), as Python does
	}
	if part.Spec != nil && len(part.Spec.Parts) == 0 && !part.SelfDoc {
		part.Spec = nil // {x:} is {x}; but {x=:} shows str(x), not repr(x)
	}
	return part, i
}

// parseField parses the expression of a replacement field, whose text
// starts at pos in the file.
func (p *parser) parseField(text string, pos Position) Expr {
	sub := newParser(p.file, text, pos, true)
	sub.fstring = true
	sub.depth = p.depth
	sub.inFunc = p.inFunc
	sub.enter(pos)
	x := sub.parseWholeExpr()
	for y, i := range sub.yields {
		if i >= 0 {
			i += len(p.compileErrs)
		}
		if p.yields == nil {
			p.yields = map[*YieldExpr]int{}
		}
		p.yields[y] = i
	}
	p.compileErrs = append(p.compileErrs, sub.compileErrs...)
	return x
}
