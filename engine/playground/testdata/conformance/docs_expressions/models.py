from django.db import models


class Manufacturer(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Company(models.Model):
    name = models.CharField(max_length=100)
    ticker = models.CharField(max_length=10, blank=True)
    num_employees = models.IntegerField(default=0)
    num_chairs = models.IntegerField(default=0)
    num_managers = models.IntegerField(default=0)
    motto = models.CharField(max_length=100, null=True)
    ticker_name = models.CharField(max_length=10, null=True)
    description = models.CharField(max_length=100, null=True)
    manufacturer = models.ForeignKey(Manufacturer, null=True, on_delete=models.SET_NULL)
    last_contacted = models.DateTimeField(null=True)
    is_active = models.BooleanField(default=True)

    def __str__(self):
        return self.name


class Product(models.Model):
    company = models.ForeignKey(Company, related_name="products", on_delete=models.CASCADE)


class Service(models.Model):
    company = models.ForeignKey(Company, related_name="services", on_delete=models.CASCADE)


class Employee(models.Model):
    company = models.ForeignKey(Company, on_delete=models.CASCADE)
    salary = models.IntegerField()


class Reporters(models.Model):
    name = models.CharField(max_length=50)
    stories_filed = models.IntegerField(default=0)


class Writers(models.Model):
    name = models.CharField(max_length=50)


class Ticket(models.Model):
    active_at = models.DateTimeField()
    duration = models.DurationField()


class Post(models.Model):
    published_at = models.DateTimeField()
    length = models.IntegerField(default=0)


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE)
    email = models.EmailField()
    created_at = models.DateTimeField()
    length = models.IntegerField(default=0)


class Book(models.Model):
    author = models.ForeignKey(Writers, on_delete=models.CASCADE)


class Movie(models.Model):
    title = models.CharField(max_length=100)
    studio = models.CharField(max_length=50)
    genre = models.CharField(max_length=50)
    category = models.CharField(max_length=50)
    released = models.DateField()
    rating = models.IntegerField()
