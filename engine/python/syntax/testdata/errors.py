# Tests of syntax errors and unsupported constructs.
# This is a chunked file: each "---" line starts a new input. A chunk with a
# triple-hash comment holding a quoted regexp must fail with a matching error
# on that line (a "col:" before the regexp also checks the column); other
# chunks must parse.
x = 1
---
# ---- indentation ----
x = 1
    y = 2 ### 5: "^unexpected indent$"
---
if x:
  a
 b ### 2: "^unindent does not match any outer indentation level$"
---
if x:
	a
        b ### "^inconsistent use of tabs and spaces in indentation$"
---
if x:
        a
	b ### "^inconsistent use of tabs and spaces in indentation$"
---
# Tabs alone are fine, and so are comment lines at any indentation.
if x:
	a
  # a comment
	b
---
if x:
    pass
x = 3
if y:
z = 1 ### 1: "^expected an indented block after 'if' statement on line \d+$"
---
def f():
# comment

x ### "^expected an indented block after function definition on line \d+$"
---
class A:
x ### "^expected an indented block after class definition on line \d+$"
---
for x in y:
pass ### "^expected an indented block after 'for' statement on line \d+$"
---
while x:
pass ### "^expected an indented block after 'while' statement on line \d+$"
---
if x:
    pass
elif y:
pass ### "^expected an indented block after 'elif' statement on line \d+$"
---
if x:
    pass
else:
pass ### "^expected an indented block after 'else' statement on line \d+$"
---
try:
pass ### "^expected an indented block after 'try' statement on line \d+$"
---
try:
    pass
except:
pass ### "^expected an indented block after 'except' statement on line \d+$"
---
try:
    pass
finally:
pass ### "^expected an indented block after 'finally' statement on line \d+$"
---
@dec
def f():
    pass
@dec
class A:
pass ### "expected an indented block after class definition on line \d+$"
---
if x: ### "^expected an indented block after 'if' statement on line \d+$"
---
if x:
    pass
  else: ### "unindent does not match"
    pass
---
if x:
    pass
    elif y: pass ### 5: "^invalid syntax$"
---
else: pass ### 1: "^invalid syntax$"
---
@x
x = 1 ### 1: "^invalid syntax$"
---
@x
    def f(): pass ### "^unexpected indent$"
---
# Backslash continuation and implicit joining do not indent.
x = 1 + \
        2
y = (1,
  2,
      3)
if x and \
   y:
    pass
---
x = 1 \ 2 ### 8: "^unexpected character after line continuation character$"
---
# A line holding only an indented backslash sets the indentation of the
# line it continues (z is in the block); at column 0, it does not.
if x:
    y = 1
    \
z = 2
if x:
\
    y = 1
\
w = 3
---
\
 x = 1 ### "^unexpected indent$"
---
# A file may end without a newline, inside an indented block.
def f():
    return 1
---
# Form feeds, blank lines with spaces, CRLF-free comments.
  
if x:

    pass
    
