import functools
from functools import partial, reduce, wraps, total_ordering, cached_property, lru_cache
def f(a, b=0, c=0):
    """doc f"""
    return a + b + c
p = partial(f, 1, b=2)
print(p(c=3), p.func is f, p.args, p.keywords)
print(reduce(lambda x, y: x * y, [1, 2, 3, 4]), reduce(lambda x, y: x + y, [], 10))
try:
    reduce(lambda x, y: x, [])
except TypeError as e:
    print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
g = deco(f)
print(g.__name__, g.__doc__, g.__wrapped__ is f, g(1, 2))
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0))
class C:
    calls = 0
    @cached_property
    def x(self):
        C.calls += 1
        return 42
c = C()
print(c.x, c.x, C.calls, c.__dict__)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info().hits > 0)
@functools.cache
def sq(n): return n * n
print(sq(3), sq(3), sq.__name__)
try:
    total_ordering(type('X', (), {}))
except ValueError as e:
    print(e)

# output:
# 6 True (1,) {'b': 2}
# 24 10
# reduce() of empty iterable with no initial value
# f doc f True 3
# True False True False
# 42 42 1 {'x': 42}
# 832040 True
# 9 9 sq
# must define at least one ordering operation: < > <= >=

---
import json
d = {"b": [1, 2.5, None, True], "a": {"x": "é\n\"q\"", "y": []}, "c": {}, 3: 1.0, None: 1e20, False: float('nan')}
print(json.dumps(d))
print(json.dumps(d, indent=2))
print(json.dumps(d, indent="\t", separators=(",", "=")))
print(json.dumps([1, [2, {"k": (3, 4)}]], indent=0))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps("😀 é", ensure_ascii=False), json.dumps("😀 é\x7f\x01"))
print(json.dumps({"x": 1}, separators=(",", ":")))
import decimal, datetime
for bad in [decimal.Decimal("1.5"), {1, 2}, datetime.date(2024, 1, 2), {(1, 2): 3}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(e)
print(json.dumps({"when": datetime.date(2024, 1, 2)}, default=str))
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps(12345678901234567890), json.dumps(-0.0), json.dumps(1/3))
print(json.loads('1.5', parse_float=decimal.Decimal))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
print(json.dumps({(1, 2): 3}, skipkeys=True))

# output:
# {"b": [1, 2.5, null, true], "a": {"x": "\u00e9\n\"q\"", "y": []}, "c": {}, "3": 1.0, "null": 1e+20, "false": NaN}
# {
#   "b": [
#     1,
#     2.5,
#     null,
#     true
#   ],
#   "a": {
#     "x": "\u00e9\n\"q\"",
#     "y": []
#   },
#   "c": {},
#   "3": 1.0,
#   "null": 1e+20,
#   "false": NaN
# }
# {
# 	"b"=[
# 		1,
# 		2.5,
# 		null,
# 		true
# 	],
# 	"a"={
# 		"x"="\u00e9\n\"q\"",
# 		"y"=[]
# 	},
# 	"c"={},
# 	"3"=1.0,
# 	"null"=1e+20,
# 	"false"=NaN
# }
# [
# 1,
# [
# 2,
# {
# "k": [
# 3,
# 4
# ]
# }
# ]
# ]
# {"a": 2, "b": 1}
# "😀 é" "\ud83d\ude00 \u00e9\u007f\u0001"
# {"x":1}
# Object of type Decimal is not JSON serializable
# Object of type set is not JSON serializable
# Object of type date is not JSON serializable
# keys must be str, int, float, bool or None, not tuple
# {"when": "2024-01-02"}
# Circular reference detected
# 12345678901234567890 -0.0 0.3333333333333333
# 1.5
# ['a']
# {}

