import uuid

from django.db import models


class Code(models.Model):
    id = models.SmallAutoField(primary_key=True)
    value = models.CharField(max_length=8, unique=True, db_index=True)


class Everything(models.Model):
    id = models.BigAutoField(primary_key=True)
    uid = models.UUIDField(default=uuid.UUID(int=7), unique=True, editable=False)
    huge = models.PositiveBigIntegerField(default=0, db_index=True)
    small = models.SmallIntegerField(null=True, db_column="SmallValue")
    psmall = models.PositiveSmallIntegerField(default=3)
    text = models.TextField(unique=True, null=True)
    slug = models.SlugField(db_index=False, unique=True)
    email = models.EmailField(max_length=100, blank=True, db_index=True)
    url = models.URLField(null=True)
    ip = models.GenericIPAddressField(null=True)
    upload = models.FileField(upload_to="files/", blank=True)
    path = models.FilePathField(path="/tmp", null=True)
    flag = models.BooleanField(default=True, db_index=True)
    legacy = models.BooleanField(null=True)
    when = models.DateTimeField(null=True, db_index=True)
    data = models.JSONField(null=True, blank=True)
    blob = models.BinaryField(null=True)
    code = models.ForeignKey(Code, on_delete=models.PROTECT, to_field="value", null=True, related_name="things")
    code_by_id = models.ForeignKey(Code, on_delete=models.CASCADE, db_index=False, db_constraint=False, related_name="+")
    twin = models.OneToOneField("self", on_delete=models.SET_NULL, null=True, db_column="twin_ref")

    class Meta:
        unique_together = ("slug", "email")
        indexes = [models.Index(fields=["huge", "psmall"]), models.Index(fields=["-when", "flag"]), models.Index(fields=["url"], name="every_url_idx")]
        constraints = [models.UniqueConstraint(fields=["psmall", "small"], name="uniq_small_pair")]
