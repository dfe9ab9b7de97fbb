p = Person.objects.create(first_name="foobar", last_name="zed")
Person.objects.create(first_name="amy", last_name="adams")
MyPerson.objects.get(first_name="foobar")
MyPerson.objects.get(first_name="foobar").do_something()
Person.objects.all()
OrderedPerson.objects.all()
mp = MyPerson.objects.create(first_name="bob", last_name="marley")
mp.last_name = "Marley"
mp.save()
Person.objects.get(pk=mp.pk).last_name
Person.objects.count()