---
import json
for s in ['', ' ', '[', '{', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":1 "b":2}', '[1 2]', '{1:2}', '"abc', '"a\\qb"', '"a\\u12"', '"a\\u12zz"', '"a\nb"', '[1] x', '-', '-x', 'tru', '1.', '1e', '01', '{"a":}', '[1,', '{"a":1,', 'nul', '\ufeff1', '"\\', '{"a"', '[-]']:
    try:
        print(repr(s), '->', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'E', e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "x\\u00e9\\n\\ud83d\\ude00"], "b": {}}'))
print(json.loads('[NaN, Infinity, -Infinity, 1E400, 12345678901234567890]'))
try: json.loads(5)
except TypeError as e: print(e)
try: json.loads('[1,\n  2,\n x]')
except ValueError as e: print(type(e).__name__, e, e.msg, e.lineno, e.colno)

# output:
# '' E Expecting value: line 1 column 1 (char 0) 0 1 1
# ' ' E Expecting value: line 1 column 2 (char 1) 1 1 2
# '[' E Expecting value: line 1 column 2 (char 1) 1 1 2
# '{' E Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 1 2
# '[1,]' E Expecting value: line 1 column 4 (char 3) 3 1 4
# '{"a":1,}' E Expecting property name enclosed in double quotes: line 1 column 8 (char 7) 7 1 8
# '{"a" 1}' E Expecting ':' delimiter: line 1 column 6 (char 5) 5 1 6
# '{"a":1 "b":2}' E Expecting ',' delimiter: line 1 column 8 (char 7) 7 1 8
# '[1 2]' E Expecting ',' delimiter: line 1 column 4 (char 3) 3 1 4
# '{1:2}' E Expecting property name enclosed in double quotes: line 1 column 2 (char 1) 1 1 2
# '"abc' E Unterminated string starting at: line 1 column 1 (char 0) 0 1 1
# '"a\\qb"' E Invalid \escape: line 1 column 3 (char 2) 2 1 3
# '"a\\u12"' E Invalid \uXXXX escape: line 1 column 4 (char 3) 3 1 4
# '"a\\u12zz"' E Invalid \uXXXX escape: line 1 column 4 (char 3) 3 1 4
# '"a\nb"' E Invalid control character at: line 1 column 3 (char 2) 2 1 3
# '[1] x' E Extra data: line 1 column 5 (char 4) 4 1 5
# '-' E Expecting value: line 1 column 1 (char 0) 0 1 1
# '-x' E Expecting value: line 1 column 1 (char 0) 0 1 1
# 'tru' E Expecting value: line 1 column 1 (char 0) 0 1 1
# '1.' E Extra data: line 1 column 2 (char 1) 1 1 2
# '1e' E Extra data: line 1 column 2 (char 1) 1 1 2
# '01' E Extra data: line 1 column 2 (char 1) 1 1 2
# '{"a":}' E Expecting value: line 1 column 6 (char 5) 5 1 6
# '[1,' E Expecting value: line 1 column 4 (char 3) 3 1 4
# '{"a":1,' E Expecting property name enclosed in double quotes: line 1 column 8 (char 7) 7 1 8
# 'nul' E Expecting value: line 1 column 1 (char 0) 0 1 1
# '\ufeff1' E Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0) 0 1 1
# '"\\' E Unterminated string starting at: line 1 column 1 (char 0) 0 1 1
# '{"a"' E Expecting ':' delimiter: line 1 column 5 (char 4) 4 1 5
# '[-]' E Expecting value: line 1 column 2 (char 1) 1 1 2
# {'a': [1, 2.5, -300.0, True, False, None, 'xé\n😀'], 'b': {}}
# [nan, inf, -inf, inf, 12345678901234567890]
# the JSON object must be str, bytes or bytearray, not int
# JSONDecodeError Expecting value: line 3 column 2 (char 10) Expecting value 3 2

---
import re
m = re.search(r'(\d+)-(?P<n>\w+)', 'é 12-ab€ z')
print(m, m[0], m[1], m['n'], m.start('n'), m.end(), m.string, m.re, m.pos)
print(re.match(r'\w+', 'x y', re.I), re.compile(r'[\w-]+').findall('a-b c_d é'), re.findall(r'\s+', 'a \t\x0bb'))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', 'on 2024-03!'), re.split(r'[,;]\s*', 'a, b;c'))
p = re.compile(r'^\s*(\w+)\s*$', re.M)
print(p.findall('  ab \ncd\n'), p.flags, p.groups, p.groupindex, p.pattern)
print(re.compile(r'a.b', re.S).match('a\nb'), re.compile('A', re.IGNORECASE).search('xa'))
print(re.findall(r'\bcat\b', 'cat concat cat'), re.sub(r'\s+', ' ', '  a   b  ').strip())
print(re.compile(r'x\Z').search('ax'), bool(re.match('a', 'a')), re.compile('a').search('bba', 1, 3))
print(re.match(r'(a)|b', 'b').groups(), re.match(r'(a)|b', 'b').groups('-'), re.match(r'(?P<a>x)?y', 'y').groupdict())
p2 = re.compile(r'\d+')
print(p2.sub(lambda m: str(int(m.group()) * 2), 'a1b22'), p2.sub('#', 'a1b2', count=1), re.subn(r'\d', '', 'a1b2'))
print(type(re.compile('a')), type(re.match('a', 'a')), re.compile('a') == re.compile('a'))
print(re.findall(r'(?x) a  b  # comment', 'ab'), re.search(r'[^\d\s]+', '12 ab'))
try:
    re.search('a', 5)
except TypeError as e:
    print(e)

# output:
# <re.Match object; span=(2, 7), match='12-ab'> 12-ab 12 ab 5 7 é 12-ab€ z re.compile('(\\d+)-(?P<n>\\w+)') 0
# <re.Match object; span=(0, 1), match='x'> ['a-b', 'c_d', 'é'] [' \t\x0b']
# on 03/2024! ['a', 'b', 'c']
# ['ab', 'cd'] 40 1 {} ^\s*(\w+)\s*$
# <re.Match object; span=(0, 3), match='a\nb'> <re.Match object; span=(1, 2), match='a'>
# ['cat', 'cat'] a b
# <re.Match object; span=(1, 2), match='x'> True <re.Match object; span=(2, 3), match='a'>
# (None,) ('-',) {'a': None}
# a2b44 a#b2 ('ab', 2)
# <class 're.Pattern'> <class 're.Match'> True
# ['ab'] <re.Match object; span=(3, 5), match='ab'>
# expected string or bytes-like object, got 'int'

---
import re
for p in ['(', ')', '*', 'a**', '[a', '[b-a]', '\\q', 'a{2,1}', '(?z)', 'a(b', 'a\n(']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), type(e).__name__, e, '|', e.msg, e.pos)
print(repr(re.compile('a+')), repr(re.compile('a', re.I|re.M)), re.compile('a').flags, re.compile('a', re.X).flags)
m = re.search(r'(?P<word>\w+)\s(\d+)?', 'hé llo 42 x')
print(m, m.group(), m.group(1), m.groups(), m.groupdict(), m.span(), m.start(2), m.lastindex, m.lastgroup)
print(re.sub('x*', '-', 'abxd'), re.split(r'\b', 'a b'), re.findall(r'(\w)(\d)?', 'a1 b'), re.split(r'(,)', 'a,b,c', maxsplit=1))
print(re.sub(r'(?P<a>\w)(\d)', r'\2\g<a>\n|\g<2>', 'a1 b2'), re.subn('a', lambda m: m.group().upper(), 'banana'))
print(re.escape('a.b c-d_é'), re.fullmatch('a+', 'aaa'), re.fullmatch('a+', 'aab'), re.match('b', 'ab'))
try: re.sub('a', r'\q', 'a')
except re.error as e: print(e)
try: re.sub('a', r'\2', 'a')
except re.error as e: print(e)
try: re.search('(a)', 'a').group(3)
except IndexError as e: print(e)
print([m.span() for m in re.finditer(r'\d+', 'a12b345')], re.findall('', 'ab'))
print(re.compile(r'''(\d+) # number
   \s* ([a-z]+)''', re.X).findall('12 ab, 3c'), re.search('(?i)ABC', 'xabc'), re.I, re.IGNORECASE | re.S)

