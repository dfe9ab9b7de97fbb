from django.db import models


class Topping(models.Model):
    name = models.CharField(max_length=30)
    vegan = models.BooleanField(default=True)

    def __str__(self):
        return self.name


class Chef(models.Model):
    name = models.CharField(max_length=30)

    def __str__(self):
        return self.name


class Pizza(models.Model):
    name = models.CharField(max_length=30)
    toppings = models.ManyToManyField(Topping, related_name='pizzas')
    chef = models.ForeignKey(Chef, on_delete=models.CASCADE, related_name='pizzas')
    price = models.IntegerField(default=10)

    class Meta:
        ordering = ['name']

    def __str__(self):
        return self.name
