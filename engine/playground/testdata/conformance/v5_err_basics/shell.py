a = Author.objects.create(name='ann')
Author.objects.create(name='ann')
Author.objects.create(name=None)
Book.objects.create(title='x', author_id=99)
Book(title='neg', author=a, pages=-2).save()
Book.objects.create(title='h1', author=a, kind='h')
b2 = Author.objects.create(name='bob')
Book.objects.create(title='h1', author=b2, kind='h')
Book.objects.create(title='h1', author=a, kind='p')
u = Author(name='unsaved')
Book(title='u', author=u).save()
Book(title='u', author='ann')
Book(title='u', foo=1)
Book.objects.create(title='u', foo=1)
Author.objects.get(name='zed')
Book.objects.create(title='h2', author=a)
Book.objects.get(author=a)
Book.objects.filter(id='abc')
Book.objects.get(pk='abc')
Book.objects.filter(published='2020-13-01')
Book.objects.filter(published='nope')
Book.objects.filter(price='abc')
Book(title='d', author=a, published='2020-02-30').save()
Book(title='d', author=a, price='abc').save()
Book(title='d', author=a, pages='x').save()
Book(title='waytoolongtitle', author=a, kind='z', pages=3).full_clean()
try:
    Book(title='', author=a, kind='z', pages=3).full_clean()
except ValidationError as e:
    print(e.message_dict)
    print(repr(e))
try:
    Book(title='h1', author=a).full_clean()
except ValidationError as e:
    print(e.message_dict)
Book(title='h1', author=a).clean_fields()
Author(name='ann').full_clean()
Author(name='new', email='bad').full_clean()
a.bio
try:
    a.bio
except Author.bio.RelatedObjectDoesNotExist as e:
    print(type(e), e)
Author(name='z').book_set.all()
Book(title='z').tag_set.all()
Tag(name='t').books.all()
a.delete()
Book.objects.all()[:1].update(title='q')
Book.objects.all()[:1].delete()
Book.objects.filter(nope=1)
Book.objects.order_by('nope')
Book.objects.order_by('nope').first()
Book.objects.all()[-1]
Book.objects.all()[5:2]
Book.objects.all()[-2:]
Author.objects.create(**{'pk': 10, 'name': 'ten'})
Author.objects.get(pk=10)
a.nickname
Author.objects.nope
a.objects
Base.objects
Base(name='x')
a.ratio()
a.lookup()
a.broken()
a.typo()
b2.ratio()
