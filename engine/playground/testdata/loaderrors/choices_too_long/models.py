from django.db import models


class Shirt(models.Model):
    SIZES = [("S", "Small"), ("M", "Medium"), ("XL", "Extra large")]
    size = models.CharField(max_length=1, choices=SIZES)
    null_pk = models.IntegerField(null=True)
