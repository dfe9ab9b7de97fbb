# Functions: parameters, defaults, *args, **kwargs, keyword-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
assert f(1, c=3) == (1, 2, (), 3, 4, {})
assert f(1, 5, 6, 7, c=3, e=8) == (1, 5, (6, 7), 3, 4, {"e": 8})
assert f(*[1, 2, 3], **{"c": 0, "z": 1}) == (1, 2, (3,), 0, 4, {"z": 1})

def g(a, b):
    return a - b
assert g(b=1, a=3) == 2
g()  ### "TypeError: g\(\) missing 2 required positional arguments: 'a' and 'b'"
g(1)  ### "TypeError: g\(\) missing 1 required positional argument: 'b'"
g(1, 2, 3)  ### "TypeError: g\(\) takes 2 positional arguments but 3 were given"
g(1, 2, x=3)  ### "TypeError: g\(\) got an unexpected keyword argument 'x'"
g(1, a=2)  ### "TypeError: g\(\) got multiple values for argument 'a'"
f(1)  ### "TypeError: f\(\) missing 1 required keyword-only argument: 'c'"
g(1, **{"b": 2, "b2": 3})  ### "TypeError: g\(\) got an unexpected keyword argument 'b2'"
g(1, b=2, **{"b": 3})  ### "TypeError: (__main__\.)?g\(\) got multiple values for keyword argument 'b'"

def h(x, y=1):
    pass
h(1, 2, 3)  ### "TypeError: h\(\) takes from 1 to 2 positional arguments but 3 were given"
(lambda: 0)(1)  ### "TypeError: <lambda>\(\) takes 0 positional arguments but 1 was given"

def defaults(x=[]):
    x.append(1)
    return len(x)
assert defaults() == 1
assert defaults() == 2

def kwonly(*, key=None):
    return key
assert kwonly(key=3) == 3
kwonly(3)  ### "TypeError: kwonly\(\) takes 0 positional arguments but 1 was given"
---
# closures, nonlocal, global
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c()
assert c() == 2

total = 0
def add(x):
    global total
    total += x
add(5)
add(6)
assert total == 11

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
assert [a(10) for a in make_adders()] == [10, 11, 12]

def late():
    return [lambda: i for i in range(3)]
assert [a() for a in late()] == [2, 2, 2]

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner()
    return middle()
assert outer() == 1

def unbound():
    print(y)
    y = 1
unbound()  ### "UnboundLocalError: cannot access local variable 'y' where it is not associated with a value"

def free():
    def inner():
        return z
    inner_result = None
    try:
        inner_result = inner()
    except NameError as e:
        inner_result = str(e)
    z = 1
    return inner_result
assert free() == "cannot access free variable 'z' where it is not associated with a value in enclosing scope"

undefined_name  ### "NameError: name 'undefined_name' is not defined"
---
# decorators
def twice(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) * 2
    return wrapper

@twice
def three():
    return 3
assert three() == 6

def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco

@tag("x")
@twice
def four():
    return 4
assert four() == 8
assert four.tag == "x"
assert four.__name__ == "wrapper"
---
# recursion
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
assert fact(20) == 2432902008176640000
assert fact(30) == 265252859812191058636308480000000

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
assert fib(15) == 610

def forever(n):
    return forever(n + 1)
forever(0)  ### "RecursionError: maximum recursion depth exceeded"
---
# lambdas, sorted with keys, map/filter
pairs = [(1, "b"), (2, "a"), (0, "c")]
assert sorted(pairs, key=lambda p: p[1]) == [(2, "a"), (1, "b"), (0, "c")]
assert list(map(lambda x: x * 2, [1, 2])) == [2, 4]
assert list(filter(None, [0, 1, "", "a"])) == [1, "a"]
sq = lambda x: x ** 2
assert sq(4) == 16
assert (lambda *a, **k: (a, k))(1, b=2) == ((1,), {"b": 2})
---
# function attributes and repr
def documented():
    "The doc."
    return 1
assert documented.__doc__ == "The doc."
assert documented.__name__ == "documented"
assert documented.__qualname__ == "documented"
class K:
    def m(self):
        pass
assert K.m.__qualname__ == "K.m"
def outer2():
    def inner2():
        pass
    return inner2
assert outer2().__qualname__ == "outer2.<locals>.inner2"
1()  ### "TypeError: 'int' object is not callable"
None()  ### "TypeError: 'NoneType' object is not callable"
