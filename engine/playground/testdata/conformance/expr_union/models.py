from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=30)
    price = models.IntegerField()
    kind = models.CharField(max_length=10)

    def __str__(self):
        return self.name


class Extra(models.Model):
    label = models.CharField(max_length=30)
    cost = models.IntegerField()

    def __str__(self):
        return self.label


class Sorted(models.Model):
    name = models.CharField(max_length=30)

    class Meta:
        ordering = ['name']
