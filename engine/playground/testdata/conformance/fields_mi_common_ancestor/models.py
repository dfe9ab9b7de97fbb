from django.db import models


class Piece(models.Model):
    pass


class Article(Piece):
    article_piece = models.OneToOneField(Piece, on_delete=models.CASCADE, parent_link=True)
    headline = models.CharField(max_length=50)


class Book(Piece):
    book_piece = models.OneToOneField(Piece, on_delete=models.CASCADE, parent_link=True)
    title = models.CharField(max_length=50)


class BookReview(Book, Article):
    stars = models.IntegerField(default=3)

    def __str__(self):
        return "%s / %s" % (self.title, self.headline)
