from decimal import Decimal
import uuid
s = Sample(title=12345, qty=5.9, score="2.5", amount=Decimal("2.3455"), flag=1, maybe=0)
s.title, s.qty, s.score, s.amount, s.flag, s.maybe
s.save()
s.refresh_from_db()
s.title, s.qty, s.score, s.amount, s.flag, s.maybe
s.amount = Decimal("-1.0005")
s.save()
s.amount = 7
s.save()
s.refresh_from_db()
s.amount
s.amount = "1E+2"
s.save()
s.refresh_from_db()
s.amount
s.amount = 0.1
s.save()
s.refresh_from_db()
s.amount
s.body = "It's \"quoted\"\nand two lines, café"
s.save()
Sample.objects.get(pk=s.pk).body
s.day = datetime.datetime(2020, 2, 29, 13, 45)
s.stamp = date(2020, 2, 29)
s.at = "07:08:09.5"
s.span = datetime.timedelta(days=-1, hours=3)
s.ref = "{12345678-1234-5678-1234-567812345678}"
s.save()
s.refresh_from_db()
s.day, s.stamp, s.at, s.span, s.ref
s.ref = 1
s.save()
Sample.objects.get(pk=s.pk).ref
s.score = float("inf")
s.qty = "  42 "
s.save()
Sample.objects.values_list("qty", "score").get(pk=s.pk)
s.qty = "4.0"
s.save()
s.qty = None
s.save()
Sample.objects.filter(score__gt=1).count()
Sample.objects.filter(amount=Decimal("1E+2")).count()
Sample.objects.filter(amount__lte=0.5).count()
Sample.objects.filter(qty=4.9).count()
Sample.objects.filter(flag="1").count()
Sample.objects.filter(maybe="").count()
Sample.objects.filter(day="2020-02-29").count()
Sample.objects.filter(stamp__date=date(2020, 2, 29)).count()
Sample.objects.filter(maybe=None).count()
Sample.objects.create(title="t", flag="yes")