---
# ---- brackets ----
x = (1, ### 5: "^'\(' was never closed$"
y = 2
---
x = [1, 2 ### 5: "^'\[' was never closed$"
---
x = {1: ### 5: "^'\{' was never closed$"
---
f(a b c) ### 3: "^invalid syntax. Perhaps you forgot a comma\?$"
---
x = [1 2] ### 6: "^invalid syntax. Perhaps you forgot a comma\?$"
---
x = (1, 2 3) ### 9: "Perhaps you forgot a comma"
---
x = {'a': 1 'b': 2} ### 11: "Perhaps you forgot a comma"
---
(] ### 2: "^closing parenthesis '\]' does not match opening parenthesis '\('$"
---
(
] ### 1: "^closing parenthesis '\]' does not match opening parenthesis '\(' on line \d+$"
---
) ### 1: "^unmatched '\)'$"
---
x = 1) ### 6: "^unmatched '\)'$"
---
# ---- print and exec ----
print "hello" ### 1: "^Missing parentheses in call to 'print'. Did you mean print\(...\)\?$"
---
print x ### "^Missing parentheses in call to 'print'"
---
exec "x = 1" ### "^Missing parentheses in call to 'exec'. Did you mean exec\(...\)\?$"
---
print("ok")
print
print, 1
---
# ---- assignment targets ----
f() = 1 ### 1: "^cannot assign to function call here. Maybe you meant '==' instead of '='\?$"
---
1 = x ### 1: "^cannot assign to literal here. Maybe you meant '==' instead of '='\?$"
---
"s" = x ### "^cannot assign to literal here"
---
x + 1 = 2 ### "^cannot assign to expression here. Maybe you meant '==' instead of '='\?$"
---
-a = 1 ### "^cannot assign to expression here"
---
... = 1 ### "^cannot assign to ellipsis here"
---
{} = 1 ### "^cannot assign to dict literal here"
---
{1} = 1 ### "^cannot assign to set display here"
---
f"{x}" = 1 ### "^cannot assign to f-string expression here"
---
[x for x in y] = 1 ### "^cannot assign to list comprehension here"
---
None = 1 ### 1: "^cannot assign to None$"
---
True = 1 ### "^cannot assign to True$"
---
x = 1 = 2 ### 5: "^cannot assign to literal$"
---
f() = g() = 1 ### 1: "^cannot assign to function call$"
---
(a, f()) = x ### 5: "^cannot assign to function call$"
---
[a, [b, 1]] = x ### 9: "^cannot assign to literal$"
---
a, *b, *c = x ### 1: "^multiple starred expressions in assignment$"
---
*a = 1 ### 1: "^starred assignment target must be in a list or tuple$"
---
a, *f() = x ### 5: "^cannot assign to function call$"
---
lambda: 1 = 2 ### "^cannot assign to lambda$"
---
a if b else c = 1 ### "^cannot assign to conditional expression$"
---
a < b = 1 ### "^cannot assign to comparison$"
---
not a = 1 ### "^cannot assign to expression$"
---
a and b = 1 ### "^cannot assign to expression$"
---
(x for x in y) = 1 ### "^cannot assign to generator expression$"
---
x[1:2] = y
x.a, x[0], (y, [z, *w]) = v
() = []
[] = ()
a = b = c = 1
x, = y
*a, b = c
---
f() += 1 ### 1: "^'function call' is an illegal expression for augmented assignment$"
---
(a, b) += 1 ### 1: "^'tuple' is an illegal expression for augmented assignment$"
---
[a] -= 1 ### "^'list' is an illegal expression for augmented assignment$"
---
x += 1
x.a -= 2
x[0] *= 3
x /= 4
x //= 5
x %= 6
x **= 7
x &= 8
x |= 9
x ^= 10
x <<= 11
x >>= 12
x @= 13
---
x: int, y = 1 ### 7: "^invalid syntax$"
---
(x, y): int = 1 ### 1: "^only single target \(not tuple\) can be annotated$"
---
x, y: int ### "^only single target \(not tuple\) can be annotated$"
---
[x]: int = 1 ### "^only single target \(not list\) can be annotated$"
---
f(): int = 1 ### 1: "^illegal target for annotation$"
---
x: int
y: "str" = 1
z.a: int = 2
z[0]: list = []
---
del f() ### 5: "^cannot delete function call$"
---
del *a ### 5: "^cannot delete starred$"
---
del a, 1 ### 8: "^cannot delete literal$"
---
del x, (y, z), [w], a.b, c[0]
del x,
---
for f() in x: pass ### 5: "^cannot assign to function call$"
---
for 1 in x: pass ### 5: "^cannot assign to literal$"
---
[x for 1 in y] ### 8: "^cannot assign to literal$"
---
x = *a ### 5: "^can't use starred expression here$"
---
*a ### 1: "^can't use starred expression here$"
---
return *a ### "'return' outside function"
---
def f():
    return *a ### 12: "^can't use starred expression here$"
---
(*a) ### 2: "^cannot use starred expression here$"
---
a[*b] ### 3: "^can't use starred expression here$"
---
x = *a, *b
print(*a, *b)
y = [*a, *b]
z = {*a, *b}
w = (*a, *b)
for x in *a, *b:
    pass
---
# ---- conditions ----
if x = 1: ### 4: "^invalid syntax. Maybe you meant '==' or ':=' instead of '='\?$"
    pass
---
while x = 1: ### "Maybe you meant '==' or ':='"
    pass
---
if x:
    pass
else if y: ### 6: "^expected ':'$"
    pass
---
def f() ### 8: "^expected ':'$"
    pass
---
class A ### 8: "^expected ':'$"
    pass
---
for x in y ### "^expected ':'$"
    pass
---
x = 1 if 2 ### 5: "^expected 'else' after 'if' expression$"
---
[x if y for x in z] ### 2: "^expected 'else' after 'if' expression$"
---
x = a if b else c if d else e
---
# ---- context errors ----
return 1 ### 1: "^'return' outside function$"
---
break ### 1: "^'break' outside loop$"
---
continue ### 1: "^'continue' not properly in loop$"
---
nonlocal x ### 1: "^nonlocal declaration not allowed at module level$"
---
def f():
    class A:
        return 1 ### 9: "^'return' outside function$"
---
for x in y:
    def f():
        break ### "^'break' outside loop$"
---
for x in y:
    pass
else:
    break ### "^'break' outside loop$"
---
while True:
    if x:
        break
    try:
        continue
    finally:
        continue
else:
    pass
---
def f(): from x import * ### 24: "^import \* only allowed at module level$"
---
def f():
    def g():
        nonlocal x
        global y
        return lambda: x
---
# ---- calls ----
f(a=1, b) ### 8: "^positional argument follows keyword argument$"
---
f(**k, b) ### 8: "^positional argument follows keyword argument unpacking$"
---
f(**k, *a) ### 8: "^iterable argument unpacking follows keyword argument unpacking$"
---
f(a for a in b, c) ### 3: "^Generator expression must be parenthesized$"
---
f(c, a for a in b) ### 6: "^Generator expression must be parenthesized$"
---
f(a for a in b,) ### "^Generator expression must be parenthesized$"
---
class A(x for x in y): pass ### "^Generator expression must be parenthesized$"
---
f(a=1, a=2) ### 8: "^keyword argument repeated: a$"
---
f(x=) ### 5: "^expected argument value expression$"
---
f(1=2) ### 3: "^expression cannot contain assignment, perhaps you meant \"==\"\?$"
---
f(a.b=1) ### 3: "^expression cannot contain assignment"
---
f(True=1) ### 3: "^cannot assign to True$"
---
f(*) ### 4: "^invalid syntax$"
---
f(**) ### 5: "^invalid syntax$"
---
f(*a for a in b) ### 3: "^iterable unpacking cannot be used in comprehension$"
---
f(a, *b, c, d=1, *e, f=2, **g, h=3)
f(x for x in y)
f(x for x in y)(1)
sum((x for x in y), 0)
f()
f(a,)
f(*a,)
f(**k,)
---
# ---- displays ----
[x, y for x in z] ### 2: "^did you forget parentheses around the comprehension target\?$"
---
{**a for a in b} ### 1: "^dict unpacking cannot be used in dict comprehension$"
---
[*a for a in b] ### 2: "^iterable unpacking cannot be used in comprehension$"
---
{1: 2, 3} ### 8: "^':' expected after dictionary key$"
---
{1, 2: 3} ### 6: "^invalid syntax$"
---
{*a: 1} ### 4: "^invalid syntax$"
---
a[] ### 3: "^invalid syntax$"
---
x = ( ### "was never closed"
---
x = () + [] + {}
x = (1,) + [1,] + {1,} + {1: 2,}
x = [[1, 2], (3, 4), {5: 6}, {7}]
---
# ---- def, lambda ----
def f(a=1, b): pass ### 12: "^non-default argument follows default argument$"
---
def f(*): pass ### 7: "^named arguments must follow bare \*$"
---
def f(*, **k): pass ### 7: "^named arguments must follow bare \*$"
---
lambda *: 1 ### 8: "^named arguments must follow bare \*$"
---
def f(**k, a): pass ### 12: "^arguments cannot follow var-keyword argument$"
---
def f(*a=1): pass ### 9: "^var-positional argument cannot have default value$"
---
def f(**a=1): pass ### "^var-keyword argument cannot have default value$"
---
def f(*a, *b): pass ### 11: "^\* argument may appear only once$"
---
def f(a, a): pass ### 10: "^duplicate argument 'a' in function definition$"
---
lambda a, a: 1 ### 11: "^duplicate argument 'a' in function definition$"
---
def f(/): pass ### 7: "^at least one argument must precede /$"
---
def f(a, /, b, /): pass ### 16: "^/ may appear only once$"
---
def f(*, a, /): pass ### 13: "^/ must be ahead of \*$"
---
def pass(): pass ### 5: "^invalid syntax$"
---
def f: pass ### 6: "^expected '\('$"
---
def f(a, /, b: int = 1, *args: str, c, d=2, **kwargs: dict) -> None:
    pass
def g(a, b=1, *, c, d=2): pass
f = lambda: 0
g = lambda a, b=1, *c, d, e=2, **f: a
---
# ---- try ----
try:
    pass
x = 1 ### 1: "^expected 'except' or 'finally' block$"
---
try:
    pass
except A, B: ### 8: "^multiple exception types must be parenthesized$"
    pass
---
try:
    pass
except A as e.x: ### 14: "^expected ':'$"
    pass
---
try:
    pass
except* A: ### 1: "^`except\*` is not supported$"
    pass
---
try:
    pass
except: ### 1: "^default 'except:' must be last$"
    pass
except A:
    pass
---
try:
    pass
else: ### "^expected 'except' or 'finally' block$"
    pass
---
try:
    pass
except (A, B) as e:
    pass
except C:
    pass
except:
    pass
else:
    pass
finally:
    pass
---
# ---- imports ----
from . import x ### 6: "^relative imports are not supported$"
---
from .. import x ### 6: "^relative imports are not supported$"
---
from x import a, ### 17: "^trailing comma not allowed without surrounding parentheses$"
---
import a, ### 10: "^invalid syntax$"
---
from x import ### "^invalid syntax$"
---
from x import (a, b ### "was never closed"
---
import if ### 8: "^invalid syntax$"
---
import a.b.c as d, e
from x.y import a as b, c
from x import (a,
               b as c,)
from x import *
---
# ---- unsupported constructs ----
async def f(): pass ### 1: "^`async def` is not supported$"
---
async for x in y: pass ### 1: "^`async for` is not supported$"
---
async with x: pass ### 1: "^`async with` is not supported$"
---
await x ### 1: "^`await` is not supported$"
---
def f():
    return await g() ### 12: "^`await` is not supported$"
---
with (a, b): ### 6: "^parenthesized context managers are not supported$"
    pass
---
with a as f(): ### 11: "^cannot assign to function call$"
    pass
---
with a as b, : ### 14: "^invalid syntax$"
    pass
---
def f():
    yield 1
    x = yield
    x = (yield)
    yield from g()
    x = yield 1, 2
    x = yield *a, 2
    x += yield 3
    x: int = yield 4
    f((yield))
    return [x for x in (yield)]
g = lambda: (yield)
def f():
    def g(x=(yield)): pass
    class A:
        def h(self):
            yield
---
yield 1 ### 1: "^'yield' outside function$"
---
class A:
    x = yield 1 ### 9: "^'yield' outside function$"
---
def f(x=(yield)): pass ### 10: "^'yield' outside function$"
---
def f():
    class A:
        x = yield 1 ### 13: "^'yield' outside function$"
---
x = [(yield y) for y in z] ### 7: "^'yield' inside list comprehension$"
---
def f():
    return {(yield y) for y in z} ### 14: "^'yield' inside set comprehension$"
---
def f():
    return {y: (yield y) for y in z} ### 17: "^'yield' inside dict comprehension$"
---
def f():
    return ((yield y) for y in z) ### 14: "^'yield' inside generator expression$"
---
def f():
    return [x for y in z for x in (yield y)] ### 36: "^'yield' inside list comprehension$"
---
def f():
    return [[x for x in (yield)] for y in z] ### 26: "^'yield' inside list comprehension$"
---
def f():
    yield x = 3 ### 5: "^assignment to yield expression not possible$"
---
def f():
    x = yield = 3 ### 9: "^assignment to yield expression not possible$"
---
def f():
    print(yield 1) ### 11: "^invalid syntax$"
---
def f():
    f(x=yield) ### 9: "^invalid syntax$"
---
def f():
    x = 1 + yield 2 ### 13: "^invalid syntax$"
---
def f():
    yield from ### 15: "^invalid syntax$"
---
match x: ### 1: "^`match` statements are not supported$"
    case 1:
        pass
---
match (x): ### "^`match` statements are not supported$"
    case _:
        pass
---
# match and case are ordinary names elsewhere
match = 1
match.x = 2
match(x)
case = match
---
type X = int ### 1: "^`type` statements are not supported$"
---
type = 1
type(x).__name__
---
x := 1 ### 3: "^invalid syntax$"
---
if (n := len(a)) > 10:
    pass
---
f(x:=1)
---
[y for x in z if (y := x)]
---
x = (a.b := 1) ### 10: "invalid syntax"
---
x = 1j ### 5: "^complex numbers are not supported$"
---
x = 1.5J ### "^complex numbers are not supported$"
---
[x async for x in y] ### 4: "^`async for` is not supported$"
---
# ---- numbers ----
x = 0777 ### 5: "^leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers$"
---
x = 1__0 ### "^invalid decimal literal$"
---
x = 1_ ### "^invalid decimal literal$"
---
x = 0x ### "^invalid hexadecimal literal$"
---
x = 0x_ ### "^invalid hexadecimal literal$"
---
x = 0xfg ### "^invalid hexadecimal literal$"
---
x = 0b12 ### 8: "^invalid digit '2' in binary literal$"
---
x = 0o8 ### 7: "^invalid digit '8' in octal literal$"
---
x = 1e ### "^invalid decimal literal$"
---
x = 1e+ ### "^invalid decimal literal$"
---
x = 1._5 ### "^invalid decimal literal$"
---
x = 1abc ### "^invalid decimal literal$"
---
x = 0, 00, 0_0, 1_000, 0x_ff, 0XFF, 0o17, 0O17, 0b101, 0B1_0
y = 1., .5, 1.5, 1e5, 1E-5, 1.5e+3, 09.5, 0e0, 1_0.0_1e1_0, 1e400
z = 123456789012345678901234567890, 0xffffffffffffffffff
---
# ---- strings ----
x = 'abc ### 5: "^unterminated string literal \(detected at line \d+\)$"
---
x = """abc ### 5: "^unterminated triple-quoted string literal \(detected at line \d+\)$"
---
x = ''' ### 5: "^unterminated triple-quoted string literal \(detected at line \d+\)$"
abc
---
x = '\x1' ### 6: "^truncated \\xXX escape$"
---
x = '\u12' ### 6: "^truncated \\uXXXX escape$"
---
x = '\U0011ffff' ### 6: "^illegal Unicode character$"
---
x = 'ok \N{DASH}' ### 9: "^\\N\{...\} escapes are not supported$"
---
x = b'é' ### 7: "^bytes can only contain ASCII literal characters$"
---
x = "a" b"b" ### 9: "^cannot mix bytes and nonbytes literals$"
---
x = f"a" b"b" ### 10: "^cannot mix bytes and nonbytes literals$"
---
x = ur"a" ### 5: "^invalid string prefix 'ur'$"
---
x = bf"a" ### 5: "^invalid string prefix 'bf'$"
---
x = t"a" ### 5: "^invalid string prefix 't'$"
---
x = 'a' "b" '''c''' """d""" r'\e' R"\f" u'g' U"h"
x = b'i' B"j" rb'\k' Rb"l" bR'm' BR"n"
y = 'a\n\t\\\'\"\r\0\a\b\f\v\101\x41\u0041\U00000041\q'
z = 'line\
continued'
w = b'\xff\777\u1234'
v = "it's" 'say "hi"' r'\'' "\{"
---
# ---- f-strings ----
x = f"{}" ### 8: "^f-string: empty expression not allowed$"
---
x = f"{ }" ### "^f-string: empty expression not allowed$"
---
x = f"{x!z}" ### 10: "^f-string: invalid conversion character: expected 's', 'r', or 'a'$"
---
x = f"{x!}" ### 10: "^f-string: invalid conversion character"
---
x = f"{x!r }" ### 11: "^f-string: expecting '}'$"
---
x = f"{x:{y:{z}}}" ### 13: "^f-string: expressions nested too deeply$"
---
x = f"{#}" ### 8: "^f-string expression part cannot include '#'$"
---
x = f"{a\n}" ### 9: "^f-string expression part cannot include a backslash$"
---
x = f"}" ### 7: "^f-string: single '}' is not allowed$"
---
x = f"{" ### "^f-string: expecting '}'$"
---
x = f"{x" ### "^f-string: expecting '}'$"
---
x = f"{x(}" ### 10: "^f-string: closing parenthesis '}' does not match opening parenthesis '\('$"
---
x = f"{x)}" ### 9: "^f-string: unmatched '\)'$"
---
x = f"{x(]}" ### 10: "^f-string: closing parenthesis '\]' does not match opening parenthesis '\('$"
---
x = f"{a b}" ### 8: "^f-string: invalid syntax. Perhaps you forgot a comma\?$"
---
x = f"{a +}" ### 11: "^f-string: invalid syntax$"
---
x = f"{*a}" ### 8: "^f-string: cannot use starred expression here$"
---
x = f"{x['a}" ### "^f-string: unterminated string$"
---
x = f"ok {a} {b + 1j}" ### 19: "^f-string: complex numbers are not supported$"
---
x = f"""
  {a}
  {b + c d} ### 4: "^f-string: invalid syntax. Perhaps you forgot a comma\?$"
"""
---
x = f"{a:{b c}}" ### 11: "^f-string: invalid syntax. Perhaps you forgot a comma\?$"
---
x = f"{f'{1 +}'}" ### 14: "^f-string: invalid syntax$"
---
x = f'\N{DASH} {x}' ### 7: "^\\N\{...\} escapes are not supported$"
---
x = f"{yield}" ### 8: "^'yield' outside function$"
---
x = f"{x:=1}"
y = f"{x!r:>{width}.{prec}} {x=} {x = !s} {x=:>4} {{literal}} {a['k']} {b!a}"
z = f"a" "b" f"{c}" rf"\d{d}" F"{e:{f}}" fR'{g}'
w = f"{x if y else z}" f"{[a for a in b]}" f"{ {'a': 1}['a'] }" f"{a, b}"
v = f"{a!=b} {a==b} {a<=b} {a>=b} {a<b} {lambda_ + 1}" f''
u = f"""{
    x
}"""
---
# ---- other syntax errors ----
x = ### 4: "^invalid syntax$"
---
x + ### 4: "^invalid syntax$"
---
x = 1 2 ### 7: "^invalid syntax$"
---
x = $a ### 5: "^invalid syntax$"
---
x = a! ### 6: "^invalid syntax$"
---
a <> b ### 4: "^invalid syntax$"
---
x = € ### 5: "^invalid character '€' \(U\+20AC\)$"
---
x = 1 ### 6: "^invalid non-printable character U\+00A0$"
---
x.if ### 3: "^invalid syntax$"
---
x = 1 +* 2 ### 8: "^invalid syntax$"
---
x = not ### 8: "^invalid syntax$"
---
x = a not b ### 7: "^invalid syntax$"
---
x = lambda x y: 1 ### 14: "^invalid syntax$"
---
assert ### 7: "^invalid syntax$"
---
global ### 7: "^invalid syntax$"
---
class A(a=1, a=2): pass ### 14: "^keyword argument repeated: a$"
---
if True: if False: pass ### 10: "^invalid syntax$"
---
x = 1; if y: pass ### 8: "^invalid syntax$"
---
x = 1;
y = 2; z = 3
---
# The first error wins, whatever phase finds it.
x = (1 2) ### 6: "Perhaps you forgot a comma"
y = 'unterminated
---
f() = 1 $ ### 1: "^cannot assign to function call here"
---
# ---- limits ----
x = a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a
y = a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a
z = f()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()
---
x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
---
x = (((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) ### 105: "^too deeply nested \(more than 100 levels\)$"
---
x = ----------------------------------------------------------------------------------------------------1
---
x = -----------------------------------------------------------------------------------------------------1 ### 105: "^too deeply nested \(more than 100 levels\)$"
---
x = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not x ### "^too deeply nested"
---
x = lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: lambda: 1 ### "^too deeply nested"
---
x = 2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2**2 ### "^too deeply nested"
---
x = a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else c ### "^too deeply nested"
---
x = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f())))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) ### "^too deeply nested"
---
x = a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[a[0]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] ### "^too deeply nested"
---
x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] ### "^too deeply nested"
---
x = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}} ### "^too deeply nested"
---
x = ------------------------------------------------------------((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))) ### "^too deeply nested"
---
x = a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a ### 5: "^expression too complex \(nested more than 1000 levels deep\)$"
---
x = a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a ### 5: "^expression too complex \(nested more than 1000 levels deep\)$"
---
x = f()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()() ### 5: "^expression too complex \(nested more than 1000 levels deep\)$"
---
if x:
 if x:
  if x:
   if x:
    if x:
     if x:
      if x:
       if x:
        if x:
         if x:
          if x:
           if x:
            if x:
             if x:
              if x:
               if x:
                if x:
                 if x:
                  if x:
                   if x:
                    if x:
                     if x:
                      if x:
                       if x:
                        if x:
                         if x:
                          if x:
                           if x:
                            if x:
                             if x:
                              if x:
                               if x:
                                if x:
                                 if x:
                                  if x:
                                   if x:
                                    if x:
                                     if x:
                                      if x:
                                       if x:
                                        if x:
                                         if x:
                                          if x:
                                           if x:
                                            if x:
                                             if x:
                                              if x:
                                               if x:
                                                if x:
                                                 if x:
                                                  if x:
                                                   if x:
                                                    if x:
                                                     if x:
                                                      if x:
                                                       if x:
                                                        if x:
                                                         if x:
                                                          if x:
                                                           if x:
                                                            if x:
                                                             if x:
                                                              if x:
                                                               if x:
                                                                if x:
                                                                 if x:
                                                                  if x:
                                                                   if x:
                                                                    if x:
                                                                     if x:
                                                                      if x:
                                                                       if x:
                                                                        if x:
                                                                         if x:
                                                                          if x:
                                                                           if x:
                                                                            if x:
                                                                             if x:
                                                                              if x:
                                                                               if x:
                                                                                if x:
                                                                                 if x:
                                                                                  if x:
                                                                                   if x:
                                                                                    if x:
                                                                                     if x:
                                                                                      if x:
                                                                                       if x:
                                                                                        if x:
                                                                                         if x:
                                                                                          if x:
                                                                                           if x:
                                                                                            if x:
                                                                                             if x:
                                                                                              if x:
                                                                                               if x:
                                                                                                if x:
                                                                                                 if x:
                                                                                                  if x:
                                                                                                   if x:
                                                                                                    pass
---
if x:
 if x:
  if x:
   if x:
    if x:
     if x:
      if x:
       if x:
        if x:
         if x:
          if x:
           if x:
            if x:
             if x:
              if x:
               if x:
                if x:
                 if x:
                  if x:
                   if x:
                    if x:
                     if x:
                      if x:
                       if x:
                        if x:
                         if x:
                          if x:
                           if x:
                            if x:
                             if x:
                              if x:
                               if x:
                                if x:
                                 if x:
                                  if x:
                                   if x:
                                    if x:
                                     if x:
                                      if x:
                                       if x:
                                        if x:
                                         if x:
                                          if x:
                                           if x:
                                            if x:
                                             if x:
                                              if x:
                                               if x:
                                                if x:
                                                 if x:
                                                  if x:
                                                   if x:
                                                    if x:
                                                     if x:
                                                      if x:
                                                       if x:
                                                        if x:
                                                         if x:
                                                          if x:
                                                           if x:
                                                            if x:
                                                             if x:
                                                              if x:
                                                               if x:
                                                                if x:
                                                                 if x:
                                                                  if x:
                                                                   if x:
                                                                    if x:
                                                                     if x:
                                                                      if x:
                                                                       if x:
                                                                        if x:
                                                                         if x:
                                                                          if x:
                                                                           if x:
                                                                            if x:
                                                                             if x:
                                                                              if x:
                                                                               if x:
                                                                                if x:
                                                                                 if x:
                                                                                  if x:
                                                                                   if x:
                                                                                    if x:
                                                                                     if x:
                                                                                      if x:
                                                                                       if x:
                                                                                        if x:
                                                                                         if x:
                                                                                          if x:
                                                                                           if x:
                                                                                            if x:
                                                                                             if x:
                                                                                              if x:
                                                                                               if x:
                                                                                                if x:
                                                                                                 if x:
                                                                                                  if x:
                                                                                                   if x:
                                                                                                    if x:
                                                                                                     pass ### "^too deeply nested"
---
x = f"{f'{1}'}" f"""{f'''{f"{1}"}'''}"""
---
return 1
f(1 2) ### 3: "^invalid syntax. Perhaps you forgot a comma\?$"
---
f(a=1, a=2)
g(b=1, b=2)
h(1 2) ### 3: "^invalid syntax. Perhaps you forgot a comma\?$"
---
x = f"{g(a=1, a=2)}" ### 15: "^keyword argument repeated: a$"
