from django.db import models


class Student(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Course(models.Model):
    title = models.CharField(max_length=20)
    students = models.ManyToManyField(Student, related_name='courses', related_query_name='course')

    def __str__(self):
        return self.title


class User(models.Model):
    name = models.CharField(max_length=20)
    follows = models.ManyToManyField('self', through='Follow', symmetrical=False, related_name='followed_by', through_fields=('follower', 'followee'))

    def __str__(self):
        return self.name


class Follow(models.Model):
    follower = models.ForeignKey(User, on_delete=models.CASCADE, related_name='+')
    followee = models.ForeignKey(User, on_delete=models.CASCADE, related_name='+')
    note = models.CharField(max_length=20, default='')
    invited_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name='invites')
