from django.db import models
from django.db.models import Value
from django.db.models.functions import Pi


class Article(models.Model):
    title = models.CharField(max_length=100)
    status = models.CharField(max_length=10, db_default="draft")
    views = models.IntegerField(db_default=0)
    rating = models.FloatField(db_default=Pi())
    score = models.IntegerField(db_default=Value(21) * 2)
    note = models.TextField(null=True, db_default=None)
    flag = models.BooleanField(db_default=True, default=False)

    def __str__(self):
        return self.title
