from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=50)
    starts = models.DateTimeField()
    day = models.DateField(null=True)

    def __str__(self):
        return self.name
