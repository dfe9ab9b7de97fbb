from django.db import models


class Country(models.Model):
    iso = models.CharField(max_length=2, unique=True)
    name = models.CharField(max_length=30)

    def __str__(self):
        return self.name


class City(models.Model):
    name = models.CharField(max_length=30)
    country = models.ForeignKey(Country, on_delete=models.CASCADE, to_field='iso', related_name='cities')

    def __str__(self):
        return self.name


class Capital(models.Model):
    country = models.OneToOneField(Country, on_delete=models.CASCADE, to_field='iso')
    city = models.OneToOneField(City, on_delete=models.PROTECT)
