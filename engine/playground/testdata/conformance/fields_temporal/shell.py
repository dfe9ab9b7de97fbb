e = Event(name="Launch", day=datetime.date(2021, 3, 14), starts=datetime.datetime(2021, 3, 14, 9, 30), at=datetime.time(9, 30))
e.length
e.save()
e
e.day = "2021-03-15"
e.day
e.save()
e.refresh_from_db()
e.day
e.starts
e.at
e.length
Event.objects.create(name="Party", day=date(2020, 12, 31), starts=datetime.datetime(2020, 12, 31, 23, 59, 59, 500000), at=datetime.time(23, 59, 59, 123456), length=datetime.timedelta(days=1, seconds=30))
p = Event.objects.get(name="Party")
p.starts, p.at, p.length
Event.objects.all()
Event.objects.filter(day__year=2021)
Event.objects.filter(day__lt=date(2021, 1, 1)).values_list("name", flat=True)
Event.objects.filter(starts__gte=datetime.datetime(2021, 1, 1)).count()
Event.objects.filter(length__gt=datetime.timedelta(hours=2))
Event.objects.values("day", "at")
Event.objects.create(name="Bad", day="2021-02-30")
Event.objects.create(name="Bad", day="tomorrow")
Event.objects.create(name="Str", day="2022-01-01", starts="2022-01-01 10:00", at="10:15")
Event.objects.get(name="Str").starts
Event.objects.filter(day__month=1, day__day=1)
Event.objects.create(name="No day")
