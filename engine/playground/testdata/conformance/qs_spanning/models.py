from django.db import models


class Blog(models.Model):
    name = models.CharField(max_length=100)
    tagline = models.TextField()

    def __str__(self):
        return self.name


class Author(models.Model):
    name = models.CharField(max_length=200)
    email = models.EmailField()

    def __str__(self):
        return self.name


class Entry(models.Model):
    blog = models.ForeignKey(Blog, on_delete=models.CASCADE)
    headline = models.CharField(max_length=255)
    body_text = models.TextField()
    pub_date = models.DateField()
    number_of_comments = models.IntegerField(default=0)
    rating = models.IntegerField(default=0)
    authors = models.ManyToManyField(Author)
    editor = models.ForeignKey(Author, null=True, on_delete=models.SET_NULL, related_name='edited')

    def __str__(self):
        return self.headline
