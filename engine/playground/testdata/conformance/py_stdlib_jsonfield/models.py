import json, re
from collections import Counter, namedtuple
from django.db import models


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    LIVE = "live", "Live"


class Level(models.IntegerChoices):
    LOW = 1
    HIGH = 2


class Post(models.Model):
    title = models.CharField(max_length=50)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    level = models.IntegerField(choices=Level.choices, default=Level.LOW)
    data = models.JSONField(null=True)
    price = models.DecimalField(max_digits=6, decimal_places=2, default=0)
