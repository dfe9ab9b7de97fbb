from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=30)


class MyPerson(Person):
    nickname = models.CharField(max_length=30)

    class Meta:
        proxy = True
