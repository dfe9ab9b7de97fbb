package python

import (
	"fmt"
	"strings"
)

// UUID is uuid.UUID (the 16 bytes, big-endian).
type UUID [16]byte

// The uuid module's class.
var UUIDClass = newLibClass("UUID", "uuid")

// Type returns "uuid.UUID".
func (UUID) Type() string { return "uuid.UUID" }

// Class returns uuid.UUID.
func (UUID) Class() *Class { return UUIDClass }

// String renders the canonical 8-4-4-4-12 form.
func (u UUID) String() string {
	h := fmt.Sprintf("%x", u[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// Repr renders UUID('...').
func (u UUID) Repr(th *Thread) (string, error) { return "UUID('" + u.String() + "')", nil }

// Str renders the canonical form.
func (u UUID) Str(th *Thread) (string, error) { return u.String(), nil }

// Hash hashes the bytes.
func (u UUID) Hash(th *Thread) (uint64, error) { return strHash(string(u[:])), nil }

// Compare compares UUIDs.
func (u UUID) Compare(th *Thread, op CompareOp, y Value) (Value, error) {
	o, ok := y.(UUID)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpInts(op, strings.Compare(string(u[:]), string(o[:])), 0)), nil
}

// Attr exposes hex, int, version and bytes.
func (u UUID) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "hex":
		return String(fmt.Sprintf("%x", u[:])), nil
	case "int":
		i, _ := parseInt(fmt.Sprintf("%x", u[:]), 16)
		return i, nil
	case "version":
		// Only RFC 4122 UUIDs (variant bits 10) have a version.
		if u[8]>>6 != 0b10 {
			return None, nil
		}
		return MakeInt(int64(u[6] >> 4)), nil
	case "bytes":
		return Bytes(u[:]), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (u UUID) AttrNames() []string { return []string{"hex", "int", "version", "bytes"} }

// ParseUUID parses the canonical, braced, urn or 32-hex-digit forms.
func ParseUUID(s string) (UUID, error) {
	t := strings.TrimPrefix(strings.TrimPrefix(s, "urn:"), "uuid:")
	t = strings.Trim(t, "{}")
	t = strings.ReplaceAll(t, "-", "")
	var u UUID
	if len(t) != 32 {
		return u, NewError(ValueError, "badly formed hexadecimal UUID string")
	}
	for i := 0; i < 16; i++ {
		var b byte
		if _, err := fmt.Sscanf(t[2*i:2*i+2], "%02x", &b); err != nil {
			return u, NewError(ValueError, "badly formed hexadecimal UUID string")
		}
		u[i] = b
	}
	return u, nil
}

func init() {
	UUIDClass.New = func(th *Thread, cls *Class, args Tuple, kwargs []Kwarg) (Value, error) {
		var hex Value = None
		var b Value = None
		var bytesLE, fields, intV Value = None, None, None
		if err := UnpackArgs("UUID", args, kwargs, "hex?", &hex, "bytes?", &b, "bytes_le?", &bytesLE, "fields?", &fields, "int?", &intV); err != nil {
			return nil, err
		}
		if s, ok := hex.(String); ok {
			return ParseUUID(string(s))
		}
		if n, ok := intV.(Int); ok {
			x := n.BigInt()
			if x.Sign() < 0 || x.BitLen() > 128 {
				return nil, NewError(ValueError, "int is out of range (need a 128-bit value)")
			}
			var u UUID
			x.FillBytes(u[:])
			return u, nil
		}
		if bs, ok := b.(Bytes); ok && len(bs) == 16 {
			var u UUID
			copy(u[:], bs)
			return u, nil
		}
		return nil, NewError(TypeError, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
	}
	builtinModules["uuid"] = func(th *Thread) *Module {
		return NewModule("uuid", map[string]Value{
			"UUID": UUIDClass,
			"uuid4": NewBuiltin("uuid4", func(th *Thread, args Tuple, kwargs []Kwarg) (Value, error) {
				if err := argCount("uuid4", args, 0, 0); err != nil {
					return nil, err
				}
				var u UUID
				for i := 0; i < 16; i += 8 {
					x := th.Rand.Uint64()
					for k := 0; k < 8; k++ {
						u[i+k] = byte(x >> (8 * k))
					}
				}
				u[6] = u[6]&0x0f | 0x40
				u[8] = u[8]&0x3f | 0x80
				return u, nil
			}),
		})
	}
}
