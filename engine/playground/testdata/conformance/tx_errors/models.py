from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=20, unique=True)

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=20)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)

    def __str__(self):
        return self.title


class Place(models.Model):
    name = models.CharField(max_length=20)


class Restaurant(Place):
    stars = models.IntegerField(unique=True)
