from decimal import Decimal
from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Book(models.Model):
    class Status(models.TextChoices):
        DRAFT = "d", "Draft"
        PUBLISHED = "p", "Published"

    class Rating(models.IntegerChoices):
        LOW = 1
        HIGH = 5, "Great"

    title = models.CharField(max_length=100)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, null=True)
    price = models.DecimalField(max_digits=6, decimal_places=2, default=Decimal("0"))
    pages = models.IntegerField(default=0)
    published = models.DateField(null=True)
    status = models.CharField(max_length=1, choices=Status.choices, default=Status.DRAFT)
    rating = models.IntegerField(choices=Rating.choices, default=Rating.LOW)

    kind = "book"

    def __str__(self):
        return self.title

    @property
    def short(self):
        return self.title[:3].upper()

    def check_pages(self):
        if self.pages < 0:
            raise ValueError("pages must be >= 0, got %d" % self.pages)
        return True
