package python

import (
	"math"
	"math/big"
	"reflect"
	"strings"
	"sync/atomic"
)

// BinaryOp is a binary arithmetic or bitwise operator.
type BinaryOp uint8

// The binary operators.
const (
	Plus       BinaryOp = iota // +
	Minus                      // -
	Star                       // *
	Slash                      // /
	SlashSlash                 // //
	Percent                    // %
	StarStar                   // **
	At                         // @
	Amp                        // &
	Pipe                       // |
	Caret                      // ^
	LtLt                       // <<
	GtGt                       // >>
)

var binaryOpStrings = [...]string{"+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>"}

var binaryDunders = [...][3]string{
	{"__add__", "__radd__", "__iadd__"},
	{"__sub__", "__rsub__", "__isub__"},
	{"__mul__", "__rmul__", "__imul__"},
	{"__truediv__", "__rtruediv__", "__itruediv__"},
	{"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	{"__mod__", "__rmod__", "__imod__"},
	{"__pow__", "__rpow__", "__ipow__"},
	{"__matmul__", "__rmatmul__", "__imatmul__"},
	{"__and__", "__rand__", "__iand__"},
	{"__or__", "__ror__", "__ior__"},
	{"__xor__", "__rxor__", "__ixor__"},
	{"__lshift__", "__rlshift__", "__ilshift__"},
	{"__rshift__", "__rrshift__", "__irshift__"},
}

// String returns the operator's symbol.
func (op BinaryOp) String() string { return binaryOpStrings[op] }

// BinaryOpFromString maps "+", "//", ... to the operator.
func BinaryOpFromString(s string) (BinaryOp, bool) {
	for i, x := range binaryOpStrings {
		if x == s {
			return BinaryOp(i), true
		}
	}
	return 0, false
}

// CompareOp is a rich comparison operator.
type CompareOp uint8

// The comparison operators.
const (
	EQ CompareOp = iota // ==
	NE                  // !=
	LT                  // <
	LE                  // <=
	GT                  // >
	GE                  // >=
)

var compareOpStrings = [...]string{"==", "!=", "<", "<=", ">", ">="}
var compareDunders = [...]string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}

// String returns the operator's symbol.
func (op CompareOp) String() string { return compareOpStrings[op] }

func (op CompareOp) reflect() CompareOp {
	switch op {
	case LT:
		return GT
	case LE:
		return GE
	case GT:
		return LT
	case GE:
		return LE
	}
	return op
}

// UnaryOp is a unary arithmetic operator.
type UnaryOp uint8

// The unary operators.
const (
	UMinus  UnaryOp = iota // -x
	UPlus                  // +x
	UInvert                // ~x
)

// maxAlloc bounds the number of elements (or bytes) a single operation may
// create, so that 'x' * 10**10 fails with MemoryError instead of exhausting
// the memory of the browser tab.
const maxAlloc = 16 << 20

func errTooBig() *Exception {
	return NewError(MemoryError, "the result would be too large (more than %d elements)", maxAlloc)
}

// sameObject reports identity (Python's `is`).
func sameObject(x, y Value) bool {
	switch xv := x.(type) {
	case NoneType, Bool, NotImplementedType, EllipsisType:
		return x == y
	case Int:
		yv, ok := y.(Int)
		if !ok {
			return false
		}
		// Small ints are cached by CPython; other ints are distinct
		// objects unless they are the same variable, which we cannot tell:
		// treat equal ints as identical.
		return xv.big == nil && yv.big == nil && xv.small == yv.small
	case Float:
		yv, ok := y.(Float)
		return ok && (xv == yv || xv != xv && yv != yv)
	case String:
		yv, ok := y.(String)
		return ok && xv == yv
	case Bytes:
		yv, ok := y.(Bytes)
		return ok && xv == yv
	case Tuple:
		yv, ok := y.(Tuple)
		if !ok || len(xv) != len(yv) {
			return false
		}
		if len(xv) == 0 {
			return true
		}
		return &xv[0] == &yv[0]
	case Range:
		return false
	}
	xr, yr := reflect.ValueOf(x), reflect.ValueOf(y)
	if xr.Kind() == reflect.Pointer && yr.Kind() == reflect.Pointer {
		return xr.Pointer() == yr.Pointer() && xr.Type() == yr.Type()
	}
	if xr.Type() != yr.Type() || !xr.Type().Comparable() {
		return false
	}
	return x == y
}

// Is implements Python's `is`.
func Is(x, y Value) bool { return sameObject(x, y) }

// ---- truth ----

// Truth returns the truth value of v, as bool(v): __bool__, then __len__,
// then true.
func Truth(th *Thread, v Value) (bool, error) {
	switch v := v.(type) {
	case NoneType:
		return false, nil
	case Bool:
		return bool(v), nil
	case Int:
		return v.Sign() != 0, nil
	case Float:
		return v != 0, nil
	case String:
		return v != "", nil
	case *Instance:
		if r, ok, err := v.callDunder(th, "__bool__"); ok {
			if err != nil {
				return false, err
			}
			b, isBool := r.(Bool)
			if !isBool {
				return false, NewError(TypeError, "__bool__ should return bool, returned %s", r.Type())
			}
			return bool(b), nil
		}
		if m := v.lookupDunder("__len__"); m != nil && m != None {
			n, err := Len(th, v)
			return n > 0, err
		}
		if mv := mixinValue(v); mv != nil {
			return Truth(th, mv)
		}
		return true, nil
	case HasTruth:
		return v.Truth(th)
	case HasLen:
		return v.Len() > 0, nil
	}
	return true, nil
}

func truthNoThread(v Value) bool {
	b, err := Truth(nil, v)
	return err == nil && b
}

// ---- repr and str ----

