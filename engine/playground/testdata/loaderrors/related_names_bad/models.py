from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=50)


class Book(models.Model):
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books written")
    editor = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="edited_")
    reviewer = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="class")
    translator = models.ForeignKey(Author, on_delete=models.CASCADE, related_query_name="tr__x", related_name="translated")
    tags = models.ManyToManyField("Tag", null=True)
    shelf = models.ForeignKey("other.Shelf", on_delete=models.CASCADE)
