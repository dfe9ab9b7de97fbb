from django.db import models


class Reporter(models.Model):
    full_name = models.CharField("full name", max_length=70)
    email = models.EmailField(blank=True)

    class Meta:
        default_related_name = "reporters"

    def __str__(self):
        return self.full_name


class Article(models.Model):
    pub_date = models.DateField()
    headline = models.CharField(max_length=200, db_index=True)
    reporter = models.ForeignKey(Reporter, on_delete=models.CASCADE)
    score = models.BigAutoField(primary_key=True)

    class Meta:
        default_related_name = "articles"
        verbose_name_plural = "stories"
        indexes = [models.Index(fields=["pub_date", "-headline"])]

    def __str__(self):
        return self.headline
