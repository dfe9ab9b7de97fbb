from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=0)
    age = models.IntegerField(max_length=3)
    prefs = models.JSONField(default={})
    friend = models.ForeignKey("self", on_delete=models.CASCADE, unique=True, null=True)
    maybe = models.NullBooleanField()
