from myapp.models import Article, Tag, Shelf, size_choices
Article._meta.get_field('size').choices
Article._meta.get_field('rating').choices
python = Tag.objects.create(name='python')
django = Tag.objects.create(name='django')
orm = Tag.objects.create(name='orm')
a = Article.objects.create(title='Generators', size='l', rating=3)
a.tags.add(python, orm)
b = Article.objects.create(title='Managers')
b.get_size_display(), a.get_rating_display()
names = a.tag_names()
next(names)
next(names)
next(names)
list(a.tag_names())
list(Tag.objects.name_pairs())
list(Tag.objects.filter(name__startswith='d').names())
def wanted():
    yield 'python'
    yield 'django'
Tag.objects.filter(name__in=wanted()).order_by('name')
Article.objects.filter(tags__in=Tag.objects.filter(name__in=wanted())).distinct()
def pks():
    for t in Tag.objects.all():
        if t.name != 'orm':
            yield t.pk
Tag.objects.filter(pk__in=list(pks())).count()
list(Shelf(a, b))
'Managers' in Shelf(a, b)
list(python)
first, *rest = python
first, rest
def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
totals = running_total()
next(totals)
totals.send(Article.objects.count())
totals.send(Tag.objects.count())
totals.send(None)
def cleanup():
    try:
        for article in Article.objects.order_by('pk'):
            yield article
    finally:
        print('cleanup ran')
gen = cleanup()
next(gen)
gen.close()
next(gen)
next(gen, 'exhausted')
def leaky():
    yield next(iter([]))
list(leaky())
def deleg():
    result = yield from a.tag_names()
    yield result
list(deleg())
sum(len(name) for name in Tag.objects.all().names())
def thrower():
    while True:
        try:
            yield
        except Tag.DoesNotExist as exc:
            print('caught', exc)
t = thrower()
next(t)
t.throw(Tag.DoesNotExist('no such tag'))
try:
    Tag.objects.get(name='rust')
except Tag.DoesNotExist as exc:
    t.throw(exc)
t.throw(ValueError('stop'))
next(t)
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
[next(c) for _ in range(3)]
dict(zip(Tag.objects.order_by('pk').values_list('name', flat=True), counter()))
yield 1
[(yield n) for n in range(3)]
