from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Player(models.Model):
    name = models.CharField(max_length=50)
    team = models.ForeignKey(Team, null=True, on_delete=models.SET_NULL)
    number = models.IntegerField(null=True)
    captain_of = models.OneToOneField(Team, null=True, on_delete=models.SET_NULL, related_name='captain')

    def __str__(self):
        return self.name


class Sponsor(models.Model):
    name = models.CharField(max_length=50)
    teams = models.ManyToManyField(Team, related_name='sponsors')

    def __str__(self):
        return self.name
