import datetime

from django.db import models


class Event(models.Model):
    day = models.DateField(auto_now=True, default=datetime.date(2020, 1, 1))
