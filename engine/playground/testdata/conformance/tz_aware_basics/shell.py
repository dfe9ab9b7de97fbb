from django.utils import timezone
utc = datetime.timezone.utc
minus2 = datetime.timezone(datetime.timedelta(hours=-2))
a = Event.objects.create(name="launch", starts=datetime.datetime(2023, 5, 1, 12, 30, tzinfo=utc), day=date(2023, 5, 1))
a.starts
a.starts.tzinfo
b = Event.objects.create(name="late", starts=datetime.datetime(2023, 5, 1, 23, 59, 59, 999999, tzinfo=utc))
c = Event.objects.create(name="offset", starts=datetime.datetime(2022, 12, 31, 23, 30, tzinfo=minus2))
c.starts
str(c.starts)
Event.objects.get(name="offset").starts
c.refresh_from_db()
c.starts
c.starts.tzinfo
c.starts == datetime.datetime(2023, 1, 1, 1, 30, tzinfo=utc)
print(c.starts)
c.starts.isoformat()
Event.objects.values_list("name", "starts")
Event.objects.values("starts").first()
Event.objects.filter(starts=datetime.datetime(2023, 5, 1, 14, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
Event.objects.filter(starts__gt=datetime.datetime(2023, 5, 1, 12, 30, tzinfo=utc))
Event.objects.filter(starts__range=(datetime.datetime(2023, 5, 1, tzinfo=utc), datetime.datetime(2023, 5, 2, tzinfo=utc)))
Event.objects.filter(starts__in=[a.starts, c.starts])
Event.objects.filter(starts__date=date(2023, 5, 1))
Event.objects.filter(starts__date__gte=date(2023, 1, 1))
Event.objects.filter(starts__date=datetime.datetime(2023, 5, 1, 22, 0, tzinfo=minus2))
Event.objects.filter(starts__year=2023)
Event.objects.filter(starts__year__lt=2023)
Event.objects.filter(starts__iso_year=2022)
Event.objects.filter(starts__month=5, starts__day=1)
Event.objects.filter(starts__hour=23)
Event.objects.filter(starts__minute__gte=30)
Event.objects.filter(starts__second=59)
Event.objects.filter(starts__week_day=2)
Event.objects.filter(starts__iso_week_day=1)
Event.objects.filter(starts__week=18)
Event.objects.filter(starts__quarter=1)
Event.objects.filter(starts__time__lt=datetime.time(13, 0))
Event.objects.filter(starts__time=datetime.time(1, 30))
Event.objects.filter(day__year=2023)
Event.objects.filter(day__month=5)
Event.objects.exclude(starts__date=date(2023, 5, 1)).values_list("name", flat=True)
Event.objects.order_by("-starts__hour").values_list("name", "starts__hour")
Event.objects.values("starts__date").distinct()
Event.objects.dates("starts", "year")
Event.objects.dates("starts", "month", order="DESC")
Event.objects.dates("starts", "week")
Event.objects.dates("day", "day")
Event.objects.datetimes("starts", "day")
Event.objects.datetimes("starts", "hour", order="DESC")
list(Event.objects.datetimes("starts", "minute"))[0].tzinfo
Event.objects.datetimes("starts", "second")
Event.objects.datetimes("starts", "year")
Event.objects.update(ends=datetime.datetime(2023, 2, 1, 8, 0, tzinfo=utc))
Event.objects.filter(ends__isnull=False).values_list("ends", flat=True).first()
Event.objects.aggregate(first=Min("starts"), last=Max("starts"))
Event.objects.latest("starts")
Event.objects.earliest("starts").starts
a.starts = datetime.datetime(2023, 5, 2, 9, 0, tzinfo=utc)
a.save()
Event.objects.filter(pk=a.pk).update(starts=F("starts") + datetime.timedelta(hours=1))
Event.objects.get(pk=a.pk).starts
Event.objects.filter(starts__gt=F("ends")).values_list("name", flat=True)
Event.objects.annotate(span=F("ends") - F("starts")).values_list("name", "span")
n = Event.objects.create(name="naive", starts=datetime.datetime(2023, 6, 1, 8, 0))
n.starts
Event.objects.get(name="naive").starts
Event.objects.filter(starts__lt=datetime.datetime(2023, 6, 1, 9, 0))
Event.objects.filter(starts__date=datetime.datetime(2023, 6, 1, 9, 0))
s = Event.objects.create(name="string", starts="2023-07-01 10:00")
s.starts
Event.objects.get(name="string").starts
Event.objects.create(name="string tz", starts="2023-07-01T10:00:00+02:00").starts
Event.objects.get(name="string tz").starts
Event.objects.create(name="string z", starts="2023-07-01 10:00Z").starts
Event.objects.get(name="string z").starts
Event.objects.create(name="date only", starts=date(2023, 8, 1)).starts
Event.objects.get(name="date only").starts
Event.objects.filter(starts=date(2023, 8, 1))
Event.objects.filter(starts__gte="2023-07-01 09:00+01:00").values_list("name", flat=True)
e = Event(name="x", starts=datetime.datetime(2023, 1, 1, tzinfo=utc), day=datetime.datetime(2023, 1, 1, 23, 0, tzinfo=minus2))
e.full_clean()
e.day
Event.objects.filter(day=datetime.datetime(2023, 4, 30, 23, 0, tzinfo=minus2))
Event.objects.filter(starts="2023-13-01 10:00")
Event.objects.filter(starts="soon")
now = timezone.now()
now.tzinfo
timezone.is_aware(now)
now > a.starts
abs(timezone.now() - now) < datetime.timedelta(minutes=1)
now - a.starts > datetime.timedelta(days=1)
n.starts < now
st = Stamp(label="x")
st.created is None
Stamp._meta.get_field("created").pre_save(st, True).tzinfo
st.created.tzinfo
Stamp._meta.get_field("day").pre_save(st, True) == date.today()
st.updated is None
