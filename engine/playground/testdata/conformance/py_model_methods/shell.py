i1 = Item.make("  Pen ", price=Decimal("1.50"), qty=3)
i2 = Item.make("Book", price=Decimal("12"), qty=1, added=datetime.date(2021, 6, 1))
i1, i2, str(i1), print(i1)
Item.count, i1.count, Item.TAX, i1.total, i2.total
i1.total = Decimal("9")
i1.price
i1.age(datetime.date(2020, 3, 1)), i2.age(datetime.date(2022, 1, 1))
Item.normalize("  X "), i1.normalize(" Y")
sorted([i2, i1]), min(i1, i2), max([i1, i2]), i1 < i2, i1 > i2
Item.objects.all()
i1 == Item.objects.get(name="pen"), i1 == i2, i1 != i2, i1 is Item.objects.get(name="pen")
hash(i1) == hash(i1.pk), len({i1, i2, Item.objects.get(pk=i1.pk)})
{i1: 'a'}[Item.objects.get(pk=i1.pk)]
hash(Item(name="u"))
Item(name="u") == Item(name="u")
i3 = Item(name="x")
i3 == i3, i3 in [i3], i3.pk is None
i3.save()
i3, i3.pk, i3.name
i3.pk = None
i3.save()
i3, Item.objects.count()
Item.objects.all()[1:3], Item.objects.all()[-1]
Item.objects.all()[::2]
Item.objects.all()[5]
items = list(Item.objects.all())
items.sort(key=lambda i: (-i.qty, i.name))
items
items.reverse()
[i.name for i in items], items.index(i2), items.count(i1)
i2.qty *= 4
i2.price -= Decimal("0.5")
i2.name += "s"
i2.save()
Item.objects.values_list("name", "qty", "price").get(pk=i2.pk)
del i2.qty
i2.qty
Item._meta.get_field('price').default, Item._meta.get_field('added').default
type(i1.total).__name__, type(i1.price).__name__, type(Item.total).__name__, type(Item.make).__name__
Item.make.__self__ is Item, callable(Item.normalize), callable(i1.total)
getattr(Item, 'TAX'), getattr(i1, 'total'), [getattr(i1, f) for f in ('name', 'qty')]
i2.get_deferred_fields()
del i2.price
i2.get_deferred_fields()
i2.name = "renamed"
i2.save()
i2.price, i2.get_deferred_fields()
del i2.price
del i2.price
u = Item(name="unsaved")
del u.qty
u.qty
