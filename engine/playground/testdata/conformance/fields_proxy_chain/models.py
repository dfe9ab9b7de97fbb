from django.db import models


class PersonManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(active=True)


class Person(models.Model):
    first_name = models.CharField(max_length=30)
    last_name = models.CharField(max_length=30)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["first_name"]

    def __str__(self):
        return "%s %s" % (self.first_name, self.last_name)


class ActivePerson(Person):
    objects = PersonManager()

    class Meta:
        proxy = True
        ordering = ["-last_name"]

    def shout(self):
        return self.first_name.upper()


class ActiveFriend(ActivePerson):
    class Meta:
        proxy = True
        verbose_name = "buddy"


class PlainProxy(Person):
    class Meta:
        proxy = True


class Pet(models.Model):
    name = models.CharField(max_length=20)
    owner = models.ForeignKey(ActivePerson, on_delete=models.CASCADE)

    def __str__(self):
        return self.name
