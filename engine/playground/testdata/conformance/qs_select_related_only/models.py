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
    hometown = models.ForeignKey(City, on_delete=models.CASCADE)
    employer = models.ForeignKey('Company', null=True, on_delete=models.SET_NULL)

    def __str__(self):
        return self.name


class Company(models.Model):
    name = models.CharField(max_length=50)
    city = models.ForeignKey(City, null=True, on_delete=models.SET_NULL)

    def __str__(self):
        return self.name


class Passport(models.Model):
    number = models.CharField(max_length=10)
    owner = models.OneToOneField(Person, on_delete=models.CASCADE)

    def __str__(self):
        return self.number
