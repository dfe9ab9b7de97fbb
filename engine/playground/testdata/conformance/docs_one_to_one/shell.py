p1 = Place(name="Demon Dogs", address="944 W. Fullerton")
p1.save()
p2 = Place(name="Ace Hardware", address="1013 N. Ashland")
p2.save()
r = Restaurant(place=p1, serves_hot_dogs=True, serves_pizza=False)
r.save()
r.place
p1.restaurant
from django.core.exceptions import ObjectDoesNotExist
try:
    p2.restaurant
except ObjectDoesNotExist:
    print("There is no restaurant here.")
hasattr(p2, "restaurant")
r.place = p2
r.save()
p2.restaurant
r.place
p1.restaurant = r
p1.restaurant
p3 = Place(name="Demon Dogs", address="944 W. Fullerton")
Restaurant.objects.create(place=p3, serves_hot_dogs=True, serves_pizza=False)
Restaurant.objects.all()
Place.objects.order_by("name")
Restaurant.objects.get(place=p1)
Restaurant.objects.get(place__pk=1)
Restaurant.objects.filter(place__name__startswith="Demon")
Restaurant.objects.exclude(place__address__contains="Ashland")
Place.objects.get(pk=1)
Place.objects.get(restaurant__place=p1)
Place.objects.get(restaurant=r)
Place.objects.get(restaurant__place__name__startswith="Demon")
p2.delete()
Restaurant.objects.all()
w = r.waiter_set.create(name="Joe")
w
Waiter.objects.filter(restaurant__place=p1)
Waiter.objects.filter(restaurant__place__name__startswith="Demon")
