# Subclassing builtin value types.
import decimal
from decimal import Decimal

class Cash(decimal.Decimal):
    currency = 'USD'

c = Cash('12.50')
c.vendor = 'sqlite'
print(type(c).__name__, repr(c), str(c), c.currency, c.vendor, c.__dict__)
s = c + c
print(type(s).__name__, s, c * 2, -c, abs(c), c > 1, c == Decimal('12.5'), Decimal('12.5') == c)
print(isinstance(c, Decimal), isinstance(c, Cash), issubclass(Cash, Decimal), int(c), float(c))
print(f"{c:.1f}", format(c, '>8'), hash(c) == hash(Decimal('12.5')), c.quantize(Decimal('0.1')), Decimal(c), bool(Cash(0)))
print({c: 1}[Decimal('12.50')], round(c), type(Cash.__mro__[1]).__name__, Cash.__mro__[1] is Decimal)
# output:
# Cash Decimal('12.50') 12.50 USD sqlite {'vendor': 'sqlite'}
# Decimal 25.00 25.00 -12.50 12.50 True True True
# True True True 12 12.5
# 12.5    12.50 True 12.5 12.50 False
# 1 12 type True
---
class Slug(str):
    def shout(self):
        return self.upper() + '!'

s = Slug('hello')
print(type(s).__name__, repr(s), str(s), s, s.shout(), type(s.upper()).__name__, len(s), s[1:3], s + ' world')
print(s == 'hello', 'hello' == s, isinstance(s, str), {'hello': 1}[s], {s: 2}['hello'], 'ell' in s, list(s)[:2])
print(f"{s:>7}|", '%s' % s, '-'.join([s, 'x']), s.startswith('he'), type(s + s).__name__, type(str(s)).__name__)
# output:
# Slug 'hello' hello hello HELLO! str 5 el hello world
# True True True 1 2 True ['h', 'e']
#   hello| hello hello-x True str str
---
class Color(str):
    def __new__(cls, value, alpha=1):
        obj = super().__new__(cls, value)
        obj.alpha = alpha
        return obj

    def __repr__(self):
        return f"Color({str.__repr__(self)}, {self.alpha})"

col = Color('red', alpha=0.5)
print(repr(col), str(col), col.alpha, col.upper(), [col])
# output:
# Color('red', 0.5) red 0.5 RED [Color('red', 0.5)]
---
class Level(int):
    def __init__(self, value):
        self.label = 'L%d' % value

    def __str__(self):
        return self.label

lv = Level(3)
print(lv, repr(lv), lv + 1, type(lv + 1).__name__, lv * lv, lv == 3, lv < 4, isinstance(lv, int), int(lv), hash(lv) == 3)
print(f"{lv:03d}", '%d' % lv, [10, 20, 30, 40][lv], range(lv), type(lv).__name__, lv.bit_length(), str(lv))
# output:
# L3 3 4 int 9 True True True 3 True
# 003 3 40 range(0, 3) Level 2 L3
---
class Tags(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

t = Tags('t', [1, 2])
t.append(3)
print(t, len(t), t[0], t.name, isinstance(t, list), t == [1, 2, 3], type(t).__name__, sum(t), sorted(t, reverse=True))

class Attrs(dict):
    def get_or(self, k):
        return self.get(k, 'none')

a = Attrs(x=1)
a['y'] = 2
print(a, a.get_or('x'), a.get_or('z'), len(a), 'y' in a, list(a), a == {'x': 1, 'y': 2}, type(a).__name__, dict(a))
# output:
# [1, 2, 3] 3 1 t True True Tags 6 [3, 2, 1]
# {'x': 1, 'y': 2} 1 none 2 True ['x', 'y'] True Attrs {'x': 1, 'y': 2}
---
class A(str):
    pass

class B(int):
    pass

class C(A, B): ### "TypeError: multiple bases have instance lay-out conflict"
    pass

class D(bool): ### "TypeError: type 'bool' is not an acceptable base type"
    pass
---
from decimal import Decimal

class Money(Decimal):
    def __add__(self, other):
        return Money(Decimal(self) + other)

class Word(str):
    pass

m = Money('1.5') + 2
print(type(m).__name__, m, Decimal('1') + Money('2'), type(Decimal('1') + Money('2')).__name__)
w = Word('b')
w += 'c'
print(type(w).__name__, w, sorted([Word('b'), Word('a')]), Word('a') in {'a'}, type(Word('x')) is Word, Word('x').__class__.__name__)
print(isinstance(Money(1), (int, Decimal)), Money(1) == 1, max(Money(1), Money(3)), str(Word('q')) == 'q')
# output:
# Money 3.5 3 Decimal
# str bc ['a', 'b'] True True Word
# True True 3 True
---
from decimal import Decimal

class Money(Decimal):
    def __add__(self, other):
        return Money(super().__add__(other))

    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = Decimal.__hash__

class Name(str):
    def __add__(self, other):
        return Name(super().__add__(other).title())

    def __lt__(self, other):
        return super().__lt__(other.lower())

m = Money('1.5') + Money('2')
print(type(m).__name__, m, Money(2) == 2, Money(2) == 'x', hash(Money(2)) == hash(2), super(Money, Money(1)).__add__('x'))
n = Name('ann') + ' lee'
print(type(n).__name__, n, Name('a') < 'B', sorted([Name('b'), Name('A')]))
# output:
# Money 3.5 True False True NotImplemented
# Name Ann Lee True ['A', 'b']
