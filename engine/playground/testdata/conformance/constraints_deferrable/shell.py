from django.db import models
models.Deferrable.DEFERRED
models.Deferrable.IMMEDIATE.value
Shelf._meta.constraints
models.UniqueConstraint(fields=["name"], name="x", deferrable="deferred")
models.UniqueConstraint(fields=["name"], name="x", deferrable=models.Deferrable.DEFERRED, condition=models.Q(name="a"))
Shelf.objects.create(name="a", shelf="b")
Shelf.objects.create(name="a", shelf="c")
Color._meta.constraints
models.UniqueConstraint(fields=["name"], name="x", include="color")
models.UniqueConstraint(fields=["name"], name="x", include=["color"], deferrable=models.Deferrable.DEFERRED)
Color.objects.create(name="a")
Color.objects.create(name="a")
Item._meta.constraints
Item.objects.create(price=1)
Item.objects.create(price=1)
