from django.db import models


class Config(models.Model):
    name = models.CharField(max_length=20)
    data = models.JSONField(default=dict, blank=True)
    extra = models.JSONField(null=True)

    def __str__(self):
        return self.name
