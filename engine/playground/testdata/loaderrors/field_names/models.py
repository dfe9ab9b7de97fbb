from django.db import models


class Person(models.Model):
    name_ = models.CharField(max_length=30)
    first__name = models.CharField(max_length=30)
    pk = models.IntegerField()
