import datetime

from django.db import models


def default_rank():
    return 10


class Book(models.Model):
    FORMATS = [
        ("Paper", (("hc", "Hardcover"), ("pb", "Paperback"))),
        ("Digital", (("eb", "E-book"), ("au", "Audiobook"))),
        ("unknown", "Unknown"),
    ]
    STATUS = ((1, "Draft"), (2, "Published"))
    isbn = models.CharField("ISBN", max_length=13, primary_key=True)
    title = models.CharField(max_length=100, db_column="book_title", help_text="The full title")
    fmt = models.CharField(max_length=7, choices=FORMATS, default="pb")
    status = models.IntegerField(choices=STATUS, default=1)
    rank = models.IntegerField(default=default_rank, db_index=True)
    code = models.CharField(max_length=10, unique=True, null=True)
    internal = models.CharField(max_length=10, editable=False, default="x")
    published = models.DateField(default=datetime.date(2000, 1, 1))

    def __str__(self):
        return self.title
