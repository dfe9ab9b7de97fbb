from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=30)
    nickname = models.CharField(max_length=30, db_column="name")
