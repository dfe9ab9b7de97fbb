from django.db import models


class Person(models.Model):
    SHIRT_SIZES = (
        ("S", "Small"),
        ("M", "Medium"),
        ("L", "Large"),
    )
    name = models.CharField(max_length=60)
    shirt_size = models.CharField(max_length=1, choices=SHIRT_SIZES)
    nickname = models.CharField(max_length=30, blank=True, default="")
    birthday = models.DateField(null=True)

    def __str__(self):
        return self.name
