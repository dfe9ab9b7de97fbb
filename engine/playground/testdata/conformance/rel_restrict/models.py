from django.db import models


class Artist(models.Model):
    name = models.CharField(max_length=10)

    def __str__(self):
        return self.name


class Album(models.Model):
    title = models.CharField(max_length=10)
    artist = models.ForeignKey(Artist, on_delete=models.CASCADE)

    def __str__(self):
        return self.title


class Song(models.Model):
    title = models.CharField(max_length=10)
    artist = models.ForeignKey(Artist, on_delete=models.CASCADE)
    album = models.ForeignKey(Album, on_delete=models.RESTRICT)

    def __str__(self):
        return self.title
