r = Rectangle.objects.create(name="Big", width=3, height=4)
r.area
r.label
r.width = 5
r.save()
r.area
Rectangle.objects.create(name="Small", width=1, height=2)
Rectangle.objects.filter(area__gt=5).values_list("name", "area", "label")
Rectangle.objects.order_by("-area").first().area
Rectangle.objects.update(width=F("width") + 1)
Rectangle.objects.values_list("area", flat=True)
Rectangle.objects.annotate(double=F("area") * 2).values_list("double", flat=True)
f = Rectangle._meta.get_field("area")
(f.generated, f.db_persist, f.output_field, f.expression)
Rectangle._meta.get_field("label").db_persist
s = Rectangle(name="X", width=2, height=2)
s.area
s.save()
s.area
s.label
Rectangle.objects.create(name="Y", width=1, height=1, area=99)
