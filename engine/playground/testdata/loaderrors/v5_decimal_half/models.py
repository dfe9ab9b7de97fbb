from django.db import models


class Product(models.Model):
    price = models.DecimalField(max_digits=5)
    weight = models.DecimalField()
