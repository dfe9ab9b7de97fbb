from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Place(models.Model):
    name = models.CharField(max_length=20)
    tags = models.ManyToManyField(Tag, related_name='places')

    def __str__(self):
        return self.name


class Restaurant(Place):
    rating = models.IntegerField(default=0)


class Person(models.Model):
    name = models.CharField(max_length=20)
    friends = models.ManyToManyField('self', through='Friendship', symmetrical=True)

    def __str__(self):
        return self.name


class Friendship(models.Model):
    a = models.ForeignKey(Person, on_delete=models.CASCADE, related_name='+')
    b = models.ForeignKey(Person, on_delete=models.CASCADE, related_name='+')
    since = models.IntegerField(default=2000)
