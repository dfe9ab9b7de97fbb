from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower


class Product(models.Model):
    name = models.CharField(max_length=50)
    sku = models.CharField(max_length=20, null=True, blank=True)
    price = models.DecimalField(max_digits=8, decimal_places=2)
    discount = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(price__gte=0), name="price_gte_0", violation_error_message="Price must not be negative."),
            models.CheckConstraint(condition=Q(discount__lte=100), name="discount_max", violation_error_code="too_big"),
            models.UniqueConstraint(Lower("name"), name="unique_lower_name"),
            models.UniqueConstraint(fields=["sku"], name="unique_sku", nulls_distinct=False),
            models.UniqueConstraint(Lower("sku"), "discount", name="sku_discount", condition=Q(discount__gt=0)),
        ]

    def __str__(self):
        return self.name
