from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=30, choices=[])
    rank = models.IntegerField(max_length=None)
    prefs = models.JSONField(default=dict)
    maybe = models.NullBooleanField()
