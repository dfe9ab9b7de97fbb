# Control flow.
x = 0
for i in range(10):
    if i == 3:
        continue
    if i == 6:
        break
    x += i
else:
    x = -1
assert x == 0 + 1 + 2 + 4 + 5

n = 0
while n < 5:
    n += 1
else:
    n = n * 10
assert n == 50

def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
    else:
        return -1
assert find([1, 2, 3], 3) == 2
assert find([1, 2, 3], 4) == -1

y = 1 if x else 2
assert y == 1
assert (0 or "a") == "a"
assert (1 and 0) == 0
assert (None or []) == []
assert not None
assert 1 < 2 < 3
assert not (1 < 2 > 3)
assert 1 < 2 != 3
---
# try / except / else / finally
log = []
try:
    log.append("try")
    1 / 0
except ZeroDivisionError as e:
    log.append("except " + str(e))
else:
    log.append("else")
finally:
    log.append("finally")
assert log == ["try", "except division by zero", "finally"]

log = []
try:
    log.append("try")
except Exception:
    log.append("except")
else:
    log.append("else")
finally:
    log.append("finally")
assert log == ["try", "else", "finally"]

def f():
    try:
        return "try"
    finally:
        log.append("cleanup")
log = []
assert f() == "try"
assert log == ["cleanup"]

def g():
    try:
        return "try"
    finally:
        return "finally"
assert g() == "finally"

def h():
    for i in range(3):
        try:
            1 / 0
        finally:
            break
    return i
assert h() == 0

def k():
    try:
        raise ValueError("x")
    except (TypeError, ValueError) as e:
        return type(e).__name__, e.args
assert k() == ("ValueError", ("x",))

try:
    {}["missing"]
except LookupError as e:
    assert str(e) == "'missing'"
    assert repr(e) == "KeyError('missing')"

try:
    try:
        raise KeyError("a")
    except KeyError:
        raise
except KeyError as e:
    assert e.args == ("a",)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    assert isinstance(e.__cause__, ZeroDivisionError)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    assert isinstance(e.__context__, ZeroDivisionError)

try:
    raise ValueError
except ValueError as e:
    assert e.args == ()
    assert str(e) == ""

# the except variable is deleted after the handler
try:
    1 / 0
except ZeroDivisionError as err:
    pass
err  ### "NameError: name 'err' is not defined"
---
raise ValueError("bad value")  ### "ValueError: bad value"
---
raise KeyError("k")  ### "KeyError: 'k'"
---
raise  ### "RuntimeError: No active exception to reraise"
---
raise 1  ### "TypeError: exceptions must derive from BaseException"
---
try:
    pass
except 1:
    pass
try:
    1 / 0
except 1:  ### "TypeError: catching classes that do not inherit from BaseException is not allowed"
    pass
---
assert 1 == 2  ### "AssertionError"
assert 1 == 2, "one is not two"  ### "AssertionError: one is not two"
---
a, b = 1, 2
a, b = b, a
assert (a, b) == (2, 1)
a, *rest = [1, 2, 3]
assert rest == [2, 3]
*init, last = "abc"
assert init == ["a", "b"] and last == "c"
(a, b), c = (1, 2), 3
assert a + b + c == 6
[x, y] = (5, 6)
assert x == 5
a, b, c = 1, 2  ### "ValueError: not enough values to unpack \(expected 3, got 2\)"
a, b = 1, 2, 3  ### "ValueError: too many values to unpack \(expected 2\)"
a, b = 1  ### "TypeError: cannot unpack non-iterable int object"
a, *b, c = [1]  ### "ValueError: not enough values to unpack \(expected at least 2, got 1\)"
x = y = 7
assert x == 7 and y == 7
---
# del
x = 1
del x
x  ### "NameError: name 'x' is not defined"
l = [1, 2, 3, 4]
del l[0]
assert l == [2, 3, 4]
del l[::2]
assert l == [3]
d = {"a": 1}
del d["a"]
assert d == {}
del d["a"]  ### "KeyError: 'a'"
---
# augmented assignment
l = [1]
m = l
l += [2]
assert m == [1, 2]
t = (1,)
u = t
t += (2,)
assert u == (1,)
s = "a"
s *= 3
assert s == "aaa"
d = {"n": 1}
d["n"] += 5
assert d["n"] == 6
class C:
    pass
c = C()
c.x = 1
c.x += 1
assert c.x == 2
x = 1
x += "a"  ### "TypeError: unsupported operand type\(s\) for \+=: 'int' and 'str'"
