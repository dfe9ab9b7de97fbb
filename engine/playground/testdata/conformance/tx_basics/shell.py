from django.db import transaction, IntegrityError
transaction.get_autocommit()
with transaction.atomic():
    a = Author.objects.create(name='x')
    Book.objects.create(title='t', author=a)
    print(transaction.get_autocommit())
Author.objects.create(name='dup')
try:
    with transaction.atomic():
        Author.objects.create(name='y')
        Author.objects.create(name='dup')
except IntegrityError as e:
    print('rolled back', e)
Author.objects.order_by('name')
with transaction.atomic():
    Author.objects.create(name='z')
    raise ValueError('oops')
Author.objects.filter(name='z').exists()
with transaction.atomic():
    Author.objects.create(name='outer')
    try:
        with transaction.atomic():
            Author.objects.create(name='inner')
            Book.objects.create(title='inner book', author=a)
            raise KeyError('inner')
    except KeyError:
        print('inner rolled back')
    print(Author.objects.filter(name__in=['outer', 'inner']).count())
Author.objects.order_by('name')
Book.objects.order_by('title')
with transaction.atomic():
    Author.objects.create(name='flag')
    transaction.set_rollback(True)
    print(transaction.get_rollback())
Author.objects.filter(name='flag').exists()
transaction.set_rollback(True)
transaction.get_rollback()
with transaction.atomic():
    Author.objects.create(name='sp')
    with transaction.atomic():
        Author.objects.create(name='sp2')
        transaction.set_rollback(True)
Author.objects.filter(name__startswith='sp').order_by('name')
with transaction.atomic():
    transaction.commit()
transaction.commit()
transaction.rollback()
