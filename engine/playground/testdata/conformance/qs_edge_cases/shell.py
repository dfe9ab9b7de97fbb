Note.objects.bulk_create([Note(title='a', score=1, created=date(2020, 1, 1)), Note(title='b', score=2), Note(title='c', score=3, created=date(2021, 5, 5))])
Note.objects.bulk_create([Note(title='a'), Note(title='d', score=4)], ignore_conflicts=True)
Note.objects.update()
Note.objects.none().update(score=1)
Note.objects.none().delete()
Note.objects.none().aggregate(Sum('score'), n=Count('id'))
Note.objects.none().exists()
Note.objects.none().first()
Note.objects.none()[0]
Note.objects.filter(pk__in=[]).update(score=5)
Note.objects.exclude()
Note.objects.filter()
Note.objects.values_list()
Note.objects.values('title').first()
Note.objects.values_list('title', flat=True).last()
Note.objects.earliest()
Note.objects.latest('-created')
Note.objects.latest('created')
Note.objects.earliest('created', 'title')
Note.objects.all()[:2].latest('created')
Note.objects.order_by('-score')[:2].reverse()
list(Note.objects.filter(score__gte=3).iterator())
Note.objects.get_or_create(title='e', defaults={'score': lambda: 10})
Note.objects.update_or_create(title='e', defaults={'score': 11, 'body': 'x'})
Note.objects.update_or_create(title='f', defaults={'score': 12})
Note.objects.filter(title='zz').update_or_create(title='g')
Note.objects.count()
Note.objects.filter(score__gt=100).aggregate(m=Max('score'), c=Count('id'), a=Avg('score'))
Note.objects.aggregate()
Note.objects.annotate()
Note.objects.order_by('score').values_list('score', flat=True)[1:3]
Note.objects.values_list('score', flat=True)[::2]
Note.objects.all()[1:2][0]
Note.objects.all()[2:][:1]
Note.objects.all()['a']
Note.objects.all()[1.5]
