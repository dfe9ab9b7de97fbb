from django.db import models

counter = [100]


def next_code():
    counter[0] += 1
    return counter[0]


class Thing(models.Model):
    name = models.CharField(max_length=20)
    size = models.IntegerField(default=1)

    def __str__(self):
        return self.name


class Coded(models.Model):
    code = models.IntegerField(primary_key=True, default=next_code)
    label = models.CharField(max_length=20)


class Base(models.Model):
    title = models.CharField(max_length=20)


class Child(Base):
    extra = models.CharField(max_length=20)
