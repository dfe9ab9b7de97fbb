# Making queries (topics/db/queries), in the page's order. Entries pin
# mod_date where the page leaves the default (date.today) so the trace
# is reproducible; names the page leaves undefined (b5, some_blog) are
# set first.
b = Blog(name="Beatles Blog", tagline="All the latest Beatles news.")
b.save()
b5 = Blog.objects.create(name="Cheddar Talk", tagline="Cheese")
b5.name = "New name"
b5.save()
b5.name = "Cheddar Talk"
b5.save()
Entry.objects.create(blog=b, headline="What is Lennon up to?", body_text="Food", pub_date=date(2005, 2, 1), mod_date=date(2005, 2, 10), number_of_comments=10, number_of_pingbacks=2, rating=5)
entry = Entry.objects.get(pk=1)
cheese_blog = Blog.objects.get(name="Cheddar Talk")
entry.blog = cheese_blog
entry.save()
joe = Author.objects.create(name="Joe")
entry.authors.add(joe)
john = Author.objects.create(name="John")
paul = Author.objects.create(name="Paul")
george = Author.objects.create(name="George")
ringo = Author.objects.create(name="Ringo")
entry.authors.add(john, paul, george, ringo)
b = Blog(name="Foo", tagline="Bar")
b.objects
all_entries = Entry.objects.all()
Entry.objects.filter(pub_date__year=2006)
Entry.objects.all().filter(pub_date__year=2006)
today = date(2010, 6, 1)
Entry.objects.filter(headline__startswith="What").exclude(
    pub_date__gte=today
).filter(pub_date__gte=datetime.date(2005, 1, 30))
q1 = Entry.objects.filter(headline__startswith="What")
q2 = q1.exclude(pub_date__gte=today)
q3 = q1.filter(pub_date__gte=today)
q2
q3
q = Entry.objects.filter(headline__startswith="What")
q = q.filter(pub_date__lte=today)
q = q.exclude(body_text__icontains="food")
print(q)
one_entry = Entry.objects.get(pk=1)
Entry.objects.all()[:5]
Entry.objects.all()[5:10]
Entry.objects.all()[:10:2]
Entry.objects.order_by("headline")[0]
Entry.objects.order_by("headline")[0:1].get()
Entry.objects.filter(pub_date__lte="2006-01-01")
Entry.objects.filter(blog_id=4)
Entry.objects.get(headline__exact="Cat bites dog")
Blog.objects.get(id__exact=14)  # Explicit form
Blog.objects.get(id=14)  # __exact is implied
Blog.objects.get(name__iexact="beatles blog")
Entry.objects.get(headline__contains="Lennon")
Entry.objects.filter(blog__name="Beatles Blog")
Blog.objects.filter(entry__headline__contains="Lennon")
Blog.objects.filter(entry__authors__name="Lennon")
Blog.objects.filter(entry__authors__name__isnull=True)
Blog.objects.filter(entry__authors__isnull=False, entry__authors__name__isnull=True)
Blog.objects.filter(entry__headline__contains="Lennon", entry__pub_date__year=2008)
Blog.objects.filter(entry__headline__contains="Lennon").filter(
    entry__pub_date__year=2008
)
beatles = Blog.objects.create(name="Beatles Blog")
pop = Blog.objects.create(name="Pop Music Blog")
Entry.objects.create(
    blog=beatles,
    headline="New Lennon Biography",
    pub_date=date(2008, 6, 1),
    mod_date=date(2008, 6, 1),
)
Entry.objects.create(
    blog=beatles,
    headline="New Lennon Biography in Paperback",
    pub_date=date(2009, 6, 1),
    mod_date=date(2009, 6, 1),
)
Entry.objects.create(
    blog=pop,
    headline="Best Albums of 2008",
    pub_date=date(2008, 12, 15),
    mod_date=date(2008, 12, 15),
)
Entry.objects.create(
    blog=pop,
    headline="Lennon Would Have Loved Hip Hop",
    pub_date=date(2020, 4, 1),
    mod_date=date(2020, 4, 1),
)
Blog.objects.filter(
    entry__headline__contains="Lennon",
    entry__pub_date__year=2008,
)
Blog.objects.filter(
    entry__headline__contains="Lennon",
).filter(
    entry__pub_date__year=2008,
)
Blog.objects.exclude(
    entry__headline__contains="Lennon",
    entry__pub_date__year=2008,
)
Blog.objects.exclude(
    entry__in=Entry.objects.filter(
        headline__contains="Lennon",
        pub_date__year=2008,
    ),
)
from django.db.models import F
Entry.objects.filter(number_of_comments__gt=F("number_of_pingbacks"))
Entry.objects.filter(number_of_comments__gt=F("number_of_pingbacks") * 2)
Entry.objects.filter(rating__lt=F("number_of_comments") + F("number_of_pingbacks"))
Entry.objects.filter(authors__name=F("blog__name"))
from datetime import timedelta
Entry.objects.filter(mod_date__gt=F("pub_date") + timedelta(days=3))
F("somefield").bitand(16)
Entry.objects.filter(pub_date__year=F("mod_date__year"))
from django.db.models import Min
Entry.objects.aggregate(first_published_year=Min("pub_date__year"))
from django.db.models import OuterRef, Subquery, Sum
Entry.objects.values("pub_date__year").annotate(
    top_rating=Subquery(
        Entry.objects.filter(
            pub_date__year=OuterRef("pub_date__year"),
        )
        .order_by("-rating")
        .values("rating")[:1]
    ),
    total_comments=Sum("number_of_comments"),
)
Blog.objects.get(id__exact=14)  # Explicit form
Blog.objects.get(id=14)  # __exact is implied
Blog.objects.get(pk=14)  # pk implies id__exact
Blog.objects.filter(pk__in=[1, 4, 7])
Blog.objects.filter(pk__gt=14)
Entry.objects.filter(blog__id__exact=3)  # Explicit form
Entry.objects.filter(blog__id=3)  # __exact is implied
Entry.objects.filter(blog__pk=3)  # __pk implies __id__exact
Entry.objects.filter(headline__contains="%")
print([e.headline for e in Entry.objects.all()])
print([e.pub_date for e in Entry.objects.all()])
queryset = Entry.objects.all()
print([p.headline for p in queryset])  # Evaluate the query set.
print([p.pub_date for p in queryset])  # Reuse the cache from the evaluation.
queryset = Entry.objects.all()
print(queryset[4])  # Queries the database
print(queryset[4])  # Queries the database again
queryset = Entry.objects.all()
[entry for entry in queryset]  # Queries the database
print(queryset[4])  # Uses cache
print(queryset[4])  # Uses cache
[entry for entry in queryset]
bool(queryset)
entry in queryset
list(queryset)
Dog.objects.create(name="Max", data=None)  # SQL NULL.
Dog.objects.create(name="Archie", data=Value(None, JSONField()))  # JSON null.
Dog.objects.filter(data=None)
Dog.objects.filter(data=Value(None, JSONField()))
Dog.objects.filter(data__isnull=True)
Dog.objects.filter(data__isnull=False)
Dog.objects.create(
    name="Rufus",
    data={
        "breed": "labrador",
        "owner": {
            "name": "Bob",
            "other_pets": [
                {
                    "name": "Fishy",
                }
            ],
        },
    },
)
Dog.objects.create(name="Meg", data={"breed": "collie", "owner": None})
Dog.objects.filter(data__breed="collie")
Dog.objects.filter(data__owner__name="Bob")
Dog.objects.filter(data__owner__other_pets__0__name="Fishy")
Dog.objects.create(name="Shep", data={"breed": "collie"})
Dog.objects.filter(data__owner__isnull=True)
from django.db.models.fields.json import KT
Dog.objects.create(
    name="Shep",
    data={
        "owner": {"name": "Bob"},
        "breed": ["collie", "lhasa apso"],
    },
)
Dog.objects.annotate(
    first_breed=KT("data__breed__1"), owner_name=KT("data__owner__name")
).filter(first_breed__startswith="lhasa", owner_name="Bob")
Dog.objects.all().delete()
Dog.objects.create(name="Rufus", data={"breed": "labrador", "owner": "Bob"})
Dog.objects.create(name="Meg", data={"breed": "collie", "owner": "Bob"})
Dog.objects.create(name="Fred", data={})
Dog.objects.create(
    name="Merry", data={"breed": "pekingese", "tricks": ["fetch", "dance"]}
)
Dog.objects.filter(data__contains={"owner": "Bob"})
Dog.objects.filter(data__contains={"breed": "collie"})
Dog.objects.filter(data__contains={"tricks": ["dance"]})
Dog.objects.filter(data__contained_by={"breed": "collie", "owner": "Bob"})
Dog.objects.filter(data__contained_by={"breed": "collie"})
Dog.objects.filter(
    data__contained_by={"breed": "pekingese", "tricks": ["dance", "fetch", "hug"]}
)
Dog.objects.filter(data__has_key="owner")
Dog.objects.filter(data__has_keys=["breed", "owner"])
Dog.objects.filter(data__has_any_keys=["owner", "breed"])
from django.db.models import Q
Q(headline__startswith="What")
Q(headline__startswith="Who") | Q(headline__startswith="What")
Q(headline__startswith="Who") | ~Q(pub_date__year=2005)
Entry.objects.get(
    Q(headline__startswith="What"),
    Q(pub_date=date(2005, 5, 2)) | Q(pub_date=date(2005, 2, 1)),
)
Entry.objects.get(
    Q(pub_date=date(2005, 5, 2)) | Q(pub_date=date(2005, 2, 1)),
    headline__startswith="What",
)
some_entry = Entry.objects.get(pk=1)
other_entry = Entry.objects.get(headline="What is Lennon up to?")
some_entry == other_entry
some_entry.id == other_entry.id
e = Entry.objects.get(pk=5)
e.delete()
Entry.objects.filter(pub_date__year=2005).delete()
blog = Blog(name="My blog", tagline="Blogging is easy")
blog.save()  # blog.pk == 1
blog.pk = None
blog._state.adding = True
blog.save()  # blog.pk == 2
django_blog = ThemeBlog(name="Django", tagline="Django is easy", theme="python")
django_blog.save()  # django_blog.pk == 3
django_blog.pk = None
django_blog.id = None
django_blog._state.adding = True
django_blog.save()  # django_blog.pk == 4
e1 = Entry.objects.create(blog=blog, headline="First", pub_date=date(2007, 1, 1), mod_date=date(2007, 1, 1))
e1.authors.set([joe, john])
ed0 = EntryDetail.objects.create(entry=e1, details="Some details")
entry = Entry.objects.all()[0]  # some previous entry
old_authors = entry.authors.all()
entry.pk = None
entry._state.adding = True
entry.save()
entry.authors.set(old_authors)
detail = EntryDetail.objects.all()[0]
detail.pk = None
detail._state.adding = True
detail.entry = entry
detail.save()
Entry.objects.filter(pub_date__year=2007).update(headline="Everything is the same")
b = Blog.objects.get(pk=1)
Entry.objects.update(blog=b)
b = Blog.objects.get(pk=1)
Entry.objects.filter(blog=b).update(headline="Everything is the same")
my_queryset = Entry.objects.filter(pk__in=[2, 3])
for item in my_queryset:
    item.save()
