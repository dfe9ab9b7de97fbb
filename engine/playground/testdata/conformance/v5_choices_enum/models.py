from django.db import models


class Status(models.TextChoices):
    DRAFT = "D", "Draft"
    LIVE = "L", "Live"


class Size(models.IntegerChoices):
    SMALL = 1, "Small"
    LARGE = 2, "Large"


def color_choices():
    return [("r", "Red"), ("g", "Green")]


class Post(models.Model):
    status = models.CharField(max_length=1, choices=Status, default=Status.DRAFT)
    size = models.IntegerField(choices=Size, default=Size.SMALL)
    color = models.CharField(max_length=1, choices=color_choices, blank=True)
    kind = models.CharField(max_length=5, choices={"a": "Alpha", "b": "Beta"}, blank=True)
    food = models.CharField(
        max_length=5,
        choices={"Fruit": {"ap": "Apple", "ba": "Banana"}, "Vegetable": [("ca", "Carrot")], "x": "Other"},
        blank=True,
    )
