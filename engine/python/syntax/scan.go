package syntax

// This file holds the scanner: it turns source text into tokens, Python 3
// style (INDENT and DEDENT from an indentation stack, implicit line joining
// inside brackets, backslash continuation), and decodes the literals.

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// MaxFileSize is the largest source file accepted, in bytes.
	MaxFileSize = 256 << 10

	// MaxDepth is the deepest nesting of brackets, blocks and expressions
	// accepted. It bounds the recursion of the parser.
	MaxDepth = 100

	// MaxTreeDepth is the greatest depth of a syntax tree (counting every
	// node from the top-level statement down), which long operator chains
	// such as a + b + c + ... reach without nesting. It bounds the recursion
	// of every walk over the tree, such as an evaluator's.
	MaxTreeDepth = 1000
)

// tooDeep is the message for inputs nested more than MaxDepth levels.
var tooDeep = fmt.Sprintf("too deeply nested (more than %d levels)", MaxDepth)

// tokenKind is the kind of a token.
type tokenKind uint8

const (
	tILLEGAL tokenKind = iota
	tERROR             // a scanning error; always the last token
	tEOF
	tNEWLINE
	tINDENT
	tDEDENT

	tNAME
	tINT    // num: int64 or *big.Int
	tFLOAT  // num: float64
	tSTRING // see strFlags

	// punctuation
	tPLUS       // +
	tMINUS      // -
	tSTAR       // *
	tSLASH      // /
	tSLASHSLASH // //
	tPERCENT    // %
	tSTARSTAR   // **
	tAT         // @
	tLTLT       // <<
	tGTGT       // >>
	tAMP        // &
	tPIPE       // |
	tCIRCUMFLEX // ^
	tTILDE      // ~
	tLT         // <
	tGT         // >
	tLE         // <=
	tGE         // >=
	tEQL        // ==
	tNEQ        // !=
	tEQ         // =
	tPLUSEQ     // +=
	tMINUSEQ    // -=
	tSTAREQ     // *=
	tSLASHEQ    // /=
	tSLASHSLASHEQ
	tPERCENTEQ
	tSTARSTAREQ
	tATEQ
	tLTLTEQ
	tGTGTEQ
	tAMPEQ
	tPIPEEQ
	tCIRCUMFLEXEQ
	tLPAREN
	tRPAREN
	tLBRACK
	tRBRACK
	tLBRACE
	tRBRACE
	tCOMMA
	tCOLON
	tSEMI
	tDOT
	tARROW    // ->
	tWALRUS   // :=
	tELLIPSIS // ...

	// keywords
	tAND
	tAS
	tASSERT
	tASYNC
	tAWAIT
	tBREAK
	tCLASS
	tCONTINUE
	tDEF
	tDEL
	tELIF
	tELSE
	tEXCEPT
	tFALSE
	tFINALLY
	tFOR
	tFROM
	tGLOBAL
	tIF
	tIMPORT
	tIN
	tIS
	tLAMBDA
	tNONE
	tNONLOCAL
	tNOT
	tOR
	tPASS
	tRAISE
	tRETURN
	tTRUE
	tTRY
	tWHILE
	tWITH
	tYIELD
)

var keywords = map[string]tokenKind{
	"and": tAND, "as": tAS, "assert": tASSERT, "async": tASYNC, "await": tAWAIT,
	"break": tBREAK, "class": tCLASS, "continue": tCONTINUE, "def": tDEF,
	"del": tDEL, "elif": tELIF, "else": tELSE, "except": tEXCEPT,
	"False": tFALSE, "finally": tFINALLY, "for": tFOR, "from": tFROM,
	"global": tGLOBAL, "if": tIF, "import": tIMPORT, "in": tIN, "is": tIS,
	"lambda": tLAMBDA, "None": tNONE, "nonlocal": tNONLOCAL, "not": tNOT,
	"or": tOR, "pass": tPASS, "raise": tRAISE, "return": tRETURN,
	"True": tTRUE, "try": tTRY, "while": tWHILE, "with": tWITH, "yield": tYIELD,
}

