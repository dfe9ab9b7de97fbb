from django.db import models


class Task(models.Model):
    name = models.CharField(max_length=20)
    spent = models.DurationField(null=True)

    def __str__(self):
        return self.name
