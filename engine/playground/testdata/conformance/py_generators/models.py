from django.db import models


def size_choices():
    yield from [('s', 'Small'), ('m', 'Medium')]
    yield ('l', 'Large')


def rating_choices():
    yield from ((n, '%d stars' % n) for n in range(1, 4))


class TagQuerySet(models.QuerySet):
    def names(self):
        for tag in self.order_by('name'):
            yield tag.name


class TagManager(models.Manager):
    def get_queryset(self):
        return TagQuerySet(self.model, using=self._db)

    def name_pairs(self):
        for tag in self.get_queryset().order_by('name'):
            yield tag.pk, tag.name


class Tag(models.Model):
    name = models.CharField(max_length=50)

    objects = TagManager()

    def __str__(self):
        return self.name

    def __iter__(self):
        yield from self.name


class Article(models.Model):
    title = models.CharField(max_length=100)
    size = models.CharField(max_length=1, choices=size_choices(), default='m')
    rating = models.IntegerField(choices=list(rating_choices()), default=1)
    tags = models.ManyToManyField(Tag, blank=True)

    def __str__(self):
        return self.title

    def tag_names(self):
        for tag in self.tags.order_by('name'):
            yield tag.name
        return 'no more tags'


class Shelf:
    def __init__(self, *articles):
        self.articles = articles

    def __iter__(self):
        for article in self.articles:
            yield article.title
