from django.db import models


class Sample(models.Model):
    title = models.CharField(max_length=10)
    body = models.TextField(null=True)
    qty = models.IntegerField(default=0)
    score = models.FloatField(null=True)
    amount = models.DecimalField(max_digits=8, decimal_places=3, null=True)
    flag = models.BooleanField(default=False)
    maybe = models.BooleanField(null=True)
    day = models.DateField(null=True)
    stamp = models.DateTimeField(null=True)
    at = models.TimeField(null=True)
    span = models.DurationField(null=True)
    ref = models.UUIDField(null=True)

    def __str__(self):
        return self.title
