from django.db import models


class Base(models.Model):
    name = models.CharField(max_length=20)
    rank = models.IntegerField(null=True)

    class Meta:
        abstract = True
        ordering = ["name"]


class KeepsOrdering(Base):
    pass


class OwnMeta(Base):
    class Meta:
        db_table = "own_meta"


class Author(models.Model):
    name = models.CharField(max_length=20)
    born = models.IntegerField(null=True)

    class Meta:
        ordering = ["-born", "name"]

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=20)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, null=True)

    class Meta:
        ordering = ["author", "-title"]

    def __str__(self):
        return self.title


class Place(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        ordering = ["-name"]


class Shop(Place):
    kind = models.CharField(max_length=10)

    class Meta:
        verbose_name = "store"


class Kiosk(Place):
    class Meta:
        ordering = ["kind_code", "pk"]

    kind_code = models.IntegerField(default=0)
