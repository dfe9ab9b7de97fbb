import datetime
from django.db import models


class Entry(models.Model):
    headline = models.CharField(max_length=100)
    body = models.TextField(blank=True)
    pub_date = models.DateField()
    created = models.DateTimeField(null=True)
    rating = models.IntegerField(null=True)

    def __str__(self):
        return self.headline
