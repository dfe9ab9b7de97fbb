from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=30)


class Pet(models.Model):
    owner = models.ForeignKey(Person, on_delete=models.SET_NULL)
    vet = models.ForeignKey(Person, on_delete=models.SET_DEFAULT, related_name="patients")
