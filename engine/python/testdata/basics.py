# Basic values, arithmetic and names.
assert 1 + 2 == 3
assert 7 / 2 == 3.5
assert 7 // 2 == 3
assert -7 // 2 == -4
assert -7 % 3 == 2
assert 7 % -3 == -2
assert 2 ** 10 == 1024
assert 2 ** -1 == 0.5
assert 10 ** 20 == 100000000000000000000
assert (2 ** 64) // 3 == 6148914691236517205
assert 9223372036854775807 + 1 == 9223372036854775808
assert -(-9223372036854775808) == 9223372036854775808
assert 3 * 1.5 == 4.5
assert 1 == 1.0
assert True + True == 2
assert 1 / 0  ### "ZeroDivisionError: division by zero"
assert 1 // 0  ### "ZeroDivisionError: integer division or modulo by zero"
assert 1 % 0  ### "ZeroDivisionError: integer modulo by zero"
x = 1.0 / 0  ### "ZeroDivisionError: float division by zero"
x = 1 + "a"  ### "TypeError: unsupported operand type\(s\) for \+: 'int' and 'str'"
x = "a" + 1  ### `TypeError: can only concatenate str \(not "int"\) to str`
---
# reprs
assert repr(0.1) == "0.1"
assert repr(1e16) == "1e+16"
assert repr(1.5e-7) == "1.5e-07"
assert repr(1e15) == "1000000000000000.0"
assert repr(-0.0) == "-0.0"
assert repr(float("inf")) == "inf"
assert repr(float("nan")) == "nan"
assert repr("Bob's") == '"Bob\'s"'
assert repr('a"b') == "'a\"b'"
assert repr('a\nb') == "'a\\nb'"
assert repr((1,)) == "(1,)"
assert repr(()) == "()"
assert repr([1, "a", None, True]) == "[1, 'a', None, True]"
assert repr({}) == "{}"
assert repr({"a": 1, 2: [3]}) == "{'a': 1, 2: [3]}"
assert repr(set()) == "set()"
assert repr({1}) == "{1}"
assert repr(frozenset()) == "frozenset()"
assert str(1.0) == "1.0"
assert str(None) == "None"
---
print("hello", 1, None, sep="-")
print("a", end="")
print("b")
x = [1, 2, 3]
print(x, (1, 2), {"k": "v"})
# output:
# hello-1-None
# ab
# [1, 2, 3] (1, 2) {'k': 'v'}
