from django.db import models
from django.db.models import F
from django.db.models.functions import Lower


class Author(models.Model):
    name = models.CharField(max_length=50)
    born = models.IntegerField(null=True)

    class Meta:
        ordering = [F('born').asc(nulls_last=True), Lower('name')]

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=80)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, null=True)
    rating = models.FloatField(null=True)
    pages = models.IntegerField(default=0)

    class Meta:
        ordering = [F('rating').desc(nulls_last=True)]

    def __str__(self):
        return self.title
