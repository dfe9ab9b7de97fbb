from django.db import models


class Product(models.Model):
    price = models.DecimalField()
    weight = models.DecimalField(max_digits=3, decimal_places=5)
