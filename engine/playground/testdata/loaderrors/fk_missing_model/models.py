from django.db import models


class Pet(models.Model):
    owner = models.ForeignKey("Owner", on_delete=models.CASCADE)
