from django.db import models


def default_owner():
    return None


class Owner(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Place(models.Model):
    name = models.CharField(max_length=20)
    owner = models.ForeignKey(Owner, on_delete=models.SET(default_owner), null=True, blank=True)

    def __str__(self):
        return self.name


class Restaurant(Place):
    seats = models.IntegerField(default=10)


class Menu(models.Model):
    restaurant = models.ForeignKey(Restaurant, on_delete=models.CASCADE)
    title = models.CharField(max_length=20)
    backup = models.ForeignKey(Owner, on_delete=models.SET_DEFAULT, default=None, null=True, related_name="+")
    chef = models.ForeignKey(Owner, on_delete=models.SET_NULL, null=True, related_name="chef_menus")
    sous = models.ForeignKey(Owner, on_delete=models.SET(None), null=True, related_name="sous_menus")


class Review(models.Model):
    place = models.ForeignKey(Place, on_delete=models.PROTECT)
    stars = models.IntegerField()


class Tag(models.Model):
    name = models.CharField(max_length=20)
    places = models.ManyToManyField(Place, related_name="tags")

    class Meta:
        select_on_save = True
