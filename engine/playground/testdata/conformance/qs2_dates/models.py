from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=50)
    day = models.DateField()
    start = models.DateTimeField()
    at = models.TimeField(null=True)
    length = models.DurationField(null=True)
    end = models.DateTimeField(null=True)

    def __str__(self):
        return self.name
