i = Item(name='pen', price=2)
i.save(force_insert=True)
i._state.adding
i._state.db
i.save(force_insert=True)
j = Item(id=99, name='ghost')
j.save(force_update=True)
j._state.adding
k = Item(name='nopk')
k.save(force_update=True)
i.save(force_insert=True, force_update=True)
i.name = 'pencil'
i.price = 3
i.save(update_fields=['name'])
Item.objects.values_list('name', 'price')
i.save(update_fields=[])
i.save(update_fields=['tags'])
i.save(update_fields=['id'])
i.save(update_fields=('price',))
Item.objects.filter(pk=i.pk).update(name='marker')
i.name
i.refresh_from_db(fields=['price'])
i.name
i.refresh_from_db()
i.name
j.save(update_fields=['name'])
Item(name='x')._state.adding
Item(name='x')._state.db
Item.objects.get(pk=1)._state.db
i.delete()
i.pk
i.refresh_from_db()
