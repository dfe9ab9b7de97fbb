from django.db import models


class Person(models.Model):
    code = models.CharField(max_length=5, primary_key=True)
    number = models.IntegerField(primary_key=True)
