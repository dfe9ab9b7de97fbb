from django.db import models


class Bad_(models.Model):
    name = models.CharField(max_length=50)


class Very__Bad(models.Model):
    name = models.CharField(max_length=50)
