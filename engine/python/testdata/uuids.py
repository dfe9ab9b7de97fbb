# The uuid module: UUID from hex, bytes and int, attributes, comparisons.
import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
assert repr(u) == "UUID('12345678-1234-5678-1234-567812345678')" and str(u) == "12345678-1234-5678-1234-567812345678"
assert u.hex == "12345678123456781234567812345678" and u.version is None
assert uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8").version == 1
assert uuid.UUID("{12345678123456781234567812345678}") == u and uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678") == u
assert uuid.UUID(bytes=u.bytes) == u and uuid.UUID(int=u.int) == u
assert str(uuid.UUID(int=7)) == "00000000-0000-0000-0000-000000000007" and uuid.UUID(int=0).int == 0
assert {u: 1}[uuid.UUID(hex="12345678123456781234567812345678")] == 1
uuid.UUID(int=-1)  ### "ValueError: int is out of range \(need a 128-bit value\)"
uuid.UUID(int=2**128)  ### "ValueError: int is out of range \(need a 128-bit value\)"
uuid.UUID("xyz")  ### "ValueError: badly formed hexadecimal UUID string"
uuid.UUID()  ### "TypeError: one of the hex, bytes, bytes_le, fields, or int arguments must be given"
