from django.db import models
from django.db.models.functions import Coalesce


class PollManager(models.Manager):
    def with_counts(self):
        return self.annotate(num_responses=Coalesce(models.Count("response"), 0))


class OpinionPoll(models.Model):
    question = models.CharField(max_length=200)
    objects = PollManager()


class Response(models.Model):
    poll = models.ForeignKey(OpinionPoll, on_delete=models.CASCADE)
    # ...


# First, define the Manager subclass.
class DahlBookManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(author="Roald Dahl")


# Then hook it into the Book model explicitly.
class Book(models.Model):
    title = models.CharField(max_length=100)
    author = models.CharField(max_length=50)

    objects = models.Manager()  # The default manager.
    dahl_objects = DahlBookManager()  # The Dahl-specific manager.


class CustomQuerySet(models.QuerySet):
    # Available on both Manager and QuerySet.
    def public_method(self):
        return

    # Available only on QuerySet.
    def _private_method(self):
        return

    # Available only on QuerySet.
    def opted_out_public_method(self):
        return

    opted_out_public_method.queryset_only = True

    # Available on both Manager and QuerySet.
    def _opted_in_private_method(self):
        return

    _opted_in_private_method.queryset_only = False

    def manager_and_queryset_method(self):
        return self.filter(name__startswith="A")


class CustomManager(models.Manager):
    def manager_only_method(self):
        return

    def do_something(self):
        return self.count()


class MyModel(models.Model):
    name = models.CharField(max_length=20)
    objects = CustomManager.from_queryset(CustomQuerySet)()


MyManager = CustomManager.from_queryset(CustomQuerySet)


class OtherModel(models.Model):
    name = models.CharField(max_length=20)
    objects = MyManager()


class OtherManager(models.Manager):
    def do_something(self):
        return "other"


class AbstractBase(models.Model):
    # ...
    objects = CustomManager()

    class Meta:
        abstract = True


class ChildA(AbstractBase):
    # ...
    # This class has CustomManager as the default manager.
    pass


class ChildB(AbstractBase):
    # ...
    # An explicit default manager.
    default_manager = OtherManager()


class ExtraManager(models.Model):
    extra_manager = OtherManager()

    class Meta:
        abstract = True


class ChildC(AbstractBase, ExtraManager):
    # ...
    # Default manager is CustomManager, but OtherManager is
    # also available via the "extra_manager" attribute.
    pass
