from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=50)
    starts = models.DateTimeField()
    ends = models.DateTimeField(null=True, blank=True)
    day = models.DateField(null=True, blank=True)

    def __str__(self):
        return self.name

    class Meta:
        ordering = ["starts"]


class Stamp(models.Model):
    label = models.CharField(max_length=20)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    day = models.DateField(auto_now_add=True)