# output:
# '(' error missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0
# ')' error unbalanced parenthesis at position 0 | unbalanced parenthesis 0
# '*' error nothing to repeat at position 0 | nothing to repeat 0
# 'a**' error multiple repeat at position 2 | multiple repeat 2
# '[a' error unterminated character set at position 0 | unterminated character set 0
# '[b-a]' error bad character range b-a at position 1 | bad character range b-a 1
# '\\q' error bad escape \q at position 0 | bad escape \q 0
# 'a{2,1}' error min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2
# '(?z)' error unknown extension ?z at position 1 | unknown extension ?z 1
# 'a(b' error missing ), unterminated subpattern at position 1 | missing ), unterminated subpattern 1
# 'a\n(' error missing ), unterminated subpattern at position 2 (line 2, column 1) | missing ), unterminated subpattern 2
# re.compile('a+') re.compile('a', re.IGNORECASE|re.MULTILINE) 32 96
# <re.Match object; span=(0, 3), match='hé '> hé  hé ('hé', None) {'word': 'hé'} (0, 3) -1 1 word
# -a-b--d- ['', 'a', ' ', 'b', ''] [('a', '1'), ('b', '')] ['a', ',', 'b,c']
# 1a
# |1 2b
# |2 ('bAnAnA', 3)
# a\.b\ c\-d_é <re.Match object; span=(0, 3), match='aaa'> None None
# bad escape \q at position 0
# invalid group reference 2 at position 1
# no such group
# [(1, 3), (4, 7)] ['', '', '']
# [('12', 'ab'), ('3', 'c')] <re.Match object; span=(1, 4), match='abc'> re.IGNORECASE re.IGNORECASE|re.DOTALL

---
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
import collections, json
Point = namedtuple('Point', 'x y')
P3 = namedtuple('P3', ['x', 'y', 'z'], defaults=[0])
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), isinstance(p, tuple), len(p))
x, y = p
print(x, y, p._fields, p._asdict(), p._replace(x=5), Point._make([3, 4]), P3(1, 2), P3._field_defaults, type(p), Point)
print(list(p), p + (3,), p[:1], sorted([Point(2, 1), Point(1, 5)]), {p: 1}[Point(1, 2)], p.index(2), p.count(1))
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__)
    print(e)
try:
    namedtuple('Bad', 'x _y')
except ValueError as e:
    print(e)
class Money(namedtuple('Money', 'amount currency')):
    def __str__(self):
        return f"{self.amount} {self.currency}"
m = Money(5, 'EUR')
print(m, repr(m), str(m), isinstance(m, Money), m.amount)
od = OrderedDict([('a', 1), ('b', 2)])
od['c'] = 3
od.move_to_end('a')
print(od, od.popitem(), od.popitem(last=False), od, isinstance(od, dict), od == {'b': 2}, OrderedDict())
od2 = OrderedDict(x=1)
od2.update({'y': 2})
print(od2, list(od2.items()), od2.get('x'), dict(od2), json.dumps(od2), len(od2), 'x' in od2)
dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd.default_factory, isinstance(dd, dict), dict(dd), defaultdict(int), defaultdict(None, {'k': 1}))
try:
    defaultdict()['x']
except KeyError as e:
    print('KeyError', e)
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c['a'], Counter({'a': 2, 'b': 1}) + Counter(b=2, c=1), Counter(a=3, b=1) - Counter(a=1, b=5))
c.update(['a', 'z'])
print(c.most_common(1), sorted(c.elements())[:3], c.total(), Counter(), isinstance(c, dict))
d = deque([1, 2], maxlen=3)
d.append(3); d.append(4); d.appendleft(0)
print(d, d.popleft(), d.pop(), d, len(d), d[0], list(d), deque(), deque('ab'), d.maxlen)
d2 = deque([1, 2, 3, 4]); d2.rotate(1); print(d2); d2.rotate(-2); print(d2)
try:
    deque().pop()
except IndexError as e:
    print(e)
print(collections.Counter(x % 3 for x in range(10)))

