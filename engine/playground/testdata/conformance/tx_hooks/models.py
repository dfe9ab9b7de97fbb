from django.db import models, transaction


class Author(models.Model):
    name = models.CharField(max_length=20, unique=True)

    def __str__(self):
        return self.name

    @transaction.atomic
    def rename_twice(self, first, second):
        self.name = first
        self.save()
        self.name = second
        self.save()

    @transaction.atomic(savepoint=False)
    def rename_once(self, name):
        self.name = name
        self.save()
