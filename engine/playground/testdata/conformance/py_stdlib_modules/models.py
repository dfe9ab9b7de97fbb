import json
import re
from collections import Counter, OrderedDict, defaultdict, namedtuple
from functools import cached_property, partial, reduce, total_ordering, wraps

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property as django_cached_property

Dimensions = namedtuple("Dimensions", "width height depth", defaults=[0])

SKU_RE = re.compile(r"^(?P<family>[A-Z]{2,3})-(?P<number>\d{3,})$")


def validate_sku(value):
    if not SKU_RE.match(value):
        raise ValidationError(f"{value!r} is not a valid SKU")


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)
    return inner


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in re.findall(r"\d+", text))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(%s)" % ".".join(map(str, self.parts))


class Product(models.Model):
    sku = models.CharField(max_length=20, validators=[validate_sku])
    name = models.CharField(max_length=100)
    category = models.CharField(max_length=30)
    price = models.IntegerField()
    attrs = models.JSONField(default=dict)

    def __str__(self):
        return re.sub(r"\s+", " ", self.name).strip()

    @cached_property
    def family(self):
        return SKU_RE.match(self.sku).group("family")

    @django_cached_property
    def sku_number(self):
        return int(SKU_RE.match(self.sku).group("number"))

    @logged
    def dimensions(self):
        """The box size."""
        return Dimensions(**{k: v for k, v in self.attrs.items() if k in Dimensions._fields})

    def attrs_json(self):
        return json.dumps(self.attrs, sort_keys=True)
