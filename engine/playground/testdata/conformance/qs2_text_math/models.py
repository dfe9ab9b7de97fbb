from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)
    alias = models.CharField(max_length=50, null=True, blank=True)
    goes_by = models.CharField(max_length=50, null=True, blank=True)
    email = models.EmailField(blank=True)
    age = models.IntegerField(null=True)
    score = models.FloatField(default=0)
    balance = models.DecimalField(max_digits=8, decimal_places=2, default=0)

    def __str__(self):
        return self.name
