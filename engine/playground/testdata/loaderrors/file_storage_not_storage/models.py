from django.core.files.storage import FileSystemStorage
from django.db import models


def not_a_storage():
    return "/srv/media"


class Doc(models.Model):
    ok = models.FileField(storage=FileSystemStorage)
    file = models.FileField(storage=not_a_storage)
