# QuerySet API reference (ref/models/querysets), in the page's order,
# over a small data set made first. The page's Book with chapters is
# Novel here; names it leaves undefined are set before use.
beatles = Blog.objects.create(name="Beatles Blog", tagline="All the latest Beatles news.", slug="beatles_blog")
cheddar = Blog.objects.create(name="Cheddar Talk", tagline="Cheese.", slug="cheddar_talk")
django_blog = Blog.objects.create(name="Django Weblog", tagline="News.", slug="django_weblog")
noam = Author.objects.create(name="Noam Chomsky")
george = Author.objects.create(name="George Orwell")
e1 = Entry.objects.create(blog=beatles, headline="Hello", body_text="Lennon", pub_date=date(2005, 2, 20), mod_date=date(2005, 2, 21), rating=5, number_of_comments=3)
e2 = Entry.objects.create(blog=beatles, headline="Lennon lives", pub_date=date(2005, 3, 20), mod_date=date(2005, 3, 21), rating=4)
e3 = Entry.objects.create(blog=cheddar, headline="Test", pub_date=date(2005, 2, 20), rating=3)
e1.authors.add(noam)
e2.authors.add(george)
for e in Entry.objects.all():
    print(e.headline)
entry_list = list(Entry.objects.all())
if Entry.objects.filter(headline="Test"):
    print("There is at least one Entry with the headline Test")
Entry.objects.exclude(pub_date__gt=datetime.date(2005, 1, 3), headline="Hello")
Entry.objects.exclude(pub_date__gt=datetime.date(2005, 1, 3)).exclude(headline="Hello")
from django.db.models import Count
q = Blog.objects.annotate(Count("entry"))
q[0].name
q[0].entry__count
q = Blog.objects.annotate(number_of_entries=Count("entry"))
q[0].number_of_entries
blogs = Blog.objects.alias(entries=Count("entry")).filter(entries__gt=5)
blogs
Blog.objects.alias(entries=Count("entry")).annotate(
    entries=F("entries"),
).aggregate(Sum("entries"))
Entry.objects.filter(pub_date__year=2005).order_by("-pub_date", "headline")
Entry.objects.order_by("blog__name", "headline")
Entry.objects.order_by("blog")
Entry.objects.order_by("blog__id")
Entry.objects.order_by("blog__name")
from django.db.models.functions import Coalesce, Lower
Entry.objects.order_by(Coalesce("summary", "headline").desc())
Event.objects.order_by("children__date")
Entry.objects.order_by(Lower("headline").desc())
Entry.objects.order_by("headline").order_by("pub_date")
my_queryset = Entry.objects.order_by("headline")
my_queryset.reverse()[:5]
Author.objects.distinct()
Blog.objects.filter(name__startswith="Beatles")
Blog.objects.filter(name__startswith="Beatles").values()
Blog.objects.values()
Blog.objects.values("id", "name")
from django.db.models.functions import Lower
Blog.objects.values(lower_name=Lower("name"))
from django.db.models import CharField
from django.db.models.functions import Lower
CharField.register_lookup(Lower)
Blog.objects.values("name__lower")
from django.db.models import Count
Blog.objects.values("entry__authors", entries=Count("entry"))
Blog.objects.values("entry__authors").annotate(entries=Count("entry"))
Entry.objects.values()
Entry.objects.values("blog")
Entry.objects.values("blog_id")
from django.db.models import CharField, Count
from django.db.models.functions import Lower
CharField.register_lookup(Lower)
Blog.objects.values("entry__authors__name__lower").annotate(entries=Count("entry"))
Blog.objects.values(entry__authors__name__lower=Lower("entry__authors__name")).annotate(
    entries=Count("entry")
)
Blog.objects.annotate(entry__authors__name__lower=Lower("entry__authors__name")).values(
    "entry__authors__name__lower"
).annotate(entries=Count("entry"))
Blog.objects.values().order_by("id")
Blog.objects.order_by("id").values()
Blog.objects.values("name", "entry__headline")
Entry.objects.values_list("id", "headline")
from django.db.models.functions import Lower
Entry.objects.values_list("id", Lower("headline"))
Entry.objects.values_list("id").order_by("id")
Entry.objects.values_list("id", flat=True).order_by("id")
Entry.objects.values_list("id", "headline", named=True)
Entry.objects.values_list("headline", flat=True).get(pk=1)
Author.objects.values_list("name", "entry__headline")
Entry.objects.values_list("authors")
Entry.objects.dates("pub_date", "year")
Entry.objects.dates("pub_date", "month")
Entry.objects.dates("pub_date", "week")
Entry.objects.dates("pub_date", "day")
Entry.objects.dates("pub_date", "day", order="DESC")
Entry.objects.filter(headline__contains="Lennon").dates("pub_date", "day")
Entry.objects.none()
from django.db.models.query import EmptyQuerySet
isinstance(Entry.objects.none(), EmptyQuerySet)
isinstance(Entry.objects.all(), EmptyQuerySet)
isinstance(Entry.objects.filter(pk__in=[]), EmptyQuerySet)
EmptyQuerySet()
qs1 = Author.objects.values_list("name")
qs2 = Entry.objects.values_list("headline")
qs3 = Blog.objects.values_list("name")
qs1.union(qs2, qs3)
qs1.union(qs2).order_by("name")
qs1.intersection(qs2, qs3)
qs1.difference(qs2, qs3)
e = Entry.objects.get(id=2)
b = e.blog
e = Entry.objects.select_related("blog").get(id=2)
b = e.blog
blogs = set()
for e in Entry.objects.filter(pub_date__gt=date(2005, 3, 1)).select_related("blog"):
    blogs.add(e.blog)
