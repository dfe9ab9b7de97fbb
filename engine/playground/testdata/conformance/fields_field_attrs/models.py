import datetime

from django.db import models


def today():
    return datetime.date(2021, 1, 1)


class HTTPResponseLog(models.Model):
    status_code = models.IntegerField("HTTP status", default=200, help_text="The code")
    body_text = models.TextField(blank=True)
    seen_on = models.DateField(default=today)
    ok = models.BooleanField()

    def __str__(self):
        return "%s" % self.status_code


class ABC(models.Model):
    x = models.IntegerField(null=True)


class Item2Box(models.Model):
    log = models.ForeignKey(HTTPResponseLog, models.CASCADE, verbose_name="the log")
    abc = models.OneToOneField(ABC, models.SET_NULL, null=True, blank=True)
