from django.db import models


class Blog(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Entry(models.Model):
    title = models.CharField(max_length=50)
    blog = models.ForeignKey(Blog, on_delete=models.CASCADE, null=True, related_name='entries')

    class Meta:
        ordering = ['title']

    def __str__(self):
        return self.title
