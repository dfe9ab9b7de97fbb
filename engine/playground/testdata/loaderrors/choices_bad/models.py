from django.db import models


class Shirt(models.Model):
    size = models.CharField(max_length=2, choices=["S", "M", "L"])
    color = models.CharField(max_length=5, choices="red")
    fit = models.IntegerField(choices=[(1, "Slim"), (2, ["Regular", "x"])])
    kind = models.CharField(max_length=3, choices=[("Short", [("ts", "T-shirt"), ("polo", "Polo")]), ("LS", "Long")])
