from django.db import transaction, IntegrityError, DatabaseError
from django.db.transaction import TransactionManagementError
a = Author.objects.create(name='a')
with transaction.atomic():
    try:
        Author.objects.create(name='a')
    except IntegrityError:
        print('caught')
    print(transaction.get_rollback())
    Author.objects.count()
with transaction.atomic():
    try:
        Author.objects.create(name='a')
    except IntegrityError:
        print('caught, then ends quietly')
Author.objects.count()
with transaction.atomic():
    Author.objects.create(name='b')
    try:
        with transaction.atomic():
            Author.objects.create(name='a')
    except IntegrityError as e:
        print('savepoint', e)
    Author.objects.create(name='c')
Author.objects.values_list('name', flat=True).order_by('name')
with transaction.atomic():
    Author.objects.create(name='d')
    try:
        with transaction.atomic(savepoint=False):
            Author.objects.create(name='a')
    except IntegrityError:
        print('no savepoint')
    print(transaction.get_rollback())
Author.objects.filter(name='d').exists()
with transaction.atomic():
    Book.objects.create(title='orphan', author_id=999)
    print('inserted')
Book.objects.count()
Book.objects.create(title='orphan', author_id=999)
with transaction.atomic():
    with transaction.atomic():
        Book.objects.create(title='orphan2', author_id=999)
    print('inner released')
with transaction.atomic():
    Author.objects.get_or_create(name='a')
    Author.objects.get_or_create(name='e')
Author.objects.count()
with transaction.atomic():
    Restaurant.objects.create(name='r1', stars=1)
    try:
        Restaurant.objects.create(name='r2', stars=1)
    except IntegrityError:
        print('mti failed')
Place.objects.count()
with transaction.atomic():
    Author.objects.bulk_create([Author(name='f'), Author(name='g')])
    Author.objects.filter(name='f').update(name='f2')
    Author.objects.filter(name='g').delete()
    raise RuntimeError('undo all')
Author.objects.values_list('name', flat=True).order_by('name')
with transaction.atomic(durable=True):
    with transaction.atomic(durable=True):
        pass
with transaction.atomic():
    Author.objects.create(name='h')
    try:
        Author.objects.get(name='nobody')
    except Author.DoesNotExist:
        print('not found is fine')
    Author.objects.count()
isinstance(TransactionManagementError(), DatabaseError)
TransactionManagementError.__mro__
