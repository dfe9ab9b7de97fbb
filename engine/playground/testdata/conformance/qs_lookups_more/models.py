from django.db import models


class Blog(models.Model):
    name = models.CharField(max_length=100)

    def __str__(self):
        return self.name


class Entry(models.Model):
    blog = models.ForeignKey(Blog, on_delete=models.CASCADE, null=True)
    headline = models.CharField(max_length=100)
    body = models.TextField(default='')
    pub_date = models.DateField()
    mod_time = models.DateTimeField()
    alarm = models.TimeField(null=True)
    rating = models.IntegerField(null=True)
    score = models.DecimalField(max_digits=5, decimal_places=2, default=0)
    published = models.BooleanField(default=False)

    def __str__(self):
        return self.headline
