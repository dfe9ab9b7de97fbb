from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Book(models.Model):
    author = models.ForeignKey(Author, on_delete=models.DB_CASCADE, related_name="books")
    editor = models.ForeignKey(Author, on_delete=models.DB_SET_NULL, null=True, related_name="edited")
    title = models.CharField(max_length=50)

    def __str__(self):
        return self.title


class Review(models.Model):
    book = models.ForeignKey(Book, on_delete=models.DB_CASCADE)
    stars = models.IntegerField(default=3)
