import uuid
from django.db import models


class Event(models.Model):
    title = models.CharField(max_length=50)
    day = models.DateField()
    starts = models.DateTimeField()
    at = models.TimeField()
    length = models.DurationField(null=True)
    price = models.DecimalField(max_digits=6, decimal_places=2)
    public = models.BooleanField(default=True)
    code = models.UUIDField(default=uuid.uuid4)
    ratio = models.FloatField(default=0.5)

    def __str__(self):
        return self.title
