import zoneinfo
from django.utils import timezone
from django.db.models.functions import Cast, TruncDay, ExtractHour
utc = datetime.timezone.utc
tokyo = datetime.timezone(datetime.timedelta(hours=9))
Shift.objects.bulk_create([Shift(who="ann", starts=datetime.datetime(2023, 3, 1, 22, 0, tzinfo=utc)), Shift(who="bob", starts=datetime.datetime(2023, 3, 2, 8, 0, tzinfo=tokyo))])
Shift.objects.values_list("who", "starts")
Shift.objects.update_or_create(who="ann", defaults={"starts": datetime.datetime(2023, 3, 1, 23, 0, tzinfo=zoneinfo.ZoneInfo("UTC"))})
Shift.objects.get_or_create(who="cy", defaults={"starts": datetime.datetime(2023, 12, 31, 23, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))})
Shift.objects.in_bulk(field_name="who")
Shift.objects.filter(starts__date__range=(date(2023, 3, 1), date(2023, 3, 2))).values_list("who", flat=True)
Shift.objects.filter(starts__year__in=[2024]).values_list("who", flat=True)
Shift.objects.filter(starts__year__gte=2024).values_list("who", flat=True)
Shift.objects.exclude(starts__hour__lt=12).values_list("who", flat=True)
Shift.objects.annotate(d=Cast("starts", models.DateField())).values_list("who", "d")
Shift.objects.annotate(h=ExtractHour("starts")).filter(h__gte=22).values_list("who", flat=True)
Shift.objects.filter(starts__gt=Value(datetime.datetime(2023, 3, 1, 22, 30, tzinfo=utc))).values_list("who", flat=True)
Shift.objects.annotate(later=F("starts") + datetime.timedelta(hours=3)).values_list("who", "later")
Shift.objects.filter(starts__lt=F("starts") + datetime.timedelta(days=1)).count()
s = Shift(who="dee", starts="2023-05-05T10:00:00+02:00", day="2023-05-05", at="10:30")
s.full_clean()
s.starts
s.day
s.at
s.starts = "2023-05-05 10:00:00Z"
s.full_clean()
s.starts
s.starts = "2023-05-05 10:00:00 +0530"
s.full_clean()
s.starts
s.starts = "2023-05-05T10:00"
s.full_clean()
s.starts
s.starts = "20230505T1000"
s.full_clean()
s.starts
s.starts = "2023-W18-5 10:00"
s.full_clean()
s.starts
s.day = "2023-W18-5"
s.full_clean()
s.day
s.at = "10:30:15.5+02:00"
s.full_clean()
s.at
s.save()
Shift.objects.get(who="dee").starts
Shift.objects.filter(day="20230505").values_list("who", flat=True)
Shift.objects.filter(at="1030").values_list("who", flat=True)
Shift.objects.filter(starts="2023-05-05T10:00:00+00:00").values_list("who", flat=True)
with timezone.override(tokyo):
    print(Shift.objects.filter(starts__year=2024).values_list("who", flat=True))
    print(Shift.objects.filter(starts__date=date(2023, 3, 2)).values_list("who", flat=True))
    print(Shift.objects.annotate(d=TruncDay("starts")).values_list("who", "d"))
    print(timezone.localtime(Shift.objects.get(who="bob").starts))
    print(timezone.localdate(Shift.objects.get(who="ann").starts))

a = Shift.objects.get(who="ann").starts
a - datetime.timedelta(hours=23)
a.astimezone(tokyo)
a.astimezone(tokyo) == a
a.replace(tzinfo=None)
a.isoformat()
a.timestamp()
a.strftime("%Y-%m-%d %H:%M %Z %z")
str(a.date())
a.time()
a.timetz()
datetime.datetime.fromisoformat("2023-01-01T10:00+02:00")
datetime.datetime.fromisoformat("2023-01-01T10:00Z")
datetime.datetime.fromisoformat("20230101T1000")
datetime.date.fromisoformat("2023-W01-1")
datetime.time.fromisoformat("10:00:00+05:30")
datetime.datetime(2023, 1, 1, tzinfo=utc) - datetime.datetime(2022, 12, 31, 20, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
datetime.datetime(2023, 1, 1, tzinfo=utc) == datetime.datetime(2022, 12, 31, 19, tzinfo=datetime.timezone(datetime.timedelta(hours=-5)))
sorted([datetime.datetime(2023, 1, 1, 1, tzinfo=utc), datetime.datetime(2023, 1, 1, 1, tzinfo=tokyo)])
print(Shift.objects.filter(starts__hour=1, starts__date=date(2023, 3, 1)).query)
print(Shift.objects.datetimes("starts", "day").query)
print(Shift.objects.annotate(h=ExtractHour("starts", tzinfo=tokyo), d=TruncDay("day")).values("h", "d").query)
