Person.objects.create(first_name="Ann", last_name="Zed")
Person.objects.create(first_name="Bob", last_name="Young", active=False)
Person.objects.create(first_name="Cid", last_name="Xu")
Person.objects.all()
ActivePerson.objects.all()
ActiveFriend.objects.all()
PlainProxy.objects.all()
ActiveFriend.objects.get(first_name="Cid").shout()
ActivePerson.objects.get(first_name="Bob")
f = ActiveFriend.objects.create(first_name="Dee", last_name="Wu")
f.pk, type(f).__name__
Person.objects.get(pk=f.pk)
ActiveFriend._meta.verbose_name, ActiveFriend._meta.proxy, ActiveFriend._meta.db_table
ActiveFriend._meta.concrete_model, ActiveFriend._meta.proxy_for_model
ActiveFriend._meta.ordering, PlainProxy._meta.ordering
a = ActivePerson.objects.get(first_name="Ann")
Pet.objects.create(name="Rex", owner=a)
Pet.objects.get(name="Rex").owner
a.pet_set.all()
Person.objects.get(first_name="Ann").pet_set.all()
Pet.objects.filter(owner__last_name="Zed").count()
isinstance(f, Person), isinstance(f, ActivePerson)
PlainProxy.objects.filter(active=False).update(active=True)
ActivePerson.objects.count()
