from django.db import models
from django.db.models.signals import pre_save, post_save, pre_delete, post_delete, m2m_changed
from django.dispatch import receiver


class Author(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Book(models.Model):
    title = models.CharField(max_length=20)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    tags = models.ManyToManyField('Tag')

    def __str__(self):
        return self.title


class Tag(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Note(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE)


@receiver(post_save, sender=Author)
def author_saved(sender, instance, created, **kwargs):
    print('saved', sender.__name__, instance, created, kwargs['update_fields'])


@receiver(pre_delete, sender=Book)
def book_deleting(sender, instance, **kwargs):
    print('deleting', instance, instance.pk)


def book_deleted(sender, instance, using, **kwargs):
    print('deleted', instance, instance.pk, using)


post_delete.connect(book_deleted, sender=Book)


@receiver(m2m_changed, sender=Book.tags.through)
def tags_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    print(action, instance, reverse, model.__name__, pk_set)
