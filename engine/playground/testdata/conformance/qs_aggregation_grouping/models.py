from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)
    age = models.IntegerField()

    def __str__(self):
        return self.name


class Store(models.Model):
    name = models.CharField(max_length=100)

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=100)
    pages = models.IntegerField()
    rating = models.FloatField()
    authors = models.ManyToManyField(Author)
    stores = models.ManyToManyField(Store, blank=True)
    genre = models.CharField(max_length=20)

    class Meta:
        ordering = ['title']

    def __str__(self):
        return self.title
