p1 = Place(name='Demon Dogs', address='944 W. Fullerton')
p1.save()
p2 = Place(name='Ace Hardware', address='1013 N. Ashland')
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

hasattr(p2, 'restaurant')
p2.restaurant
r.place = p2
r.save()
p2.restaurant
r.place
p1.restaurant = r
p1.restaurant
r.place
Restaurant.objects.all()
Place.objects.order_by('name')
Restaurant.objects.get(place=p1)
Restaurant.objects.get(pk=1)
Restaurant.objects.filter(place__name__startswith="Demon")
Place.objects.get(restaurant__place=p1)
Place.objects.exclude(restaurant__isnull=True)
w = r.waiter_set.create(name='Joe')
w
pr = Profile.objects.create(place=p2, bio='hi')
p2 = Place.objects.get(pk=p2.pk)
p2.profile.bio
p2.profile.place is p2
p3 = Place.objects.create(name='Empty', address='x')
p3.profile
p3.profile = pr
pr.place_id
p1.delete()
Profile.objects.values_list('bio', 'place_id')
