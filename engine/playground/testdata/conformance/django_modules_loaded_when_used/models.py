import django.core
from django.db import models


class Item(models.Model):
    name = models.CharField(max_length=5)

    def clean(self):
        super().clean()
        if self.name == "xx":
            raise django.core.exceptions.ValidationError("no xx")
