from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=20)

    def __str__(self):
        return self.name


class Player(models.Model):
    name = models.CharField(max_length=20)
    number = models.IntegerField(default=0)
    team = models.ForeignKey(Team, on_delete=models.CASCADE, null=True)

    def __str__(self):
        return self.name
