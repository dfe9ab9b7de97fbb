from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=20)
    age = models.IntegerField(null=True)

    def __str__(self):
        return self.name

    def greet(self, greeting):
        return greeting + ', ' + self.name

    def first_title(self):
        return self.book_set.first().title

    def half_age(self):
        return self.age // 0

    def letters(self):
        return self.name[10]

    def nick(self):
        nick = nick.upper()
        return nick

    def check(self):
        assert self.age > 0, 'age must be positive'

    def total(self):
        return self.age + self.name


class Book(models.Model):
    title = models.CharField(max_length=20)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)

    def __str__(self):
        return None


class Broken(models.Model):
    n = models.IntegerField(default=0)

    def __str__(self):
        return self.n

    def save(self, *args, **kwargs):
        if self.n < 0:
            raise ValueError('n must not be negative')
        super().save(*args, **kwargs)
