from django.db import models


class A(models.Model):
    a = models.IntegerField()


class B(models.Model):
    b = models.IntegerField()


class AB(A, B):
    class Meta:
        proxy = True
