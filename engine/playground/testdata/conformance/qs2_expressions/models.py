from django.db import models


class Company(models.Model):
    name = models.CharField(max_length=50)
    num_employees = models.PositiveIntegerField()
    num_chairs = models.PositiveIntegerField()
    founded = models.DateField(null=True)
    last_audit = models.DateTimeField(null=True)
    budget = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    rating = models.FloatField(null=True)
    ceo = models.ForeignKey('Person', null=True, on_delete=models.SET_NULL, related_name='ceo_of')

    def __str__(self):
        return self.name


class Person(models.Model):
    name = models.CharField(max_length=50)
    born = models.DateField()
    salary = models.IntegerField(default=0)

    def __str__(self):
        return self.name