Entry.objects.update(number_of_pingbacks=F("number_of_pingbacks") + 1)
Entry.objects.update(headline=F("blog__name"))
e = Entry.objects.get(id=2)
e.blog  # Returns the related Blog object.
some_blog = Blog.objects.get(pk=2)
e = Entry.objects.get(id=2)
e.blog = some_blog
e.save()
e = Entry.objects.get(id=2)
print(e.blog)  # Hits the database to retrieve the associated Blog.
print(e.blog)  # Doesn't hit the database; uses cached version.
e = Entry.objects.select_related().get(id=2)
print(e.blog)  # Doesn't hit the database; uses cached version.
print(e.blog)  # Doesn't hit the database; uses cached version.
b = Blog.objects.get(id=1)
b.entry_set.all()  # Returns all Entry objects related to Blog.
b.entry_set.filter(headline__contains="Lennon")
b.entry_set.count()
b.entry_set(manager="entries").all()
b.entry_set(manager="entries").is_published()
from django.db.models import Prefetch
prefetch_manager = Prefetch("entry_set", queryset=Entry.entries.all())
Blog.objects.prefetch_related(prefetch_manager)
e1 = Entry.objects.get(pk=2)
e2 = Entry.objects.get(pk=3)
e = Entry.objects.get(id=3)
e.authors.all()  # Returns all Author objects for this Entry.
e.authors.count()
e.authors.filter(name__contains="John")
a = Author.objects.get(id=5)
a.entry_set.all()  # Returns all Entry objects for this Author.
a.entry_set.set([e1, e2])
a.entry_set.set([e1.pk, e2.pk])
ed = EntryDetail.objects.get(id=2)
ed.entry  # Returns the related Entry object.
e = Entry.objects.get(id=3)
e.entrydetail  # returns the related EntryDetail object
e.entrydetail = ed
Entry.objects.filter(blog=b)  # Query using object instance
Entry.objects.filter(blog=b.id)  # Query using id from instance
Entry.objects.filter(blog=5)  # Query using id directly
b = Blog.objects.get(pk=1)
b.delete()
Entry.objects.all().delete()
