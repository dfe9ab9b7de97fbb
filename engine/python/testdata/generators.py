# Generators: def bodies holding yield, driven by next(), send(), throw()
# and close(), and by everything that iterates.
def count_to(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_to(3)
assert next(g) == 0
assert next(g) == 1
assert next(g) == 2
next(g)  ### "^StopIteration$"
next(g)  ### "^StopIteration$"
assert next(g, "done") == "done"
assert list(count_to(4)) == [0, 1, 2, 3]
assert tuple(count_to(3)) == (0, 1, 2)
assert sum(count_to(5)) == 10
assert 2 in count_to(3)
assert 5 not in count_to(3)
assert [x * 2 for x in count_to(3)] == [0, 2, 4]
assert {x for x in count_to(3)} == {0, 1, 2}
assert dict((x, x) for x in count_to(2)) == {0: 0, 1: 1}
a, b = count_to(2)
assert (a, b) == (0, 1)
first, *rest = count_to(4)
assert rest == [1, 2, 3]
assert [*count_to(2), *count_to(1)] == [0, 1, 0]
assert sorted(count_to(3), reverse=True) == [2, 1, 0]
assert max(count_to(3)) == 2
assert list(zip(count_to(3), "ab")) == [(0, "a"), (1, "b")]
assert list(enumerate(count_to(2))) == [(0, 0), (1, 1)]
assert ",".join(str(x) for x in count_to(3)) == "0,1,2"
out = []
for x in count_to(3):
    out.append(x)
else:
    out.append("else")
assert out == [0, 1, 2, "else"]
g = count_to(3)
assert iter(g) is g
assert g.__iter__() is g
assert g.__next__() == 0
assert type(g).__name__ == "generator"
assert g.__name__ == "count_to" and g.__qualname__ == "count_to"
assert g.gi_running is False
assert bool(count_to(0))
a, b = count_to(1)  ### "^ValueError: not enough values to unpack \(expected 2, got 1\)$"
len(count_to(1))  ### "^TypeError: object of type 'generator' has no len\(\)$"
count_to(1)[0]  ### "^TypeError: 'generator' object is not subscriptable$"
count_to(1)()  ### "^TypeError: 'generator' object is not callable$"
count_to()  ### "^TypeError: count_to\(\) missing 1 required positional argument: 'n'$"
count_to(1).foo  ### "^AttributeError: 'generator' object has no attribute 'foo'$"
---
# The body runs only on next(); arguments are bound at the call.
log = []
def g1(x):
    log.append(("start", x))
    yield x
    log.append("end")
g = g1(5)
assert log == []
assert next(g) == 5
assert log == [("start", 5)]
assert list(g) == []
assert log == [("start", 5), "end"]
---
# return in a generator: StopIteration(value); exhausted generators keep
# raising a bare StopIteration.
def ret():
    yield 1
    return "result"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    assert e.value == "result"
    assert e.args == ("result",)
try:
    next(g)
except StopIteration as e:
    assert e.value is None
    assert e.args == ()
def none_ret():
    yield 1
    return
g = none_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    assert e.args == ()
g = ret()
next(g)
next(g)  ### "^StopIteration: result$"
---
# send(): the value of the yield expression.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)
g = echo()
assert g.send(None) == 0
assert g.send("a") == 1
assert g.send("b") == 2
try:
    g.send(None)
except StopIteration as e:
    assert e.value == ["a", "b"]
echo().send(1)  ### "^TypeError: can't send non-None value to a just-started generator$"
echo().send()  ### "^TypeError: generator.send\(\) takes exactly one argument \(0 given\)$"
def acc():
    total = 0
    while True:
        total += yield total
g = acc()
next(g)
assert g.send(5) == 5
assert g.send(3) == 8
def ann():
    x: int = yield 1
    yield x
g = ann()
next(g)
assert g.send(7) == 7
def paren():
    return (yield)
g = paren()
next(g)
try:
    g.send(4)
except StopIteration as e:
    assert e.value == 4
def tup():
    x = yield 1, 2
    yield x
g = tup()
assert next(g) == (1, 2)
---
# yield from: delegation, its value is the sub-generator's return value.
def inner():
    x = yield "i1"
    yield x
    return "inner done"
def outer():
    r = yield from inner()
    yield r
    yield from [1, 2]
    yield from range(3, 5)
    yield from "ab"
assert list(outer()) == ["i1", None, "inner done", 1, 2, 3, 4, "a", "b"]
g = outer()
assert next(g) == "i1"
assert g.send("sent") == "sent"
assert next(g) == "inner done"
def choices():
    yield from ((x, str(x)) for x in range(3))
assert list(choices()) == [(0, "0"), (1, "1"), (2, "2")]
def bad():
    yield from 5
next(bad())  ### "^TypeError: 'int' object is not iterable$"
def nested(n):
    if n:
        yield n
        yield from nested(n - 1)
assert list(nested(4)) == [4, 3, 2, 1]
---
# throw(): the exception is raised at the yield.
def catcher():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            yield "caught " + repr(e)
g = catcher()
next(g)
assert g.throw(KeyError("k")) == "caught KeyError('k')"
next(g)
assert g.throw(KeyError) == "caught KeyError()"
next(g)
assert g.throw(KeyError, "v") == "caught KeyError('v')"
g.throw(ValueError("boom"))  ### "^ValueError: boom$"
next(g)  ### "^StopIteration$"
catcher().throw(TypeError("early"))  ### "^TypeError: early$"
catcher().throw(1)  ### "^TypeError: exceptions must be classes or instances deriving from BaseException, not int$"
def deleg():
    yield from catcher()
g = deleg()
next(g)
assert g.throw(KeyError) == "caught KeyError()"
---
# close(): GeneratorExit at the yield, finally clauses run.
log = []
def fin():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")
g = fin()
next(g)
assert g.close() is None
assert log == ["finally"]
next(g)  ### "^StopIteration$"
g.close()
fin().close()
assert log == ["finally"]
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
g = stubborn()
next(g)
g.close()  ### "^RuntimeError: generator ignored GeneratorExit$"
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        log.append("exit")
        raise
g = catches_exit()
next(g)
g.close()
assert log == ["finally", "exit"]
def deleg():
    yield from fin()
g = deleg()
next(g)
g.close()
assert log == ["finally", "exit", "finally"]
def raises_on_close():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
g = raises_on_close()
next(g)
g.close()  ### "^ValueError: in finally$"
---
# StopIteration inside a generator becomes RuntimeError (PEP 479).
def leaks():
    yield 1
    raise StopIteration("x")
g = leaks()
next(g)
next(g)  ### "^RuntimeError: generator raised StopIteration$"
def leaks_next():
    yield next(iter([]))
try:
    list(leaks_next())
except RuntimeError as e:
    assert str(e) == "generator raised StopIteration"
    assert type(e.__cause__) is StopIteration
---
# Re-entrancy.
def reenter():
    yield next(g)
g = reenter()
next(g)  ### "^ValueError: generator already executing$"
def running():
    yield g.gi_running
g = running()
assert next(g) is True
---
# Exceptions in the body end the generator.
def boom():
    yield 1
    1 / 0
g = boom()
next(g)
next(g)  ### "^ZeroDivisionError: division by zero$"
next(g)  ### "^StopIteration$"
# The exception being handled inside the generator is its own.
def handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        raise
g = handler()
next(g)
try:
    raise ValueError("outer")
except ValueError:
    pass
next(g)  ### "^KeyError: 'inner'$"
---
# Generator methods, closures, lambdas.
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x
    def evens(self):
        return (x for x in self if x % 2 == 0)
    def pairs(self):
        def gen():
            for x in self.items:
                yield x, x
        return gen()
b = Box([1, 2, 3, 4])
assert list(b) == [1, 2, 3, 4]
assert 3 in b
assert list(b.evens()) == [2, 4]
assert list(b.pairs())[0] == (1, 1)
assert repr(b.pairs()).startswith("<generator object Box.pairs.<locals>.gen at 0x")
assert repr(Box.__iter__(b)).startswith("<generator object Box.__iter__ at 0x")
assert repr(x for x in []).startswith("<generator object <genexpr> at 0x")
lam = lambda: (yield 1)
assert list(lam()) == [1]
assert repr(lam()).startswith("<generator object <lambda> at 0x")
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        yield n
    return bump
bump = counter()
assert next(bump()) == 1
assert next(bump()) == 2
---
# Lazy generator expressions over infinite iterators.
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
assert list(itertools.islice(naturals(), 3)) == [0, 1, 2]
squares = (x * x for x in itertools.count())
assert next(squares) == 0
assert next(squares) == 1
assert next(x for x in naturals() if x > 5) == 6
---
# A generator left suspended is fine.
def forever():
    while True:
        yield 1
g = forever()
next(g)
h = forever()
next(h)
