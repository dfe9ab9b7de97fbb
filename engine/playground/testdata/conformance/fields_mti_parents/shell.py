p = Place.objects.create(name="Corner", address="1 Main St")
r = Restaurant(place_ptr=p, serves_pizza=True)
r.pk, r.id, r.name
r.save()
Place.objects.get(pk=p.pk).name
p2 = Place.objects.create(name="Dock", address="2 Pier")
r2 = Restaurant(place_ptr=p2, name=p2.name, address=p2.address, rating=4)
r2.save()
Place.objects.values_list("name", "address")
Restaurant.objects.values("name", "rating")
Restaurant.objects.filter(rating__gte=4).update(name="Dock Diner", rating=5)
Restaurant.objects.update(serves_pizza=False)
Restaurant.objects.get(rating=5)
b = Bar.objects.create(name="Pub")
b.place_ptr_id, b.pk
Place.objects.get(name="Pub").bar
Place.objects.get(name="Pub").restaurant
hasattr(Place.objects.get(name="Pub"), "restaurant")
Restaurant.objects.get(name="Corner").delete()
Place.objects.filter(name="Corner").exists()
Bar.objects.get(pk=b.pk).place_ptr
Restaurant.objects.filter(place_ptr__address__startswith="2").count()
Restaurant.objects.order_by("-name").values_list("pk", flat=True)
Place.objects.filter(bar__isnull=True).values_list("name", flat=True)
Restaurant._meta.get_field("place_ptr").remote_field.parent_link, Restaurant._meta.get_field("place_ptr").auto_created
Restaurant.objects.create(name="New", rating=1).place_ptr_id
