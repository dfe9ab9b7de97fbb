import datetime
from decimal import Decimal
from django.db import models


class Item(models.Model):
    TAX = Decimal("0.20")
    count = 0

    name = models.CharField(max_length=30)
    price = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    qty = models.IntegerField(default=1)
    added = models.DateField(default=datetime.date(2020, 1, 1))

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} x{self.qty}"

    def __repr__(self):
        return f"Item<{self.pk}:{self.name!r}>"

    @property
    def total(self):
        return (self.price * self.qty * (1 + self.TAX)).quantize(Decimal("0.01"))

    @total.setter
    def total(self, value):
        self.price = value / self.qty

    @classmethod
    def make(cls, name, **kw):
        cls.count += 1
        return cls.objects.create(name=name, **kw)

    @staticmethod
    def normalize(s):
        return s.strip().lower()

    def save(self, *args, **kwargs):
        self.name = self.normalize(self.name)
        super().save(*args, **kwargs)

    def age(self, today):
        return (today - self.added).days

    def __lt__(self, other):
        return self.price < other.price
