from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=50)
    author = models.ForeignKey(Author, related_name="books", on_delete=models.CASCADE, null=True)
    state = models.CharField(max_length=10, default="available")
    pages = models.IntegerField(default=100)

    def __str__(self):
        return self.title
