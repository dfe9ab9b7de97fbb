# Every statement of the subset.
import datetime
import os.path as osp, sys
from django.db import models
from django.db.models import F, Q
from decimal import (Decimal,
                     ROUND_HALF_UP as RHU,)
from datetime import *

x = 1
a = b = c = []
x, y = 1, 2
(x, y) = [y, x]
[x, [y, z]] = 1, (2, 3)
first, *rest = range(5)
*init, last = [1, 2, 3]
x, = [1]
() = []
obj.attr = 1
obj.a.b = 2
d["k"] = 3
m[1:2] = []
m[::2], n[i, j] = 1, 2
x = *a, *b
x += 1
obj.count -= 2
d["k"] *= 3
x **= 2; x //= 3; x %= 4
x @= m
x &= 1; x |= 2; x ^= 3; x <<= 4; x >>= 5; x /= 6
count: int = 0
name: str
obj.attr: "ignored" = None
d["k"]: int = 1

if x:
    pass
if x:
    a = 1
elif y:
    a = 2
elif z:
    a = 3
else:
    a = 4
if x: a = 1; b = 2
else: a = 3

for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
else:
    print("no break")
for k, v in d.items(): print(k, v)
for (a, b), *c in pairs:
    pass
for x in 1, 2, 3:
    pass
for x, in [(1,)]:
    pass
while n > 0:
    n -= 1
else:
    done = True

del x
del a, b.c, d["k"], e[1:2]
del (f, g), [h]
del x,

try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    print(e)
except Exception as e:
    raise
except:
    raise RuntimeError("boom") from None
else:
    ok = True
finally:
    cleanup()
try:
    pass
finally:
    pass

raise
raise ValueError
raise ValueError("bad") from exc
assert x
assert x > 0, "x must be positive"
global g
pass


def f():
    pass


def g(a, b=1, *args, c, d=2, **kwargs):
    "Docstring."
    global counter
    counter += 1
    return a


def h(a, /, b: int = 1, *, c: str, **kw: dict) -> None:
    """Multi-line
    docstring."""
    def inner():
        nonlocal a
        a = 2
        return
    return inner


@property
def p(self): return self._p


@classmethod
@functools.wraps(f)
def cm(cls, *, key=None):
    return cls


class A:
    pass


class B(A, models.Model, metaclass=Meta, **extra):
    """The B model."""
    x = 1

    class Meta(A.Meta):
        ordering = ["-x"]

    @staticmethod
    def s(): return 1


@dataclass
class C(): pass
with transaction.atomic():
    pass
with open(f) as g, lock, A() as (a, b), B() as x.y:
    with C() as z[0]: z
def gen(a):
    yield
    yield a
    yield a, *b
    x = yield a
    x += yield
    y: int = yield from a
    return (yield from range(a))
g = lambda: (yield 1)
