from django.db import models
from django.utils.translation import gettext_lazy as _


class Medal(models.Choices):
    GOLD = 1, "Gold"
    SILVER = 2, "Silver"
    __empty__ = "(No medal)"


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "D", _("Draft")
        PUBLISHED = "P", "Published"
        IN_REVIEW = "R"

    class Size(models.IntegerChoices):
        SMALL = 1
        LARGE = 2, "Big one"

    title = models.CharField(max_length=30)
    status = models.CharField(max_length=1, choices=Status.choices, default=Status.DRAFT)
    size = models.IntegerField(choices=Size.choices, null=True)

    def __str__(self):
        return self.title