// operators maps operator spellings to tokens, longest first within each
// starting character is ensured by scanOperator trying lengths 3, 2, 1.
var operators = map[string]tokenKind{
	"+": tPLUS, "-": tMINUS, "*": tSTAR, "/": tSLASH, "//": tSLASHSLASH,
	"%": tPERCENT, "**": tSTARSTAR, "@": tAT, "<<": tLTLT, ">>": tGTGT,
	"&": tAMP, "|": tPIPE, "^": tCIRCUMFLEX, "~": tTILDE, "<": tLT, ">": tGT,
	"<=": tLE, ">=": tGE, "==": tEQL, "!=": tNEQ, "=": tEQ,
	"+=": tPLUSEQ, "-=": tMINUSEQ, "*=": tSTAREQ, "/=": tSLASHEQ,
	"//=": tSLASHSLASHEQ, "%=": tPERCENTEQ, "**=": tSTARSTAREQ, "@=": tATEQ,
	"<<=": tLTLTEQ, ">>=": tGTGTEQ, "&=": tAMPEQ, "|=": tPIPEEQ,
	"^=": tCIRCUMFLEXEQ,
	"(":  tLPAREN, ")": tRPAREN, "[": tLBRACK, "]": tRBRACK, "{": tLBRACE,
	"}": tRBRACE, ",": tCOMMA, ":": tCOLON, ";": tSEMI, ".": tDOT,
	"->": tARROW, ":=": tWALRUS, "...": tELLIPSIS,
}

// strFlags describes a string token.
type strFlags uint8

const (
	strBytes strFlags = 1 << iota // b prefix
	strRaw                        // r prefix
	strF                          // f prefix: str holds the undecoded body
)

// token is one token of the source (64 bytes: a file has many).
type token struct {
	kind      tokenKind
	flags     strFlags // STRING
	bodyCol   uint8    // STRING: column of the body after pos (prefix and quotes)
	pos, end  Position // first character, just past the last one
	off, eoff int32    // byte offsets of the same in the source

	// NAME: the name. STRING: the decoded value, or the raw body for an
	// f-string. Operators and keywords: their spelling.
	str string

	// INT: int64 or *big.Int; FLOAT: float64; ERROR: *Error.
	val interface{}
}

// bodyPos returns the position of the first character of a string's body.
func (t *token) bodyPos() Position {
	return Position{t.pos.Line, t.pos.Col + int32(t.bodyCol)}
}

// err returns the error of an ERROR token.
func (t *token) err() *Error {
	e, _ := t.val.(*Error)
	return e
}

// indentLevel is one entry of the indentation stack: the column with tabs
// expanded to multiples of 8 and with tabs counted as 1, as CPython does to
// detect inconsistent use of tabs and spaces.
type indentLevel struct{ col, altcol int }

type bracket struct {
	c   byte
	pos Position
}

// scanner turns source text into tokens.
type scanner struct {
	file     string
	src      string
	off      int
	line     int32
	col      int32
	exprMode bool // newlines are spaces, no indentation (f-string fields, ParseExpr)

	toks          []token
	indents       []indentLevel
	brackets      []bracket
	atLineStart   bool
	lineHasTokens bool

	lastNL Position // position of the last newline consumed

	// unclosed lists, outermost first, the brackets still open at the end
	// of the input (then scanning ended with an error for the last one).
	unclosed []Error
}

// scanStop is the panic value that ends scanning at the first error.
type scanStop struct{}

// normalizeNewlines turns "\r\n" and "\r" into "\n" (Python's universal
// newlines); line and column numbers are unchanged.
func normalizeNewlines(src string) string {
	if strings.IndexByte(src, '\r') >= 0 {
		src = strings.ReplaceAll(src, "\r\n", "\n")
		src = strings.ReplaceAll(src, "\r", "\n")
	}
	return src
}

// scan tokenizes src (with normalized newlines), whose first character is
// at position start. The result always ends with an EOF token or, after
// the first error, an ERROR token. In exprMode newlines are plain spaces
// and there is no indentation.
func scan(file, src string, start Position, exprMode bool) (toks []token, unclosed []Error) {
	s := &scanner{
		file:        file,
		src:         src,
		line:        start.Line,
		col:         start.Col,
		exprMode:    exprMode,
		indents:     []indentLevel{{0, 0}},
		atLineStart: !exprMode,
		toks:        make([]token, 0, len(src)/3+8), // typical density, to avoid regrowth
	}
	if strings.HasPrefix(src, "\uFEFF") && start == (Position{1, 1}) {
		s.off = len("\uFEFF") // byte order mark
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(scanStop); !ok {
					panic(r)
				}
			}
		}()
		s.run()
	}()
	return s.toks, s.unclosed
}

