package django

import (
	"fmt"
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
	"github.com/ormfiddle/ormfiddle/engine/schema"
)

// FieldFile is the value a FileField (ImageFieldFile for an ImageField)
// attribute reads as (FileDescriptor): a file name in the storage. It
// equals its name, str() is the name ("" for none) and repr is
// "<FieldFile: name>". The playground has no file storage: reading the
// file, its url, path or size is not supported.
type FieldFile struct {
	name  python.Value // a str, or None
	image bool
	field string
}

// Type is "FieldFile" or "ImageFieldFile".
func (f *FieldFile) Type() string {
	if f.image {
		return "ImageFieldFile"
	}
	return "FieldFile"
}

func (f *FieldFile) nameStr() string {
	if s, ok := f.name.(python.String); ok {
		return string(s)
	}
	return ""
}

// Str is `self.name or ”`.
func (f *FieldFile) Str(th *python.Thread) (string, error) { return f.nameStr(), nil }

// Repr is "<FieldFile: name>" ("None" when there is no file).
func (f *FieldFile) Repr(th *python.Thread) (string, error) {
	n := f.nameStr()
	if n == "" {
		n = "None"
	}
	return "<" + f.Type() + ": " + n + ">", nil
}

// Truth is bool(self.name).
func (f *FieldFile) Truth(th *python.Thread) (bool, error) { return f.nameStr() != "", nil }

// Hash is hash(self.name).
func (f *FieldFile) Hash(th *python.Thread) (uint64, error) { return python.Hash(th, f.name) }

// Compare is FieldFile.__eq__: the names compare (or the name with other).
func (f *FieldFile) Compare(th *python.Thread, op python.CompareOp, y python.Value) (python.Value, error) {
	if op != python.EQ && op != python.NE {
		return python.NotImplemented, nil
	}
	other := y
	if o, ok := y.(*FieldFile); ok {
		other = o.name
	}
	eq, err := python.Equal(th, f.name, other)
	return python.Bool(eq == (op == python.EQ)), err
}

// Attr gives name; the storage-backed attributes are not supported.
func (f *FieldFile) Attr(th *python.Thread, name string) (python.Value, error) {
	switch name {
	case "name":
		return f.name, nil
	case "url":
		if f.nameStr() == "" {
			return nil, python.NewError(python.ValueError, "The '%s' attribute has no file associated with it.", f.field)
		}
		// FileSystemStorage.url with MEDIA_URL unset: base_url is "/".
		return python.String("/" + fileURI(strings.TrimLeft(f.nameStr(), "/"))), nil
	case "path", "size", "file", "open", "read", "save", "delete", "close", "chunks", "width", "height":
		if f.nameStr() == "" {
			return nil, python.NewError(python.ValueError, "The '%s' attribute has no file associated with it.", f.field)
		}
		return nil, python.NewError(python.NotImplementedError, "%s.%s is not supported by ormfiddle yet (there is no file storage)", f.Type(), name)
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (f *FieldFile) AttrNames() []string { return []string{"name"} }

// fileURI is django.utils.encoding.filepath_to_uri: the path quoted with
// "/~!*()'" kept.
func fileURI(p string) string {
	var b strings.Builder
	for _, c := range []byte(strings.ReplaceAll(p, "\\", "/")) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("_.-/~!*()'", c) >= 0:
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// fieldFile wraps the stored value of a FileField as FileDescriptor does.
func (e *Env) fieldFile(f *schema.Field, v any) *FieldFile {
	ff := &FieldFile{name: python.None, image: f.Kind == schema.ImageField, field: f.Name}
	switch x := v.(type) {
	case string:
		ff.name = python.String(x)
	case opaque:
		if old, ok := x.v.(*FieldFile); ok {
			return old
		}
		ff.name = x.v
	}
	return ff
}
