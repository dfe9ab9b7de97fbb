a = Author.objects.create(name="ann")
Book.objects.create(title="zebra", author=a, price=Decimal("12.50"), pages=100, published=date(2020, 1, 15))
Book.objects.create(title="apple", author=a, price=Decimal("3.10"), pages=250, published=date(2019, 12, 31))
qs = Book.objects.order_by('title')
print(*qs)
print(*[1, 2], sep=', ')
print(*qs, sep='\n')
x = 3
f"{x=}", f"{x!r:>5}", f"{'a'!r}", f"{a!s}", f"{a!r}", f"{x:{x}}", f"{{x}}"
"%(n)s has %(c)d" % {'n': 'ann', 'c': 2}, "{n} {c}".format(**{'n': 1, 'c': 2}), format(Decimal('1.5'), '>6'), format(3.14159, '.2f')
qs.values()
print(qs.values('title', 'price', 'published'))
list(qs.values_list('price', flat=True))
[(b.title, b.published.isoformat() if b.published else None) for b in qs]
sorted(qs, key=lambda b: b.price, reverse=True)
sorted([b.pages for b in qs])[-1]
import math
math.floor(2.7), math.ceil(2.1), math.sqrt(16), math.pi
from django.utils import timezone