func (s *scanner) pos() Position { return Position{s.line, s.col} }

// errorf ends scanning with an ERROR token carrying the message.
func (s *scanner) errorf(pos Position, format string, args ...interface{}) {
	err := &Error{File: s.file, Pos: pos, Msg: fmt.Sprintf(format, args...)}
	s.toks = append(s.toks, token{kind: tERROR, pos: s.pos(), end: s.pos(), off: int32(s.off), eoff: int32(s.off), val: err})
	panic(scanStop{})
}

// peek returns the byte at offset off+k, or 0 past the end.
func (s *scanner) peek(k int) byte {
	if s.off+k < len(s.src) {
		return s.src[s.off+k]
	}
	return 0
}

// advance consumes one character, checking that it is valid UTF-8 and not
// a NUL.
func (s *scanner) advance() {
	c := s.src[s.off]
	switch {
	case c == '\n':
		s.lastNL = s.pos()
		s.off++
		s.line++
		s.col = 1
		return
	case c == 0:
		s.errorf(s.pos(), "source code cannot contain null bytes")
	case c < utf8.RuneSelf:
		s.off++
	default:
		r, size := utf8.DecodeRuneInString(s.src[s.off:])
		if r == utf8.RuneError && size == 1 {
			s.errorf(s.pos(), "invalid UTF-8 encoding (byte 0x%02x)", c)
		}
		s.off += size
	}
	s.col++
}

func (s *scanner) emit(kind tokenKind, pos Position, off int, str string) *token {
	s.toks = append(s.toks, token{kind: kind, pos: pos, end: s.pos(), off: int32(off), eoff: int32(s.off), str: str})
	if kind != tNEWLINE && kind != tINDENT && kind != tDEDENT {
		s.lineHasTokens = true
	}
	return &s.toks[len(s.toks)-1]
}

func (s *scanner) run() {
	for {
		if s.atLineStart {
			s.atLineStart = false
			if s.indentation() {
				continue // a blank or comment-only line
			}
		}
		// Skip white space.
		for s.off < len(s.src) {
			c := s.src[s.off]
			if c == ' ' || c == '\t' || c == '\f' || c == '\n' && s.exprMode {
				s.advance()
				continue
			}
			break
		}
		if s.off >= len(s.src) {
			s.eof()
			return
		}
		switch c := s.src[s.off]; c {
		case '#':
			for s.off < len(s.src) && s.src[s.off] != '\n' {
				s.advance()
			}
		case '\n':
			s.advance()
			if len(s.brackets) > 0 {
				continue // implicit line joining
			}
			if s.lineHasTokens {
				s.newline()
			}
			s.atLineStart = true
		case '\\':
			s.advance()
			if s.off >= len(s.src) {
				s.errorf(s.pos(), "unexpected EOF while parsing")
			}
			if s.src[s.off] != '\n' {
				s.errorf(s.pos(), "unexpected character after line continuation character")
			}
			s.advance() // explicit line joining: no indentation processing
			if s.off >= len(s.src) {
				s.errorf(s.lastNL, "unexpected EOF while parsing")
			}
		default:
			s.scanToken()
		}
	}
}

