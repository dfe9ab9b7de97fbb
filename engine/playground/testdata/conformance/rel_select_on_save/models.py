from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        select_on_save = True

    def __str__(self):
        return self.name


class Box(models.Model):
    label = models.CharField(max_length=20)
    items = models.ManyToManyField(Item)
