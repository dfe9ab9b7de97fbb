from django.db import models


class Poll(models.Model):
    question = models.CharField(max_length=200)
    pub_date = models.DateField()
    votes = models.IntegerField(default=0)

    def __str__(self):
        return self.question