// indentation processes the indentation at the start of a line, emitting
// INDENT or DEDENT tokens. It reports whether the line was blank or held
// only a comment (and consumed it).
func (s *scanner) indentation() bool {
	col, altcol := 0, 0
	contCol, contAlt := -1, -1
	for s.off < len(s.src) {
		switch s.src[s.off] {
		case ' ':
			col++
			altcol++
		case '\t':
			col = (col/8 + 1) * 8
			altcol++
		case '\f':
			col, altcol = 0, 0
		case '\\':
			if s.peek(1) != '\n' {
				goto done // an error, reported by run
			}
			// As in CPython 3.12: the first backslash preceded by
			// indentation sets the level of the continued line.
			if contCol < 0 && col > 0 {
				contCol, contAlt = col, altcol
			}
			s.advance()
			s.advance()
			if s.off >= len(s.src) {
				s.errorf(s.lastNL, "unexpected EOF while parsing")
			}
			continue
		default:
			goto done
		}
		s.advance()
	}
done:
	if s.off >= len(s.src) {
		return false
	}
	if c := s.src[s.off]; c == '#' || c == '\n' {
		for s.off < len(s.src) && s.src[s.off] != '\n' {
			s.advance()
		}
		if s.off < len(s.src) {
			s.advance()
		}
		s.atLineStart = true
		return true
	}
	if contCol >= 0 {
		col, altcol = contCol, contAlt
	}
	if len(s.brackets) > 0 || s.exprMode {
		return false
	}
	pos := s.pos()
	top := s.indents[len(s.indents)-1]
	switch {
	case col == top.col:
		if altcol != top.altcol {
			s.errorf(pos, "inconsistent use of tabs and spaces in indentation")
		}
	case col > top.col:
		if altcol <= top.altcol {
			s.errorf(pos, "inconsistent use of tabs and spaces in indentation")
		}
		if len(s.indents) > MaxDepth {
			s.errorf(pos, "%s", tooDeep)
		}
		s.indents = append(s.indents, indentLevel{col, altcol})
		s.toks = append(s.toks, token{kind: tINDENT, pos: pos, end: pos, off: int32(s.off), eoff: int32(s.off)})
	default:
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1].col {
			s.indents = s.indents[:len(s.indents)-1]
			s.toks = append(s.toks, token{kind: tDEDENT, pos: pos, end: pos, off: int32(s.off), eoff: int32(s.off)})
		}
		top = s.indents[len(s.indents)-1]
		if col != top.col {
			s.errorf(pos, "unindent does not match any outer indentation level")
		}
		if altcol != top.altcol {
			s.errorf(pos, "inconsistent use of tabs and spaces in indentation")
		}
	}
	return false
}

// newline emits the NEWLINE token that ends a logical line. It is placed
// just past the line's last token, so that an error reported there (such as
// "expected ':'") points at the end of the code, not past a comment.
func (s *scanner) newline() {
	last := &s.toks[len(s.toks)-1]
	s.toks = append(s.toks, token{kind: tNEWLINE, pos: last.end, end: last.end, off: last.eoff, eoff: last.eoff})
	s.lineHasTokens = false
}

func (s *scanner) eof() {
	if n := len(s.brackets); n > 0 {
		for _, b := range s.brackets {
			s.unclosed = append(s.unclosed, Error{File: s.file, Pos: b.pos, Msg: fmt.Sprintf("'%c' was never closed", b.c)})
		}
		s.toks = append(s.toks, token{kind: tERROR, pos: s.pos(), end: s.pos(), off: int32(s.off), eoff: int32(s.off), val: &s.unclosed[n-1]})
		return
	}
	// End of file is at the end of the last line, not on a line after it,
	// so that errors there ("expected an indented block") point at code.
	pos := s.pos()
	if s.off > 0 && s.src[s.off-1] == '\n' && !s.exprMode {
		pos = s.lastNL
	}
	if !s.exprMode {
		if s.lineHasTokens {
			s.newline()
		}
		for len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			s.toks = append(s.toks, token{kind: tDEDENT, pos: pos, end: pos, off: int32(s.off), eoff: int32(s.off)})
		}
	}
	s.toks = append(s.toks, token{kind: tEOF, pos: pos, end: pos, off: int32(s.off), eoff: int32(s.off)})
}

func isIdentStart(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_' ||
		r >= utf8.RuneSelf && unicode.IsLetter(r)
}

func isIdentPart(r rune) bool {
	return isIdentStart(r) || '0' <= r && r <= '9' ||
		r >= utf8.RuneSelf && (unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Pc))
}

// runeAt decodes the rune at byte offset off of the source (RuneError past
// the end).
func (s *scanner) runeAt(off int) rune {
	if off >= len(s.src) {
		return utf8.RuneError
	}
	if c := s.src[off]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s.src[off:])
	return r
}

