from django.db import models


class Tag(models.Model):
    slug = models.CharField(max_length=20, unique=True)
    label = models.CharField(max_length=50)
    uses = models.IntegerField(default=0)

    def __str__(self):
        return self.slug


class Code(models.Model):
    code = models.CharField(max_length=5, primary_key=True)
    name = models.CharField(max_length=30)

    def __str__(self):
        return self.code
