from django.db import models


class A(models.Model):
    x = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["x"], name="shared_idx"), models.Index(fields=["-x"], name="_bad")]


class B(models.Model):
    y = models.IntegerField()

    class Meta:
        indexes = [models.Index(fields=["y"], name="shared_idx")]
        ordering = ["y__year", "a__x", "y__lt", "pk", "?", "nope__x"]