# output:
# Point(x=1, y=2) Point(x=1, y=2) 1 2 True True True True 2
# 1 2 ('x', 'y') {'x': 1, 'y': 2} Point(x=5, y=2) Point(x=3, y=4) P3(x=1, y=2, z=0) {'z': 0} <class '__main__.Point'> <class '__main__.Point'>
# [1, 2] (1, 2, 3) (1,) [Point(x=1, y=5), Point(x=2, y=1)] 1 1 1
# Point.__new__() missing 1 required positional argument: 'y'
# Point.__new__() takes 3 positional arguments but 4 were given
# ValueError
# Got unexpected field names: ['z']
# Field names cannot start with an underscore: '_y'
# 5 EUR Money(amount=5, currency='EUR') 5 EUR True 5
# OrderedDict([('c', 3)]) ('a', 1) ('b', 2) OrderedDict([('c', 3)]) True False OrderedDict()
# OrderedDict([('x', 1), ('y', 2)]) [('x', 1), ('y', 2)] 1 {'x': 1, 'y': 2} {"x": 1, "y": 2} 2 True
# defaultdict(<class 'list'>, {'a': [1], 'b': []}) <class 'list'> True {'a': [1], 'b': []} defaultdict(<class 'int'>, {}) defaultdict(None, {'k': 1})
# KeyError 'x'
# Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) [('a', 5), ('b', 2)] 0 5 Counter({'b': 3, 'a': 2, 'c': 1}) Counter({'a': 2})
# [('a', 6)] ['a', 'a', 'a'] 13 Counter() True
# deque([2], maxlen=3) 0 3 deque([2], maxlen=3) 1 2 [2] deque([]) deque(['a', 'b']) 3
# deque([4, 1, 2, 3])
# deque([2, 3, 4, 1])
# pop from an empty deque
# Counter({0: 4, 1: 3, 2: 3})
---
# What RE2 cannot run is a re.error naming the construct.
import re
re.compile(r'(?<=a)b')  ### "error: look-behind is not supported by ormfiddle at position 0" # ormfiddle-only
re.compile(r'a(?!b)')  ### "error: look-ahead is not supported by ormfiddle at position 1" # ormfiddle-only
re.compile(r'(a)\1')  ### "error: backreferences are not supported by ormfiddle at position 3" # ormfiddle-only
re.compile(r'(?P<x>a)(?P=x)')  ### "error: backreferences are not supported by ormfiddle at position 8" # ormfiddle-only

---
from collections import namedtuple
for args in [("P", ["x", "def"]), ("P", "x 1y"), ("class", "x"), ("P", "x x"), ("P", "_a")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print(e)
print(namedtuple("P", ["x", "def", "x", "_a", "1"], rename=True)._fields)
try:
    namedtuple("P", "x y", defaults=[1, 2, 3])
except TypeError as e:
    print(e)
print(namedtuple("P", "x y", defaults=[1, 2])())

# output:
# Type names and field names cannot be a keyword: 'def'
# Type names and field names must be valid identifiers: '1y'
# Type names and field names cannot be a keyword: 'class'
# Encountered duplicate field name: 'x'
# Field names cannot start with an underscore: '_a'
# ('x', '_1', '_2', '_3', '_4')
# Got more default values than field names
# P(x=1, y=2)

---
import functools
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))

# output:
# [3, 2, 1] ['a', 'bb', 'ccc']

---
import json, datetime, decimal
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime.date, decimal.Decimal)):
            return str(o)
        return super().default(o)
print(json.dumps({"d": datetime.date(2024, 1, 2), "p": decimal.Decimal("1.50")}, cls=Enc))
print(json.dumps([1, {"a": 2}], cls=Enc, indent=2))
print(Enc(sort_keys=True).encode({"b": 1, "a": 2}))
try:
    json.dumps({1, 2}, cls=Enc)
except TypeError as e:
    print(e)

# output:
# {"d": "2024-01-02", "p": "1.50"}
# [
#   1,
#   {
#     "a": 2
#   }
# ]
# {"a": 2, "b": 1}
# Object of type set is not JSON serializable

---
# re against CPython: findall, sub, split, search, finditer, subn over
# patterns that can match empty strings and non-ASCII text.
import re
pats = [r"", r"x*", r"a|", r"(a)|(b)", r"\d+", r"(?i)é", r"\s*", r"(\w)(\w)?", r"^", r"$", r"(?m)^\w", r"a{2,}", r"[a-c-]+", r"\.", r"(?P<k>\w+)=(?P<v>[^;]*)", r"\D", r"\S+", r"[\d.]+"]
strs = ["", "abc", "a b\nc", "xxaxx", "k=v;é=ü", "été 12.5 ab", "a-b-c"]
for p in pats:
    r = re.compile(p)
    for s in strs:
        m = r.search(s)
        print(repr(p), repr(s), r.findall(s), r.sub("-", s), r.split(s), m and m.span(), [x.span() for x in r.finditer(s)], r.subn(lambda m: "<" + m.group() + ">", s, 2))

