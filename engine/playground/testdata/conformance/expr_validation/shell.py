from decimal import Decimal
from django.core.exceptions import ValidationError, NON_FIELD_ERRORS
p = Publisher.objects.create(name='Acme')
b = Book(title='', pages=0, price=Decimal('1234.567'), format='xx')
try:
    b.full_clean()
except ValidationError as e:
    print(e.message_dict)
b.full_clean()
b = Book(title='Dune', pages=600, price=Decimal('9.99'), publisher=p)
b.full_clean()
b.save()
b2 = Book(title='Dune', pages=600, price=Decimal('9.99'), publisher=p)
b2.full_clean()
b2.full_clean(exclude=['title'])
b2.validate_unique()
b2.clean_fields()
b3 = Book(title='emma', pages=20, price=Decimal('5'), format='hb', email='not-an-email', slug='has space')
try:
    b3.full_clean()
except ValidationError as e:
    print(sorted(e.message_dict.items()))
    print(e.messages)
b3.clean()
b3.clean_fields(exclude=['email', 'slug'])
Publisher(name='Acme').full_clean()
Publisher(name='A' * 25).full_clean()
Book(title='Tiny', pages=3000, price=Decimal('1'), publisher_id=99).full_clean()
Book(title='X', pages='many', price=Decimal('1')).full_clean()
Book(title='X', pages=10, price='abc').full_clean()
Book(title='X', pages=10, price=Decimal('1'), published='2020-13-01').full_clean()
Book(title='X', pages=10, price=Decimal('1'), email='a@b.co').full_clean()
b4 = Book(title='Fine', pages=10, price=Decimal('1.5'))
b4.full_clean()
b4.price
e = ValidationError('Bad %(x)s', code='bad', params={'x': 42})
e
e.messages
e.message
e.code
e.params
e.message_dict
ValidationError({'a': ['x', ValidationError('y')], NON_FIELD_ERRORS: 'z'})
ValidationError({'a': 'x'}).message_dict
ValidationError(['x', 'y'])
str(ValidationError('plain'))
ValidationError(ValidationError({'f': 'g'})).message_dict
raise ValidationError('Something went wrong')
raise ValidationError({'title': 'Too short'})
Book._meta.get_field('title').clean('Toolongtitle!', None)
Book._meta.get_field('format').clean('zz', None)
Book._meta.get_field('pages').clean(None, None)
