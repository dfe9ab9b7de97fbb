from django.db import models


class Ticket(models.Model):
    number = models.AutoField()
