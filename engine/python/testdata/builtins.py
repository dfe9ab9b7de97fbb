# conversions
assert int("42") == 42 and int(" -7 ") == -7 and int(3.9) == 3 and int(-3.9) == -3 and int(True) == 1
assert int("ff", 16) == 255 and int("0x1f", 0) == 31 and int("1_000") == 1000
assert float("1.5") == 1.5 and float(2) == 2.0 and float("-inf") < 0 and float(" 1e3 ") == 1000.0
assert str(1.5) == "1.5" and str([1, "a"]) == "[1, 'a']" and bool([]) is False and bool("x") is True
assert list("ab") == ["a", "b"] and tuple([1]) == (1,) and set([1, 1]) == {1}
int("x")  ### "ValueError: invalid literal for int\(\) with base 10: 'x'"
float("x")  ### "ValueError: could not convert string to float: 'x'"
int(None)  ### "TypeError: int\(\) argument must be a string, a bytes-like object or a real number, not 'NoneType'"
int(float("inf"))  ### "OverflowError: cannot convert float infinity to integer"
---
# numeric builtins
assert abs(-3) == 3 and abs(-2.5) == 2.5 and abs(True) == 1
assert round(2.5) == 2 and round(3.5) == 4 and round(-0.5) == 0 and round(2.675, 2) == 2.67
assert round(1234, -2) == 1200 and round(1.23456, 3) == 1.235 and round(5, 1) == 5
assert isinstance(round(2.5), int) and isinstance(round(2.5, 0), float)
assert divmod(7, 2) == (3, 1) and divmod(-7, 2) == (-4, 1) and divmod(7.5, 2) == (3.0, 1.5)
assert pow(2, 10) == 1024 and pow(2, 10, 1000) == 24 and pow(2, -2) == 0.25
assert min(3, 1, 2) == 1 and max([1, 5, 2]) == 5 and min("bca") == "a"
assert max([], default=0) == 0 and min([3, 1], key=lambda x: -x) == 3
assert sum([1, 2, 3]) == 6 and sum([[1], [2]], []) == [1, 2] and sum([0.5, 0.5]) == 1.0
assert hex(255) == "0xff" and oct(8) == "0o10" and bin(5) == "0b101" and hex(-1) == "-0x1"
assert chr(65) == "A" and ord("€") == 8364
assert hash(1) == hash(1.0) == hash(True) and hash("a") == hash("a") and hash(-1) == -2
assert hash((1, 2)) == hash((1, 2))
max([])  ### "ValueError: max\(\) arg is an empty sequence"
min()  ### "TypeError: min expected at least 1 argument, got 0"
abs("x")  ### "TypeError: bad operand type for abs\(\): 'str'"
sum(["a"], "")  ### "TypeError: sum\(\) can't sum strings \[use ''.join\(seq\) instead\]"
chr(-1)  ### "ValueError: chr\(\) arg not in range\(0x110000\)"
ord("ab")  ### "TypeError: ord\(\) expected a character, but string of length 2 found"
round("x")  ### "TypeError: type str doesn't define __round__ method"
---
# iteration helpers
assert list(enumerate("ab")) == [(0, "a"), (1, "b")] and list(enumerate("a", 1)) == [(1, "a")]
assert list(zip([1, 2, 3], "ab")) == [(1, "a"), (2, "b")] and list(zip()) == []
assert list(reversed([1, 2, 3])) == [3, 2, 1] and list(reversed("ab")) == ["b", "a"] and list(reversed(range(3))) == [2, 1, 0]
assert sorted([3, 1, 2], reverse=True) == [3, 2, 1] and sorted("cab") == ["a", "b", "c"]
assert sorted([(1, "b"), (1, "a"), (0, "z")]) == [(0, "z"), (1, "a"), (1, "b")]
assert list(range(5)) == [0, 1, 2, 3, 4] and list(range(1, 10, 3)) == [1, 4, 7] and list(range(5, 0, -2)) == [5, 3, 1]
assert len(range(10**12)) == 10**12 and range(10**12)[-1] == 10**12 - 1 and 5 in range(10)
assert range(0, 10, 2)[1:3] == range(2, 6, 2) and repr(range(3)) == "range(0, 3)"
it = iter([1, 2])
assert next(it) == 1 and next(it) == 2 and next(it, "end") == "end"
next(it)  ### "StopIteration"
next([1])  ### "TypeError: 'list' object is not an iterator"
range(0, 10, 0)  ### "ValueError: range\(\) arg 3 must not be zero"
reversed(5)  ### "TypeError: 'int' object is not reversible"
len(5)  ### "TypeError: object of type 'int' has no len\(\)"
iter(5)  ### "TypeError: 'int' object is not iterable"
---
# introspection
class A:
    x = 1
assert getattr(A, "x") == 1 and getattr(A, "y", None) is None and hasattr(A, "x")
getattr(A, "y")  ### "AttributeError: type object 'A' has no attribute 'y'"
getattr(1, "y")  ### "AttributeError: 'int' object has no attribute 'y'"
setattr(1, "y", 2)  ### "AttributeError: 'int' object has no attribute 'y'"
assert "x" in dir(A) and "upper" in dir("")
assert isinstance(1, (str, int)) and not isinstance(1.0, int) and isinstance(1.0, float)
isinstance(1, 1)  ### "TypeError: isinstance\(\) arg 2 must be a type, a tuple of types, or a union"
assert id(A) == id(A)
assert format(3.14159, ".2f") == "3.14" and format(5, "03d") == "005" and format("x", ">3") == "  x"
assert repr(print) == "<built-in function print>"
assert NotImplemented is NotImplemented and Ellipsis is ...
