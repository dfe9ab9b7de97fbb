from django.db import models


class Item(models.Model):
    code = models.CharField(max_length=5, primary_key=True, null=True)
    price = models.DecimalField(max_digits=0, decimal_places=-1)
    cost = models.DecimalField(max_digits="x", decimal_places=2)
    slug = models.SlugField(max_length=True)
    other = models.AutoField(primary_key=False, db_index=5)
