r = Restaurant.objects.create(name='Original', serves_pizza=True)
r.pk = None
r.save()
Restaurant.objects.values_list('id', 'place_ptr_id', 'name')
Place.objects.values_list('id', 'name')
r.pk = None
r.id = None
r.save()
Restaurant.objects.values_list('place_ptr_id', 'name')
Place.objects.values_list('id', 'name')
r2 = Restaurant.objects.get(pk=1)
r2.pk = None
r2.id = None
r2._state.adding = True
r2.name = 'Copy'
r2.save()
r2.pk
r2._state.adding
Restaurant.objects.values_list('place_ptr_id', 'name')
Place.objects.values_list('id', 'name')
p = Place.objects.get(pk=1)
p.pk = None
p.save()
p.pk
r3 = Restaurant.objects.get(pk=1)
r3.id = None
r3.save()
Restaurant.objects.values_list('place_ptr_id', 'name')
