f = Profile._meta.get_field('non_concrete')
print(f.name, f.attname, f.column, f.concrete, f.db_type(None))
print([x.name for x in Profile._meta.fields], [x.name for x in Profile._meta.concrete_fields])
print([x.name for x in Profile._meta.local_concrete_fields])
b = Note._meta.get_field('body')
print(b.column, b.concrete, b.db_type(None), Note._meta.get_field('code').db_type(None), [x.name for x in Note._meta.concrete_fields])
boss = Profile.objects.create(name='Boss', salary=3000)
print(boss.non_concrete, boss.pk)
p = Profile(name='Worker', non_concrete=7)
p.save()
print(p.non_concrete)
p.name = 'Worker 2'
p.save(update_fields=['name'])
boss.save(update_fields=['non_concrete'])
boss.save(update_fields=['name', 'non_concrete'])
Profile.objects.values('name', 'salary')
Profile.objects.values_list('pk', 'name').order_by('pk')
list(Profile.objects.all())
Profile.objects.filter(salary__gt=1000).update(salary=4000)
Profile.objects.only('name').get(pk=1).salary
Profile.objects.count()
Profile.objects.get(pk=2).non_concrete
Profile._meta.get_field('non_concrete')
[f.name for f in Sub._meta.fields]
[f.name for f in Sub._meta.concrete_fields]
s = Sub.objects.create(name='x', nc=3)
s.nc
Sub.objects.values()
