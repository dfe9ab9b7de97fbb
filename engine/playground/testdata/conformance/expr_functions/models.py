from django.db import models


class Person(models.Model):
    first = models.CharField(max_length=30)
    last = models.CharField(max_length=30)
    nick = models.CharField(max_length=30, null=True, blank=True)
    age = models.IntegerField()
    height = models.FloatField()
    balance = models.DecimalField(max_digits=8, decimal_places=2)
    joined = models.DateTimeField()
    birthday = models.DateField()

    def __str__(self):
        return self.first