# output:
# '' '' [''] - ['', ''] (0, 0) [(0, 0)] ('<>', 1)
# '' 'abc' ['', '', '', ''] -a-b-c- ['', 'a', 'b', 'c', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3)] ('<>a<>bc', 2)
# '' 'a b\nc' ['', '', '', '', '', ''] -a- -b-
# -c- ['', 'a', ' ', 'b', '\n', 'c', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<>a<> b\nc', 2)
# '' 'xxaxx' ['', '', '', '', '', ''] -x-x-a-x-x- ['', 'x', 'x', 'a', 'x', 'x', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<>x<>xaxx', 2)
# '' 'k=v;é=ü' ['', '', '', '', '', '', '', ''] -k-=-v-;-é-=-ü- ['', 'k', '=', 'v', ';', 'é', '=', 'ü', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)] ('<>k<>=v;é=ü', 2)
# '' 'été 12.5 ab' ['', '', '', '', '', '', '', '', '', '', '', ''] -é-t-é- -1-2-.-5- -a-b- ['', 'é', 't', 'é', ' ', '1', '2', '.', '5', ' ', 'a', 'b', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (11, 11)] ('<>é<>té 12.5 ab', 2)
# '' 'a-b-c' ['', '', '', '', '', ''] -a---b---c- ['', 'a', '-', 'b', '-', 'c', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<>a<>-b-c', 2)
# 'x*' '' [''] - ['', ''] (0, 0) [(0, 0)] ('<>', 1)
# 'x*' 'abc' ['', '', '', ''] -a-b-c- ['', 'a', 'b', 'c', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3)] ('<>a<>bc', 2)
# 'x*' 'a b\nc' ['', '', '', '', '', ''] -a- -b-
# -c- ['', 'a', ' ', 'b', '\n', 'c', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<>a<> b\nc', 2)
# 'x*' 'xxaxx' ['xx', '', 'xx', ''] --a-- ['', '', 'a', '', ''] (0, 2) [(0, 2), (2, 2), (3, 5), (5, 5)] ('<xx><>axx', 2)
# 'x*' 'k=v;é=ü' ['', '', '', '', '', '', '', ''] -k-=-v-;-é-=-ü- ['', 'k', '=', 'v', ';', 'é', '=', 'ü', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)] ('<>k<>=v;é=ü', 2)
# 'x*' 'été 12.5 ab' ['', '', '', '', '', '', '', '', '', '', '', ''] -é-t-é- -1-2-.-5- -a-b- ['', 'é', 't', 'é', ' ', '1', '2', '.', '5', ' ', 'a', 'b', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 9), (10, 10), (11, 11)] ('<>é<>té 12.5 ab', 2)
# 'x*' 'a-b-c' ['', '', '', '', '', ''] -a---b---c- ['', 'a', '-', 'b', '-', 'c', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<>a<>-b-c', 2)
# 'a|' '' [''] - ['', ''] (0, 0) [(0, 0)] ('<>', 1)
# 'a|' 'abc' ['a', '', '', ''] --b-c- ['', '', 'b', 'c', ''] (0, 1) [(0, 1), (1, 1), (2, 2), (3, 3)] ('<a><>bc', 2)
# 'a|' 'a b\nc' ['a', '', '', '', '', ''] -- -b-
# -c- ['', '', ' ', 'b', '\n', 'c', ''] (0, 1) [(0, 1), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<a><> b\nc', 2)
# 'a|' 'xxaxx' ['', '', 'a', '', '', ''] -x-x--x-x- ['', 'x', 'x', '', 'x', 'x', ''] (0, 0) [(0, 0), (1, 1), (2, 3), (3, 3), (4, 4), (5, 5)] ('<>x<>xaxx', 2)
# 'a|' 'k=v;é=ü' ['', '', '', '', '', '', '', ''] -k-=-v-;-é-=-ü- ['', 'k', '=', 'v', ';', 'é', '=', 'ü', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)] ('<>k<>=v;é=ü', 2)
# 'a|' 'été 12.5 ab' ['', '', '', '', '', '', '', '', '', 'a', '', ''] -é-t-é- -1-2-.-5- --b- ['', 'é', 't', 'é', ' ', '1', '2', '.', '5', ' ', '', 'b', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (9, 10), (10, 10), (11, 11)] ('<>é<>té 12.5 ab', 2)
# 'a|' 'a-b-c' ['a', '', '', '', '', ''] ----b---c- ['', '', '-', 'b', '-', 'c', ''] (0, 1) [(0, 1), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<a><>-b-c', 2)
# '(a)|(b)' '' []  [''] None [] ('', 0)
# '(a)|(b)' 'abc' [('a', ''), ('', 'b')] --c ['', 'a', None, '', None, 'b', 'c'] (0, 1) [(0, 1), (1, 2)] ('<a><b>c', 2)
# '(a)|(b)' 'a b\nc' [('a', ''), ('', 'b')] - -
# c ['', 'a', None, ' ', None, 'b', '\nc'] (0, 1) [(0, 1), (2, 3)] ('<a> <b>\nc', 2)
# '(a)|(b)' 'xxaxx' [('a', '')] xx-xx ['xx', 'a', None, 'xx'] (2, 3) [(2, 3)] ('xx<a>xx', 1)
# '(a)|(b)' 'k=v;é=ü' [] k=v;é=ü ['k=v;é=ü'] None [] ('k=v;é=ü', 0)
# '(a)|(b)' 'été 12.5 ab' [('a', ''), ('', 'b')] été 12.5 -- ['été 12.5 ', 'a', None, '', None, 'b', ''] (9, 10) [(9, 10), (10, 11)] ('été 12.5 <a><b>', 2)
# '(a)|(b)' 'a-b-c' [('a', ''), ('', 'b')] ----c ['', 'a', None, '-', None, 'b', '-c'] (0, 1) [(0, 1), (2, 3)] ('<a>-<b>-c', 2)
# '\\d+' '' []  [''] None [] ('', 0)
# '\\d+' 'abc' [] abc ['abc'] None [] ('abc', 0)
# '\\d+' 'a b\nc' [] a b
# c ['a b\nc'] None [] ('a b\nc', 0)
# '\\d+' 'xxaxx' [] xxaxx ['xxaxx'] None [] ('xxaxx', 0)
# '\\d+' 'k=v;é=ü' [] k=v;é=ü ['k=v;é=ü'] None [] ('k=v;é=ü', 0)
# '\\d+' 'été 12.5 ab' ['12', '5'] été -.- ab ['été ', '.', ' ab'] (4, 6) [(4, 6), (7, 8)] ('été <12>.<5> ab', 2)
# '\\d+' 'a-b-c' [] a-b-c ['a-b-c'] None [] ('a-b-c', 0)
# '(?i)é' '' []  [''] None [] ('', 0)
# '(?i)é' 'abc' [] abc ['abc'] None [] ('abc', 0)
# '(?i)é' 'a b\nc' [] a b
# c ['a b\nc'] None [] ('a b\nc', 0)
# '(?i)é' 'xxaxx' [] xxaxx ['xxaxx'] None [] ('xxaxx', 0)
# '(?i)é' 'k=v;é=ü' ['é'] k=v;-=ü ['k=v;', '=ü'] (4, 5) [(4, 5)] ('k=v;<é>=ü', 1)
# '(?i)é' 'été 12.5 ab' ['é', 'é'] -t- 12.5 ab ['', 't', ' 12.5 ab'] (0, 1) [(0, 1), (2, 3)] ('<é>t<é> 12.5 ab', 2)
# '(?i)é' 'a-b-c' [] a-b-c ['a-b-c'] None [] ('a-b-c', 0)
# '\\s*' '' [''] - ['', ''] (0, 0) [(0, 0)] ('<>', 1)
# '\\s*' 'abc' ['', '', '', ''] -a-b-c- ['', 'a', 'b', 'c', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3)] ('<>a<>bc', 2)
# '\\s*' 'a b\nc' ['', ' ', '', '\n', '', ''] -a--b--c- ['', 'a', '', 'b', '', 'c', ''] (0, 0) [(0, 0), (1, 2), (2, 2), (3, 4), (4, 4), (5, 5)] ('<>a< >b\nc', 2)
# '\\s*' 'xxaxx' ['', '', '', '', '', ''] -x-x-a-x-x- ['', 'x', 'x', 'a', 'x', 'x', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<>x<>xaxx', 2)
# '\\s*' 'k=v;é=ü' ['', '', '', '', '', '', '', ''] -k-=-v-;-é-=-ü- ['', 'k', '=', 'v', ';', 'é', '=', 'ü', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7)] ('<>k<>=v;é=ü', 2)
# '\\s*' 'été 12.5 ab' ['', '', '', ' ', '', '', '', '', ' ', '', '', ''] -é-t-é--1-2-.-5--a-b- ['', 'é', 't', 'é', '', '1', '2', '.', '5', '', 'a', 'b', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 4), (4, 4), (5, 5), (6, 6), (7, 7), (8, 9), (9, 9), (10, 10), (11, 11)] ('<>é<>té 12.5 ab', 2)
# '\\s*' 'a-b-c' ['', '', '', '', '', ''] -a---b---c- ['', 'a', '-', 'b', '-', 'c', ''] (0, 0) [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5)] ('<>a<>-b-c', 2)
# '(\\w)(\\w)?' '' []  [''] None [] ('', 0)
# '(\\w)(\\w)?' 'abc' [('a', 'b'), ('c', '')] -- ['', 'a', 'b', '', 'c', None, ''] (0, 2) [(0, 2), (2, 3)] ('<ab><c>', 2)
# '(\\w)(\\w)?' 'a b\nc' [('a', ''), ('b', ''), ('c', '')] - -
# - ['', 'a', None, ' ', 'b', None, '\n', 'c', None, ''] (0, 1) [(0, 1), (2, 3), (4, 5)] ('<a> <b>\nc', 2)
# '(\\w)(\\w)?' 'xxaxx' [('x', 'x'), ('a', 'x'), ('x', '')] --- ['', 'x', 'x', '', 'a', 'x', '', 'x', None, ''] (0, 2) [(0, 2), (2, 4), (4, 5)] ('<xx><ax>x', 2)
# '(\\w)(\\w)?' 'k=v;é=ü' [('k', ''), ('v', ''), ('é', ''), ('ü', '')] -=-;-=- ['', 'k', None, '=', 'v', None, ';', 'é', None, '=', 'ü', None, ''] (0, 1) [(0, 1), (2, 3), (4, 5), (6, 7)] ('<k>=<v>;é=ü', 2)
# '(\\w)(\\w)?' 'été 12.5 ab' [('é', 't'), ('é', ''), ('1', '2'), ('5', ''), ('a', 'b')] -- -.- - ['', 'é', 't', '', 'é', None, ' ', '1', '2', '.', '5', None, ' ', 'a', 'b', ''] (0, 2) [(0, 2), (2, 3), (4, 6), (7, 8), (9, 11)] ('<ét><é> 12.5 ab', 2)
# '(\\w)(\\w)?' 'a-b-c' [('a', ''), ('b', ''), ('c', '')] ----- ['', 'a', None, '-', 'b', None, '-', 'c', None, ''] (0, 1) [(0, 1), (2, 3), (4, 5)] ('<a>-<b>-c', 2)
# '^' '' [''] - ['', ''] (0, 0) [(0, 0)] ('<>', 1)
# '^' 'abc' [''] -abc ['', 'abc'] (0, 0) [(0, 0)] ('<>abc', 1)
# '^' 'a b\nc' [''] -a b
# c ['', 'a b\nc'] (0, 0) [(0, 0)] ('<>a b\nc', 1)
# '^' 'xxaxx' [''] -xxaxx ['', 'xxaxx'] (0, 0) [(0, 0)] ('<>xxaxx', 1)
# '^' 'k=v;é=ü' [''] -k=v;é=ü ['', 'k=v;é=ü'] (0, 0) [(0, 0)] ('<>k=v;é=ü', 1)
# '^' 'été 12.5 ab' [''] -été 12.5 ab ['', 'été 12.5 ab'] (0, 0) [(0, 0)] ('<>été 12.5 ab', 1)
# '^' 'a-b-c' [''] -a-b-c ['', 'a-b-c'] (0, 0) [(0, 0)] ('<>a-b-c', 1)
# '$' '' [''] - ['', ''] (0, 0) [(0, 0)] ('<>', 1)
# '$' 'abc' [''] abc- ['abc', ''] (3, 3) [(3, 3)] ('abc<>', 1)
# '$' 'a b\nc' [''] a b
# c- ['a b\nc', ''] (5, 5) [(5, 5)] ('a b\nc<>', 1)
# '$' 'xxaxx' [''] xxaxx- ['xxaxx', ''] (5, 5) [(5, 5)] ('xxaxx<>', 1)
# '$' 'k=v;é=ü' [''] k=v;é=ü- ['k=v;é=ü', ''] (7, 7) [(7, 7)] ('k=v;é=ü<>', 1)
# '$' 'été 12.5 ab' [''] été 12.5 ab- ['été 12.5 ab', ''] (11, 11) [(11, 11)] ('été 12.5 ab<>', 1)
# '$' 'a-b-c' [''] a-b-c- ['a-b-c', ''] (5, 5) [(5, 5)] ('a-b-c<>', 1)
# '(?m)^\\w' '' []  [''] None [] ('', 0)
# '(?m)^\\w' 'abc' ['a'] -bc ['', 'bc'] (0, 1) [(0, 1)] ('<a>bc', 1)
# '(?m)^\\w' 'a b\nc' ['a', 'c'] - b
# - ['', ' b\n', ''] (0, 1) [(0, 1), (4, 5)] ('<a> b\n<c>', 2)
# '(?m)^\\w' 'xxaxx' ['x'] -xaxx ['', 'xaxx'] (0, 1) [(0, 1)] ('<x>xaxx', 1)
# '(?m)^\\w' 'k=v;é=ü' ['k'] -=v;é=ü ['', '=v;é=ü'] (0, 1) [(0, 1)] ('<k>=v;é=ü', 1)
# '(?m)^\\w' 'été 12.5 ab' ['é'] -té 12.5 ab ['', 'té 12.5 ab'] (0, 1) [(0, 1)] ('<é>té 12.5 ab', 1)
# '(?m)^\\w' 'a-b-c' ['a'] --b-c ['', '-b-c'] (0, 1) [(0, 1)] ('<a>-b-c', 1)
# 'a{2,}' '' []  [''] None [] ('', 0)
# 'a{2,}' 'abc' [] abc ['abc'] None [] ('abc', 0)
# 'a{2,}' 'a b\nc' [] a b
# c ['a b\nc'] None [] ('a b\nc', 0)
# 'a{2,}' 'xxaxx' [] xxaxx ['xxaxx'] None [] ('xxaxx', 0)
# 'a{2,}' 'k=v;é=ü' [] k=v;é=ü ['k=v;é=ü'] None [] ('k=v;é=ü', 0)
# 'a{2,}' 'été 12.5 ab' [] été 12.5 ab ['été 12.5 ab'] None [] ('été 12.5 ab', 0)
# 'a{2,}' 'a-b-c' [] a-b-c ['a-b-c'] None [] ('a-b-c', 0)
# '[a-c-]+' '' []  [''] None [] ('', 0)
# '[a-c-]+' 'abc' ['abc'] - ['', ''] (0, 3) [(0, 3)] ('<abc>', 1)
# '[a-c-]+' 'a b\nc' ['a', 'b', 'c'] - -
# - ['', ' ', '\n', ''] (0, 1) [(0, 1), (2, 3), (4, 5)] ('<a> <b>\nc', 2)
# '[a-c-]+' 'xxaxx' ['a'] xx-xx ['xx', 'xx'] (2, 3) [(2, 3)] ('xx<a>xx', 1)
# '[a-c-]+' 'k=v;é=ü' [] k=v;é=ü ['k=v;é=ü'] None [] ('k=v;é=ü', 0)
# '[a-c-]+' 'été 12.5 ab' ['ab'] été 12.5 - ['été 12.5 ', ''] (9, 11) [(9, 11)] ('été 12.5 <ab>', 1)
# '[a-c-]+' 'a-b-c' ['a-b-c'] - ['', ''] (0, 5) [(0, 5)] ('<a-b-c>', 1)
# '\\.' '' []  [''] None [] ('', 0)
# '\\.' 'abc' [] abc ['abc'] None [] ('abc', 0)
# '\\.' 'a b\nc' [] a b
# c ['a b\nc'] None [] ('a b\nc', 0)
# '\\.' 'xxaxx' [] xxaxx ['xxaxx'] None [] ('xxaxx', 0)
# '\\.' 'k=v;é=ü' [] k=v;é=ü ['k=v;é=ü'] None [] ('k=v;é=ü', 0)
# '\\.' 'été 12.5 ab' ['.'] été 12-5 ab ['été 12', '5 ab'] (6, 7) [(6, 7)] ('été 12<.>5 ab', 1)
# '\\.' 'a-b-c' [] a-b-c ['a-b-c'] None [] ('a-b-c', 0)
# '(?P<k>\\w+)=(?P<v>[^;]*)' '' []  [''] None [] ('', 0)
# '(?P<k>\\w+)=(?P<v>[^;]*)' 'abc' [] abc ['abc'] None [] ('abc', 0)
# '(?P<k>\\w+)=(?P<v>[^;]*)' 'a b\nc' [] a b
# c ['a b\nc'] None [] ('a b\nc', 0)
# '(?P<k>\\w+)=(?P<v>[^;]*)' 'xxaxx' [] xxaxx ['xxaxx'] None [] ('xxaxx', 0)
# '(?P<k>\\w+)=(?P<v>[^;]*)' 'k=v;é=ü' [('k', 'v'), ('é', 'ü')] -;- ['', 'k', 'v', ';', 'é', 'ü', ''] (0, 3) [(0, 3), (4, 7)] ('<k=v>;<é=ü>', 2)
# '(?P<k>\\w+)=(?P<v>[^;]*)' 'été 12.5 ab' [] été 12.5 ab ['été 12.5 ab'] None [] ('été 12.5 ab', 0)
# '(?P<k>\\w+)=(?P<v>[^;]*)' 'a-b-c' [] a-b-c ['a-b-c'] None [] ('a-b-c', 0)
# '\\D' '' []  [''] None [] ('', 0)
# '\\D' 'abc' ['a', 'b', 'c'] --- ['', '', '', ''] (0, 1) [(0, 1), (1, 2), (2, 3)] ('<a><b>c', 2)
# '\\D' 'a b\nc' ['a', ' ', 'b', '\n', 'c'] ----- ['', '', '', '', '', ''] (0, 1) [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)] ('<a>< >b\nc', 2)
# '\\D' 'xxaxx' ['x', 'x', 'a', 'x', 'x'] ----- ['', '', '', '', '', ''] (0, 1) [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)] ('<x><x>axx', 2)
# '\\D' 'k=v;é=ü' ['k', '=', 'v', ';', 'é', '=', 'ü'] ------- ['', '', '', '', '', '', '', ''] (0, 1) [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7)] ('<k><=>v;é=ü', 2)
# '\\D' 'été 12.5 ab' ['é', 't', 'é', ' ', '.', ' ', 'a', 'b'] ----12-5--- ['', '', '', '', '12', '5', '', '', ''] (0, 1) [(0, 1), (1, 2), (2, 3), (3, 4), (6, 7), (8, 9), (9, 10), (10, 11)] ('<é><t>é 12.5 ab', 2)
# '\\D' 'a-b-c' ['a', '-', 'b', '-', 'c'] ----- ['', '', '', '', '', ''] (0, 1) [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)] ('<a><->b-c', 2)
# '\\S+' '' []  [''] None [] ('', 0)
# '\\S+' 'abc' ['abc'] - ['', ''] (0, 3) [(0, 3)] ('<abc>', 1)
# '\\S+' 'a b\nc' ['a', 'b', 'c'] - -
# - ['', ' ', '\n', ''] (0, 1) [(0, 1), (2, 3), (4, 5)] ('<a> <b>\nc', 2)
# '\\S+' 'xxaxx' ['xxaxx'] - ['', ''] (0, 5) [(0, 5)] ('<xxaxx>', 1)
# '\\S+' 'k=v;é=ü' ['k=v;é=ü'] - ['', ''] (0, 7) [(0, 7)] ('<k=v;é=ü>', 1)
# '\\S+' 'été 12.5 ab' ['été', '12.5', 'ab'] - - - ['', ' ', ' ', ''] (0, 3) [(0, 3), (4, 8), (9, 11)] ('<été> <12.5> ab', 2)
# '\\S+' 'a-b-c' ['a-b-c'] - ['', ''] (0, 5) [(0, 5)] ('<a-b-c>', 1)
# '[\\d.]+' '' []  [''] None [] ('', 0)
# '[\\d.]+' 'abc' [] abc ['abc'] None [] ('abc', 0)
# '[\\d.]+' 'a b\nc' [] a b
# c ['a b\nc'] None [] ('a b\nc', 0)
# '[\\d.]+' 'xxaxx' [] xxaxx ['xxaxx'] None [] ('xxaxx', 0)
# '[\\d.]+' 'k=v;é=ü' [] k=v;é=ü ['k=v;é=ü'] None [] ('k=v;é=ü', 0)
# '[\\d.]+' 'été 12.5 ab' ['12.5'] été - ab ['été ', ' ab'] (4, 8) [(4, 8)] ('été <12.5> ab', 1)
# '[\\d.]+' 'a-b-c' [] a-b-c ['a-b-c'] None [] ('a-b-c', 0)

