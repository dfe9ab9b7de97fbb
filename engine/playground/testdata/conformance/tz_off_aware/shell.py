from django.utils import timezone
utc = datetime.timezone.utc
plus2 = datetime.timezone(datetime.timedelta(hours=2))
e = Event.objects.create(name="naive", starts=datetime.datetime(2023, 5, 1, 12, 30))
Event.objects.get(pk=e.pk).starts
Event.objects.create(name="aware", starts=datetime.datetime(2023, 5, 1, 12, 30, tzinfo=utc))
Event.objects.create(name="aware str", starts="2023-05-01 12:30+02:00")
Event.objects.filter(starts=datetime.datetime(2023, 5, 1, 12, 30, tzinfo=plus2))
Event.objects.filter(starts__date=date(2023, 5, 1))
Event.objects.filter(starts__hour=12)
Event.objects.dates("starts", "month")
Event.objects.datetimes("starts", "hour")
Event.objects.create(name="day", starts=datetime.datetime(2023, 5, 2), day=datetime.datetime(2023, 5, 1, 23, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-2)))).day
Event.objects.get(name="day").day
timezone.now().tzinfo is None
timezone.is_naive(timezone.now())
timezone.get_current_timezone_name()
timezone.make_aware(datetime.datetime(2023, 1, 1))
timezone.localtime(datetime.datetime(2023, 1, 1, tzinfo=plus2))
