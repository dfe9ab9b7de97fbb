i = Item(name='pen', qty=3)
i._original_qty
i.save()
Item.objects.create(name='cup')
items = list(Item.objects.all())
items[1]._original_qty
Item(None, 'box', 2)
Item.objects.get(pk=1).qty
