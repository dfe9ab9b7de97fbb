from django.db import models


class Base(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        abstract = True


class Thing(models.Model):
    base = models.ForeignKey(Base, on_delete=models.CASCADE)
    other = models.ForeignKey("Base", on_delete=models.CASCADE, related_name="others")
