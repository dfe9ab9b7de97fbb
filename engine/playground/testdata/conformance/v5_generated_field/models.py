from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Concat, Lower


class Rectangle(models.Model):
    name = models.CharField(max_length=20)
    width = models.IntegerField()
    height = models.IntegerField()
    area = models.GeneratedField(
        expression=F("width") * F("height"),
        output_field=models.IntegerField(),
        db_persist=True,
    )
    label = models.GeneratedField(
        expression=Lower("name"),
        output_field=models.CharField(max_length=20),
        db_persist=False,
    )

    def __str__(self):
        return self.name
