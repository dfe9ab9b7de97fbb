from django.db import models


class Studio(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Movie(models.Model):
    title = models.CharField(max_length=100)
    studio = models.ForeignKey(Studio, on_delete=models.CASCADE, related_name='movies')
    genre = models.CharField(max_length=20)
    released = models.DateField()
    rating = models.FloatField()
    runtime = models.PositiveIntegerField(default=100)
    budget = models.DecimalField(max_digits=8, decimal_places=2)

    class Meta:
        ordering = ['title']

    def __str__(self):
        return self.title
