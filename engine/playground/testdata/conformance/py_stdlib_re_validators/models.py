import re
from django.core.validators import RegexValidator
from django.db import models

CODE = re.compile(r"^[A-Z]{2}\d+\Z")


class Tag(models.Model):
    name = models.CharField(max_length=30, validators=[RegexValidator(r"^[-\w]+\Z", "Letters only")])
    code = models.CharField(max_length=10, validators=[RegexValidator(CODE)])
    loose = models.CharField(max_length=10, validators=[RegexValidator("abc", flags=re.I)])
