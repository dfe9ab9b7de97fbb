from django.db import models


class Dept(models.Model):
    name = models.CharField(max_length=20)

    class Meta:
        ordering = [models.F('name').desc()]

    def __str__(self):
        return self.name


class Emp(models.Model):
    name = models.CharField(max_length=20)
    dept = models.ForeignKey(Dept, on_delete=models.CASCADE, null=True)
    salary = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    hired = models.DateField()
    boss = models.ForeignKey('self', null=True, on_delete=models.SET_NULL, related_name='reports')
    active = models.BooleanField(default=True)

    def __str__(self):
        return self.name
