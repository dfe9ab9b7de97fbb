from django.db import models


class Person(models.Model):
    first_name = models.CharField(max_length=30)
    last_name = models.CharField(max_length=30)
    birthday = models.DateField(null=True)
    email = models.EmailField(unique=True, null=True)

    class Meta:
        get_latest_by = 'birthday'

    def __str__(self):
        return '%s %s' % (self.first_name, self.last_name)
