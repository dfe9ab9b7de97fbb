from django.db import models


class Studio(models.Model):
    name = models.CharField(max_length=30)

    class Meta:
        ordering = [models.F('name').desc()]

    def __str__(self):
        return self.name


class Movie(models.Model):
    title = models.CharField(max_length=30)
    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name='movies')
    rating = models.IntegerField()
    budget = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    extra = models.JSONField(default=dict)
    released = models.BooleanField(default=True)

    class Meta:
        ordering = ['title']

    def __str__(self):
        return self.title
