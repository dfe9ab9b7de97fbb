tags = Tag.objects.bulk_create([Tag(slug="a", label="A"), Tag(slug="b", label="B")])
[t.pk for t in tags]
one = Tag.objects.bulk_create([Tag(slug="c", label="C")])
one[0].pk, one[0]._state.adding
Tag.objects.bulk_create([Tag(slug="a", label="again"), Tag(slug="d", label="D")], ignore_conflicts=True)
[(t.slug, t.label) for t in Tag.objects.all()]
Tag.objects.bulk_create([Tag(slug="a", label="new A", uses=5), Tag(slug="e", label="E")], update_conflicts=True, unique_fields=["slug"], update_fields=["label", "uses"])
[(t.slug, t.label, t.uses) for t in Tag.objects.all()]
Tag.objects.bulk_create([Tag(slug="x", label="X")], ignore_conflicts=True, update_conflicts=True)
Tag.objects.bulk_create([Tag(slug="x", label="X")], update_conflicts=True)
Tag.objects.bulk_create([Tag(slug="x", label="X")], update_conflicts=True, update_fields=["label"])
Tag.objects.bulk_create([Tag(slug="x", label="X")], update_conflicts=True, unique_fields=["slug"], update_fields=["id"])
Tag.objects.bulk_create([Tag(slug="x", label="X")], update_conflicts=True, unique_fields=["slug"], update_fields=["nope"])
Tag.objects.bulk_create([Tag(slug="x", label="X")], batch_size=0)
Tag.objects.bulk_create([Tag(slug="f", label="F"), Tag(slug="g", label="G"), Tag(slug="h", label="H")], batch_size=2)
codes = Code.objects.bulk_create([Code(code="US", name="United States"), Code(code="FR", name="France")])
[c.pk for c in codes]
Code.objects.bulk_create([Code(code="US", name="USA")], update_conflicts=True, unique_fields=["pk"], update_fields=["name"])
[(c.code, c.name) for c in Code.objects.all()]
Tag.objects.bulk_update(Tag.objects.filter(slug__in=["a", "b"]), ["uses"])
Tag.objects.bulk_update([], ["uses"])
