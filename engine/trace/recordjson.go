package trace

import (
	"encoding/base64"
	"strconv"
	"unicode/utf8"

	"github.com/ormfiddle/ormfiddle/engine/conf"
)

// The browser records the traces it shares, and encoding/json's encoder
// (reflection over every type of the trace) would be most of that
// package in the wasm, about 120 kB. appendRecord writes the same bytes
// as a json.Encoder with SetEscapeHTML(false) writes for a record (the
// field names and order of its struct tags; nil slices and a nil Schema
// as null; []RowChange, a byte slice, as base64; omitempty where the tags
// have it), which TestRecordMatchesEncodingJSON checks. Change the types
// of record and the functions below together.

func appendRecord(b []byte, r *record) []byte {
	b = append(b, `{"django":`...)
	b = appendJSONString(b, r.Django)
	b = append(b, `,"settings":`...)
	b = appendSettings(b, r.Settings)
	b = append(b, `,"ddl":`...)
	b = appendStrings(b, r.DDL)
	b = append(b, `,"postgresDDL":`...)
	b = appendStrings(b, r.PostgresDDL)
	b = append(b, `,"tables":`...)
	b = appendList(b, r.Tables, func(b []byte, t Table) []byte {
		b = append(b, `{"Name":`...)
		b = appendJSONString(b, t.Name)
		b = append(b, `,"Columns":`...)
		b = appendStrings(b, t.Columns)
		b = append(b, `,"PK":`...)
		b = appendJSONString(b, t.PK)
		return append(b, '}')
	})
	b = append(b, `,"schema":`...)
	if r.Schema == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"Tables":`...)
		b = appendList(b, r.Schema.Tables, appendTableInfo)
		b = append(b, `,"Proxies":`...)
		b = appendList(b, r.Schema.Proxies, func(b []byte, p ProxyInfo) []byte {
			b = append(b, `{"Model":`...)
			b = appendJSONString(b, p.Model)
			b = append(b, `,"ProxyFor":`...)
			b = appendJSONString(b, p.ProxyFor)
			b = append(b, `,"Table":`...)
			b = appendJSONString(b, p.Table)
			return append(b, '}')
		})
		b = append(b, '}')
	}
	b = append(b, `,"steps":`...)
	b = appendList(b, r.Steps, appendRecordStep)
	return append(b, '}')
}

func appendSettings(b []byte, s conf.Settings) []byte {
	b = append(b, `{"DEFAULT_AUTO_FIELD":`...)
	b = appendJSONString(b, s.DefaultAutoField)
	b = append(b, `,"USE_TZ":`...)
	b = strconv.AppendBool(b, s.UseTZ)
	b = append(b, `,"TIME_ZONE":`...)
	b = appendJSONString(b, s.TimeZone)
	if s.AppLabel != "" {
		b = append(b, `,"APP_LABEL":`...)
		b = appendJSONString(b, s.AppLabel)
	}
	return append(b, '}')
}

func appendTableInfo(b []byte, t TableInfo) []byte {
	b = append(b, `{"Name":`...)
	b = appendJSONString(b, t.Name)
	b = append(b, `,"Model":`...)
	b = appendJSONString(b, t.Model)
	b = append(b, `,"Through":`...)
	b = appendJSONString(b, t.Through)
	b = append(b, `,"AutoCreated":`...)
	b = strconv.AppendBool(b, t.AutoCreated)
	b = append(b, `,"Columns":`...)
	return append(appendList(b, t.Columns, func(b []byte, c ColumnInfo) []byte {
		b = append(b, `{"Name":`...)
		b = appendJSONString(b, c.Name)
		b = append(b, `,"Field":`...)
		b = appendJSONString(b, c.Field)
		b = append(b, `,"Type":`...)
		b = appendJSONString(b, c.Type)
		b = append(b, `,"PK":`...)
		b = strconv.AppendBool(b, c.PK)
		b = append(b, `,"Null":`...)
		b = strconv.AppendBool(b, c.Null)
		b = append(b, `,"Unique":`...)
		b = strconv.AppendBool(b, c.Unique)
		b = append(b, `,"Link":`...)
		b = strconv.AppendUint(b, uint64(c.Link), 10)
		b = append(b, `,"References":`...)
		b = appendJSONString(b, c.References)
		b = append(b, `,"RefColumn":`...)
		b = appendJSONString(b, c.RefColumn)
		return append(b, '}')
	}), '}')
}

func appendRecordStep(b []byte, s recordStep) []byte {
	b = append(b, `{"code":`...)
	b = appendJSONString(b, s.Code)
	b = append(b, `,"sql":`...)
	b = appendStrings(b, s.SQL)
	b = append(b, `,"output":`...)
	b = appendJSONString(b, s.Output)
	b = append(b, `,"error":`...)
	if s.Error == nil {
		b = append(b, "null"...)
	} else {
		b = appendJSONString(b, *s.Error)
	}
	if len(s.Traceback) > 0 {
		b = append(b, `,"traceback":`...)
		b = appendList(b, s.Traceback, func(b []byte, f Frame) []byte {
			b = append(b, `{"file":`...)
			b = appendJSONString(b, f.File)
			b = append(b, `,"line":`...)
			b = strconv.AppendInt(b, int64(f.Line), 10)
			b = append(b, `,"function":`...)
			b = appendJSONString(b, f.Function)
			return append(b, '}')
		})
	}
	b = append(b, `,"line":`...)
	b = strconv.AppendInt(b, int64(s.Line), 10)
	b = append(b, `,"endLine":`...)
	b = strconv.AppendInt(b, int64(s.EndLine), 10)
	if len(s.Snapshot) > 0 {
		b = append(b, `,"snapshot":`...)
		b = appendList(b, s.Snapshot, func(b []byte, t TableRows) []byte {
			b = append(b, `{"Name":`...)
			b = appendJSONString(b, t.Name)
			b = append(b, `,"Rows":`...)
			b = appendList(b, t.Rows, appendStrings)
			b = append(b, `,"Changes":`...)
			if t.Changes == nil {
				b = append(b, "null"...)
			} else {
				changes := make([]byte, len(t.Changes))
				for i, c := range t.Changes {
					changes[i] = byte(c)
				}
				b = append(b, '"')
				b = base64.StdEncoding.AppendEncode(b, changes)
				b = append(b, '"')
			}
			b = append(b, `,"Deleted":`...)
			b = appendList(b, t.Deleted, appendStrings)
			return append(b, '}')
		})
	}
	return append(b, '}')
}

// appendList appends a JSON array of the elements of s, or null for a nil
// slice.
func appendList[T any](b []byte, s []T, elem func([]byte, T) []byte) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, e := range s {
		if i > 0 {
			b = append(b, ',')
		}
		b = elem(b, e)
	}
	return append(b, ']')
}

func appendStrings(b []byte, s []string) []byte {
	return appendList(b, s, appendJSONString)
}

// appendJSONString is encoding/json's string encoding without HTML
// escaping: quotes, backslashes and control characters escaped (\b, \f,
// \n, \r, \t by name), invalid UTF-8 as \ufffd, U+2028 and U+2029 as
// escapes.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
