from django.db import models


class Employee(models.Model):
    name = models.CharField(max_length=20)
    manager = models.ForeignKey('self', on_delete=models.SET_NULL, null=True, blank=True, related_name='reports')
    department = models.ForeignKey('Department', on_delete=models.CASCADE, to_field='code', related_query_name='staff')

    def __str__(self):
        return self.name


class Department(models.Model):
    code = models.CharField(max_length=5, unique=True)
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Category(models.Model):
    name = models.CharField(max_length=20)
    parent = models.ForeignKey('myapp.Category', on_delete=models.CASCADE, null=True, related_name='children')

    def __str__(self):
        return self.name


class Base(models.Model):
    owner = models.ForeignKey(Employee, on_delete=models.CASCADE, related_name='%(app_label)s_%(class)s_owned')

    class Meta:
        abstract = True


class Laptop(Base):
    model = models.CharField(max_length=20)


class Phone(Base):
    number = models.CharField(max_length=20)
