import decimal
from django.db import models


class Cash(decimal.Decimal):
    currency = 'USD'


class CashField(models.DecimalField):
    def __init__(self, **kwargs):
        kwargs['max_digits'] = 20
        kwargs['decimal_places'] = 2
        super().__init__(**kwargs)

    def from_db_value(self, value, expression, connection):
        cash = Cash(value)
        cash.vendor = connection.vendor
        return cash


class Slug(str):
    def shout(self):
        return self.upper() + '!'


class Color(str):
    def __new__(cls, value, alpha=1):
        obj = super().__new__(cls, value)
        obj.alpha = alpha
        return obj

    def __repr__(self):
        return f"Color({str.__repr__(self)}, alpha={self.alpha})"


class Level(int):
    def __init__(self, value):
        self.label = 'L%d' % value

    def __str__(self):
        return self.label


class Attrs(dict):
    def get_or(self, key):
        return self.get(key, 'none')


class Tags(list):
    pass


class ListField(models.TextField):
    def __init__(self, *args, **kwargs):
        self.separator = kwargs.pop('separator', ',')
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        if value is None:
            return value
        return Tags(value.split(self.separator))


class Doc(models.Model):
    tags = ListField(separator=';', null=True)


class CashModel(models.Model):
    cash = CashField()


class Item(models.Model):
    slug = models.CharField(max_length=20)
    color = models.CharField(max_length=20, default='black')
    level = models.IntegerField(default=0)
    price = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    data = models.JSONField(default=dict)

    def __str__(self):
        return self.slug
