import os

from django.db import models


class Upload(models.FileField):
    pass


class Doc(models.Model):
    file = models.FileField(upload_to=os.path.join("/", "uploads"))
    other = models.FileField(upload_to="/img", primary_key=True)
    custom = Upload(upload_to="rel", primary_key=False)
