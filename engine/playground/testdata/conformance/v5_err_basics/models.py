from django.db import models
from django.core.exceptions import ValidationError


def validate_even(value):
    if value % 2:
        raise ValidationError('%(value)s is not even', params={'value': value})


class Author(models.Model):
    name = models.CharField(max_length=20, unique=True)
    email = models.EmailField(blank=True)

    def __str__(self):
        return self.name

    def ratio(self):
        return 10 / self.book_set.count()

    def lookup(self):
        return {'a': 1}[self.name]

    def broken(self):
        return self.nickname

    def typo(self):
        return undefined_thing + 1


class Bio(models.Model):
    author = models.OneToOneField(Author, on_delete=models.CASCADE)
    text = models.TextField()


class Book(models.Model):
    KIND = [('p', 'Paper'), ('h', 'Hard')]
    title = models.CharField(max_length=10)
    author = models.ForeignKey(Author, on_delete=models.PROTECT)
    kind = models.CharField(max_length=1, choices=KIND, default='p')
    pages = models.IntegerField(validators=[validate_even], default=2)
    price = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    published = models.DateField(null=True)

    def __str__(self):
        return self.title

    class Meta:
        unique_together = [('title', 'author')]
        constraints = [
            models.CheckConstraint(condition=models.Q(pages__gte=0), name='pages_nonneg'),
            models.UniqueConstraint(fields=['title'], condition=models.Q(kind='h'), name='uniq_hard_title'),
        ]


class Tag(models.Model):
    name = models.CharField(max_length=10)
    books = models.ManyToManyField(Book)


class Base(models.Model):
    name = models.CharField(max_length=10)

    class Meta:
        abstract = True


class Concrete(Base):
    pass
