from decimal import Decimal
m = Measurement(label="first", count=3, price=Decimal("12.5"))
m.price
m.ratio
m.save()
m.pk, m.small, m.positive, m.big
m.count = "5"
m.count
m.save()
m.count
m.refresh_from_db()
m.count
m.price
m.ratio
m.weight
Measurement.objects.create(label="second", count=-7, big=9007199254740993, price="3.14159", ratio=1, weight=Decimal("0.1"))
s = Measurement.objects.get(label="second")
s.price, s.weight, s.ratio, s.big
Measurement.objects.filter(price__gt=Decimal("10")).values_list("label", "price")
Measurement.objects.filter(ratio=1).count()
Measurement.objects.values("count", "ratio", "price").order_by("count")
Measurement.objects.create(label="bad", count="lots", price=1)
Measurement.objects.filter(count="abc")
Measurement.objects.create(label="neg", count=1, positive=-1, price=1)
Measurement.objects.create(label="big", count=1, price=Decimal("123456.78"))
Measurement.objects.create(label="float price", count=2, price=2.5)
Measurement.objects.get(label="float price").price
Measurement.objects.filter(price=Decimal("2.50")).exists()
