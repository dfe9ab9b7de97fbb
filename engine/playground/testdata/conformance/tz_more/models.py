from django.db import models


class Shift(models.Model):
    who = models.CharField(max_length=20)
    starts = models.DateTimeField()
    day = models.DateField(null=True, blank=True)
    at = models.TimeField(null=True, blank=True)

    def __str__(self):
        return self.who

    class Meta:
        ordering = ["starts", "who"]
