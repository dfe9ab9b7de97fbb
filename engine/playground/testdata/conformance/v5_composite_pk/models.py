from django.db import models


class Release(models.Model):
    pk = models.CompositePrimaryKey("product", "version")
    product = models.CharField(max_length=20)
    version = models.IntegerField()
    notes = models.TextField(default="")

    def __str__(self):
        return f"{self.product} {self.version}"
