from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=30)
    qty = models.IntegerField(default=0)

    def __str__(self):
        return self.name
