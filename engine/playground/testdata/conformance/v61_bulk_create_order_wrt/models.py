from django.db import models


class Question(models.Model):
    text = models.CharField(max_length=50)


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    text = models.CharField(max_length=50)

    class Meta:
        order_with_respect_to = "question"

    def __str__(self):
        return self.text
