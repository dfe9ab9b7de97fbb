t = Thing(id=5, name='five')
t.save()
t.name = 'FIVE'
t.save()
t2 = Thing(id=5, name='again')
t2.save()
Thing.objects.values_list('id', 'name')
t3 = Thing(id=5, name='clash')
t3.save(force_insert=True)
c = Coded(label='a')
c.save()
c.code
c.save()
c2 = Coded(code=101, label='b')
c2.save()
c3 = Coded(code=101, label='c')
c3._state.adding = False
c3.save()
Coded.objects.values_list('code', 'label')
ch = Child.objects.create(title='t', extra='e')
ch.title = 'T'
ch.extra = 'E'
ch.save(update_fields=['title'])
ch.save(update_fields=['extra'])
ch.save(update_fields=['base_ptr'])
d = Thing.objects.only('name').get(pk=5)
d.name = 'deferred'
d.save()
d.size
d.save()
d.delete()
d.save()
d.pk
Thing.objects.values_list('id', 'name')
