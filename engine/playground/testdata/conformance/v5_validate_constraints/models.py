from django.db import models


class Shelf(models.Model):
    label = models.CharField(max_length=10)
    room = models.CharField(max_length=10, default='main')
    size = models.PositiveIntegerField(default=1)
    active = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['label', 'room'], name='one_label_per_room'),
            models.UniqueConstraint(fields=['label'], condition=models.Q(active=True), name='one_active_label'),
        ]


class Item(models.Model):
    shelf = models.ForeignKey(Shelf, on_delete=models.CASCADE)
    code = models.CharField(max_length=10, null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=['shelf', 'code'], name='one_code_per_shelf'),
        ]
