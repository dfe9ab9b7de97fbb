from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=20)
    qty = models.IntegerField(default=0)
    added = models.DateField(null=True)

    def __str__(self):
        return self.name

    class Meta:
        ordering = ['name']
