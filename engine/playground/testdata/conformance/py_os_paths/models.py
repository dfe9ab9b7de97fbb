import os
import tempfile
from pathlib import Path

from django.core.files.storage import FileSystemStorage
from django.db import models

scratch = tempfile.mkdtemp()
media = FileSystemStorage(location="/srv/media", base_url="/media")


class RenamingStorage(FileSystemStorage):
    def get_valid_name(self, name):
        return name + "_valid"


def document_path(instance, filename):
    base, ext = os.path.splitext(os.path.basename(filename))
    return os.path.join("documents", instance.kind, base.lower() + ext)


def shared_storage():
    return media


class Document(models.Model):
    kind = models.CharField(max_length=20)
    file = models.FileField(upload_to=document_path, storage=media)
    scan = models.FileField(upload_to=Path("scans"), storage=FileSystemStorage(location=scratch), blank=True)
    attachment = models.FileField(upload_to="attachments/%Y", storage=shared_storage, blank=True, max_length=200)
    other = models.FileField(storage=RenamingStorage, blank=True)

    def __str__(self):
        return os.path.basename(self.file.name)
