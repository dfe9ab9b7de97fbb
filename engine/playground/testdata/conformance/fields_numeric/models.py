from decimal import Decimal

from django.db import models


class Measurement(models.Model):
    label = models.CharField(max_length=30)
    count = models.IntegerField()
    small = models.SmallIntegerField(default=0)
    big = models.BigIntegerField(null=True)
    positive = models.PositiveIntegerField(default=1)
    tiny = models.PositiveSmallIntegerField(null=True, blank=True)
    ratio = models.FloatField(default=0.5)
    price = models.DecimalField(max_digits=6, decimal_places=2)
    weight = models.DecimalField(max_digits=10, decimal_places=4, null=True)

    def __str__(self):
        return self.label
