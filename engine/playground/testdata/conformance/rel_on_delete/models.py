from django.db import models


def default_owner():
    return 1


class Owner(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Pet(models.Model):
    name = models.CharField(max_length=50)
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE)

    def __str__(self):
        return self.name


class Contract(models.Model):
    title = models.CharField(max_length=50)
    owner = models.ForeignKey(Owner, on_delete=models.PROTECT)

    def __str__(self):
        return self.title


class Note(models.Model):
    text = models.CharField(max_length=50)
    owner = models.ForeignKey(Owner, on_delete=models.SET_NULL, null=True, related_name='notes')

    def __str__(self):
        return self.text


class Ticket(models.Model):
    code = models.CharField(max_length=10)
    owner = models.ForeignKey(Owner, on_delete=models.SET_DEFAULT, default=default_owner, related_name='tickets')


class Badge(models.Model):
    label = models.CharField(max_length=10)
    owner = models.ForeignKey(Owner, on_delete=models.SET(1), related_name='badges')


class Log(models.Model):
    line = models.CharField(max_length=10)
    owner = models.ForeignKey(Owner, on_delete=models.DO_NOTHING, db_constraint=False, related_name='+')
