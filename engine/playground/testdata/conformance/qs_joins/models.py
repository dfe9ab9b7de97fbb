from django.db import models


class Country(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class City(models.Model):
    name = models.CharField(max_length=50)
    country = models.ForeignKey(Country, on_delete=models.CASCADE)

    def __str__(self):
        return self.name


class Person(models.Model):
    name = models.CharField(max_length=50)
    hometown = models.ForeignKey(City, null=True, on_delete=models.SET_NULL, related_name='natives')
    lives_in = models.ForeignKey(City, on_delete=models.CASCADE, related_name='residents')
    mentor = models.ForeignKey('self', null=True, blank=True, on_delete=models.SET_NULL, related_name='mentees')
    friends = models.ManyToManyField('self', blank=True)

    def __str__(self):
        return self.name
