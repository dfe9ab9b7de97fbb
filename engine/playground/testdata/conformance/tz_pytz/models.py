from django.db import models

class A(models.Model):
    x = models.DateTimeField()
