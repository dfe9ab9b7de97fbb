from decimal import Decimal
from django.db.models import Count, F
p1 = Product.objects.create(name="Pen", qty_target=Decimal("5"))
p2 = Product.objects.create(name="Ink", qty_target=Decimal("3"))
s1 = Stock.objects.create(product=p1, qty_available=Decimal("10"))
s2 = Stock.objects.create(product=p2, qty_available=Decimal("1"))
f1 = Freebie.objects.create(gift_product=p1, stock_id=s1.id)
f2 = Freebie.objects.create(gift_product=p2, stock_id=s2.id)
f3 = Freebie.objects.create(gift_product=p1, stock_id=s2.id)
f4 = Freebie.objects.create(gift_product=p2)
Freebie._meta.get_field("stock")
[f.name for f in Freebie._meta.fields]
[f.name for f in Freebie._meta.concrete_fields]
Stock._meta.related_objects
Freebie._meta.get_fields()
Stock._meta.get_fields()
stock = Freebie._meta.get_field("stock")
stock.column, stock.attname, stock.concrete, stock.is_relation, stock.many_to_one
stock.from_fields, stock.to_fields
stock.related_fields
stock.remote_field
Freebie.objects.filter(stok=1)
f1.stock
f1.stock.qty_available
f3.stock
f4.stock
Freebie.objects.filter(stock__qty_available__gt=F("gift_product__qty_target"))
Freebie.objects.filter(stock__product__name="Ink")
Freebie.objects.filter(stock__id=s1.id)
Freebie.objects.filter(stock=s1)
Freebie.objects.filter(stock__in=[s1, s2])
Freebie.objects.exclude(stock__qty_available__gt=1)
Freebie.objects.exclude(stock=s1)
Freebie.objects.filter(stock__isnull=True)
Freebie.objects.filter(stock__isnull=False)
Freebie.objects.exclude(stock__isnull=True)
Freebie.objects.filter(stock=None)
Freebie.objects.order_by("-stock__qty_available").values_list("id", "stock__qty_available")
Stock.objects.filter(freebie__gift_product=p1)
Stock.objects.annotate(n=Count("freebie")).order_by("id").values_list("id", "n")
s1.freebie_set.all()
s2.freebie_set.all()
s2.freebie_set.count()
Stock.objects.prefetch_related("freebie_set")
Freebie.objects.select_related("stock").get(pk=f1.pk).stock
Freebie.objects.select_related().get(pk=f2.pk).stock
f4.stock = s1
f4.stock_id, f4.gift_product_id
f4.stock = None
f4.stock_id, f4.gift_product_id
f4.stock = p1
Freebie(gift_product=p1, stock=s2).stock_id
s1.freebie_set.create(id=7)
Freebie.objects.filter(pk=f1.pk).update(stock=s1)
Freebie.objects.filter(stock__pk=s1.pk).order_by("stock").values_list("id", flat=True)
Stock.objects.filter(pk=s1.pk).delete()
Freebie.objects.count()
