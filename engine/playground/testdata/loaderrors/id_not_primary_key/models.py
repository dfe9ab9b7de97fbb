from django.db import models


class Person(models.Model):
    id = models.IntegerField()
    name = models.CharField(max_length=30)
