from django.db import models


class Product(models.Model):
    name = models.CharField(max_length=80)


class Stock(models.Model):
    product = models.ForeignKey(Product, models.CASCADE)


class Freebie(models.Model):
    gift_product = models.ForeignKey(Product, models.CASCADE)
    stock_id = models.IntegerField(blank=True, null=True)

    # to_fields names a field Stock does not have: Django says so when
    # the relation is first used.
    stock = models.ForeignObject(
        Stock,
        from_fields=['stock_id', 'gift_product'],
        to_fields=['id', 'item'],
        on_delete=models.CASCADE,
    )
    # from_fields and to_fields of different lengths.
    other = models.ForeignObject(
        Stock,
        from_fields=['stock_id'],
        to_fields=['id', 'product'],
        on_delete=models.CASCADE,
        related_name='+',
    )
