from django.db import models


class Article(models.Model):
    headline = models.CharField(max_length=100)


class Book(models.Model):
    title = models.CharField(max_length=100)


class BookReview(Book, Article):
    pass
