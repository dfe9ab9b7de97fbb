from django.db import models
from django.db.models import F


class Rectangle(models.Model):
    width = models.IntegerField()
    height = models.IntegerField()
    area = models.GeneratedField(expression=F("width") * F("height"), output_field=models.IntegerField(), db_persist=True)
