from django.db import models


class Reporter(models.Model):
    first_name = models.CharField(max_length=30)
    last_name = models.CharField(max_length=30)

    class Meta:
        ordering = ['last_name', 'first_name']

    def __str__(self):
        return '%s %s' % (self.first_name, self.last_name)


class Article(models.Model):
    headline = models.CharField(max_length=100)
    pub_date = models.DateField()
    reporter = models.ForeignKey(Reporter, on_delete=models.CASCADE, null=True)
    editor = models.ForeignKey(Reporter, on_delete=models.CASCADE, null=True, related_name='edited')

    class Meta:
        ordering = ['-pub_date', 'headline']

    def __str__(self):
        return self.headline


class Tag(models.Model):
    name = models.CharField(max_length=30)
    article = models.ForeignKey(Article, on_delete=models.CASCADE)

    class Meta:
        ordering = ['article']

    def __str__(self):
        return self.name
