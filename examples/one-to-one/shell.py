p1 = Place(name="Demon Dogs", address="944 W. Fullerton")
p1.save()
p2 = Place(name="Ace Hardware", address="1013 N. Ashland")
p2.save()
r = Restaurant(place=p1, serves_hot_dogs=True, serves_pizza=False)
r.save()
r.place
p1.restaurant
hasattr(p2, "restaurant")
Restaurant.objects.all()
Place.objects.get(restaurant__place=p1)
w = r.waiter_set.create(name="Joe")
w
Waiter.objects.filter(restaurant__place__name__startswith="Demon")
p1.delete()
Waiter.objects.count()
