from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Restaurant(Place):
    stars = models.IntegerField(default=0)


class Photo(models.Model):
    place = models.ForeignKey(Place, on_delete=models.PROTECT)

    def __str__(self):
        return "photo %s" % self.pk


class Dish(models.Model):
    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE)
    name = models.CharField(max_length=20)


class Award(models.Model):
    dish = models.ForeignKey(Dish, on_delete=models.RESTRICT)
    place = models.ForeignKey(Place, on_delete=models.CASCADE)
