from django.db import models
from django.db.models.functions import Lower


class Product(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        constraints = [models.UniqueConstraint(Lower("name"), name="unique_lower_name")]
