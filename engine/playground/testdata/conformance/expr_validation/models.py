from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, MaxValueValidator
from django.db import models


class Publisher(models.Model):
    name = models.CharField(max_length=20, unique=True)
    country = models.CharField(max_length=2, blank=True)

    def __str__(self):
        return self.name


class Book(models.Model):
    FORMATS = [('hb', 'Hardback'), ('pb', 'Paperback')]
    title = models.CharField(max_length=10)
    isbn = models.CharField(max_length=13, unique=True, null=True, blank=True)
    pages = models.IntegerField(validators=[MinValueValidator(1), MaxValueValidator(2000)])
    price = models.DecimalField(max_digits=5, decimal_places=2)
    format = models.CharField(max_length=2, choices=FORMATS, default='pb')
    publisher = models.ForeignKey(Publisher, on_delete=models.CASCADE, null=True, blank=True)
    email = models.EmailField(blank=True)
    slug = models.SlugField(blank=True)
    published = models.DateField(null=True, blank=True)

    class Meta:
        unique_together = [('title', 'publisher')]

    def clean(self):
        if self.format == 'hb' and self.pages < 50:
            raise ValidationError({'pages': 'A hardback needs at least 50 pages.'})
        if self.title and self.title.islower():
            raise ValidationError('Titles start with a capital letter.', code='lowercase')

    def __str__(self):
        return self.title
