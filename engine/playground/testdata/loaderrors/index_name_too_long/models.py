from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=30)

    class Meta:
        indexes = [models.Index(fields=["name"], name="a_very_long_index_name_for_people_names")]
