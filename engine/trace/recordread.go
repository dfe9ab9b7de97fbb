package trace

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ormfiddle/ormfiddle/engine/conf"
)

// decodeRecord reads a recorded trace's JSON into r, as a json.Decoder
// with DisallowUnknownFields reads one object and finds nothing after
// it, but by hand: encoding/json's reflection was most of a recording's
// cost in the Worker (make bench's PUT /api/snippets/ID/trace). It is
// stricter: member names match exactly (not case-insensitively) and once
// each, and the trace is an object (not null); null is a member's zero
// value, as encoding/json leaves it. TestDecodeRecordMatchesEncodingJSON compares
// the two. Change it with the types of record and appendRecord. (Not
// engine/internal/jsonscan: that is CPython's scanner, which reads NaN and
// Infinity and keeps lone surrogates; the Worker's contract was
// encoding/json's.)
func decodeRecord(data []byte, r *record) error {
	d := &recordReader{data: data}
	if err := d.record(r); err != nil {
		return err
	}
	d.space()
	if d.i < len(d.data) {
		return errTrailing
	}
	return nil
}

var errTrailing = errors.New("there is more after the object")

// recordReader reads JSON from data, at offset i.
type recordReader struct {
	data []byte
	i    int
}

func (d *recordReader) space() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// errorf is a syntax or type error at the reader's offset.
func (d *recordReader) errorf(format string, args ...any) error {
	return fmt.Errorf("json: offset %d: %s", d.i, fmt.Sprintf(format, args...))
}

// unexpected describes what stands at the offset, for an error.
func (d *recordReader) unexpected(want string) error {
	if d.i >= len(d.data) {
		return d.errorf("unexpected end of JSON input, want %s", want)
	}
	return d.errorf("invalid character %q, want %s", d.data[d.i], want)
}

// null reads null if it comes next.
func (d *recordReader) null() bool {
	d.space()
	if len(d.data)-d.i >= 4 && string(d.data[d.i:d.i+4]) == "null" {
		d.i += 4
		return true
	}
	return false
}

func (d *recordReader) expect(c byte, want string) error {
	d.space()
	if d.i < len(d.data) && d.data[d.i] == c {
		d.i++
		return nil
	}
	return d.unexpected(want)
}

// object reads an object, calling member with each member's name (its
// value comes next); it reports null (the object absent) as false.
func (d *recordReader) object(member func(name []byte) error) (bool, error) {
	if d.null() {
		return false, nil
	}
	if err := d.expect('{', "an object"); err != nil {
		return false, err
	}
	d.space()
	if d.i < len(d.data) && d.data[d.i] == '}' {
		d.i++
		return true, nil
	}
	// The names read so far: a member given twice is refused (encoding/json
	// keeps the last, or the first when the last is null).
	var seen [12][]byte
	n := 0
	for {
		name, err := d.rawString()
		if err != nil {
			return false, err
		}
		for _, s := range seen[:n] {
			if bytes.Equal(s, name) {
				return false, fmt.Errorf("json: %q given twice", name)
			}
		}
		if n < len(seen) {
			seen[n] = name
			n++
		}
		if err := d.expect(':', "':' after an object key"); err != nil {
			return false, err
		}
		if err := member(name); err != nil {
			return false, err
		}
		d.space()
		if d.i < len(d.data) && d.data[d.i] == ',' {
			d.i++
			continue
		}
		if err := d.expect('}', "',' or '}' after an object member"); err != nil {
			return false, err
		}
		return true, nil
	}
}

// unknown is the error for a member the types do not have.
func unknown(name []byte) error {
	return fmt.Errorf("json: unknown field %q", name)
}

// array reads an array, calling elem for each element; it reports null
// as false.
func (d *recordReader) array(elem func() error) (bool, error) {
	if d.null() {
		return false, nil
	}
	if err := d.expect('[', "an array"); err != nil {
		return false, err
	}
	d.space()
	if d.i < len(d.data) && d.data[d.i] == ']' {
		d.i++
		return true, nil
	}
	for {
		if err := elem(); err != nil {
			return false, err
		}
		d.space()
		if d.i < len(d.data) && d.data[d.i] == ',' {
			d.i++
			continue
		}
		if err := d.expect(']', "',' or ']' after an array element"); err != nil {
			return false, err
		}
		return true, nil
	}
}

