import datetime

from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=50)
    day = models.DateField()
    starts = models.DateTimeField(null=True)
    at = models.TimeField(null=True, blank=True)
    length = models.DurationField(default=datetime.timedelta(hours=1))

    class Meta:
        ordering = ["day", "name"]

    def __str__(self):
        return "%s on %s" % (self.name, self.day)