---
import re
print(re.match('a+', 'a'*100))
print(repr(re.compile('b'*300)))
print(re.compile('é'*100, re.I))

# output:
# <re.Match object; span=(0, 100), match='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa>
# re.compile('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)
# re.compile('éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé', re.IGNORECASE)

---
# Subclasses of str, dict and list in json, re and collections.
import json, collections, re
class D(dict):
    pass
class L(list):
    pass
class S(str):
    pass
print(json.dumps({"a": D(x=1), "b": L([1, 2]), S("k"): S("v")}), json.dumps(D(x=1), indent=1))
print(collections.Counter(L("aab")), collections.OrderedDict(D(a=1)), re.findall("a", S("banana")), re.sub("a", S("o"), S("banana")))
class OD(collections.OrderedDict):
    def __repr__(self):
        return "OD!"
print(OD(a=1), isinstance(OD(), dict), json.dumps(OD(a=1)))
print(json.loads(S('[1]')), re.compile(S("a+")).search(S("caab")))
print(re.escape(S("a.b")), collections.namedtuple("P", S("x y"))(1, 2), json.dumps(S("é")), re.search("b", "abc", re.I).re)

# output:
# {"a": {"x": 1}, "b": [1, 2], "k": "v"} {
#  "x": 1
# }
# Counter({'a': 2, 'b': 1}) OrderedDict([('a', 1)]) ['a', 'a', 'a'] bonono
# OD! True {"a": 1}
# [1] <re.Match object; span=(1, 3), match='aa'>
# a\.b P(x=1, y=2) "\u00e9" re.compile('b', re.IGNORECASE)

---
# A dict subclass's __missing__ answers d[k] only (not get() or in).
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d['a'], d['x'], d.get('x'), 'x' in d, len(d))
class E(dict):
    pass
try:
    E()['q']
except KeyError as e:
    print('KeyError', e)

# output:
# 1 xx None False 1
# KeyError 'q'