blogs
Entry.objects.filter(pub_date__gt=date(2005, 3, 1)).select_related("blog")
Entry.objects.select_related("blog").filter(pub_date__gt=date(2005, 3, 1))
london = City.objects.create(name="London")
orwell = Person.objects.create(first_name="George", last_name="Orwell", hometown=london)
Person.objects.create(first_name="Noam", last_name="Chomsky")
Book.objects.create(title="1984", author=orwell)
b = Book.objects.select_related("author__hometown").get(id=1)
p = b.author  # Doesn't hit the database.
c = p.hometown  # Doesn't hit the database.
b = Book.objects.get(id=1)  # Hits the database.
p = b.author  # Hits the database.
c = p.hometown  # Hits the database.
queryset = Book.objects.select_related("author")
without_relations = queryset.select_related(None)
without_relations
ham = Topping.objects.create(name="ham")
pineapple = Topping.objects.create(name="pineapple")
mozzarella = Topping.objects.create(name="mozzarella")
chili = Topping.objects.create(name="chili", spicy=True)
hawaiian = Pizza.objects.create(name="Hawaiian")
hawaiian.toppings.add(ham, pineapple)
margherita = Pizza.objects.create(name="Margherita mozzarella", vegetarian=True)
margherita.toppings.add(mozzarella, chili)
r1 = Restaurant.objects.create(name="Luigi's", best_pizza=margherita)
r1.pizzas.add(hawaiian, margherita)
Pizza.objects.all()
Pizza.objects.prefetch_related("toppings")
pizzas = Pizza.objects.prefetch_related("toppings")
[list(pizza.toppings.filter(spicy=True)) for pizza in pizzas]
Restaurant.objects.prefetch_related("pizzas__toppings")
Restaurant.objects.prefetch_related("best_pizza__toppings")
Restaurant.objects.select_related("best_pizza").prefetch_related("best_pizza__toppings")
qs = Restaurant.objects.prefetch_related("pizzas")
non_prefetched = qs.prefetch_related(None)
non_prefetched
from django.db.models import Prefetch
Restaurant.objects.prefetch_related(Prefetch("pizzas__toppings"))
Restaurant.objects.prefetch_related(
    Prefetch("pizzas__toppings", queryset=Topping.objects.order_by("name"))
)
Pizza.objects.prefetch_related(
    Prefetch("restaurants", queryset=Restaurant.objects.select_related("best_pizza"))
)
vegetarian_pizzas = Pizza.objects.filter(vegetarian=True)
Restaurant.objects.prefetch_related(
    Prefetch("pizzas", to_attr="menu"),
    Prefetch("pizzas", queryset=vegetarian_pizzas, to_attr="vegetarian_menu"),
)
vegetarian_pizzas = Pizza.objects.filter(vegetarian=True)
Restaurant.objects.prefetch_related(
    Prefetch("pizzas", queryset=vegetarian_pizzas, to_attr="vegetarian_menu"),
    "vegetarian_menu__toppings",
)
queryset = Pizza.objects.filter(vegetarian=True)
restaurants = Restaurant.objects.prefetch_related(
    Prefetch("pizzas", queryset=queryset, to_attr="vegetarian_pizzas")
)
vegetarian_pizzas = restaurants[0].vegetarian_pizzas
vegetarian_pizzas
restaurants = Restaurant.objects.prefetch_related(
    Prefetch("pizzas", queryset=queryset),
)
vegetarian_pizzas = restaurants[0].pizzas.all()
vegetarian_pizzas
queryset = Pizza.objects.only("name")
restaurants = Restaurant.objects.prefetch_related(
    Prefetch("best_pizza", queryset=queryset)
)
restaurants
Restaurant.objects.prefetch_related("pizzas__toppings", "pizzas")
Restaurant.objects.prefetch_related("pizzas__toppings", Prefetch("pizzas", queryset=Pizza.objects.all()))
Restaurant.objects.prefetch_related("pizza_list__toppings", Prefetch("pizzas", to_attr="pizza_list"))
qs = Blog.objects.all()
someparam = "Beatles Blog"
qs.extra(
    select={"val": "select tagline from myapp_blog b2 where b2.name = %s"},
    select_params=(someparam,),
).values_list("val", flat=True)
from django.db.models.expressions import RawSQL
qs.annotate(val=RawSQL("select tagline from myapp_blog b2 where b2.name = %s", (someparam,))).values_list("val", flat=True)
Entry.objects.extra(select={"is_recent": "pub_date > '2005-03-01'"}).values_list("headline", "is_recent")
Blog.objects.extra(
    select={
        "entry_count": "SELECT COUNT(*) FROM myapp_entry WHERE myapp_entry.blog_id = myapp_blog.id"
    },
).values_list("name", "entry_count")
Blog.objects.extra(
    select={"a": "%s", "b": "%s"},
    select_params=("one", "two"),
).values("a", "b")
Entry.objects.extra(where=["headline='Hello' OR rating = 4", "number_of_comments = 3"])
q = Entry.objects.extra(select={"is_recent": "pub_date > '2005-03-01'"})
q = q.extra(order_by=["-is_recent"])
q
Entry.objects.extra(where=["headline=%s"], params=["Lennon"])
Entry.objects.extra(where=["headline='Lennon'"])
Entry.objects.defer("headline", "body_text")
Entry.objects.defer("body_text").filter(rating=5).defer("headline")
Blog.objects.select_related().defer("entry__headline", "entry__body_text")
my_queryset.defer(None)
Person.objects.defer("birthday", "last_name")
Person.objects.only("first_name")
Entry.objects.only("body_text", "rating").only("headline")
Entry.objects.only("headline", "body_text").defer("body_text")
Entry.objects.defer("body_text").only("headline", "body_text")
Entry.objects.all()
Entry.objects.using("default")
Entry.objects.filter(pub_date__year=2005) & Entry.objects.filter(rating=5)
Entry.objects.filter(pub_date__year=2005).filter(rating=5)
Entry.objects.filter(rating=4) | Entry.objects.filter(rating=5)
from django.db.models import Q
Entry.objects.filter(Q(rating=4) | Q(rating=5))
Entry.objects.filter(rating=4) ^ Entry.objects.filter(pub_date__year=2005)
Entry.objects.filter(Q(rating=4) ^ Q(pub_date__year=2005))
Entry.objects.get(id=1)
Entry.objects.get(Q(blog=beatles) & Q(rating=5))
Entry.objects.filter(pk=1).get()
Entry.objects.get(id=-999)  # raises Entry.DoesNotExist
Entry.objects.get(pub_date=date(2005, 2, 20))  # raises Entry.MultipleObjectsReturned
from django.core.exceptions import ObjectDoesNotExist
try:
    blog = Blog.objects.get(id=1)
    entry = Entry.objects.get(blog=blog, rating=1)
