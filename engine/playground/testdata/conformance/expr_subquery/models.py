from django.db import models


class Post(models.Model):
    title = models.CharField(max_length=50)
    published = models.DateField()

    def __str__(self):
        return self.title


class Comment(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE)
    email = models.CharField(max_length=50)
    created_at = models.DateField()
    likes = models.IntegerField(default=0)

    def __str__(self):
        return self.email
