from django.db import IntegrityError
Event._meta.constraints
Event._meta.total_unique_constraints
Ticket._meta.constraints
c = Event._meta.constraints[0]
c.name
c.check
Event._meta.constraints[5].condition
Event._meta.constraints[4].condition
Event._meta.constraints[4].fields
e = Event.objects.create(name='a', start=date(2020, 1, 2), end=date(2020, 1, 3))
Event.objects.create(name='b', start=date(2020, 1, 2), end=date(2020, 1, 1))
Event.objects.create(name='b', start=date(2020, 1, 2), end=date(2020, 1, 2), price=1000)
Event.objects.create(name='b', start=date(2020, 1, 2), end=date(2020, 1, 2), price=-1)
Event.objects.create(name='b', start=date(2020, 1, 2), end=date(2020, 1, 2), status='gone')
Event.objects.create(name='b', start=date(2020, 1, 2), end=date(2020, 1, 2), status='gone', active=False)
Event.objects.create(name='', start=date(2020, 1, 2), end=date(2020, 1, 2))
Event.objects.create(name='a', start=date(2020, 1, 2), end=date(2020, 1, 5), active=False)
Event.objects.create(name='a', start=date(2020, 2, 2), end=date(2020, 2, 5))
Event.objects.create(name='a', start=date(2020, 2, 2), end=date(2020, 2, 5), active=False)
Event.objects.create(name='c', start=date(2020, 1, 2), end=date(2020, 1, 3), seats=-5)
Event.objects.filter(name='a').update(end=date(2019, 1, 1))
Event.objects.filter(name='a').update(active=True)
Event(name='a', start=date(2020, 1, 2), end=date(2020, 1, 3)).full_clean()
Event(name='a', start=date(2021, 1, 2), end=date(2020, 1, 3)).full_clean()
Event(name='a', start=date(2021, 1, 2), end=date(2020, 1, 3)).validate_unique()
Event(name='z', start=date(2021, 1, 2), end=date(2020, 1, 3), seats=-1).full_clean()
Ticket.objects.create(event=e, code='X1')
Ticket.objects.create(event=e, code='T1')
Ticket.objects.create(event=e, code='T1')
Ticket.objects.create(event=e)
Ticket.objects.create(event=e)
Ticket(event=e, code='T1').full_clean()
Ticket.objects.filter(code='T2').count()
Ticket.objects.values_list('code', flat=True).order_by('pk')
Event.objects.values('start__year', 'name').order_by('pk')
Event.objects.values_list('start__month', flat=True).order_by('pk')
Event.objects.values('name__nope')
Event.objects.values('start__nope')
Event.objects.values('start__year__nope')
