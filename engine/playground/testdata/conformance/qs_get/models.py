from django.db import models


class Colour(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Shade(models.Model):
    colour = models.ForeignKey(Colour, on_delete=models.CASCADE)
    code = models.IntegerField()

    class Meta:
        ordering = ['code']

    def __str__(self):
        return 'shade %d' % self.code


class Warm(Colour):
    class Meta:
        proxy = True
