from django.db import models
from django.core.files.storage import default_storage, Storage, FileSystemStorage

class Doc(models.Model):
    plain = models.FileField(upload_to="up")
