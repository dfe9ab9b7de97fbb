import datetime
import uuid
from decimal import Decimal
print(Event.objects.filter(title="O'Brien's party").query)
print(Event.objects.filter(day=date(2020, 1, 2), starts__gte=datetime.datetime(2020, 1, 2, 10, 30)).query)
print(Event.objects.filter(at__lt=datetime.time(9, 15), length__gt=datetime.timedelta(hours=1)).query)
print(Event.objects.filter(price=Decimal('9.90'), public=False, ratio__gt=0.25).query)
print(Event.objects.filter(code=uuid.UUID('12345678-1234-5678-1234-567812345678')).query)
print(Event.objects.filter(title__icontains='50%', title__in=['a', 'b']).query)
print(Event.objects.filter(length=None).exclude(title='').query)
print(Event.objects.filter(id__in=[]).query)
print(Event.objects.none().query)
print(Event.objects.values('title').annotate(n=Count('id')).order_by('-n').query)
print(Event.objects.all()[10:20].query)
print(Event.objects.filter(day__year=2020).query)
print(Event.objects.filter(starts__year=2020).query)
print(Event.objects.filter(starts__date=date(2020, 1, 2)).query)
str(Event.objects.all().query)
