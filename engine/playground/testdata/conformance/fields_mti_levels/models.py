from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return "%s the place" % self.name


class Restaurant(Place):
    serves_pizza = models.BooleanField(default=False)

    def __str__(self):
        return "%s the restaurant" % self.name


class ItalianRestaurant(Restaurant):
    serves_gnocchi = models.BooleanField(default=False)


class Supplier(Place):
    place = models.OneToOneField(Place, on_delete=models.CASCADE, parent_link=True, primary_key=True, related_name="supplier_of")
    customers = models.ManyToManyField(Restaurant, related_name="provider")