// Repr returns repr(v). It may run Python code (__repr__) and fail.
func Repr(th *Thread, v Value) (string, error) {
	switch v := v.(type) {
	case NoneType:
		return "None", nil
	case Bool:
		if v {
			return "True", nil
		}
		return "False", nil
	case Int:
		return v.decimalString()
	case Float:
		return floatRepr(float64(v)), nil
	case String:
		return strRepr(string(v)), nil
	case NotImplementedType:
		return "NotImplemented", nil
	case EllipsisType:
		return "Ellipsis", nil
	case *Instance:
		r, ok, err := v.callDunder(th, "__repr__")
		if !ok {
			if mv := mixinValue(v); mv != nil {
				return Repr(th, mv)
			}
			return defaultRepr(v), nil
		}
		if err != nil {
			return "", err
		}
		s, isStr := r.(String)
		if !isStr {
			return "", NewError(TypeError, "__repr__ returned non-string (type %s)", r.Type())
		}
		return string(s), nil
	case *Class:
		if r, ok := v.Factory.(ClassReprer); ok {
			return r.ClassRepr(v), nil
		}
		if v.Module == "builtins" || v.Module == "" {
			return "<class '" + v.Qualname + "'>", nil
		}
		return "<class '" + v.Module + "." + v.Qualname + "'>", nil
	case HasRepr:
		return v.Repr(th)
	}
	return "<" + v.Type() + " object>", nil
}

// defaultRepr is object.__repr__: <module.Class object> (no address, so
// that sessions are reproducible).
func defaultRepr(v *Instance) string {
	c := v.Class
	if c.Module == "builtins" || c.Module == "" {
		return "<" + c.Qualname + " object>"
	}
	return "<" + c.Module + "." + c.Qualname + " object>"
}

// Str returns str(v): the text of a str, __str__ for instances (object's
// falls back to __repr__), HasStr for Go values, else the repr.
func Str(th *Thread, v Value) (string, error) {
	switch v := v.(type) {
	case String:
		return string(v), nil
	case *Instance:
		r, ok, err := v.callDunder(th, "__str__")
		if !ok {
			// str and Decimal have their own __str__; int, float and
			// the containers use __repr__ (the subclass's, if any).
			switch mv := mixinValue(v).(type) {
			case String, Decimal:
				return Str(th, mv)
			}
			return Repr(th, v)
		}
		if err != nil {
			return "", err
		}
		s, isStr := r.(String)
		if !isStr {
			return "", NewError(TypeError, "__str__ returned non-string (type %s)", r.Type())
		}
		return string(s), nil
	case HasStr:
		return v.Str(th)
	}
	return Repr(th, v)
}

// ---- hashing ----

var globalIDs atomic.Int64

func (inst *Instance) identity(th *Thread) int64 {
	if inst.id == 0 {
		if th != nil {
			th.lastID++
			inst.id = th.lastID
		} else {
			inst.id = 1<<40 + globalIDs.Add(1)
		}
	}
	return inst.id
}

// Hash returns hash(v), with TypeError "unhashable type: 'list'" for
// mutable containers and instances whose class sets __hash__ = None.
func Hash(th *Thread, v Value) (uint64, error) {
	switch v := v.(type) {
	case String:
		return strHash(string(v)), nil
	case Int:
		return v.hash(), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case Float:
		return floatHash(float64(v)), nil
	case NoneType:
		return 0xFCA86420, nil
	case Bytes:
		return strHash(string(v)), nil
	case Tuple:
		if err := th.enterNest(""); err != nil {
			return 0, err
		}
		defer th.leaveNest()
		// CPython's xxHash-based tuple hash.
		const (
			p1 = 11400714785074694791
			p2 = 14029467366897019727
			p5 = 2870177450012600261
		)
		acc := uint64(p5)
		for _, x := range v {
			h, err := Hash(th, x)
			if err != nil {
				return 0, err
			}
			acc += h * p2
			acc = acc<<31 | acc>>33
			acc *= p1
		}
		acc += uint64(len(v)) ^ (p5 ^ 3527539)
		if acc == ^uint64(0) {
			return 1546275796, nil
		}
		return acc, nil
	case *List, *Dict:
		return 0, NewError(TypeError, "unhashable type: '%s'", v.Type())
	case *Set:
		if !v.frozen {
			return 0, NewError(TypeError, "unhashable type: 'set'")
		}
		if err := th.enterNest(""); err != nil {
			return 0, err
		}
		defer th.leaveNest()
		return v.hash(th)
	case *Instance:
		m := v.lookupDunder("__hash__")
		if m == None {
			return 0, NewError(TypeError, "unhashable type: '%s'", v.Class.Name)
		}
		if m == nil || m == objectHash {
			if mv := mixinValue(v); mv != nil {
				return Hash(th, mv)
			}
			return uint64(v.identity(th)) * 0x9E3779B97F4A7C15, nil
		}
		r, err := callWithSelf(th, m, v, nil, nil)
		if err != nil {
			return 0, err
		}
		i, ok := asInt(r)
		if !ok {
			return 0, NewError(TypeError, "__hash__ method should return an integer")
		}
		// slot_tp_hash: a result that fits a Py_hash_t is the hash as is
		// (so `return hash(self.value)` hashes like the value), -1 being
		// reserved; a larger int is hashed.
		if n, ok := i.Int64(); ok {
			if n == -1 {
				n = -2
			}
			return uint64(n), nil
		}
		return i.hash(), nil
	case Hashable:
		return v.Hash(th)
	case Range:
		return Hash(th, Tuple{MakeInt(v.len64()), MakeInt(v.Start), MakeInt(v.Step)})
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		return uint64(rv.Pointer()) * 0x9E3779B97F4A7C15, nil
	}
	if rv.Type().Comparable() {
		return strHash(v.Type()), nil
	}
	return 0, NewError(TypeError, "unhashable type: '%s'", v.Type())
}

// ---- equality and comparison ----

// Equal reports x == y, running __eq__ when needed.
func Equal(th *Thread, x, y Value) (bool, error) {
	// fast paths
	switch xv := x.(type) {
	case String:
		if yv, ok := y.(String); ok {
			return xv == yv, nil
		}
	case Int:
		if yv, ok := y.(Int); ok {
			return xv.cmp(yv) == 0, nil
		}
	case NoneType:
		if _, ok := y.(*Instance); !ok {
			return y == None, nil
		}
	}
	return Compare(th, EQ, x, y)
}

