c = Code.objects.create(value="ABC")
c.pk
e = Everything.objects.create(slug="s", code=c, code_by_id=c)
e.pk, e.uid, e.huge, e.legacy, e.upload
Everything.objects.values_list("code", "code_by_id", "SmallValue" if False else "small").get()
Everything.objects.filter(code__value="ABC").count()
c.things.count()
Everything.objects.create(slug="s", email="", code_by_id=c)
Everything._meta.get_field("uid").editable, Everything._meta.get_field("small").column
Everything._meta.get_field("upload").max_length, Everything._meta.get_field("ip").max_length
Everything._meta.get_field("email").max_length, Everything._meta.get_field("url").max_length, Everything._meta.get_field("slug").max_length
Everything._meta.unique_together
Everything._meta.constraints
e.upload = "files/report.pdf"
e.upload, str(e.upload), e.upload == "files/report.pdf", e.upload.name
e.save()
Everything.objects.get(pk=e.pk).upload
Everything.objects.filter(upload="files/report.pdf").count()
e.path = None
e.save()
e.upload.url
Everything.objects.get(pk=e.pk).path