except ObjectDoesNotExist:
    print("Either the blog or entry doesn't exist.")
p = Person.objects.create(first_name="Bruce", last_name="Springsteen")
p = Person(first_name="Bruce", last_name="Springsteen")
p.save(force_insert=True)
try:
    obj = Person.objects.get(first_name="John", last_name="Lennon")
except Person.DoesNotExist:
    obj = Person(first_name="John", last_name="Lennon", birthday=date(1940, 10, 9))
    obj.save()
obj, created = Person.objects.get_or_create(
    first_name="John",
    last_name="Lennon",
    defaults={"birthday": date(1940, 10, 9)},
)
created
from django.db.models import Q
obj, created = Person.objects.filter(
    Q(first_name="Bob") | Q(first_name="Robert"),
).get_or_create(last_name="Marley", defaults={"first_name": "Bob"})
obj, created
book = Novel.objects.create(title="Ulysses")
book.chapters.get_or_create(title="Telemachus")
book.chapters.get_or_create(title="Telemachus")
Chapter.objects.create(title="Chapter 1")
book.chapters.get_or_create(title="Chapter 1")
obj, created = Person.objects.update_or_create(
    first_name="John",
    last_name="Lennon",
    defaults={"first_name": "Bob"},
    create_defaults={"first_name": "Bob", "birthday": date(1940, 10, 9)},
)
obj, created
objs = Entry.objects.bulk_create(
    [
        Entry(headline="This is a test"),
        Entry(headline="This is only a test"),
    ]
)
objs
objs = [
    Entry.objects.create(headline="Entry 1"),
    Entry.objects.create(headline="Entry 2"),
]
objs[0].headline = "This is entry 1"
objs[1].headline = "This is entry 2"
Entry.objects.bulk_update(objs, ["headline"])
Entry.objects.count()
Entry.objects.filter(headline__contains="Lennon").count()
Blog.objects.in_bulk([1])
Blog.objects.in_bulk([1, 2])
Blog.objects.in_bulk([])
Blog.objects.in_bulk()
Blog.objects.in_bulk(["beatles_blog"], field_name="slug")
Entry.objects.latest("pub_date")
Entry.objects.latest("pub_date", "-expire_date")
Entry.objects.filter(pub_date__isnull=False).latest("pub_date")
p = Entry.objects.order_by("headline", "pub_date").first()
p
try:
    p = Entry.objects.order_by("headline", "pub_date")[0]
