from django.db import models


class Dog(models.Model):
    name = models.CharField(max_length=200)
    data = models.JSONField(null=True)

    def __str__(self):
        return self.name


class Tag(models.Model):
    name = models.CharField(max_length=20)


class PublishedManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(published=True)

    def titles(self):
        return self.values_list("title", flat=True)


class Post(models.Model):
    title = models.CharField(max_length=50)
    published = models.BooleanField(default=False)
    owner = models.ForeignKey(Dog, on_delete=models.CASCADE)
    tags = models.ManyToManyField(Tag)

    objects = models.Manager()
    published_posts = PublishedManager()

    def __str__(self):
        return self.title
