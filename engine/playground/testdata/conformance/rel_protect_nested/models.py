from django.db import models


def fallback_author():
    return Author.objects.get_or_create(name='deleted')[0].pk


class Author(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=20)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    editor = models.ForeignKey(Author, on_delete=models.SET(fallback_author), null=True, related_name='edited_books')

    def __str__(self):
        return self.title


class Sale(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT)
    amount = models.IntegerField()

    def __str__(self):
        return "sale of %s" % self.book_id


class Review(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE, null=True)
    stars = models.IntegerField()


class Loan(models.Model):
    author = models.ForeignKey(Author, on_delete=models.PROTECT)
    book = models.ForeignKey(Book, on_delete=models.PROTECT)
