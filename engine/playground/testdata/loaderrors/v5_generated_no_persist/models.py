from django.db import models
from django.db.models import F


class Rectangle(models.Model):
    width = models.IntegerField()
    area = models.GeneratedField(expression=F("width") * 2, output_field=models.IntegerField())
