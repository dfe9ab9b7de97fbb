from django.db import models


class Target(models.Model):
    model_set = models.IntegerField()
    model = models.IntegerField()


class Model(models.Model):
    foreign = models.ForeignKey(Target, on_delete=models.CASCADE)
