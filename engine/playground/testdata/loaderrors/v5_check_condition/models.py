from django.db import models
from django.db.models import Q


class Product(models.Model):
    price = models.IntegerField()

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(price__gte=0), name="price_gte_0")]
