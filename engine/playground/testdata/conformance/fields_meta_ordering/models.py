from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)
    born = models.IntegerField()

    class Meta:
        ordering = ["-born", "name"]
        db_table = "authors"
        verbose_name = "writer"

    def __str__(self):
        return self.name


class Post(models.Model):
    title = models.CharField(max_length=50)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    rating = models.IntegerField(default=0)

    class Meta:
        ordering = ["author__name", "-rating"]
        unique_together = [["author", "title"]]
        indexes = [
            models.Index(fields=["title"]),
            models.Index(fields=["-rating", "title"], name="post_rating_idx"),
        ]
        verbose_name_plural = "blog posts"

    def __str__(self):
        return self.title


class Legacy(models.Model):
    code = models.CharField(max_length=5, primary_key=True)

    class Meta:
        managed = False
        db_table = "legacy_codes"
