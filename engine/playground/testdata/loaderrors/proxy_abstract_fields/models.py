from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=30)


class Extra(models.Model):
    nickname = models.CharField(max_length=30)

    class Meta:
        abstract = True


class MyPerson(Extra, Person):
    class Meta:
        proxy = True