// Compare evaluates x op y as Python does: builtin types natively, then
// __eq__/__lt__... (with the reflected method of y), then Comparable; ==
// and != fall back to identity and ordering raises TypeError "'<' not
// supported between instances of 'int' and 'str'".
func Compare(th *Thread, op CompareOp, x, y Value) (bool, error) {
	if r, ok, err := builtinCompare(th, op, x, y); ok || err != nil {
		return r, err
	}
	r, err := richCompare(th, op, x, y)
	if err != nil {
		return false, err
	}
	if r != NotImplemented {
		return Truth(th, r)
	}
	if mx, my := mixinValue(x), mixinValue(y); mx != nil || my != nil {
		if mx == nil {
			mx = x
		}
		if my == nil {
			my = y
		}
		return Compare(th, op, mx, my)
	}
	switch op {
	case EQ:
		return sameObject(x, y), nil
	case NE:
		return !sameObject(x, y), nil
	}
	return false, NewError(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, x.Type(), y.Type())
}

func compareHook(th *Thread, v Value, op CompareOp, other Value) (Value, error) {
	switch v := v.(type) {
	case *Instance:
		r, ok, err := v.callDunder(th, compareDunders[op], other)
		if !ok {
			return NotImplemented, nil
		}
		return r, err
	case Comparable:
		r, err := v.Compare(th, op, other)
		if r == nil && err == nil {
			r = NotImplemented
		}
		return r, err
	}
	return NotImplemented, nil
}

func richCompare(th *Thread, op CompareOp, x, y Value) (Value, error) {
	tx, ty := TypeOf(x), TypeOf(y)
	checkedReflected := false
	if tx != ty && ty.IsSubclass(tx) {
		checkedReflected = true
		r, err := compareHook(th, y, op.reflect(), x)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := compareHook(th, x, op, y)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if !checkedReflected {
		return compareHook(th, y, op.reflect(), x)
	}
	return NotImplemented, nil
}

func isNumber(v Value) bool {
	switch v.(type) {
	case Int, Float, Bool:
		return true
	}
	return false
}

func builtinCompare(th *Thread, op CompareOp, x, y Value) (bool, bool, error) {
	switch x.(type) {
	case Tuple, *List, *Dict, *Set:
		// Comparing containers recurses into their elements.
		if err := th.enterNest(" in comparison"); err != nil {
			return false, false, err
		}
		defer th.leaveNest()
	}
	switch xv := x.(type) {
	case Int, Bool, Float:
		switch y.(type) {
		case Int, Bool, Float:
			return cmpInts(op, numCompare(x, y), 0), true, nil
		}
	case String:
		if yv, ok := y.(String); ok {
			return cmpInts(op, strings.Compare(string(xv), string(yv)), 0), true, nil
		}
	case Bytes:
		if yv, ok := y.(Bytes); ok {
			return cmpInts(op, strings.Compare(string(xv), string(yv)), 0), true, nil
		}
	case Tuple:
		if yv, ok := y.(Tuple); ok {
			r, err := seqCompare(th, op, xv, yv)
			return r, true, err
		}
	case *List:
		if yv, ok := y.(*List); ok {
			r, err := seqCompare(th, op, xv.elems, yv.elems)
			return r, true, err
		}
	case *Dict:
		if yv, ok := y.(*Dict); ok && (op == EQ || op == NE) {
			eq, err := dictEqual(th, xv, yv)
			return eq == (op == EQ), true, err
		}
	case *Set:
		if yv, ok := y.(*Set); ok {
			var r bool
			var err error
			switch op {
			case EQ, NE:
				r, err = setEqual(th, xv, yv)
				r = r == (op == EQ)
			case LE:
				r, err = isSubset(th, xv, yv)
			case GE:
				r, err = isSubset(th, yv, xv)
			case LT:
				r, err = isSubset(th, xv, yv)
				r = r && xv.Len() < yv.Len()
			case GT:
				r, err = isSubset(th, yv, xv)
				r = r && xv.Len() > yv.Len()
			}
			return r, true, err
		}
	case Range:
		if yv, ok := y.(Range); ok && (op == EQ || op == NE) {
			eq := xv.len64() == yv.len64() && (xv.len64() == 0 || xv.Start == yv.Start && (xv.len64() == 1 || xv.Step == yv.Step))
			return eq == (op == EQ), true, nil
		}
	case NoneType:
		if _, ok := y.(NoneType); ok && (op == EQ || op == NE) {
			return op == EQ, true, nil
		}
	}
	return false, false, nil
}

// numCompare compares two numbers (Int, Bool, Float) exactly; NaN compares
// as unordered (every comparison false except !=).
func numCompare(x, y Value) int {
	xi, xIsInt := asInt(x)
	yi, yIsInt := asInt(y)
	if xIsInt && yIsInt {
		return xi.cmp(yi)
	}
	if xIsInt {
		f := float64(y.(Float))
		if f != f {
			return 2
		}
		return compareIntFloat(xi, f)
	}
	if yIsInt {
		f := float64(x.(Float))
		if f != f {
			return 2
		}
		return -compareIntFloat(yi, f)
	}
	a, b := float64(x.(Float)), float64(y.(Float))
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	}
	return 2 // NaN: unordered
}

// ---- binary operators ----

// Binary evaluates x op y.
func Binary(th *Thread, op BinaryOp, x, y Value) (Value, error) {
	return binary(th, op, x, y, false)
}

