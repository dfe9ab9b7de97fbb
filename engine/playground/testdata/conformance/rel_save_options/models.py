from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=20)
    price = models.IntegerField(default=0)
    tags = models.ManyToManyField('Tag')

    def __str__(self):
        return self.name


class Tag(models.Model):
    label = models.CharField(max_length=20)
