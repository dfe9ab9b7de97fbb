import asyncio
a = Author.objects.create(name="ann")
c = Author.objects.acount()
type(c).__name__
asyncio.run(c)
asyncio.run(c)
asyncio.run(Author.objects.aget(name="ann"))
asyncio.run(Author.objects.aget(name="nobody"))
asyncio.run(Author.objects.filter(name="ann").aexists())
bob = asyncio.run(Author.objects.acreate(name="bob"))
bob.pk
bob.name = "Bob"
asyncio.run(bob.asave())
Author.objects.get(pk=bob.pk).name
asyncio.run(Author.objects.aupdate_or_create(name="cy", defaults={"name": "Cy"}))
asyncio.run(Author.objects.filter(name="Cy").aupdate(name="cy"))
asyncio.run(Author.objects.afirst())
asyncio.run(Author.objects.alast())
asyncio.run(Author.objects.aaggregate(n=Count("id")))
t = Tag.objects.create(label="x")
asyncio.run(a.tags.aadd(t))
a.tags.count()
asyncio.run(a.tags.aremove(t))
a.tags.count()
asyncio.run(a.adelete())
asyncio.run(bob.arefresh_from_db())
asyncio.run(Author.objects.all().adelete())
Author.objects.count()
asyncio.run(42)
asyncio.run(Author.objects.count())
z = Author(name="z")
c2 = z.asave(True)
type(c2).__name__
asyncio.run(z.asave(force_insert=True))
Author.objects.get(name="z").name