func (s *scanner) scanToken() {
	pos, off := s.pos(), s.off
	c := s.src[off]
	r := s.runeAt(off)
	switch {
	case isIdentStart(r):
		for s.off < len(s.src) && isIdentPart(s.runeAt(s.off)) {
			s.advance()
		}
		name := s.src[off:s.off]
		if q := s.peek(0); q == '\'' || q == '"' {
			if flags, ok := stringPrefix(name); ok {
				s.scanString(pos, off, flags)
				return
			}
			if len(name) <= 2 && strings.Trim(name, "rRbBfFuUtT") == "" {
				s.errorf(pos, "invalid string prefix '%s'", name)
			}
		}
		if kind, ok := keywords[name]; ok {
			s.emit(kind, pos, off, name)
			return
		}
		for i := 0; i < len(name); i++ {
			if name[i] >= utf8.RuneSelf {
				// Python reads identifiers in NFKC form (PEP 3131):
				// ﬁeld is field.
				name = nfkc(name)
				break
			}
		}
		s.emit(tNAME, pos, off, name)
	case '0' <= c && c <= '9' || c == '.' && '0' <= s.peek(1) && s.peek(1) <= '9':
		s.scanNumber(pos, off)
	case c == '\'' || c == '"':
		s.scanString(pos, off, 0)
	case c >= utf8.RuneSelf:
		if r == utf8.RuneError {
			s.advance() // reports invalid UTF-8
		}
		if unicode.IsPrint(r) {
			s.errorf(pos, "invalid character '%c' (U+%04X)", r, r)
		}
		s.errorf(pos, "invalid non-printable character U+%04X", r)
	default:
		s.scanOperator(pos, off)
	}
}

func (s *scanner) scanOperator(pos Position, off int) {
	for n := 3; n >= 1; n-- {
		if off+n > len(s.src) {
			continue
		}
		op := s.src[off : off+n]
		kind, ok := operators[op]
		if !ok {
			continue
		}
		for i := 0; i < n; i++ {
			s.advance()
		}
		switch kind {
		case tLPAREN, tLBRACK, tLBRACE:
			if len(s.brackets) >= MaxDepth {
				s.errorf(pos, "%s", tooDeep)
			}
			s.brackets = append(s.brackets, bracket{op[0], pos})
		case tRPAREN, tRBRACK, tRBRACE:
			if len(s.brackets) == 0 {
				s.errorf(pos, "unmatched '%c'", op[0])
			}
			b := s.brackets[len(s.brackets)-1]
			if closing(b.c) != op[0] {
				if b.pos.Line != pos.Line {
					s.errorf(pos, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", op[0], b.c, b.pos.Line)
				}
				s.errorf(pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", op[0], b.c)
			}
			s.brackets = s.brackets[:len(s.brackets)-1]
		}
		s.emit(kind, pos, off, op)
		return
	}
	if c := s.src[off]; c < ' ' || c == 0x7f {
		if c == 0 {
			s.advance() // reports the NUL
		}
		s.errorf(pos, "invalid non-printable character U+%04X", c)
	}
	s.errorf(pos, "invalid syntax")
}

func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// stringPrefix reports whether name is a valid string prefix, and its flags.
func stringPrefix(name string) (strFlags, bool) {
	switch strings.ToLower(name) {
	case "r":
		return strRaw, true
	case "u":
		return 0, true
	case "b":
		return strBytes, true
	case "rb", "br":
		return strBytes | strRaw, true
	case "f":
		return strF, true
	case "fr", "rf":
		return strF | strRaw, true
	}
	return 0, false
}

// scanString scans a string literal whose prefix (if any) started at
// pos/off; the scanner is at the opening quote.
func (s *scanner) scanString(pos Position, off int, flags strFlags) {
	q := s.src[s.off]
	triple := s.peek(1) == q && s.peek(2) == q
	n := 1
	if triple {
		n = 3
	}
	for i := 0; i < n; i++ {
		s.advance()
	}
	bodyPos, bodyOff := s.pos(), s.off
	bodyEnd := -1
	for bodyEnd < 0 {
		if s.off >= len(s.src) {
			if triple {
				s.errorf(pos, "unterminated triple-quoted string literal (detected at line %d)", s.line)
			}
			s.errorf(pos, "unterminated string literal (detected at line %d)", s.line)
		}
		switch c := s.src[s.off]; {
		case c == '\\':
			s.advance()
			if s.off < len(s.src) {
				s.advance()
			}
		case c == '\n' && !triple:
			s.errorf(pos, "unterminated string literal (detected at line %d)", s.line)
		case c == q && (!triple || s.peek(1) == q && s.peek(2) == q):
			bodyEnd = s.off
			for i := 0; i < n; i++ {
				s.advance()
			}
		default:
			s.advance()
		}
	}
	body := s.src[bodyOff:bodyEnd]
	value := body
	if flags&strBytes != 0 {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				s.errorf(posAt(bodyPos, body, i), "bytes can only contain ASCII literal characters")
			}
		}
	}
	if flags&(strRaw|strF) == 0 {
		v, errOff, msg := unescape(body, flags&strBytes != 0)
		if msg != "" {
			s.errorf(posAt(bodyPos, body, errOff), "%s", msg)
		}
		value = v
	}
	t := s.emit(tSTRING, pos, off, value)
	t.flags = flags
	t.bodyCol = uint8(bodyPos.Col - pos.Col)
}

