p = Person(name="Fred Flintstone", shirt_size="L")
p.save()
p.shirt_size
p.get_shirt_size_display()
p.nickname
p.birthday is None
p.shirt_size = "S"
p.save()
Person.objects.get(name="Fred Flintstone").get_shirt_size_display()
Person.objects.create(name="Wilma Flintstone", shirt_size="M", birthday=date(1965, 3, 2))
Person.objects.filter(birthday__isnull=True)
Person.objects.filter(shirt_size__in=["M", "L"]).values_list("name", flat=True)
Person.objects.get(shirt_size="XL")