except IndexError:
    p = None
p
from django.db.models import Count
Blog.objects.aggregate(Count("entry__authors"))
Blog.objects.aggregate(number_of_authors=Count("entry__authors"))
some_queryset = Entry.objects.filter(rating=5)
if some_queryset.exists():
    print("There is at least one object in some_queryset")
if some_queryset:
    print("There is at least one object in some_queryset")
obj = Entry.objects.get(pk=1)
if some_queryset.contains(obj):
    print("Entry contained in queryset")
if obj in some_queryset:
    print("Entry contained in queryset")
Entry.objects.filter(pub_date__year=2010).update(comments_on=False)
Entry.objects.filter(pub_date__year=2005).update(
    comments_on=False, headline="This is old"
)
Entry.objects.update(blog__name="foo")  # Won't work!
Entry.objects.filter(blog__id=1).update(comments_on=True)
Entry.objects.filter(id=1).update(comments_on=True)
Entry.objects.filter(blog__slug="nonexistent-slug").update(comments_on=True)
e = Entry.objects.get(id=1)
e.comments_on = False
e.save()
Entry.objects.filter(id=1).update(comments_on=False)
for e in Entry.objects.filter(pub_date__year=2005):
    e.comments_on = False
    e.save()
Entry.objects.order_by("-rating").update(rating=F("rating") + 1)
print(Blog.objects.filter(name="My Blog").explain())
print(Entry.objects.filter(blog__name="My Blog").explain())
Entry.objects.get(id__exact=14)
Entry.objects.get(id__exact=None)
Blog.objects.get(name__iexact="beatles blog")
Blog.objects.get(name__iexact=None)
Entry.objects.filter(headline__contains="Lennon")
Entry.objects.filter(headline__icontains="Lennon")
Entry.objects.filter(id__in=[1, 3, 4])
Entry.objects.filter(headline__in="abc")
inner_qs = Blog.objects.filter(name__contains="Cheddar")
entries = Entry.objects.filter(blog__in=inner_qs)
entries
inner_qs = Blog.objects.filter(name__contains="Ch").values("name")
entries = Entry.objects.filter(blog__name__in=inner_qs)
entries
inner_qs = Blog.objects.filter(name__contains="Ch").values("name", "id")
entries = Entry.objects.filter(blog__name__in=inner_qs)
values = Blog.objects.filter(name__contains="Cheddar").values_list("pk", flat=True)
entries = Entry.objects.filter(blog__in=list(values))
entries
Entry.objects.filter(id__gt=4)
Entry.objects.filter(headline__startswith="Lennon")
Entry.objects.filter(headline__istartswith="Lennon")
Entry.objects.filter(headline__endswith="Lennon")
Entry.objects.filter(headline__iendswith="Lennon")
import datetime
start_date = datetime.date(2005, 1, 1)
end_date = datetime.date(2005, 3, 31)
Entry.objects.filter(pub_date__range=(start_date, end_date))
Event.objects.filter(timestamp__date=datetime.date(2005, 1, 1))
Event.objects.filter(timestamp__date__gt=datetime.date(2005, 1, 1))
Entry.objects.filter(pub_date__year=2005)
Entry.objects.filter(pub_date__year__gte=2005)
Entry.objects.filter(pub_date__iso_year=2005)
Entry.objects.filter(pub_date__iso_year__gte=2005)
Entry.objects.filter(pub_date__month=12)
Entry.objects.filter(pub_date__month__gte=6)
Entry.objects.filter(pub_date__day=3)
Entry.objects.filter(pub_date__day__gte=3)
Entry.objects.filter(pub_date__week=52)
Entry.objects.filter(pub_date__week__gte=32, pub_date__week__lte=38)
Entry.objects.filter(pub_date__week_day=2)
Entry.objects.filter(pub_date__week_day__gte=2)
Entry.objects.filter(pub_date__iso_week_day=1)
Entry.objects.filter(pub_date__iso_week_day__gte=1)
Entry.objects.filter(pub_date__quarter=2)
Event.objects.filter(timestamp__time=datetime.time(14, 30))
Event.objects.filter(timestamp__time__range=(datetime.time(8), datetime.time(17)))
Event.objects.filter(timestamp__hour=23)
Event.objects.filter(time__hour=5)
Event.objects.filter(timestamp__hour__gte=12)
Event.objects.filter(timestamp__minute=29)
Event.objects.filter(time__minute=46)
Event.objects.filter(timestamp__minute__gte=29)
Event.objects.filter(timestamp__second=31)
Event.objects.filter(time__second=2)
Event.objects.filter(timestamp__second__gte=31)
Entry.objects.filter(pub_date__isnull=True)
Entry.objects.get(headline__regex=r"^(An?|The) +")
Entry.objects.get(headline__iregex=r"^(an?|the) +")
from django.db.models import prefetch_related_objects
restaurants = list(Restaurant.objects.all())
prefetch_related_objects(restaurants, "pizzas__toppings")
from django.db.models import FilteredRelation, Q
Restaurant.objects.annotate(
    pizzas_vegetarian=FilteredRelation(
        "pizzas",
        condition=Q(pizzas__vegetarian=True),
    ),
).filter(pizzas_vegetarian__name__icontains="mozzarella")
Restaurant.objects.filter(
    pizzas__vegetarian=True,
    pizzas__name__icontains="mozzarella",
)
blogs = Blog.objects.all()
blogs.delete()
