from django.db import models


class Reporter(models.Model):
    name = models.CharField(max_length=30)

    def __str__(self):
        return self.name


class Article(models.Model):
    headline = models.CharField(max_length=100)
    reporter = models.ForeignKey(Reporter, on_delete=models.CASCADE)
    editor = models.ForeignKey(Reporter, on_delete=models.SET_NULL, null=True, blank=True, related_name='edited')

    def __str__(self):
        return self.headline
