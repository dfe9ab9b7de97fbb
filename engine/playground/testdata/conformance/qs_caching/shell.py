for i in range(25):
    Item.objects.create(name='item%02d' % i, qty=i % 4)
qs = Item.objects.filter(qty__gte=1)
qs
qs[0]
qs[3:5]
len(qs)
qs.count()
qs[0]
qs[3:5]
qs
bool(qs)
qs.exists()
print([i.name for i in qs][:3])
Item.objects.all()
Item.objects.filter(qty=3).count()
len(Item.objects.filter(qty=3))
bool(Item.objects.filter(qty=7))
Item.objects.filter(qty=7).exists()
Item.objects.get(qty=1)
Item.objects.get(qty=2, name__lt='item03')
Item.objects.filter(qty=0).first()
e = Item.objects.all()
list(e)[:2]
e.count()
e.filter(qty=0).count()
i = iter(Item.objects.filter(qty=3))
next(i)
next(i)
qs2 = Item.objects.all()
item = qs2[24]
qs2[100]
qs2[:3][1:2]
qs2[5:][:2]
qs2[5:10][10:20]
Item.objects.all()[:5].filter(qty=1)
Item.objects.all()[:5].order_by('qty')
Item.objects.all()[1:3].reverse()
Item.objects.order_by('-qty', 'name')[:4]
