from django.db import models


class TimeStamped(models.Model):
    created = models.DateField(null=True)
    note = models.CharField(max_length=20, default="")

    class Meta:
        abstract = True
        ordering = ["-created"]
        get_latest_by = "created"


class Tagged(models.Model):
    tag = models.SlugField(max_length=10, db_index=False)
    owner = models.ForeignKey("Owner", on_delete=models.CASCADE, related_name="%(app_label)s_%(class)s_items", null=True)

    class Meta:
        abstract = True


class Owner(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Article(TimeStamped, Tagged):
    title = models.CharField(max_length=50)

    class Meta(TimeStamped.Meta):
        db_table = "articles"
        verbose_name = "news article"

    def __str__(self):
        return self.title


class Photo(TimeStamped):
    note = None
    caption = models.CharField(max_length=50)

    def __str__(self):
        return self.caption


class Video(Tagged, TimeStamped):
    length = models.IntegerField(default=0)

    class Meta:
        ordering = ["length"]

    def __str__(self):
        return "video %d" % self.length
