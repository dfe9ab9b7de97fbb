# Models (topics/db/models): fields, choices (a mapping, a list, the
# functional TextChoices API), primary keys, verbose names, relations and
# Meta, each used.
m = Musician.objects.create(first_name="Ella", last_name="Fitzgerald", instrument="voice")
Album.objects.create(artist=m, name="Ella and Louis", release_date=date(1956, 10, 1), num_stars=5)
m.album_set.all()
p = Person(name="Fred Flintstone", shirt_size="L")
p.save()
p.shirt_size
p.get_shirt_size_display()
p.get_year_in_school_display()
Person._meta.get_field("shirt_size").choices
Person._meta.get_field("first_name").verbose_name
Person._meta.get_field("name").verbose_name
Runner.MedalType
Runner.MedalType.choices
Runner.MedalType.GOLD
Runner.MedalType.GOLD.label
Runner.MedalType.SILVER.value
Runner.MedalType.values
Runner.MedalType.labels
Runner.MedalType.names
list(Runner.MedalType)
Runner._meta.get_field("medal").choices
r = Runner.objects.create(name="Bolt", medal=Runner.MedalType.GOLD)
r.get_medal_display()
r.medal
Runner.objects.filter(medal=Runner.MedalType.GOLD)
Runner.objects.create(name="Ghost", medal="TIN")
Runner(name="Ghost", medal="TIN").full_clean()
Runner.MedalType("SILVER")
Runner.MedalType["BRONZE"]
Runner.MedalType("TIN")
Sizes = models.TextChoices("Sizes", [("S", "Small"), ("M", "Medium")])
Sizes.choices
Sizes.S.label
Level = models.IntegerChoices("Level", "LOW HIGH")
Level.choices
Level.HIGH
fruit = Fruit.objects.create(name="Apple")
fruit.name = "Pear"
fruit.save()
Fruit.objects.values_list("name", flat=True)
Car._meta.get_field("company_that_makes_it").verbose_name
Pizza._meta.get_field("toppings").verbose_name
Ox._meta.verbose_name_plural
Ox._meta.verbose_name
Ox.objects.create(horn_length=30)
Ox.objects.create(horn_length=10)
Ox.objects.all()
