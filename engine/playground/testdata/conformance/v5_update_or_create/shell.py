p, created = Person.objects.update_or_create(first_name="John", defaults={"last_name": "Lennon"})
p, created
Person.objects.update_or_create(first_name="John", defaults={"last_name": "Winston"})
Person.objects.update_or_create(first_name="John", defaults={"visits": 2}, create_defaults={"last_name": "New", "visits": 1})
Person.objects.update_or_create(first_name="Paul", defaults={"visits": 2}, create_defaults={"last_name": "McCartney", "visits": 1})
Person.objects.get(first_name="Paul").visits
Person.objects.update_or_create({"visits": 5}, {"last_name": "Starr"}, first_name="Ringo")
Person.objects.update_or_create(first_name="John")
Person.objects.update_or_create(first_name="John", defaults={"full_name": "John Ono"})
Person.objects.update_or_create(first_name="George", create_defaults={"last_name": "Harrison"})
p.pets.update_or_create(name="Tom", defaults={"kind": "dog"})
p.pets.update_or_create(name="Tom", defaults={"kind": "cat"}, create_defaults={"kind": "fish"})
Pet.objects.update_or_create(name="Tom", defaults={"owner_id": p.pk})
Person.objects.get_or_create(first_name="Mimi", defaults={"last_name": "Smith"})
Person.objects.get_or_create(first_name="Mimi", create_defaults={"last_name": "Smith"})
[(x.first_name, x.last_name, x.visits) for x in Person.objects.order_by("pk")]
