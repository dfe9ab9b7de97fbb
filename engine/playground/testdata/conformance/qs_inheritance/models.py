from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=50)
    address = models.CharField(max_length=80)

    def __str__(self):
        return self.name


class Restaurant(Place):
    serves_pizza = models.BooleanField(default=False)
    rating = models.IntegerField(default=0)

    def __str__(self):
        return 'R:' + self.name


class Bar(Restaurant):
    happy_hour = models.BooleanField(default=False)


class Review(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE)
    stars = models.IntegerField()
