from django.db import models
from django.db.models import Func


class Position(Func):
    function = 'INSTR'
    output_field = models.IntegerField()


class Reporter(models.Model):
    name = models.CharField(max_length=30)
    nick = models.CharField(max_length=30, null=True)
    stories_filed = models.IntegerField(default=0)
    last_seen = models.DateTimeField(null=True)

    def __str__(self):
        return self.name


class Story(models.Model):
    reporter = models.ForeignKey(Reporter, on_delete=models.CASCADE, related_name='stories')
    title = models.CharField(max_length=50)
    words = models.IntegerField(default=0)

    def __str__(self):
        return self.title
