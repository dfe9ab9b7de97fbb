from django.db import models


class Place(models.Model):
    name = models.CharField(max_length=50)


class Tag(models.Model):
    label = models.CharField(max_length=20)


class Restaurant(Place):
    rating = models.IntegerField()
    tags = models.ManyToManyField(Tag)

    class Meta:
        unique_together = [["name", "rating"], ["tags", "rating"]]
        index_together = [["rating", "nope"]]
        db_table = "myapp_place"
