x = a + (b * c)
(y) = f(1, *a, k=(2), **kw)  # trailing comment
z = obj.method(
    1,
    2,
).attr[0:1, ::2]


def f(a, b=lambda: 1):
    """Doc."""
    return (a if b else
            -a ** 2)


@decorator
class C(Base, metaclass=M):
    x: int = 1; y = [i for i in range(3) if i]


if not a and b or c:
    pass
elif d:
    pass
else:
    t = 1,
    u = {1: 2, **d}, {3}, (x for x in y), sum(x for x in y)
for k, in d: del k, d[0]
while x < y <= z: x += 1
try:
    raise E from F
except (A, B) as e:
    assert e, "m"
finally:
    pass
s = "a" 'b' \
    "c"
g = f"x{a!r:>{w}}y{b=}z" f'{c}'
h = f"""
{
  a + b
}"""
import a.b as c
from d import (e as f,
    g)