// list reads an array of elem's values: nil for null, an empty slice
// for [], as encoding/json does.
func list[T any](d *recordReader, elem func() (T, error)) ([]T, error) {
	var out []T
	found, err := d.array(func() error {
		v, err := elem()
		out = append(out, v)
		return err
	})
	if err != nil {
		return nil, err
	}
	if found && out == nil {
		out = []T{}
	}
	return out, nil
}

func (d *recordReader) strings() ([]string, error) { return list(d, d.str) }

// str reads a string ("" for null).
func (d *recordReader) str() (string, error) {
	if d.null() {
		return "", nil
	}
	b, err := d.rawString()
	return string(b), err
}

// optString reads a string or null (nil).
func (d *recordReader) optString() (*string, error) {
	if d.null() {
		return nil, nil
	}
	s, err := d.str()
	return &s, err
}

// rawString reads a string's contents, unescaped: the input's own bytes
// when it has no escapes and is valid UTF-8; invalid UTF-8 and unpaired
// surrogates become U+FFFD, as encoding/json makes them.
func (d *recordReader) rawString() ([]byte, error) {
	if err := d.expect('"', "a string"); err != nil {
		return nil, err
	}
	start := d.i
	for d.i < len(d.data) {
		c := d.data[d.i]
		switch {
		case c == '"':
			d.i++
			return d.data[start : d.i-1], nil
		case c == '\\' || c >= utf8.RuneSelf:
			return d.slowString(start)
		case c < 0x20:
			return nil, d.errorf("invalid character %q in string literal", c)
		}
		d.i++
	}
	return nil, d.unexpected("the end of a string")
}

// slowString finishes a string that has escapes or non-ASCII bytes,
// started at start.
func (d *recordReader) slowString(start int) ([]byte, error) {
	out := append([]byte(nil), d.data[start:d.i]...)
	for d.i < len(d.data) {
		c := d.data[d.i]
		switch {
		case c == '"':
			d.i++
			return out, nil
		case c < 0x20:
			return nil, d.errorf("invalid character %q in string literal", c)
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(d.data[d.i:])
			if r == utf8.RuneError && size == 1 {
				out = utf8.AppendRune(out, utf8.RuneError)
			} else {
				out = append(out, d.data[d.i:d.i+size]...)
			}
			d.i += size
		case c != '\\':
			out = append(out, c)
			d.i++
		default:
			if d.i+1 >= len(d.data) {
				return nil, d.unexpected("an escape")
			}
			d.i++
			switch e := d.data[d.i]; e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, err := d.hex4(d.i + 1)
				if err != nil {
					return nil, err
				}
				d.i += 4
				if utf16.IsSurrogate(r) {
					// A pair, if a low surrogate's escape follows.
					r2 := rune(-1)
					if d.i+2 < len(d.data) && d.data[d.i+1] == '\\' && d.data[d.i+2] == 'u' {
						if v, err := d.hex4(d.i + 3); err == nil {
							r2 = v
						}
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						r = dec
						d.i += 6
					} else {
						r = utf8.RuneError
					}
				}
				out = utf8.AppendRune(out, r)
			default:
				return nil, d.errorf("invalid character %q in string escape code", e)
			}
			d.i++
		}
	}
	return nil, d.unexpected("the end of a string")
}

// hex4 reads the four hexadecimal digits of a \u escape at offset at.
func (d *recordReader) hex4(at int) (rune, error) {
	if at+4 > len(d.data) {
		d.i = len(d.data)
		return 0, d.unexpected("a \\u escape's four hexadecimal digits")
	}
	var r rune
	for _, c := range d.data[at : at+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, d.errorf("invalid character %q in \\u hexadecimal character escape", c)
		}
		r = r<<4 | rune(c)
	}
	return r, nil
}

