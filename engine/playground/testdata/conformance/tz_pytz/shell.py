from django.utils import timezone
import pytz
pytz.utc
pytz.UTC is pytz.utc
pytz.timezone("UTC")
pytz.utc.zone
pytz.utc.localize(datetime.datetime(2023, 1, 1))
pytz.utc.localize(datetime.datetime(2023, 1, 1, tzinfo=pytz.utc))
pytz.utc.normalize(datetime.datetime(2023, 1, 1, 2, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
timezone.make_aware(datetime.datetime(2023, 1, 1), pytz.utc)
timezone.make_aware(datetime.datetime(2023, 1, 1, tzinfo=pytz.utc), pytz.utc)
A.objects.create(x=datetime.datetime(2023, 1, 1, tzinfo=pytz.utc)).x
A.objects.get().x
A.objects.get().x == datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
str(pytz.utc)
