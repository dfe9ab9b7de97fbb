from django.db import models


class Counter(models.Model):
    name = models.CharField(max_length=20)
    hits = models.IntegerField(default=0)
    score = models.FloatField(default=1.0)

    def __str__(self):
        return self.name


class Place(models.Model):
    name = models.CharField(max_length=20)


class Restaurant(Place):
    seats = models.IntegerField(default=10)
