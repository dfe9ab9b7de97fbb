from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=20)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name='books', null=True)
    tags = models.ManyToManyField('Tag', related_name='books')

    class Meta:
        ordering = ['title']

    def __str__(self):
        return self.title


class Tag(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Bio(models.Model):
    author = models.OneToOneField(Author, on_delete=models.CASCADE)
    text = models.CharField(max_length=20)