// number reads a JSON number's text.
func (d *recordReader) number() (string, error) {
	d.space()
	start := d.i
	if d.i < len(d.data) && d.data[d.i] == '-' {
		d.i++
	}
	digits := func() int {
		n := 0
		for d.i < len(d.data) && '0' <= d.data[d.i] && d.data[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	first := d.i
	if n := digits(); n == 0 || n > 1 && d.data[first] == '0' {
		d.i = first
		return "", d.unexpected("a number")
	}
	if d.i < len(d.data) && d.data[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return "", d.unexpected("a digit after the decimal point")
		}
	}
	if d.i < len(d.data) && (d.data[d.i] == 'e' || d.data[d.i] == 'E') {
		d.i++
		if d.i < len(d.data) && (d.data[d.i] == '+' || d.data[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return "", d.unexpected("a digit in the exponent")
		}
	}
	return string(d.data[start:d.i]), nil
}

// integer reads an int (0 for null); a number with a fraction or an
// exponent, or out of int's range, is an error, as encoding/json makes it.
func (d *recordReader) integer() (int, error) {
	if d.null() {
		return 0, nil
	}
	s, err := d.number()
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(s, 10, strconv.IntSize)
	if err != nil {
		return 0, d.errorf("cannot read number %s as an int", s)
	}
	return int(n), nil
}

// uint8 reads a uint8 (0 for null).
func (d *recordReader) uint8() (uint8, error) {
	if d.null() {
		return 0, nil
	}
	s, err := d.number()
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseUint(s, 10, 8)
	if err != nil {
		return 0, d.errorf("cannot read number %s as a uint8", s)
	}
	return uint8(n), nil
}

// linkKind reads a LinkKind.
func (d *recordReader) linkKind() (LinkKind, error) {
	n, err := d.uint8()
	return LinkKind(n), err
}

// boolean reads true or false (false for null).
func (d *recordReader) boolean() (bool, error) {
	if d.null() {
		return false, nil
	}
	switch {
	case len(d.data)-d.i >= 4 && string(d.data[d.i:d.i+4]) == "true":
		d.i += 4
		return true, nil
	case len(d.data)-d.i >= 5 && string(d.data[d.i:d.i+5]) == "false":
		d.i += 5
		return false, nil
	}
	return false, d.unexpected("true or false")
}

// rowChanges reads []RowChange as encoding/json writes a byte slice, a
// base64 string, or null; or, as encoding/json also reads it, an array of
// numbers.
func (d *recordReader) rowChanges() ([]RowChange, error) {
	if d.null() {
		return nil, nil
	}
	if d.i < len(d.data) && d.data[d.i] == '[' {
		return list(d, func() (RowChange, error) {
			n, err := d.uint8()
			return RowChange(n), err
		})
	}
	s, err := d.rawString()
	if err != nil {
		return nil, err
	}
	b, err := base64.StdEncoding.DecodeString(string(s))
	if err != nil {
		return nil, d.errorf("row changes: %v", err)
	}
	out := make([]RowChange, len(b))
	for i, c := range b {
		out[i] = RowChange(c)
	}
	return out, nil
}

func (d *recordReader) record(r *record) error {
	found, err := d.object(func(name []byte) (err error) {
		switch string(name) {
		case "django":
			r.Django, err = d.str()
		case "settings":
			r.Settings, err = d.settings()
		case "ddl":
			r.DDL, err = d.strings()
		case "postgresDDL":
			r.PostgresDDL, err = d.strings()
		case "tables":
			r.Tables, err = list(d, d.table)
		case "schema":
			r.Schema, err = d.schema()
		case "steps":
			r.Steps, err = list(d, d.step)
		default:
			err = unknown(name)
		}
		return err
	})
	if err == nil && !found {
		err = errors.New("json: the trace is null")
	}
	return err
}

func (d *recordReader) settings() (s conf.Settings, err error) {
	_, err = d.object(func(name []byte) (err error) {
		switch string(name) {
		case "DEFAULT_AUTO_FIELD":
			s.DefaultAutoField, err = d.str()
		case "USE_TZ":
			s.UseTZ, err = d.boolean()
		case "TIME_ZONE":
			s.TimeZone, err = d.str()
		case "APP_LABEL":
			s.AppLabel, err = d.str()
		default:
			err = unknown(name)
		}
		return err
	})
	return s, err
}

func (d *recordReader) table() (t Table, err error) {
	_, err = d.object(func(name []byte) (err error) {
		switch string(name) {
		case "Name":
			t.Name, err = d.str()
		case "Columns":
			t.Columns, err = d.strings()
		case "PK":
			t.PK, err = d.str()
		default:
			err = unknown(name)
		}
		return err
	})
	return t, err
}

func (d *recordReader) schema() (*SchemaInfo, error) {
	var s SchemaInfo
	found, err := d.object(func(name []byte) (err error) {
		switch string(name) {
		case "Tables":
			s.Tables, err = list(d, d.tableInfo)
		case "Proxies":
			s.Proxies, err = list(d, d.proxyInfo)
		default:
			err = unknown(name)
		}
		return err
	})
	if err != nil || !found {
		return nil, err
	}
	return &s, nil
}

func (d *recordReader) tableInfo() (t TableInfo, err error) {
	_, err = d.object(func(name []byte) (err error) {
		switch string(name) {
		case "Name":
			t.Name, err = d.str()
		case "Model":
			t.Model, err = d.str()
		case "Through":
			t.Through, err = d.str()
		case "AutoCreated":
			t.AutoCreated, err = d.boolean()
		case "Columns":
			t.Columns, err = list(d, d.columnInfo)
		default:
			err = unknown(name)
		}
		return err
	})
	return t, err
}

func (d *recordReader) columnInfo() (c ColumnInfo, err error) {
	_, err = d.object(func(name []byte) (err error) {
		switch string(name) {
		case "Name":
			c.Name, err = d.str()
		case "Field":
			c.Field, err = d.str()
		case "Type":
			c.Type, err = d.str()
		case "PK":
			c.PK, err = d.boolean()
		case "Null":
			c.Null, err = d.boolean()
		case "Unique":
			c.Unique, err = d.boolean()
		case "Link":
			c.Link, err = d.linkKind()
		case "References":
			c.References, err = d.str()
		case "RefColumn":
			c.RefColumn, err = d.str()
		default:
			err = unknown(name)
		}
		return err
	})
	return c, err
}

func (d *recordReader) proxyInfo() (p ProxyInfo, err error) {
	_, err = d.object(func(name []byte) (err error) {
		switch string(name) {
		case "Model":
			p.Model, err = d.str()
		case "ProxyFor":
			p.ProxyFor, err = d.str()
		case "Table":
			p.Table, err = d.str()
		default:
			err = unknown(name)
		}
		return err
	})
	return p, err
}

func (d *recordReader) step() (s recordStep, err error) {
	_, err = d.object(func(name []byte) (err error) {
		switch string(name) {
		case "code":
			s.Code, err = d.str()
		case "sql":
			s.SQL, err = d.strings()
		case "output":
			s.Output, err = d.str()
		case "error":
			s.Error, err = d.optString()
		case "traceback":
			s.Traceback, err = list(d, d.frame)
		case "line":
			s.Line, err = d.integer()
		case "endLine":
			s.EndLine, err = d.integer()
		case "snapshot":
			s.Snapshot, err = list(d, d.tableRows)
		default:
			err = unknown(name)
		}
		return err
	})
	return s, err
}

func (d *recordReader) frame() (f Frame, err error) {
	_, err = d.object(func(name []byte) (err error) {
		switch string(name) {
		case "file":
			f.File, err = d.str()
		case "line":
			f.Line, err = d.integer()
		case "function":
			f.Function, err = d.str()
		default:
			err = unknown(name)
		}
		return err
	})
	return f, err
}

func (d *recordReader) tableRows() (t TableRows, err error) {
	_, err = d.object(func(name []byte) (err error) {
		switch string(name) {
		case "Name":
			t.Name, err = d.str()
		case "Rows":
			t.Rows, err = list(d, d.strings)
		case "Changes":
			t.Changes, err = d.rowChanges()
		case "Deleted":
			t.Deleted, err = list(d, d.strings)
		default:
			err = unknown(name)
		}
		return err
	})
	return t, err
}
