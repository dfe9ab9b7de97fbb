from django.db import models


class Named(models.Model):
    name = models.CharField(max_length=30)
    slug = models.SlugField(max_length=30, blank=True)

    class Meta:
        abstract = True
        ordering = ["name"]
        verbose_name = "named thing"

    def __str__(self):
        return self.name


class Priced(Named):
    price = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    name = models.CharField(max_length=60, unique=True)

    class Meta(Named.Meta):
        abstract = True
        ordering = ["-price", "name"]


class Product(Priced):
    sku = models.CharField(max_length=10)

    class Meta(Priced.Meta):
        db_table = "products"


class Service(Priced):
    slug = None
    hours = models.IntegerField(default=1)


class Location(Named):
    pass


class Store(Location):
    opens = models.TimeField(null=True)
