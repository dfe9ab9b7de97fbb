import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import DEFERRED
from django.utils.translation import gettext_lazy as _


class BookManager(models.Manager):
    def create_book(self, title):
        book = self.create(title=title)
        # do something with the book
        return book


class Book(models.Model):
    title = models.CharField(max_length=100)

    objects = BookManager()

    @classmethod
    def create(cls, title):
        book = cls(title=title)
        # do something with the book
        return book


class Creator(models.Model):
    name = models.CharField(max_length=50)


class Document(models.Model):
    title = models.CharField(max_length=100)
    creator = models.ForeignKey(Creator, on_delete=models.CASCADE)

    @classmethod
    def from_db(cls, db, field_names, values):
        # Default implementation of from_db() (subject to change and could
        # be replaced with super()).
        if len(values) != len(cls._meta.concrete_fields):
            values = list(values)
            values.reverse()
            values = [
                values.pop() if f.attname in field_names else DEFERRED
                for f in cls._meta.concrete_fields
            ]
        instance = cls(*values)
        instance._state.adding = False
        instance._state.db = db
        # customization to store the original field values on the instance
        instance._loaded_values = dict(
            zip(field_names, (value for value in values if value is not DEFERRED))
        )
        return instance

    def save(self, **kwargs):
        # Check how the current values differ from ._loaded_values. For example,
        # prevent changing the creator_id of the model. (This example doesn't
        # support cases where 'creator_id' is deferred).
        if not self._state.adding and (
            self.creator_id != self._loaded_values["creator_id"]
        ):
            raise ValueError("Updating the value of creator isn't allowed")
        super().save(**kwargs)


class ExampleModel(models.Model):
    name = models.CharField(max_length=20)
    body = models.TextField()
    val = models.IntegerField(default=1)

    def refresh_from_db(self, using=None, fields=None, **kwargs):
        # fields contains the name of the deferred field to be
        # loaded.
        if fields is not None:
            fields = set(fields)
            deferred_fields = self.get_deferred_fields()
            # If any deferred field is going to be loaded
            if fields.intersection(deferred_fields):
                # then load all of them
                fields = fields.union(deferred_fields)
        super().refresh_from_db(using, fields, **kwargs)


class Article(models.Model):
    title = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=10)
    pub_date = models.DateField(null=True, blank=True)

    def clean(self):
        # Don't allow draft entries to have a pub_date.
        if self.status == "draft" and self.pub_date is not None:
            raise ValidationError(_("Draft entries may not have a publication date."))
        # Set the pub_date for published items if it hasn't been set already.
        if self.status == "published" and self.pub_date is None:
            self.pub_date = datetime.date(2024, 1, 1)


class Entry(models.Model):
    title = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=10)
    pub_date = models.DateField(null=True, blank=True)

    def clean(self):
        # Don't allow draft entries to have a pub_date.
        if self.status == "draft" and self.pub_date is not None:
            raise ValidationError(
                {"pub_date": _("Draft entries may not have a publication date.")}
            )

    def clean_fields(self, exclude=None):
        super().clean_fields(exclude=exclude)
        if self.status == "draft" and self.pub_date is not None:
            if exclude and "status" in exclude:
                raise ValidationError(
                    _("Draft entries may not have a publication date.")
                )
            else:
                raise ValidationError(
                    {
                        "status": _(
                            "Set status to draft if there is not a publication date."
                        ),
                    }
                )


class Blog(models.Model):
    name = models.CharField(max_length=100)
    tagline = models.TextField()


class Product(models.Model):
    name = models.CharField(max_length=100)
    number_sold = models.IntegerField(default=0)


class Person(models.Model):
    first_name = models.CharField(max_length=50)
    last_name = models.CharField(max_length=50)

    def __str__(self):
        return f"{self.first_name} {self.last_name}"

    def get_absolute_url(self):
        return "/people/%i/" % self.id


class MyModel(models.Model):
    id = models.AutoField(primary_key=True)


class MyProxyModel(MyModel):
    class Meta:
        proxy = True


class MultitableInherited(MyModel):
    pass


class Diary(models.Model):
    day = models.DateField()
    written = models.DateTimeField(null=True)
    text = models.CharField(max_length=50)

    def __str__(self):
        return self.text