// unescape decodes the escape sequences of the body of a non-raw string
// or bytes literal. On failure it returns the offset of the bad escape and
// a message.
func unescape(body string, isBytes bool) (string, int, string) {
	if strings.IndexByte(body, '\\') < 0 {
		return body, 0, ""
	}
	var b strings.Builder
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		v, n, msg := decodeEscape(body, i, isBytes)
		if msg != "" {
			return "", i, msg
		}
		b.WriteString(v)
		i += n
	}
	return b.String(), 0, ""
}

// decodeEscape decodes the escape sequence at s[i] (a backslash). It
// returns the decoded text and the number of bytes consumed. An unknown
// escape consumes only the backslash, which is kept, as Python does.
func decodeEscape(s string, i int, isBytes bool) (string, int, string) {
	if i+1 >= len(s) {
		return `\`, 1, ""
	}
	switch c := s[i+1]; c {
	case '\n':
		return "", 2, ""
	case '\\', '\'', '"':
		return string(c), 2, ""
	case 'a':
		return "\a", 2, ""
	case 'b':
		return "\b", 2, ""
	case 'f':
		return "\f", 2, ""
	case 'n':
		return "\n", 2, ""
	case 'r':
		return "\r", 2, ""
	case 't':
		return "\t", 2, ""
	case 'v':
		return "\v", 2, ""
	case '0', '1', '2', '3', '4', '5', '6', '7':
		n, v := 1, int(c-'0')
		for n < 3 && i+1+n < len(s) && '0' <= s[i+1+n] && s[i+1+n] <= '7' {
			v = v*8 + int(s[i+1+n]-'0')
			n++
		}
		if isBytes {
			return string([]byte{byte(v)}), 1 + n, ""
		}
		return string(rune(v)), 1 + n, ""
	case 'x':
		v, ok := hexDigits(s, i+2, 2)
		if !ok {
			return "", 0, `truncated \xXX escape`
		}
		if isBytes {
			return string([]byte{byte(v)}), 4, ""
		}
		return string(rune(v)), 4, ""
	case 'u', 'U':
		if isBytes {
			return `\`, 1, ""
		}
		n := 4
		if c == 'U' {
			n = 8
		}
		v, ok := hexDigits(s, i+2, n)
		if !ok {
			if c == 'U' {
				return "", 0, `truncated \UXXXXXXXX escape`
			}
			return "", 0, `truncated \uXXXX escape`
		}
		if v > unicode.MaxRune {
			return "", 0, "illegal Unicode character"
		}
		if 0xD800 <= v && v <= 0xDFFF {
			// A lone surrogate, which a Python str may hold: kept in
			// WTF-8 (the 3-byte form UTF-8 forbids) so that it is one
			// code point, repr'd as '\ud800', and refused by UTF-8
			// encoders as in Python.
			return string([]byte{0xED, byte(0xA0 | (v>>6)&0x1F), byte(0x80 | v&0x3F)}), 2 + n, ""
		}
		return string(rune(v)), 2 + n, ""
	case 'N':
		if isBytes {
			return `\`, 1, ""
		}
		return "", 0, `\N{...} escapes are not supported`
	}
	return `\`, 1, ""
}

func hexDigits(s string, i, n int) (uint64, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v, err := strconv.ParseUint(s[i:i+n], 16, 32)
	if err != nil || strings.ContainsAny(s[i:i+n], "+-_") {
		return 0, false
	}
	return v, true
}

// posAt returns the position of byte offset off of text s, given the
// position of its first character.
func posAt(base Position, s string, off int) Position {
	p := base
	for _, r := range s[:off] {
		if r == '\n' {
			p.Line++
			p.Col = 1
		} else {
			p.Col++
		}
	}
	return p
}

func isDigit(c byte, base int) bool {
	switch base {
	case 2:
		return c == '0' || c == '1'
	case 8:
		return '0' <= c && c <= '7'
	case 16:
		return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
	}
	return '0' <= c && c <= '9'
}

// digits consumes a run of digits in base with single underscores between
// them, and reports how many digits it read.
func (s *scanner) digits(base int, what string, numPos Position) int {
	n := 0
	for s.off < len(s.src) {
		c := s.src[s.off]
		if c == '_' {
			if !isDigit(s.peek(1), base) {
				s.advance()
				s.errorf(numPos, "invalid %s literal", what)
			}
			s.advance()
			continue
		}
		if !isDigit(c, base) {
			break
		}
		s.advance()
		n++
	}
	return n
}

func (s *scanner) scanNumber(pos Position, off int) {
	kind := tINT
	if s.src[off] == '0' && strings.IndexByte("xXoObB", s.peek(1)) >= 0 {
		base, what := 16, "hexadecimal"
		switch s.peek(1) {
		case 'o', 'O':
			base, what = 8, "octal"
		case 'b', 'B':
			base, what = 2, "binary"
		}
		s.advance()
		s.advance()
		if s.peek(0) == '_' && isDigit(s.peek(1), base) {
			s.advance()
		}
		if s.digits(base, what, pos) == 0 {
			if c := s.peek(0); '0' <= c && c <= '9' {
				s.errorf(s.pos(), "invalid digit '%c' in %s literal", c, what)
			}
			s.errorf(pos, "invalid %s literal", what)
		}
		if c := s.peek(0); '0' <= c && c <= '9' {
			s.errorf(s.pos(), "invalid digit '%c' in %s literal", c, what)
		}
		if s.off < len(s.src) && isIdentPart(s.runeAt(s.off)) {
			s.errorf(pos, "invalid %s literal", what)
		}
		text := strings.ReplaceAll(s.src[off+2:s.off], "_", "")
		t := s.emit(tINT, pos, off, s.src[off:s.off])
		t.val = parseInt(text, base)
		return
	}
	s.digits(10, "decimal", pos)
	if s.peek(0) == '.' {
		kind = tFLOAT
		s.advance()
		if s.peek(0) == '_' {
			s.errorf(pos, "invalid decimal literal")
		}
		s.digits(10, "decimal", pos)
	}
	if c := s.peek(0); c == 'e' || c == 'E' {
		kind = tFLOAT
		s.advance()
		if c := s.peek(0); c == '+' || c == '-' {
			s.advance()
		}
		if s.digits(10, "decimal", pos) == 0 {
			s.errorf(pos, "invalid decimal literal")
		}
	}
	if c := s.peek(0); c == 'j' || c == 'J' {
		s.errorf(pos, "complex numbers are not supported")
	}
	if s.off < len(s.src) && isIdentPart(s.runeAt(s.off)) {
		s.errorf(pos, "invalid decimal literal")
	}
	raw := s.src[off:s.off]
	text := strings.ReplaceAll(raw, "_", "")
	if kind == tFLOAT {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !isRangeErr(err) {
			s.errorf(pos, "invalid decimal literal")
		}
		t := s.emit(tFLOAT, pos, off, raw)
		t.val = f
		return
	}
	if len(text) > 1 && text[0] == '0' && strings.Trim(text, "0") != "" {
		s.errorf(pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	t := s.emit(tINT, pos, off, raw)
	t.val = parseInt(text, 10)
}

func isRangeErr(err error) bool {
	e, ok := err.(*strconv.NumError)
	return ok && e.Err == strconv.ErrRange
}

// parseInt converts validated digits to an int64, or a *big.Int when the
// value does not fit.
func parseInt(text string, base int) interface{} {
	if v, err := strconv.ParseInt(text, base, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(text, base)
	if !ok {
		return int64(0) // unreachable: the digits were validated
	}
	return b
}
