"""A models.py in the style of the Django documentation."""
import datetime
from datetime import date
from decimal import Decimal

from django.db import models
from django.db.models import F, Q


class PersonManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(is_active=True)

    def adults(self):
        return self.filter(age__gte=18)


class CommonInfo(models.Model):
    """Fields shared by every model."""
    name = models.CharField(max_length=100, help_text="the name")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ['-created', 'name']


class Person(CommonInfo):
    SHIRT_SIZES = (
        ('S', 'Small'),
        ('M', 'Medium'),
        ('L', 'Large'),
    )
    shirt_size = models.CharField(max_length=1, choices=SHIRT_SIZES, default='M')
    age = models.PositiveIntegerField(null=True, blank=True)
    salary = models.DecimalField(max_digits=8, decimal_places=2, default=Decimal("0.00"))
    birth_date = models.DateField(default=date(2000, 1, 1))
    friends = models.ManyToManyField("self", blank=True)

    objects = models.Manager()
    active = PersonManager()

    class Meta(CommonInfo.Meta):
        verbose_name_plural = "people"
        unique_together = [["name", "birth_date"]]

    def __str__(self):
        return "%s (%s)" % (self.name, self.get_shirt_size_display())

    def __repr__(self):
        return f"<Person: {self.name!r}>"

    @property
    def is_adult(self):
        return self.age is not None and self.age >= 18

    @classmethod
    def create(cls, name, **kwargs):
        person = cls(name=name, **kwargs)
        person.save()
        return person

    @staticmethod
    def normalize(name):
        return " ".join(part.capitalize() for part in name.split())

    def save(self, *args, **kwargs):
        if not self.name:
            raise ValueError("name is required")
        elif len(self.name) > 100:
            self.name = self.name[:100]
        self.name = Person.normalize(self.name)
        super().save(*args, **kwargs)

    def birthday(self):
        self.age = (self.age or 0) + 1
        Person.objects.filter(pk=self.pk).update(age=F("age") + 1)


class Group(models.Model):
    name = models.CharField(max_length=128)
    members = models.ManyToManyField(Person, through='Membership', related_name='groups')

    def __str__(self):
        return self.name


class Membership(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE)
    group = models.ForeignKey(Group, on_delete=models.CASCADE)
    date_joined = models.DateField()
    invite_reason = models.CharField(max_length=64)


class Place(models.Model):
    name = models.CharField(max_length=50)


class Restaurant(Place):
    place_ptr = models.OneToOneField(
        Place, on_delete=models.CASCADE,
        parent_link=True, primary_key=True,
    )
    serves_pizza = models.BooleanField(default=False)
