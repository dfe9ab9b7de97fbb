a = Author.objects.create(name='ann', age=30)
a.greet()
a.greet('hi', 'there')
a.greet(greting='hi')
a.greet('hi')
a.first_title()
a.half_age()
a.letters()
a.nick()
a.check()
Author(name='x', age=-1).check()
Author(name='x').check()
a.total()
a.nme
a.name.foo()
int('abc')
int(None)
float('x')
len(5)
[1, 2][5]
{}['x']
x, y = [1, 2, 3]
x, y, z = [1, 2]
None + 1
'a' + 1
1 + 'a'
'%d' % 'x'
'{}'.format()
f'{a.name:d}'
sorted([1, 'a'])
a < a
{Author(name='x')}
Author(name='x') == Author(name='x')
a == Author.objects.get(pk=a.pk)
b = Book.objects.create(title='t', author=a)
b
str(b)
print(b)
Book.objects.all()
Broken.objects.create(n=1)
Broken(n=-1).save()
Broken.objects.create(n=-5)
Broken.objects.all()
len(Author.objects)
for x in Author.objects:
    print(x)
Author.objects[0]
Author.objects.all.count()
Author.objects.filter(name='ann').name
Author.objects.all().nope()
Author.save()
Author.objects.create('ann')
Author.objects.get(1)
Author('ann')
Author(1, 'ann', 3, 4)
Author(1, id=2)
Author.DoesNotExist
Author.DoesNotExist()
Author.MultipleObjectsReturned
try:
    Author.objects.create(name=None)
except Exception as e:
    print(type(e))
    print(repr(e))
    print(e.args)
import math
math.sqrt(-1)
raise ValueError('boom')
raise Author.DoesNotExist('custom')
a.greet(1)
undefined_name
a.book_set.first().title.nope
del a.nope
a.greet.foo
a.save.foo
type(a.save)
type(a.greet)
type(Author.save)
Author.objects.count.__name__
Author.objects.filter().count.__qualname__
a.save.__qualname__
Author.objects.all().count('x')
Author.objects.all().get_or_create('a', 'b', 'c')
Author.objects.filter(name='ann').update('x')
a.save(True, True, True, True, True)
a.delete('x', 'y', 'z')
a.refresh_from_db(1, 2, 3)
a.full_clean(1, 2, 3, 4)
Author.objects.all().first(1)
Author.objects.values_list('name', flatt=True)
Author.objects.order_by('name').reverse(1)
