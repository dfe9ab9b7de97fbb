import uuid

from django.db import models


class Profile(models.Model):
    handle = models.SlugField()
    email = models.EmailField(unique=True)
    homepage = models.URLField(blank=True)
    bio = models.TextField(blank=True, default="")
    token = models.UUIDField(default=uuid.UUID("12345678-1234-5678-1234-567812345678"))
    avatar = models.BinaryField(null=True)
    settings = models.JSONField(default=dict)
    active = models.BooleanField(default=True)
    verified = models.BooleanField(null=True)

    def __str__(self):
        return self.handle
