from django.db import transaction, IntegrityError
log = []
transaction.on_commit(lambda: log.append('now'))
log
with transaction.atomic():
    transaction.on_commit(lambda: print('committed 1'))
    Author.objects.create(name='a')
    with transaction.atomic():
        transaction.on_commit(lambda: print('committed 2'))
    try:
        with transaction.atomic():
            transaction.on_commit(lambda: print('never: savepoint rolled back'))
            raise ValueError
    except ValueError:
        pass
    print('end of block')
with transaction.atomic():
    transaction.on_commit(lambda: print('never: rolled back'))
    raise KeyError('k')
transaction.on_commit(42)
def make(n):
    """Make n authors."""
    for i in range(n):
        Author.objects.create(name='m%d' % i)
    return n
make = transaction.atomic(make)
make.__name__, make.__doc__
make(2)
def fail():
    Author.objects.create(name='m0')
fail = transaction.atomic(savepoint=False)(fail)
fail()
Author.objects.count()
def first_over(limit):
    for a in Author.objects.order_by('name'):
        with transaction.atomic():
            if a.name == 'm0':
                continue
            if a.name > limit:
                return a
    return None
first_over('a')
transaction.get_autocommit()
a = Author.objects.get(name='a')
try:
    a.rename_twice('b', 'm1')
except IntegrityError as e:
    print(e)
a.refresh_from_db()
a
a.rename_once('m0')
a.name
a.refresh_from_db()
a
with transaction.atomic():
    transaction.on_commit(lambda: 1 / 0)
    Author.objects.create(name='z')
Author.objects.filter(name='z').exists()
class Tracker:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print('enter', self.label)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.label, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError
with Tracker('t1') as t, transaction.atomic():
    Author.objects.create(name='t')
    raise KeyError('swallowed')
Author.objects.filter(name='t').exists()
with transaction.atomic(), Tracker('t2'):
    Author.objects.create(name='t')
    raise KeyError('swallowed inside the atomic block')
Author.objects.filter(name='t').exists()
with Tracker('t3'):
    with transaction.atomic():
        Author.objects.create(name='t3')
        raise TypeError('not swallowed')
Author.objects.filter(name='t3').exists()
