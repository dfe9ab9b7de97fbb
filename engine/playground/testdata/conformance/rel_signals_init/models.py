from django.db import models
from django.db.models.signals import pre_init, post_init
from django.dispatch import receiver


class Item(models.Model):
    name = models.CharField(max_length=20)
    qty = models.IntegerField(default=0)

    def __str__(self):
        return self.name


@receiver(post_init, sender=Item)
def remember(sender, instance, **kwargs):
    instance._original_qty = instance.qty
    print('post_init', instance.name, instance.pk)


@receiver(pre_init, sender=Item)
def before(sender, args, kwargs, **rest):
    print('pre_init', args, kwargs)
