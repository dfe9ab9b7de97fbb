from django.db import models


class Person(models.Model):
    first = models.CharField(max_length=30)

    class Meta:
        unique_together = [("first", "last")]
        indexes = [models.Index(fields=["middle"], name="person_middle_idx")]
