package django

import (
	"strings"

	"github.com/ormfiddle/ormfiddle/engine/python"
)

// RowValue is a row of values_list(named=True): the namedtuple class
// "Row" Django creates (NamedValuesListIterable.create_namedtuple_class),
// a tuple whose items are also attributes.
type RowValue struct {
	names  []string
	values python.Tuple
}

// Type is "Row".
func (r *RowValue) Type() string { return "Row" }

// Len is the number of fields.
func (r *RowValue) Len() int { return len(r.values) }

// Index is r[i].
func (r *RowValue) Index(i int) python.Value { return r.values[i] }

// Slice is r[a:b:c], a plain tuple.
func (r *RowValue) Slice(start, stop, step int) python.Value {
	return r.values.Slice(start, stop, step)
}

// Iterate iterates over the values.
func (r *RowValue) Iterate(th *python.Thread) (python.Iterator, error) {
	return r.values.Iterate(th)
}

// Contains is `x in row`.
func (r *RowValue) Contains(th *python.Thread, x python.Value) (bool, error) {
	return r.values.Contains(th, x)
}

// Attr gives a field by name.
func (r *RowValue) Attr(th *python.Thread, name string) (python.Value, error) {
	for i, n := range r.names {
		if n == name {
			return r.values[i], nil
		}
	}
	if name == "_fields" {
		out := make(python.Tuple, len(r.names))
		for i, n := range r.names {
			out[i] = python.String(n)
		}
		return out, nil
	}
	return nil, nil
}

// AttrNames lists the field names.
func (r *RowValue) AttrNames() []string { return append([]string{"_fields"}, r.names...) }

// Repr is "Row(name='x', n=2)".
func (r *RowValue) Repr(th *python.Thread) (string, error) {
	parts := make([]string, len(r.names))
	for i, n := range r.names {
		s, err := python.Repr(th, r.values[i])
		if err != nil {
			return "", err
		}
		parts[i] = n + "=" + s
	}
	return "Row(" + strings.Join(parts, ", ") + ")", nil
}

// Compare compares as a tuple.
func (r *RowValue) Compare(th *python.Thread, op python.CompareOp, y python.Value) (python.Value, error) {
	var other python.Value = y
	if o, ok := y.(*RowValue); ok {
		other = o.values
	}
	if _, ok := other.(python.Tuple); !ok {
		return python.NotImplemented, nil
	}
	b, err := python.Compare(th, op, r.values, other)
	if err != nil {
		return nil, err
	}
	return python.Bool(b), nil
}
