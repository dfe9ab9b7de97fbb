package python

// Value is a Python value. Type returns the Python name of its type as
// CPython's error messages spell it ("int", "list", "Person",
// "datetime.date", "decimal.Decimal").
type Value interface {
	Type() string
}

// HasClass is implemented by Go-native values that know their Python class;
// type(x) and isinstance use it. Values that do not implement it get a
// synthesized class named after Type().
type HasClass interface {
	Value
	Class() *Class
}

// HasAttrs is a value with attributes (x.name). Attr returns (nil, nil) when
// there is no such attribute; the caller then raises AttributeError in
// CPython's words. AttrNames lists the names for dir() (may be nil).
type HasAttrs interface {
	Value
	Attr(th *Thread, name string) (Value, error)
	AttrNames() []string
}

// HasSetAttr is a value whose attributes can be assigned (x.name = v).
type HasSetAttr interface {
	HasAttrs
	SetAttr(th *Thread, name string, v Value) error
}

// Iterator is a Python iterator. Next returns the next element, or
// (nil, nil) when the iterator is exhausted. Iterators are themselves
// iterable (they iterate over themselves), as in Python.
type Iterator interface {
	Value
	Next(th *Thread) (Value, error)
}

// Iterable is a value that `for` can iterate over.
type Iterable interface {
	Value
	Iterate(th *Thread) (Iterator, error)
}

// Sequence is an iterable with a known length (len(x)).
type Sequence interface {
	Iterable
	Len() int
}

// HasLen is any value with a length; len() uses it.
type HasLen interface {
	Value
	Len() int
}

// Indexable is a sequence indexed by integers: x[i] with 0 <= i < Len();
// the interpreter handles negative indices and IndexError.
type Indexable interface {
	Value
	Len() int
	Index(i int) Value
}

// HasSetIndex is an Indexable whose elements can be assigned (x[i] = v).
type HasSetIndex interface {
	Indexable
	SetIndex(th *Thread, i int, v Value) error
}

// Sliceable is an Indexable supporting x[start:stop:step]; the indices are
// already normalized as by Python's slice.indices(len(x)).
type Sliceable interface {
	Indexable
	Slice(start, stop, step int) Value
}

// Mapping is a value indexed by keys (x[k]). Get reports found=false when the
// key is absent; the interpreter then raises KeyError.
type Mapping interface {
	Value
	Get(th *Thread, k Value) (v Value, found bool, err error)
}

// HasSetKey is a Mapping whose entries can be assigned (x[k] = v).
type HasSetKey interface {
	Mapping
	SetKey(th *Thread, k, v Value) error
}

// HasGetItem is the most general subscript: x[key] calls GetItem with the key
// as written: an Int, a *Slice for x[a:b:c], a Tuple for x[a, b], or any
// value. It is checked before Indexable and Mapping. (A QuerySet uses it to
// turn qs[0] and qs[1:3] into LIMIT/OFFSET.)
type HasGetItem interface {
	Value
	GetItem(th *Thread, key Value) (Value, error)
}

// HasSetItem is the general form of x[key] = v and del x[key] (v == nil).
type HasSetItem interface {
	Value
	SetItem(th *Thread, key, v Value) error
}

// HasContains implements the `in` operator (x in container).
type HasContains interface {
	Value
	Contains(th *Thread, x Value) (bool, error)
}

// Callable is a value that can be called. args are the positional arguments
// and kwargs the keyword arguments in call order. Use Call rather than
// CallInternal: Call adds the recursion check and the panic guard.
type Callable interface {
	Value
	CallInternal(th *Thread, args Tuple, kwargs []Kwarg) (Value, error)
}

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Value
}

// Comparable is a Go-native value with rich comparison. Compare returns a
// Bool, or NotImplemented when it cannot compare with y (the interpreter then
// tries y's reflected comparison, then falls back to identity for == and !=,
// and raises TypeError for ordering, exactly as CPython does).
type Comparable interface {
	Value
	Compare(th *Thread, op CompareOp, y Value) (Value, error)
}

// HasBinary is a Go-native value supporting binary operators. Binary is
// called with the value on the given side of op; it returns NotImplemented
// (or nil) when it does not support the operation, and the interpreter then
// tries the other operand, then raises TypeError "unsupported operand
// type(s)".
type HasBinary interface {
	Value
	Binary(th *Thread, op BinaryOp, y Value, side Side) (Value, error)
}

// HasUnary is a Go-native value supporting unary -, + or ~. It returns
// NotImplemented (or nil) when unsupported.
type HasUnary interface {
	Value
	Unary(th *Thread, op UnaryOp) (Value, error)
}

// Side tells on which side of a binary operator the receiver is.
type Side bool

const (
	Left  Side = false
	Right Side = true
)

// HasRepr is a Go-native value with a custom repr(). It may run Python code
// and fail.
type HasRepr interface {
	Value
	Repr(th *Thread) (string, error)
}

// HasStr is a Go-native value whose str() differs from its repr().
type HasStr interface {
	Value
	Str(th *Thread) (string, error)
}

// HasTruth is a Go-native value with a custom truth value (values without it
// are true unless they have a zero Len()).
type HasTruth interface {
	Value
	Truth(th *Thread) (bool, error)
}

// Hashable is a Go-native value usable as a dict key or set element. Values
// that implement neither Hashable nor are of a hashable core type are hashed
// by identity when they are pointers, and are otherwise unhashable.
type Hashable interface {
	Value
	Hash(th *Thread) (uint64, error)
}

// HasFormat is a Go-native value with a custom format() / f-string spec, as
// Python's __format__.
type HasFormat interface {
	Value
	Format(th *Thread, spec string) (string, error)
}

// Descriptor is a value that customizes its lookup when found in a class
// dict (Python's __get__). DescriptorGet is called with inst == nil when the
// attribute is read on the class itself (Person.objects) and with the
// instance otherwise; cls is the class through which it was found.
// *Function, *Builtin, *Property, *ClassMethod and *StaticMethod are
// descriptors.
type Descriptor interface {
	Value
	DescriptorGet(th *Thread, inst Value, cls *Class) (Value, error)
}

// DataDescriptor is a descriptor that also controls assignment and deletion
// (Python's __set__/__delete__). Data descriptors on the type win over the
// instance dict when reading an attribute.
type DataDescriptor interface {
	Descriptor
	DescriptorSet(th *Thread, inst Value, v Value) error
	DescriptorDelete(th *Thread, inst Value) error
}

// NoneType is the type of None.
type NoneType byte

// None is Python's None.
const None = NoneType(0)

// Type returns "NoneType".
func (NoneType) Type() string { return "NoneType" }

// Bool is Python's bool, a subclass of int.
type Bool bool

const (
	False Bool = false
	True  Bool = true
)

// Type returns "bool".
func (Bool) Type() string { return "bool" }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType byte

// NotImplemented is Python's NotImplemented, returned by rich comparisons and
// binary operators that do not handle their operands.
const NotImplemented = NotImplementedType(0)

// Type returns "NotImplementedType".
func (NotImplementedType) Type() string { return "NotImplementedType" }

// EllipsisType is the type of Ellipsis (`...`).
type EllipsisType byte

// Ellipsis is Python's `...`.
const Ellipsis = EllipsisType(0)

// Type returns "ellipsis".
func (EllipsisType) Type() string { return "ellipsis" }
