from django.db import models


class Article(models.Model):
    title = models.CharField(max_length=100)
    status = models.CharField(max_length=10, db_default="draft")