func binary(th *Thread, op BinaryOp, x, y Value, inplace bool) (Value, error) {
	if r, err := builtinBinary(th, op, x, y); r != nil || err != nil {
		return r, err
	}
	tx, ty := TypeOf(x), TypeOf(y)
	triedY := false
	if tx != ty && ty.IsSubclass(tx) {
		triedY = true
		r, err := binaryHook(th, y, op, x, Right)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := binaryHook(th, x, op, y, Left)
	if err != nil || r != NotImplemented {
		return r, err
	}
	if !triedY && tx != ty {
		r, err := binaryHook(th, y, op, x, Right)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if mx, my := mixinValue(x), mixinValue(y); mx != nil || my != nil {
		if mx == nil {
			mx = x
		}
		if my == nil {
			my = y
		}
		return binary(th, op, mx, my, inplace)
	}
	return nil, binaryError(op, x, y, inplace)
}

func binaryError(op BinaryOp, x, y Value, inplace bool) error {
	if op == Plus {
		switch x.(type) {
		case String, *List, Tuple:
			tn := x.Type()
			if tn == "str" {
				return NewError(TypeError, "can only concatenate str (not \"%s\") to str", y.Type())
			}
			return NewError(TypeError, "can only concatenate %s (not \"%s\") to %s", tn, y.Type(), tn)
		}
	}
	if op == Star {
		_, xs := x.(Indexable)
		_, ys := y.(Indexable)
		if xs && !isNumber(x) && isNumber(y) || ys && !isNumber(y) && isNumber(x) {
			other := y
			if ys && !xs {
				other = x
			}
			return NewError(TypeError, "can't multiply sequence by non-int of type '%s'", other.Type())
		}
	}
	sym := op.String()
	if inplace {
		sym += "="
	} else if op == StarStar {
		sym = "** or pow()"
	}
	return NewError(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, x.Type(), y.Type())
}

func binaryHook(th *Thread, v Value, op BinaryOp, other Value, side Side) (Value, error) {
	switch v := v.(type) {
	case *Instance:
		name := binaryDunders[op][0]
		if side == Right {
			name = binaryDunders[op][1]
		}
		r, ok, err := v.callDunder(th, name, other)
		if !ok {
			return NotImplemented, nil
		}
		return r, err
	case HasBinary:
		r, err := v.Binary(th, op, other, side)
		if r == nil && err == nil {
			r = NotImplemented
		}
		return r, err
	}
	return NotImplemented, nil
}

// InplaceBinary evaluates x op= y: lists, sets and dicts are updated in
// place, instances use __iadd__ & co., everything else falls back to
// Binary.
func InplaceBinary(th *Thread, op BinaryOp, x, y Value) (Value, error) {
	switch xv := x.(type) {
	case *List:
		if op == Plus {
			vals, err := collect(th, y)
			if err != nil {
				if _, ok := y.(Iterable); !ok {
					return nil, NewError(TypeError, "'%s' object is not iterable", y.Type())
				}
				return nil, err
			}
			if err := th.reserveElems(int64(len(xv.elems)+len(vals)), 16); err != nil {
				return nil, err
			}
			xv.elems = append(xv.elems, vals...)
			return xv, nil
		}
		if op == Star {
			n, ok := asInt(y)
			if ok {
				k, _ := n.Int64()
				if k <= 0 {
					xv.elems = nil
					return xv, nil
				}
				if int64(len(xv.elems))*k > maxAlloc {
					return nil, errTooBig()
				}
				if err := th.reserveElems(int64(len(xv.elems))*k, 16); err != nil {
					return nil, err
				}
				orig := xv.elems
				for i := int64(1); i < k; i++ {
					xv.elems = append(xv.elems, orig...)
				}
				return xv, nil
			}
		}
	case *Set:
		if ys, ok := y.(*Set); ok && !xv.frozen {
			switch op {
			case Pipe, Amp, Minus, Caret:
				return xv, setInplace(th, op, xv, ys)
			}
		}
	case *Dict:
		if op == Pipe {
			if err := dictUpdate(th, xv, Tuple{y}, nil); err != nil {
				return nil, err
			}
			return xv, nil
		}
	case *Instance:
		r, ok, err := xv.callDunder(th, binaryDunders[op][2], y)
		if ok && (err != nil || r != NotImplemented) {
			return r, err
		}
	}
	return binary(th, op, x, y, true)
}

// builtinBinary handles the core types; it returns (nil, nil) when it does
// not apply.
func builtinBinary(th *Thread, op BinaryOp, x, y Value) (Value, error) {
	switch xv := x.(type) {
	case Int, Bool:
		xi, _ := asInt(xv)
		switch yv := y.(type) {
		case Int:
			if err := th.Charge(intWork(op, xi, yv)); err != nil {
				return nil, err
			}
			return intBinary(op, xi, yv)
		case Bool:
			if xb, ok := xv.(Bool); ok {
				switch op {
				case Amp:
					return xb && yv, nil
				case Pipe:
					return xb || yv, nil
				case Caret:
					return Bool(xb != yv), nil
				}
			}
			yi, _ := asInt(yv)
			return intBinary(op, xi, yi)
		case Float:
			xf, ok := xi.Float()
			if !ok {
				if op <= StarStar {
					return nil, NewError(OverflowError, "int too large to convert to float")
				}
				return nil, nil
			}
			return floatBinary(op, xf, float64(yv))
		case String, *List, Tuple, Bytes:
			if op == Star {
				return repeat(th, y, xi)
			}
		}
	case Float:
		switch yv := y.(type) {
		case Float:
			return floatBinary(op, float64(xv), float64(yv))
		case Int, Bool:
			yi, _ := asInt(yv)
			yf, ok := yi.Float()
			if !ok {
				if op <= StarStar {
					return nil, NewError(OverflowError, "int too large to convert to float")
				}
				return nil, nil
			}
			return floatBinary(op, float64(xv), yf)
		}
	case String:
		switch op {
		case Plus:
			if yv, ok := y.(String); ok {
				if len(xv)+len(yv) > maxAlloc {
					return nil, errTooBig()
				}
				if err := th.Reserve(int64(len(xv) + len(yv))); err != nil {
					return nil, err
				}
				return xv + yv, nil
			}
		case Star:
			if n, ok := asInt(y); ok {
				return repeat(th, x, n)
			}
		case Percent:
			if _, isInst := y.(*Instance); isInst {
				if m := y.(*Instance).lookupDunder("__rmod__"); m != nil && m != None {
					return nil, nil
				}
			}
			s, err := percentFormat(th, string(xv), y)
			if err != nil {
				return nil, err
			}
			return String(s), nil
		}
	case Bytes:
		switch op {
		case Plus:
			if yv, ok := y.(Bytes); ok {
				if len(xv)+len(yv) > maxAlloc {
					return nil, errTooBig()
				}
				if err := th.Reserve(int64(len(xv) + len(yv))); err != nil {
					return nil, err
				}
				return xv + yv, nil
			}
		case Star:
			if n, ok := asInt(y); ok {
				return repeat(th, x, n)
			}
		}
	case *List:
		switch op {
		case Plus:
			if yv, ok := y.(*List); ok {
				if err := th.reserveElems(int64(len(xv.elems)+len(yv.elems)), 16); err != nil {
					return nil, err
				}
				out := make([]Value, 0, len(xv.elems)+len(yv.elems))
				return NewList(append(append(out, xv.elems...), yv.elems...)), nil
			}
		case Star:
			if n, ok := asInt(y); ok {
				return repeat(th, x, n)
			}
		}
	case Tuple:
		switch op {
		case Plus:
			if yv, ok := y.(Tuple); ok {
				if err := th.reserveElems(int64(len(xv)+len(yv)), 16); err != nil {
					return nil, err
				}
				out := make(Tuple, 0, len(xv)+len(yv))
				return append(append(out, xv...), yv...), nil
			}
		case Star:
			if n, ok := asInt(y); ok {
				return repeat(th, x, n)
			}
		}
	case *Set:
		if yv, ok := y.(*Set); ok {
			switch op {
			case Pipe, Amp, Minus, Caret:
				return setBinary(th, op, xv, yv)
			}
		}
	case *Dict:
		if yv, ok := y.(*Dict); ok && op == Pipe {
			d := xv.Copy()
			if err := dictUpdate(th, d, Tuple{yv}, nil); err != nil {
				return nil, err
			}
			return d, nil
		}
	}
	return nil, nil
}

func repeat(th *Thread, seq Value, n Int) (Value, error) {
	k, ok := n.Int64()
	if !ok {
		if n.Sign() < 0 {
			k = 0
		} else {
			return nil, errTooBig()
		}
	}
	if k < 0 {
		k = 0
	}
	var length int64
	switch s := seq.(type) {
	case String:
		length = int64(len(s))
	case Bytes:
		length = int64(len(s))
	case *List:
		length = int64(len(s.elems))
	case Tuple:
		length = int64(len(s))
	}
	if length > 0 && k > maxAlloc/length {
		return nil, errTooBig()
	}
	size := int64(1)
	switch seq.(type) {
	case *List, Tuple:
		size = 16
	}
	if err := th.Reserve(length * k * size); err != nil {
		return nil, err
	}
	switch s := seq.(type) {
	case String:
		return String(strings.Repeat(string(s), int(k))), nil
	case Bytes:
		return Bytes(strings.Repeat(string(s), int(k))), nil
	case *List:
		out := make([]Value, 0, length*k)
		for i := int64(0); i < k; i++ {
			out = append(out, s.elems...)
		}
		return NewList(out), nil
	case Tuple:
		out := make(Tuple, 0, length*k)
		for i := int64(0); i < k; i++ {
			out = append(out, s...)
		}
		return out, nil
	}
	return nil, nil
}

func intBinary(op BinaryOp, x, y Int) (Value, error) {
	switch op {
	case Plus:
		return x.add(y), nil
	case Minus:
		return x.sub(y), nil
	case Star:
		if x.big != nil || y.big != nil {
			if x.bigView().BitLen()+y.bigView().BitLen() > maxIntBits*2 {
				return nil, NewError(OverflowError, "integer too large")
			}
		}
		return x.mul(y), nil
	case Slash:
		if y.Sign() == 0 {
			return nil, NewError(ZeroDivisionError, "division by zero")
		}
		return intTrueDiv(x, y)
	case SlashSlash:
		if y.Sign() == 0 {
			return nil, NewError(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, _ := x.floorDivMod(y)
		return q, nil
	case Percent:
		if y.Sign() == 0 {
			return nil, NewError(ZeroDivisionError, "integer modulo by zero")
		}
		_, r := x.floorDivMod(y)
		return r, nil
	case StarStar:
		if y.Sign() < 0 {
			xf, ok := x.Float()
			yf, ok2 := y.Float()
			if !ok || !ok2 {
				return nil, NewError(OverflowError, "int too large to convert to float")
			}
			return floatBinary(StarStar, xf, yf)
		}
		return x.pow(y)
	case Amp:
		return x.and(y), nil
	case Pipe:
		return x.or(y), nil
	case Caret:
		return x.xor(y), nil
	case LtLt, GtGt:
		if y.Sign() < 0 {
			return nil, NewError(ValueError, "negative shift count")
		}
		n, ok := y.Int64()
		if op == LtLt {
			if !ok || n > maxIntBits {
				if x.Sign() == 0 {
					return x, nil
				}
				return nil, NewError(OverflowError, "integer too large")
			}
			return x.lsh(uint(n))
		}
		if !ok {
			n = 1 << 40
		}
		return x.rsh(uint(n)), nil
	}
	return nil, nil
}

func intTrueDiv(x, y Int) (Value, error) {
	if x.big == nil && y.big == nil && x.small > -(1<<53) && x.small < 1<<53 && y.small > -(1<<53) && y.small < 1<<53 {
		return Float(float64(x.small) / float64(y.small)), nil
	}
	r := new(big.Rat).SetFrac(x.bigView(), y.bigView())
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowError, "integer division result too large for a float")
	}
	return Float(f), nil
}

func floatBinary(op BinaryOp, x, y float64) (Value, error) {
	switch op {
	case Plus:
		return Float(x + y), nil
	case Minus:
		return Float(x - y), nil
	case Star:
		return Float(x * y), nil
	case Slash:
		if y == 0 {
			return nil, NewError(ZeroDivisionError, "float division by zero")
		}
		return Float(x / y), nil
	case SlashSlash:
		if y == 0 {
			return nil, NewError(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatFloorDivMod(x, y)
		return Float(q), nil
	case Percent:
		if y == 0 {
			return nil, NewError(ZeroDivisionError, "float modulo")
		}
		_, m := floatFloorDivMod(x, y)
		return Float(m), nil
	case StarStar:
		if x == 0 && y < 0 {
			return nil, NewError(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
			return nil, NewError(ValueError, "math domain error (the result would be a complex number)")
		}
		r := math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return nil, NewError(OverflowError, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return nil, nil
}

// Unary evaluates -x, +x or ~x.
func Unary(th *Thread, op UnaryOp, x Value) (Value, error) {
	switch xv := x.(type) {
	case Bool:
		i, _ := asInt(xv)
		return Unary(th, op, i)
	case Int:
		switch op {
		case UMinus:
			return xv.neg(), nil
		case UPlus:
			return xv, nil
		case UInvert:
			return xv.not(), nil
		}
	case Float:
		switch op {
		case UMinus:
			return -xv, nil
		case UPlus:
			return xv, nil
		}
	case *Instance:
		name := [...]string{"__neg__", "__pos__", "__invert__"}[op]
		if r, ok, err := xv.callDunder(th, name); ok {
			return r, err
		}
		if mv := mixinValue(xv); mv != nil {
			return Unary(th, op, mv)
		}
	case HasUnary:
		r, err := xv.Unary(th, op)
		if err != nil || (r != nil && r != NotImplemented) {
			return r, err
		}
	}
	sym := [...]string{"-", "+", "~"}[op]
	return nil, NewError(TypeError, "bad operand type for unary %s: '%s'", sym, x.Type())
}

// ---- containers ----

// Len returns len(v).
func Len(th *Thread, v Value) (int, error) {
	switch v := v.(type) {
	case *Instance:
		r, ok, err := v.callDunder(th, "__len__")
		if !ok {
			if mv := mixinValue(v); mv != nil {
				return Len(th, mv)
			}
			return 0, NewError(TypeError, "object of type '%s' has no len()", v.Type())
		}
		if err != nil {
			return 0, err
		}
		i, isInt := asInt(r)
		if !isInt {
			return 0, NewError(TypeError, "'%s' object cannot be interpreted as an integer", r.Type())
		}
		if i.Sign() < 0 {
			return 0, NewError(ValueError, "__len__() should return >= 0")
		}
		n, _ := i.Int64()
		return int(n), nil
	case HasLen:
		return v.Len(), nil
	}
	if c, cc := classContainer(v); cc != nil {
		return len(cc.ClassMembers(c)), nil
	}
	return 0, NewError(TypeError, "object of type '%s' has no len()", v.Type())
}

// GetIterator returns an iterator over v, as iter(v).
func GetIterator(th *Thread, v Value) (Iterator, error) {
	switch v := v.(type) {
	case *Instance:
		if r, ok, err := v.callDunder(th, "__iter__"); ok {
			if err != nil {
				return nil, err
			}
			switch it := r.(type) {
			case *Instance:
				if m := it.lookupDunder("__next__"); m == nil || m == None {
					return nil, NewError(TypeError, "iter() returned non-iterator of type '%s'", it.Type())
				}
				return &instanceIterator{inst: it}, nil
			case Iterator:
				return it, nil
			}
			return nil, NewError(TypeError, "iter() returned non-iterator of type '%s'", r.Type())
		}
		if m := v.lookupDunder("__getitem__"); m != nil && m != None {
			return &getitemIterator{v: v}, nil
		}
		if m := v.lookupDunder("__next__"); m != nil && m != None {
			return &instanceIterator{inst: v}, nil
		}
		if mv := mixinValue(v); mv != nil {
			return GetIterator(th, mv)
		}
	case *Class:
		if _, cc := classContainer(v); cc != nil {
			return NewList(cc.ClassMembers(v)).Iterate(th)
		}
	case Iterable:
		return v.Iterate(th)
	case Indexable:
		return &indexIterator{seq: v, tname: v.Type() + "_iterator"}, nil
	}
	return nil, NewError(TypeError, "'%s' object is not iterable", v.Type())
}

// Iterate calls fn for each element of v (a for loop). An error returned by
// fn stops the iteration and is returned.
func Iterate(th *Thread, v Value, fn func(Value) error) error {
	it, err := GetIterator(th, v)
	if err != nil {
		return err
	}
	for {
		x, err := it.Next(th)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// collect returns the elements of an iterable as a new slice.
func collect(th *Thread, v Value) ([]Value, error) {
	switch v := v.(type) {
	case Tuple:
		if err := th.reserveElems(int64(len(v)), 16); err != nil {
			return nil, err
		}
		return append([]Value(nil), v...), nil
	case *List:
		if err := th.reserveElems(int64(len(v.elems)), 16); err != nil {
			return nil, err
		}
		return append([]Value(nil), v.elems...), nil
	}
	if s, ok := v.(HasLen); ok {
		if _, isInst := v.(*Instance); !isInst && s.Len() > maxAlloc {
			return nil, errTooBig()
		}
	}
	var out []Value
	err := Iterate(th, v, func(x Value) error {
		if len(out) >= maxAlloc {
			return errTooBig()
		}
		out = append(out, x)
		return nil
	})
	return out, err
}

func tupleOf(th *Thread, v Value) (Tuple, error) {
	if t, ok := v.(Tuple); ok {
		return t, nil
	}
	vals, err := collect(th, v)
	return Tuple(vals), err
}

// instanceIterator adapts an instance with __next__.
type instanceIterator struct{ inst *Instance }

func (it *instanceIterator) Type() string { return it.inst.Type() }
func (it *instanceIterator) Next(th *Thread) (Value, error) {
	r, _, err := it.inst.callDunder(th, "__next__")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(StopIteration) {
			return nil, nil
		}
		return nil, err
	}
	return r, nil
}
func (it *instanceIterator) Iterate(th *Thread) (Iterator, error) { return it, nil }

// getitemIterator is the old sequence protocol: __getitem__(0), (1), ...
// until IndexError.
type getitemIterator struct {
	v    *Instance
	i    int64
	done bool
}

func (it *getitemIterator) Type() string { return "iterator" }
func (it *getitemIterator) Next(th *Thread) (Value, error) {
	if it.done {
		return nil, nil
	}
	r, _, err := it.v.callDunder(th, "__getitem__", MakeInt(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Matches(IndexError) || e.Matches(StopIteration)) {
			it.done = true
			return nil, nil
		}
		return nil, err
	}
	it.i++
	return r, nil
}
func (it *getitemIterator) Iterate(th *Thread) (Iterator, error) { return it, nil }

// Contains implements `x in container`.
func Contains(th *Thread, container, x Value) (bool, error) {
	switch c := container.(type) {
	case *Instance:
		if r, ok, err := c.callDunder(th, "__contains__", x); ok {
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}
		if mv := mixinValue(c); mv != nil {
			return Contains(th, mv, x)
		}
		if _, err := GetIterator(th, c); err != nil {
			return false, NewError(TypeError, "argument of type '%s' is not iterable", c.Type())
		}
	case HasContains:
		return c.Contains(th, x)
	case *Class:
		if _, cc := classContainer(c); cc != nil {
			return cc.ClassContains(th, c, x)
		}
		return false, NewError(TypeError, "argument of type '%s' is not iterable", container.Type())
	case Iterable, Indexable:
	default:
		return false, NewError(TypeError, "argument of type '%s' is not iterable", container.Type())
	}
	found := false
	err := Iterate(th, container, func(e Value) error {
		eq, err := keysEqual(th, e, x)
		if err != nil {
			return err
		}
		if eq {
			found = true
			return errStopIteration
		}
		return nil
	})
	if err == errStopIteration {
		err = nil
	}
	return found, err
}

var errStopIteration = NewError(StopIteration, "")

// normIndex turns a possibly negative index into a position, or fails with
// IndexError naming the sequence ("list index out of range").
func normIndex(seq Value, k Value, n int) (int, error) {
	i, ok := asInt(k)
	if !ok {
		switch seq.(type) {
		case String:
			return 0, NewError(TypeError, "string indices must be integers, not '%s'", k.Type())
		}
		return 0, NewError(TypeError, "%s indices must be integers or slices, not %s", seq.Type(), k.Type())
	}
	x, ok := i.Int64()
	if ok && x < 0 {
		x += int64(n)
	}
	if !ok || x < 0 || x >= int64(n) {
		what := seq.Type()
		switch seq.(type) {
		case String:
			what = "string"
		case Range:
			what = "range object"
		}
		return 0, NewError(IndexError, "%s index out of range", what)
	}
	return int(x), nil
}

// GetItem evaluates x[k].
func GetItem(th *Thread, x, k Value) (Value, error) {
	switch xv := x.(type) {
	case *Dict:
		v, found, err := xv.Get(th, k)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, NewException(KeyError, k)
		}
		return v, nil
	case *Instance:
		if r, ok, err := xv.callDunder(th, "__getitem__", k); ok {
			return r, err
		}
		if mv := mixinValue(xv); mv != nil {
			if d, ok := mv.(*Dict); ok {
				// A dict subclass's __missing__ (defaultdict, Counter).
				if m := xv.lookupDunder("__missing__"); m != nil && m != None {
					if v, found, err := d.Get(th, k); err != nil || found {
						return v, err
					}
					return callWithSelf(th, m, xv, Tuple{k}, nil)
				}
			}
			return GetItem(th, mv, k)
		}
		if xv.Class == TypeClass {
			break
		}
		return nil, NewError(TypeError, "'%s' object is not subscriptable", x.Type())
	case HasGetItem:
		return xv.GetItem(th, k)
	case Indexable:
		if s, ok := k.(*Slice); ok {
			sl, ok := xv.(Sliceable)
			if !ok {
				return nil, NewError(TypeError, "'%s' object is not subscriptable", x.Type())
			}
			start, stop, step, err := s.Indices(xv.Len())
			if err != nil {
				return nil, err
			}
			return sl.Slice(start, stop, step), nil
		}
		i, err := normIndex(x, k, xv.Len())
		if err != nil {
			return nil, err
		}
		return xv.Index(i), nil
	case Mapping:
		v, found, err := xv.Get(th, k)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, NewException(KeyError, k)
		}
		return v, nil
	case *Class:
		// list[int] and friends (type hints): return the class.
		if xv.Module == "builtins" {
			return xv, nil
		}
		if _, cc := classContainer(xv); cc != nil {
			return cc.ClassGetItem(th, xv, k)
		}
		if m, _ := xv.Lookup("__class_getitem__"); m != nil {
			return callWithSelf(th, m, xv, Tuple{k}, nil)
		}
	}
	return nil, NewError(TypeError, "'%s' object is not subscriptable", x.Type())
}

// SetItem evaluates x[k] = v.
func SetItem(th *Thread, x, k, v Value) error {
	switch xv := x.(type) {
	case *Dict:
		return xv.SetKey(th, k, v)
	case *List:
		if s, ok := k.(*Slice); ok {
			return xv.setSlice(th, s, v)
		}
		i, err := normIndex(x, k, len(xv.elems))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(IndexError) {
				return NewError(IndexError, "list assignment index out of range")
			}
			return err
		}
		xv.elems[i] = v
		return nil
	case *Instance:
		if _, ok, err := xv.callDunder(th, "__setitem__", k, v); ok {
			return err
		}
		if mv := mixinValue(xv); mv != nil {
			return SetItem(th, mv, k, v)
		}
	case HasSetItem:
		return xv.SetItem(th, k, v)
	case HasSetIndex:
		i, err := normIndex(x, k, xv.Len())
		if err != nil {
			return err
		}
		return xv.SetIndex(th, i, v)
	case HasSetKey:
		return xv.SetKey(th, k, v)
	}
	return NewError(TypeError, "'%s' object does not support item assignment", x.Type())
}

// DelItem evaluates del x[k].
func DelItem(th *Thread, x, k Value) error {
	switch xv := x.(type) {
	case *Dict:
		_, found, err := xv.Delete(th, k)
		if err != nil {
			return err
		}
		if !found {
			return NewException(KeyError, k)
		}
		return nil
	case *List:
		if s, ok := k.(*Slice); ok {
			return xv.delSlice(s)
		}
		i, err := normIndex(x, k, len(xv.elems))
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Matches(IndexError) {
				return NewError(IndexError, "list assignment index out of range")
			}
			return err
		}
		xv.elems = append(xv.elems[:i], xv.elems[i+1:]...)
		return nil
	case *Instance:
		if _, ok, err := xv.callDunder(th, "__delitem__", k); ok {
			return err
		}
		if mv := mixinValue(xv); mv != nil {
			return DelItem(th, mv, k)
		}
	case HasSetItem:
		return xv.SetItem(th, k, nil)
	}
	return NewError(TypeError, "'%s' object doesn't support item deletion", x.Type())
}

// ---- attributes ----

// GetAttr returns v.name, raising AttributeError in CPython's words when
// absent.
func GetAttr(th *Thread, v Value, name string) (Value, error) {
	r, err := getAttr(th, v, name)
	if err == nil && r == nil {
		return nil, attrError(v, name)
	}
	return r, err
}

// getAttr returns (nil, nil) when the attribute is absent.
func getAttr(th *Thread, v Value, name string) (Value, error) {
	switch v := v.(type) {
	case *Instance:
		return v.Attr(th, name)
	case *Class:
		return v.Attr(th, name)
	case *Module:
		return v.Attr(th, name)
	case HasAttrs:
		r, err := v.Attr(th, name)
		if r != nil || err != nil {
			return r, err
		}
	}
	if name == "__class__" {
		return TypeOf(v), nil
	}
	cls := TypeOf(v)
	t, _ := cls.Lookup(name)
	if t == nil {
		if name == "__doc__" {
			return None, nil
		}
		return nil, nil
	}
	if d, ok := t.(Descriptor); ok {
		return d.DescriptorGet(th, v, cls)
	}
	return t, nil
}

// HasAttr reports whether v has the attribute, as hasattr(): only
// AttributeError (and its subclasses) count as "absent".
func HasAttr(th *Thread, v Value, name string) (bool, error) {
	r, err := getAttr(th, v, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Matches(AttributeError) {
			return false, nil
		}
		return false, err
	}
	return r != nil, nil
}

// SetAttr performs v.name = val.
func SetAttr(th *Thread, v Value, name string, val Value) error {
	switch v := v.(type) {
	case *Instance:
		return v.SetAttr(th, name, val)
	case *Class:
		return v.SetAttr(th, name, val)
	case *Module:
		v.Dict.SetStr(name, val)
		return nil
	case *Function:
		v.setAttr(name, val)
		return nil
	case HasSetAttr:
		return v.SetAttr(th, name, val)
	}
	if t, _ := TypeOf(v).Lookup(name); t != nil {
		return NewError(AttributeError, "'%s' object attribute '%s' is read-only", v.Type(), name)
	}
	return NewError(AttributeError, "'%s' object has no attribute '%s'", v.Type(), name)
}

// DelAttr performs del v.name.
func DelAttr(th *Thread, v Value, name string) error {
	switch v := v.(type) {
	case *Instance:
		if m, _ := v.Class.Lookup("__delattr__"); m != nil && m != None {
			_, err := callWithSelf(th, m, v, Tuple{String(name)}, nil)
			return err
		}
		return v.DelAttr(th, name)
	case *Class:
		if v.final || v.immutable {
			return NewError(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, v.Name)
		}
		if !v.Dict.DeleteStr(name) {
			return attrError(v, name)
		}
		return nil
	case *Module:
		if !v.Dict.DeleteStr(name) {
			return attrError(v, name)
		}
		return nil
	}
	return NewError(AttributeError, "'%s' object has no attribute '%s'", v.Type(), name)
}

// IsInstance implements isinstance(v, cls) where cls is a class or a tuple
// of classes (nested tuples allowed).
func IsInstance(th *Thread, v Value, cls Value) (bool, error) {
	switch c := cls.(type) {
	case *Class:
		if c.InstanceCheck != nil {
			return c.InstanceCheck(v), nil
		}
		t := TypeOf(v)
		if t.IsSubclass(c) {
			return true, nil
		}
		if mv := mixinValue(v); mv != nil {
			return TypeOf(mv).IsSubclass(c), nil
		}
		// A Go value with a synthesized class matches a class of the same
		// type name (e.g. a QuerySet value against the QuerySet class).
		return false, nil
	case Tuple:
		for _, x := range c {
			ok, err := IsInstance(th, v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, NewError(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// ---- calls ----

// Call calls fn(*args, **kwargs). Calls from Go that start a new run
// (no Python frame active on th) are guarded: a Go panic becomes an
// InternalError exception instead of crashing.
func Call(th *Thread, fn Value, args Tuple, kwargs []Kwarg) (v Value, err error) {
	if th == nil {
		th = NewThread()
	}
	if th.depth == 0 {
		defer th.recoverPanic(&err, th.frame)
		defer func() {
			if e, ok := err.(*Exception); ok {
				e.prepare(th)
			}
		}()
	}
	if th.depth >= th.maxDepth {
		return nil, NewError(RecursionError, "maximum recursion depth exceeded")
	}
	th.depth++
	v, err = call(th, fn, args, kwargs)
	th.depth--
	return v, err
}

func call(th *Thread, fn Value, args Tuple, kwargs []Kwarg) (Value, error) {
	switch f := fn.(type) {
	case *Function:
		return f.call(th, args, kwargs)
	case *Builtin:
		return f.CallInternal(th, args, kwargs)
	case *BoundMethod:
		return f.CallInternal(th, args, kwargs)
	case *Class:
		return f.CallInternal(th, args, kwargs)
	case *Instance:
		if m := f.lookupDunder("__call__"); m != nil && m != None {
			return callWithSelf(th, m, f, args, kwargs)
		}
	case Callable:
		return f.CallInternal(th, args, kwargs)
	}
	return nil, NewError(TypeError, "'%s' object is not callable", fn.Type())
}

// CallMethod calls recv.name(*args, **kwargs), dispatching through the
// MRO like Python (so a Python override of a Go-native method is reached).
func CallMethod(th *Thread, recv Value, name string, args Tuple, kwargs []Kwarg) (Value, error) {
	m, err := GetAttr(th, recv, name)
	if err != nil {
		return nil, err
	}
	return Call(th, m, args, kwargs)
}

// IsCallable reports whether v can be called.
func IsCallable(v Value) bool {
	switch f := v.(type) {
	case *Instance:
		m := f.lookupDunder("__call__")
		return m != nil && m != None
	case Callable, *Function, *Builtin, *BoundMethod, *Class:
		return true
	}
	return false
}
