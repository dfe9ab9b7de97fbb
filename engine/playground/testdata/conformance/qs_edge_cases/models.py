from django.db import models


class Note(models.Model):
    title = models.CharField(max_length=30, unique=True)
    body = models.TextField(default='')
    created = models.DateField(null=True)
    score = models.IntegerField(default=0)

    def __str__(self):
        return self.title
