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
	// storage is the field's storage= (nil: the default storage).
	storage python.Value
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
	case "storage":
		if f.storage == nil {
			return defaultStorage(th)
		}
		return f.storage, nil
	case "url", "path":
		if f.nameStr() == "" {
			return nil, python.NewError(python.ValueError, "The '%s' attribute has no file associated with it.", f.field)
		}
		if f.storage != nil || name == "path" {
			st, err := f.Attr(th, "storage")
			if err != nil {
				return nil, err
			}
			fn, err := python.GetAttr(th, st, name)
			if err != nil {
				return nil, err
			}
			return python.Call(th, fn, python.Tuple{f.name}, nil)
		}
		// FileSystemStorage.url with MEDIA_URL unset: base_url is "/".
		return python.String("/" + fileURI(strings.TrimLeft(f.nameStr(), "/"))), nil
	case "size", "file", "open", "read", "save", "delete", "close", "chunks", "width", "height":
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
	if h, ok := f.Host.(*fieldHost); ok && h.attrs != nil {
		if st, ok := h.attrs.GetStr("storage"); ok {
			ff.storage = st
		}
	}
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

// fileFieldStorage is FileField.__init__'s storage handling: a callable
// storage= (a function, a Storage subclass) is called, and what it gives
// must be a Storage. The field keeps it as field.storage (with upload_to);
// without storage= the default storage is only loaded when used.
func (e *Env) fileFieldStorage(h *fieldHost, cls *python.Class, vals map[string]python.Value) error {
	th := e.Th
	if h.attrs == nil {
		h.attrs = python.NewDict()
	}
	up, ok := vals["upload_to"]
	if !ok {
		up = python.String("")
	}
	h.attrs.SetStr("upload_to", up)
	st, ok := vals["storage"]
	if !ok {
		return nil
	}
	if t, err := python.Truth(th, st); err != nil || !t {
		return err
	}
	if python.IsCallable(st) {
		h.attrs.SetStr("_storage_callable", st)
		v, err := python.Call(th, st, nil, nil)
		if err != nil {
			return err
		}
		mod, err := th.Load(th, "django.core.files.storage")
		if err != nil {
			return err
		}
		base, err := python.GetAttr(th, mod, "Storage")
		if err != nil {
			return err
		}
		if ok, err := python.IsInstance(th, v, base); err != nil || !ok {
			if err != nil {
				return err
			}
			m, _ := python.GetAttr(th, base, "__module__")
			ms, _ := m.(python.String)
			return python.NewError(python.TypeError, "%s.storage must be a subclass/instance of %s.Storage", cls.Name, string(ms))
		}
		st = v
	}
	h.attrs.SetStr("storage", st)
	return nil
}

// defaultStorage is django.core.files.storage.default_storage.
func defaultStorage(th *python.Thread) (python.Value, error) {
	m, err := th.Load(th, "django.core.files.storage")
	if err != nil {
		return nil, err
	}
	return python.GetAttr(th, m, "default_storage")
}
