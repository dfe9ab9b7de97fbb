import datetime
from django.core.exceptions import ValidationError
from django.core.validators import MinLengthValidator, RegexValidator
from django.db import models


def validate_even(value):
    if value % 2 != 0:
        raise ValidationError('%(value)s is not an even number', params={'value': value}, code='odd')


class Place(models.Model):
    name = models.CharField(max_length=20, unique=True)
    code = models.CharField(max_length=5, validators=[MinLengthValidator(3), RegexValidator(r'^[A-Z]+$', 'Upper case letters only.')])
    url = models.URLField(blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    rating = models.PositiveIntegerField(default=1, validators=[validate_even])
    price = models.DecimalField(max_digits=4, decimal_places=1, default=0)
    opened = models.DateTimeField(null=True, blank=True)
    slug = models.SlugField(unique=True, null=True)

    def __str__(self):
        return self.name


class Restaurant(Place):
    serves = models.CharField(max_length=10, choices=[('pizza', 'Pizza'), ('sushi', 'Sushi')], error_messages={'invalid_choice': 'We do not serve %(value)s.'})
    seats = models.IntegerField(error_messages={'null': 'Seats are required.'})


class Event(models.Model):
    title = models.CharField(max_length=30, unique_for_date='day')
    day = models.DateField()
    place = models.ForeignKey(Place, on_delete=models.CASCADE)

    class Meta:
        constraints = [models.UniqueConstraint(fields=['place', 'day'], name='one_event_per_day')]
