c = Config(name="a")
c.data, c.extra
c.data["k"] = "v"
c.save()
Config.objects.create(name="unicode", data={"city": "Zürich", "emoji": "😀", "q": "it's \"x\""})
Config.objects.get(name="unicode").data["city"]
Config.objects.create(name="nums", data={"i": 1, "f": 1.0, "big": 12345678901234567890, "neg": -0.5, "exp": 1e20, "list": [1, [2, [3]]], "t": (1, 2)})
Config.objects.get(name="nums").data
Config.objects.create(name="scalars", data=True, extra=0)
Config.objects.create(name="null", data=None)
Config.objects.create(name="jsonnull", data="null")
Config.objects.values_list("name", "data").order_by("pk")
Config.objects.filter(data__i=1).values_list("name", flat=True)
Config.objects.filter(data__f=1).count()
Config.objects.filter(data__city="Zürich").count()
Config.objects.filter(extra=0).count()
Config.objects.filter(extra__isnull=True).count()
Config.objects.filter(data__list__1__0=2).count()
Config.objects.filter(data__k__isnull=False).values_list("name", flat=True)
Config.objects.filter(data__has_key="emoji").exists()
Config.objects.exclude(data__i__gt=0).values_list("name", flat=True)
Config.objects.filter(data__icontains="zür").count()
Config.objects.filter(data__in=[{"k": "v"}, True]).values_list("name", flat=True)
Config._meta.get_field("data").get_default()
Config.objects.create(name="bad", data={1, 2})
Config.objects.create(name="bad2", data={(1, 2): "x"})
Config.objects.create(name="keys", data={1: "a", 2.5: "b", True: "c", None: "d"}).data
Config.objects.get(name="keys").data
Config.objects.filter(data__contains=1)
Config.objects.filter(data=Config.objects.get(name="a").data).count()
