# Precedence, associativity and every expression form.
x
1 + 2 * 3
(1 + 2) * 3
1 - 2 - 3
2 ** 3 ** 2
-2 ** 2
2 ** -1
-x + +y - ~z
a * b / c // d % e @ f
a << 1 >> 2
a | b ^ c & d
a & b << c + d * e ** f
not a
not not a
a and b or c and d
a or b or c
a and b and c
not a and b
a < b
a < b <= c == d != e > f >= g
a in b
a not in b
a is b
a is not b
not a in b
a + b < c * d
a if b else c
a if b else c if d else e
(a if b else c) if d else e
lambda: 0
lambda x: x + 1
lambda x, y=1, *a, k, **kw: (x, y)
lambda *, k: k
lambda x: lambda y: x + y
x = lambda: a if b else c
f()
f(1)
f(1, 2,)
f(a, *b, c=1, **d)
f(*a, *b, **c, **d)
f(a=1, *b)
f(x for x in y)
f(x for x in y if x)(z)
f((x for x in y), 1)
obj.attr
obj.method(1).attr[0]
a.b.c.d
f()()
x[0]
x[-1]
x[1:2]
x[1:]
x[:2]
x[:]
x[::]
x[::2]
x[1:2:3]
x[a, b]
x[a:b, c]
x[1,]
x[(1, 2)]
x[lambda: 1]
type(x).__name__
super().save(*args, **kwargs)
()
(1,)
(1, 2)
(1, 2,)
1, 2
1,
(x)
((x))
[]
[1]
[1, 2,]
[*a, *b]
{1}
{1, 2,}
{*a, b}
{}
{1: 2}
{1: 2, 3: 4,}
{**a, "b": 1, **c}
[x for x in y]
[x for x in y if x if not x]
[x * y for x in a for y in b if x != y]
[(x, y) for x, y in pairs]
[x for *x, y in z]
{x for x in y}
{k: v for k, v in d.items()}
{k: v for k in a for v in b}
(x for x in y)
[x for x in (a if b else c)]
[x for x in a or b]
[lambda: x for x in y]
...
x[...]
None, True, False
