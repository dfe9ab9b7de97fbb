import re
from django.db import models


class A(models.Model):
    name = models.CharField(max_length=5)


BAD = re.compile("(ab")
