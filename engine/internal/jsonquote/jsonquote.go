// Package jsonquote writes a string (and a float) as CPython's json module writes it
// (json.encoder.py_encode_basestring and its ensure_ascii form), shared
// by the engine's json module and JSONField's encoder.
package jsonquote

import (
	"strings"
	"unicode/utf16"
)

// Write appends s to b as a JSON string literal: ", \\, \n, \r, \t, \b and
// \f by their escapes, other control characters as \u00XX, and with ascii
// (ensure_ascii=True, json.dumps's default) everything past printable
// ASCII as \uXXXX, a UTF-16 surrogate pair past the BMP, in lower-case hex.
func Write(b *strings.Builder, s string, ascii bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || ascii && r > 0x7e && r <= 0xffff:
				hex4(b, r)
			case ascii && r > 0xffff:
				r1, r2 := utf16.EncodeRune(r)
				hex4(b, r1)
				hex4(b, r2)
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

// hex4 writes \uXXXX.
func hex4(b *strings.Builder, r rune) {
	const digits = "0123456789abcdef"
	b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		b.WriteByte(digits[r>>shift&0xf])
	}
}

// Float is a float as json.dumps writes it, given its repr: Python's inf,
// -inf and nan become JavaScript's Infinity, -Infinity and NaN, with
// special true (json.dumps(allow_nan=False) refuses those); any other
// repr is written as it is.
func Float(repr string) (s string, special bool) {
	switch repr {
	case "inf":
		return "Infinity", true
	case "-inf":
		return "-Infinity", true
	case "nan":
		return "NaN", true
	}
	return repr, false
}
