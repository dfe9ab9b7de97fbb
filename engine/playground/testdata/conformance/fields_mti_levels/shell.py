ir = ItalianRestaurant.objects.create(name="Ristorante", serves_pizza=True, serves_gnocchi=True)
r = Restaurant.objects.create(name="Diner")
Place.objects.create(name="Park")
ir.pk, ir.id, ir.place_ptr_id, ir.restaurant_ptr_id
Place.objects.all()
Restaurant.objects.all()
ItalianRestaurant.objects.all()
p = Place.objects.get(name="Ristorante")
p.restaurant
p.restaurant.italianrestaurant
Place.objects.get(name="Park").restaurant
Restaurant.objects.get(name="Diner").italianrestaurant
ItalianRestaurant.objects.filter(serves_pizza=True, name__startswith="R").count()
Place.objects.filter(restaurant__serves_pizza=True)
Place.objects.filter(restaurant__italianrestaurant__serves_gnocchi=True).count()
s = Supplier.objects.create(name="Acme")
s.pk, s.place_id
s.customers.add(r, ir)
s.customers.all()
Place.objects.get(name="Acme").supplier_of
r.provider.all()
ir.serves_gnocchi = False
ir.save()
ir.name = "Trattoria"
ir.save(update_fields=["name"])
ItalianRestaurant._meta.pk.name, Restaurant._meta.pk.name, Supplier._meta.pk.name
ItalianRestaurant._meta.get_parent_list()
ItalianRestaurant._meta.parents
ir.delete()
Place.objects.count()
