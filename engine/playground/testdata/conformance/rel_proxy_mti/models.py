from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Employee(Person):
    class Meta:
        proxy = True

    def __str__(self):
        return "employee %s" % self.name


class Badge(models.Model):
    holder = models.ForeignKey(Employee, on_delete=models.CASCADE)
    code = models.CharField(max_length=10)


class Place(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Restaurant(Place):
    serves_pizza = models.BooleanField(default=False)


class Review(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name='reviews')
    text = models.CharField(max_length=20)


class Inspection(models.Model):
    restaurant = models.ForeignKey(Restaurant, on_delete=models.SET_NULL, null=True)
    grade = models.CharField(max_length=1)
