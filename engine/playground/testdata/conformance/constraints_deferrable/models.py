from django.db import models


class Shelf(models.Model):
    name = models.CharField(max_length=255)
    shelf = models.CharField(max_length=31)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name"], name="name_init_deferred_uniq", deferrable=models.Deferrable.DEFERRED),
            models.UniqueConstraint(fields=["shelf"], name="shelf_uniq", deferrable=models.Deferrable.IMMEDIATE),
        ]


class Color(models.Model):
    name = models.CharField(max_length=255)
    color = models.CharField(max_length=32, null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["name"], name="name_include_color_uniq", include=["color"]),
        ]


class Priced(models.Model):
    price = models.IntegerField(null=True)

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(fields=["price"], name="%(app_label)s_%(class)s_price_uniq"),
        ]


class Item(Priced):
    pass
