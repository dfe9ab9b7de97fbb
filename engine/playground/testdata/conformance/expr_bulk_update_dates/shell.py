import datetime
ann = Author.objects.create(name='Ann')
bob = Author.objects.create(name='Bob')
e1 = Entry.objects.create(headline='One', author=ann, pub_date=date(2020, 1, 15), created=datetime.datetime(2020, 1, 15, 9, 30))
e2 = Entry.objects.create(headline='Two', author=ann, pub_date=date(2020, 1, 20), created=datetime.datetime(2020, 1, 20, 18, 5, 7))
e3 = Entry.objects.create(headline='Three', pub_date=date(2021, 3, 2), created=datetime.datetime(2021, 3, 2, 9, 45))
e1.headline = 'Uno'
e2.headline = 'Dos'
e1.rating = 5
e2.rating = 3
Entry.objects.bulk_update([e1, e2], ['headline', 'rating'])
Entry.objects.values_list('headline', 'rating')
e3.author = bob
e1.author = None
Entry.objects.bulk_update([e1, e3], ['author'])
Entry.objects.values_list('headline', 'author')
e1.rating = F('rating') + 10
Entry.objects.bulk_update([e1], ['rating'])
Entry.objects.values_list('headline', 'rating')
for e in [e1, e2, e3]:
    e.rating = 1
Entry.objects.bulk_update([e1, e2, e3], ['rating'], batch_size=2)
Entry.objects.bulk_update([], ['rating'])
Entry.objects.bulk_update([e1], [])
Entry.objects.bulk_update([e1], ['id'])
Entry.objects.bulk_update([e1], ['tags'])
Entry.objects.bulk_update([e1], ['nosuch'])
Entry.objects.bulk_update([Entry(headline='x', pub_date=date(2020, 1, 1), created=datetime.datetime(2020, 1, 1))], ['headline'])
Entry.objects.bulk_update([e1], ['rating'], batch_size=-1)
Entry.objects.filter(author=ann).bulk_update([e1, e2, e3], ['rating'])
Entry.objects.dates('pub_date', 'year')
Entry.objects.dates('pub_date', 'month')
Entry.objects.dates('pub_date', 'week')
Entry.objects.dates('pub_date', 'day', order='DESC')
Entry.objects.filter(headline__contains='o').dates('pub_date', 'day')
Entry.objects.dates('created', 'month')
Entry.objects.datetimes('created', 'hour')
Entry.objects.datetimes('created', 'minute', order='DESC')
Entry.objects.datetimes('created', 'day')
Entry.objects.dates('pub_date', 'hour')
Entry.objects.dates('pub_date', 'year', order='up')
Entry.objects.datetimes('pub_date', 'hour')
Entry.objects.dates('nosuch', 'year')
list(Entry.objects.dates('pub_date', 'year'))
Entry.objects.dates('pub_date', 'month').count()
print(Entry.objects.dates('pub_date', 'month').query)
