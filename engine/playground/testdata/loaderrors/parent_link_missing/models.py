from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=50)


class Supplier(Place):
    place = models.OneToOneField(Place, on_delete=models.CASCADE)
