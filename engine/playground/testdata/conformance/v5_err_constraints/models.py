from django.db import models


class Event(models.Model):
    name = models.CharField(max_length=20)
    start = models.DateField()
    end = models.DateField()
    seats = models.PositiveIntegerField(default=0)
    price = models.DecimalField(max_digits=6, decimal_places=2, default=0)
    status = models.CharField(max_length=10, default='draft')
    active = models.BooleanField(default=True)

    def __str__(self):
        return self.name

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(end__gte=models.F('start')), name='end_after_start'),
            models.CheckConstraint(condition=models.Q(price__gte=0) & models.Q(price__lt=1000), name='price_range'),
            models.CheckConstraint(condition=models.Q(status__in=['draft', 'live']) | models.Q(active=False), name='status_ok'),
            models.CheckConstraint(condition=~models.Q(name=''), name='name_not_empty'),
            models.UniqueConstraint(fields=['name', 'start'], name='uniq_name_start'),
            models.UniqueConstraint(fields=['name'], condition=models.Q(active=True), name='uniq_active_name'),
        ]


class Ticket(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE)
    code = models.CharField(max_length=10, null=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=models.Q(code__isnull=True) | models.Q(code__startswith='T'), name='code_prefix'),
            models.UniqueConstraint(fields=['event', 'code'], name='one_code_per_event'),
        ]
