from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)
    bio = models.TextField(default="")

    def __str__(self):
        return self.name


class Profile(models.Model):
    author = models.OneToOneField(Author, on_delete=models.CASCADE)
    site = models.CharField(max_length=50)


class Book(models.Model):
    title = models.CharField(max_length=50)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    pages = models.IntegerField(default=100)

    def __str__(self):
        return self.title
