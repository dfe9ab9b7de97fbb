from django.db import models


class Person(models.Model):
    first_name = models.CharField(max_length=30)
    last_name = models.CharField(max_length=30)
    visits = models.IntegerField(default=0)
    joined = models.DateField(null=True)

    @property
    def full_name(self):
        return self.first_name + " " + self.last_name

    @full_name.setter
    def full_name(self, value):
        self.first_name, self.last_name = value.split(" ", 1)

    def __str__(self):
        return self.first_name + " " + self.last_name


class Pet(models.Model):
    owner = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="pets")
    name = models.CharField(max_length=30)
    kind = models.CharField(max_length=10, default="cat")

    def __str__(self):
        return self.name
