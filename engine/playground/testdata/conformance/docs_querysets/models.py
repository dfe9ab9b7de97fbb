from django.db import models


class Blog(models.Model):
    name = models.CharField(max_length=100)
    tagline = models.TextField()
    slug = models.SlugField(null=True, unique=True)

    def __str__(self):
        return self.name


class Author(models.Model):
    name = models.CharField(max_length=200)

    def __str__(self):
        return self.name


class Entry(models.Model):
    blog = models.ForeignKey(Blog, on_delete=models.CASCADE, null=True)
    headline = models.CharField(max_length=255)
    body_text = models.TextField(blank=True)
    summary = models.CharField(max_length=100, null=True)
    pub_date = models.DateField(null=True)
    mod_date = models.DateField(null=True)
    expire_date = models.DateField(null=True)
    authors = models.ManyToManyField(Author)
    number_of_comments = models.IntegerField(default=0)
    rating = models.IntegerField(default=5)
    comments_on = models.BooleanField(default=True)

    def __str__(self):
        return self.headline


class Event(models.Model):
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        related_name="children",
        null=True,
    )
    date = models.DateField()
    timestamp = models.DateTimeField(null=True)
    time = models.TimeField(null=True)


class City(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Person(models.Model):
    first_name = models.CharField(max_length=50)
    last_name = models.CharField(max_length=50)
    birthday = models.DateField(null=True)
    hometown = models.ForeignKey(
        City,
        on_delete=models.SET_NULL,
        blank=True,
        null=True,
    )

    def __str__(self):
        return f"{self.first_name} {self.last_name}"


class Book(models.Model):
    title = models.CharField(max_length=100)
    author = models.ForeignKey(Person, on_delete=models.CASCADE)


class Topping(models.Model):
    name = models.CharField(max_length=30)
    spicy = models.BooleanField(default=False)


class Pizza(models.Model):
    name = models.CharField(max_length=50)
    vegetarian = models.BooleanField(default=False)
    toppings = models.ManyToManyField(Topping)

    def __str__(self):
        return "%s (%s)" % (
            self.name,
            ", ".join(topping.name for topping in self.toppings.all()),
        )


class Restaurant(models.Model):
    name = models.CharField(max_length=50)
    pizzas = models.ManyToManyField(Pizza, related_name="restaurants")
    best_pizza = models.ForeignKey(
        Pizza, related_name="championed_by", on_delete=models.CASCADE
    )

    def __str__(self):
        return self.name


class Chapter(models.Model):
    title = models.CharField(max_length=255, unique=True)

    def __str__(self):
        return self.title


class Novel(models.Model):
    title = models.CharField(max_length=256)
    chapters = models.ManyToManyField(Chapter)
