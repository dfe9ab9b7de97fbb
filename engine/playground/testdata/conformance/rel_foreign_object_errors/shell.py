p = Product.objects.create(name="Pen")
f = Freebie.objects.create(gift_product=p, stock_id=1)
Freebie._meta.get_field("stock")
f.stock
Freebie.objects.filter(stock__product=p)
Freebie.objects.filter(other__product=p)
f.other
Stock.objects.filter(freebie__gift_product=p)
