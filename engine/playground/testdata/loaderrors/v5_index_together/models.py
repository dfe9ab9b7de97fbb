from django.db import models


class Entry(models.Model):
    blog = models.CharField(max_length=20)
    slug = models.CharField(max_length=20)

    class Meta:
        index_together = [["blog", "slug"]]
