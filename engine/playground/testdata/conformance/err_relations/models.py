from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Profile(models.Model):
    author = models.OneToOneField(Author, on_delete=models.CASCADE, related_name='profile')
    bio = models.TextField(blank=True)


class Book(models.Model):
    title = models.CharField(max_length=20)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    editor = models.ForeignKey(Author, on_delete=models.SET_NULL, null=True, related_name='edited')
    pages = models.IntegerField(default=0)
    published = models.DateField(null=True)

    def __str__(self):
        return self.title


class Tag(models.Model):
    name = models.CharField(max_length=10)
    books = models.ManyToManyField(Book, related_name='tags')

    def __str__(self):
        return self.name


class Shelf(models.Model):
    label = models.CharField(max_length=10)
    book = models.ForeignKey(Book, on_delete=models.RESTRICT)
