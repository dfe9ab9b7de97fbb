from django.db import models


class Status(models.TextChoices):
    DRAFT = "D", "Draft"
    LIVE = "L", "Live"


class Post(models.Model):
    status = models.CharField(max_length=1, choices=Status, default=Status.DRAFT)
    kind = models.CharField(max_length=5, choices={"a": "Alpha", "b": "Beta"}, blank=True)
