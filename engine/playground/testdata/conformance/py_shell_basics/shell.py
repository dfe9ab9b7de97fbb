a = Author.objects.create(name="ann")
b1 = Book.objects.create(title="zebra", author=a, price=Decimal("12.50"), pages=100, published=date(2020, 1, 15))
b2 = Book.objects.create(title="apple", author=a, price=Decimal("3.10"), pages=250, published=date(2019, 12, 31), status=Book.Status.PUBLISHED)
b3 = Book.objects.create(title="mango", price=Decimal("7"), pages=50, rating=Book.Rating.HIGH)
qs = Book.objects.all()
[b.title for b in qs]
sorted(qs, key=lambda b: b.title)
len(qs)
list(qs)
bool(qs)
qs[0]
for b in qs:
    print(b)
for b in Book.objects.order_by('-pages'):
    print(b.title, b.pages, sep=' | ', end=';\n')
obj, created = Author.objects.get_or_create(name="bob")
obj, created
dict(Book.objects.values_list('id', 'title'))
{b.title: b.price for b in qs}
{b.status for b in qs} == {'d', 'p'}
print(f"{b1.price:.2f}")
'%s (%d)' % (b1.title, b1.pages)
True if False else ', '.join([b.title for b in qs])
'{} costs {:>8}'.format(b1.title, b1.price)
'{0.title} by {0.author}'.format(b1)
repr(b1.published), b1.published
b1.price, [b1.price, b2.price], {'p': b1.price}
[[b1, b2], [b3]]
{'a': [b1], 'b': (b2,)}
print(qs)
qs
print(b1)
b1
str(b1), repr(b1)
b1 in qs
b1 in Book.objects.filter(pages__gt=1000)
'ze' in b1.title, 'x' in {'x': 1}, 3 in [1, 2, 3]
b1.short
[b.short for b in qs]
Book.kind, b1.kind, type(b1).__name__
isinstance(b1, Book), isinstance(b1, models.Model), isinstance(a, Book)
getattr(b1, 'title'), getattr(b1, 'nope', 'dflt'), hasattr(b1, 'short'), hasattr(b1, 'zzz')
setattr(b1, 'pages', 120)
b1.pages
b1.pages += 10
b1.save()
b1.pages
Book.objects.get(pk=b1.pk).pages
