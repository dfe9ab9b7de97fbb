from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Restaurant(Place):
    stars = models.IntegerField(default=0)


class Pizzeria(Restaurant):
    oven = models.CharField(max_length=10, default='wood')


class Photo(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE)
    caption = models.CharField(max_length=20)


class Menu(models.Model):
    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE)
    title = models.CharField(max_length=20)


class Chef(models.Model):
    name = models.CharField(max_length=20)
    workplace = models.OneToOneField(Restaurant, on_delete=models.SET_NULL, null=True)
