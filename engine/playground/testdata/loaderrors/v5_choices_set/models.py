from django.db import models


class Post(models.Model):
    kind = models.CharField(max_length=5, choices={("a", "Alpha"), ("b", "Beta")}, blank=True)
