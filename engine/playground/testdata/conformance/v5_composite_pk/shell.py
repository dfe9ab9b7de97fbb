r = Release.objects.create(product="ormfiddle", version=1)
r.pk
Release.objects.create(product="ormfiddle", version=2, notes="second")
Release.objects.get(pk=("ormfiddle", 1))
Release.objects.filter(pk=("ormfiddle", 2)).exists()
Release.objects.filter(pk__in=[("ormfiddle", 1), ("ormfiddle", 2)]).count()
r.notes = "first"
r.save()
Release.objects.filter(pk__in=[("ormfiddle", 2)]).values_list("product", "version")
Release.objects.order_by("-pk")
Release._meta.pk
Release._meta.pk_fields
[f.name for f in Release._meta.fields]
Release._meta.get_field("pk").primary_key
Release._meta.get_field("version").primary_key
r.delete()
Release.objects.all()
x = Release(product="other", version=3)
x.pk
x.save()
x.pk = ("other", 4)
x.pk
