from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=30)


class Message(models.Model):
    sender = models.ForeignKey(Person, on_delete=models.CASCADE)
    recipient = models.ForeignKey(Person, on_delete=models.CASCADE)
