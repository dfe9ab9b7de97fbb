from django.db import models


class Blog(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Entry(models.Model):
    blog = models.ForeignKey(Blog, on_delete=models.CASCADE)
    headline = models.CharField(max_length=100)
    rating = models.IntegerField(default=0)
    pub_date = models.DateField()

    class Meta:
        ordering = ['headline']

    def __str__(self):
        return self.headline
