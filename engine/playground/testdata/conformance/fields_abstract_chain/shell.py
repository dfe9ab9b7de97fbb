[f.name for f in Product._meta.fields]
[f.name for f in Service._meta.fields]
[f.name for f in Store._meta.fields]
Product._meta.get_field("name").max_length, Product._meta.get_field("name").unique
Product._meta.ordering, Service._meta.ordering, Location._meta.ordering, Store._meta.ordering
Product._meta.verbose_name, Service._meta.verbose_name, Location._meta.verbose_name, Store._meta.verbose_name
Product._meta.abstract, Priced._meta.abstract, Named._meta.abstract
Product.objects.create(name="Pen", sku="P1", price="1.50")
Product.objects.create(name="Book", sku="B1", price=12)
Product.objects.create(name="Pen", sku="P2")
Product.objects.all()
Service.objects.create(name="Repair", price="30", hours=2)
Service(name="x", slug="y")
Store.objects.create(name="Main", slug="main")
Store.objects.all()
Location.objects.values_list("name", "slug")
Store._meta.get_field("location_ptr")
Named.objects
issubclass(Product, Named), Product.__mro__[1].__name__
