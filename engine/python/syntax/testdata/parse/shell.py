# A shell session: one step per top-level statement.
p = Person(name="Fred", shirt_size="L")
p.save()
p.get_shirt_size_display()
Person.objects.create(
    name="Wilma",  # a trailing comment
    shirt_size="S",
)  # and another

people = [
    Person(name=n)
    for n in ["a", "b", "c"]
]
for person in people:
    person.save()
    print(person.pk, person)

qs = (Person.objects
      .filter(Q(name__startswith="W") | ~Q(age__lt=18))
      .exclude(shirt_size__in=["S", "M"])
      .order_by("-name")[:10])
list(qs.values_list("name", flat=True))
count = Person.objects.count(); print(count)
try:
    Person.objects.get(name="Nobody")
except Person.DoesNotExist as e:
    print("not found:", e)
if count > 1 and \
        p.pk is not None:
    print(f"{count} people, first {p!s:>10}")
total = sum(x.age or 0 for x in Person.objects.all())
by_size = {size: [x.name for x in people if x.shirt_size == size] for size, _ in Person.SHIRT_SIZES}
r = Restaurant(name="Bob's", serves_pizza=True); r.save()
r.pk = None
r.id = None
r._state.adding = True
r.save()
del r
print("%d%% done" % 100, "%s and %s" % ("a", "b"))
