# Models (topics/db/models): model methods and overriding save(). The
# page calls all three blogs Blog; here the second is YokoBlog and the
# third SlugBlog.
p = Person.objects.create(first_name="John", last_name="Lennon", birth_date=date(1940, 10, 9))
p.baby_boomer_status()
p.full_name
Person(first_name="Paul", last_name="McCartney", birth_date=date(1942, 6, 18)).baby_boomer_status()
Person(first_name="Dhani", last_name="Harrison", birth_date=date(1978, 8, 1)).baby_boomer_status()
Person.baby_boomer_status.__doc__
b = Blog(name="Beatles Blog", tagline="All the latest Beatles news.")
b.save()
Blog.objects.create(name="Cheddar Talk", tagline="Cheese")
YokoBlog(name="Yoko Ono's blog", tagline="Art").save()
YokoBlog(name="John's blog", tagline="Music").save()
YokoBlog.objects.all().values_list("name", flat=True)
s = SlugBlog(name="The Beatles: All the news!")
s.save()
s.slug
s.name = "Yoko Ono's blog"
s.save(update_fields=["name"])
SlugBlog.objects.values_list("name", "slug")
s.save(update_fields=("tagline",))
