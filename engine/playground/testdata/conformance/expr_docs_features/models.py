from django.db import models


class Company(models.Model):
    name = models.CharField(max_length=100)
    num_employees = models.IntegerField(default=0)
    is_active = models.BooleanField(default=True)
    notes = models.TextField(default="")
    email = models.EmailField(default="")
