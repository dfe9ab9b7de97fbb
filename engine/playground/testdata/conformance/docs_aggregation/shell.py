# Aggregation (topics/db/aggregation), in the page's order, over a small
# data set made first (the page assumes one).
from decimal import Decimal
pub_a = Publisher.objects.create(name="BaloneyPress")
pub_b = Publisher.objects.create(name="SalamiPress")
adrian = Author.objects.create(name="Adrian", age=35)
jacob = Author.objects.create(name="Jacob", age=30)
james = Author.objects.create(name="James", age=45)
b1 = Book.objects.create(name="The Definitive Guide to Django", pages=447, price=Decimal("30.00"), rating=4.5, publisher=pub_a, pubdate=date(2007, 12, 6))
b2 = Book.objects.create(name="Practical Django Projects", pages=300, price=Decimal("29.69"), rating=4.0, publisher=pub_a, pubdate=date(2008, 6, 23))
b3 = Book.objects.create(name="Django web development", pages=350, price=Decimal("81.20"), rating=6.0, publisher=pub_b, pubdate=date(2008, 11, 3))
b4 = Book.objects.create(name="Python Web Development with Django", pages=1132, price=Decimal("12.99"), rating=1.0, publisher=pub_b, pubdate=date(2008, 11, 3))
b1.authors.add(adrian, jacob)
b2.authors.add(james)
b3.authors.add(jacob, james)
s1 = Store.objects.create(name="Amazon.com")
s2 = Store.objects.create(name="Books.com")
s3 = Store.objects.create(name="Mamma and Pappa's Books")
s1.books.add(b1, b2, b3)
s2.books.add(b1, b4)
s3.books.add(b1, b2)
Item.objects.create(name="a", data=1)
Item.objects.create(name="b", data=1)
Item.objects.create(name="c", data=2)
Book.objects.count()
Book.objects.filter(publisher__name="BaloneyPress").count()
from django.db.models import Avg
Book.objects.aggregate(Avg("price", default=0))
from django.db.models import Max
Book.objects.aggregate(Max("price", default=0))
from django.db.models import FloatField
Book.objects.aggregate(
    price_diff=Max("price", output_field=FloatField()) - Avg("price")
)
from django.db.models import Count
pubs = Publisher.objects.annotate(num_books=Count("book"))
pubs
pubs[0].num_books
from django.db.models import Q
above_5 = Count("book", filter=Q(book__rating__gt=5))
below_5 = Count("book", filter=Q(book__rating__lte=5))
pubs = Publisher.objects.annotate(below_5=below_5).annotate(above_5=above_5)
pubs[0].above_5
pubs[0].below_5
pubs = Publisher.objects.annotate(num_books=Count("book")).order_by("-num_books")[:5]
pubs[0].num_books
Book.objects.all()
from django.db.models import Avg
Book.objects.all().aggregate(Avg("price"))
Book.objects.aggregate(Avg("price"))
Book.objects.aggregate(average_price=Avg("price"))
from django.db.models import Avg, Max, Min
Book.objects.aggregate(Avg("price"), Max("price"), Min("price"))
from django.db.models import Count
q = Book.objects.annotate(Count("authors"))
q[0]
q[0].authors__count
q[1]
q[1].authors__count
q = Book.objects.annotate(num_authors=Count("authors"))
q[0].num_authors
q[1].num_authors
book = Book.objects.first()
book.authors.count()
book.store_set.count()
q = Book.objects.annotate(Count("authors"), Count("store"))
q[0].authors__count
q[0].store__count
q = Book.objects.annotate(
    Count("authors", distinct=True), Count("store", distinct=True)
)
q[0].authors__count
q[0].store__count
from django.db.models import Max, Min
Store.objects.annotate(min_price=Min("books__price"), max_price=Max("books__price"))
Store.objects.aggregate(min_price=Min("books__price"), max_price=Max("books__price"))
Store.objects.aggregate(youngest_age=Min("books__authors__age"))
from django.db.models import Avg, Count, Min, Sum
Publisher.objects.annotate(Count("book"))
Publisher.objects.aggregate(oldest_pubdate=Min("book__pubdate"))
Author.objects.annotate(total_pages=Sum("book__pages"))
Author.objects.aggregate(average_rating=Avg("book__rating"))
from django.db.models import Avg, Count
Book.objects.filter(name__startswith="Django").annotate(num_authors=Count("authors"))
Book.objects.filter(name__startswith="Django").aggregate(Avg("price"))
Book.objects.annotate(num_authors=Count("authors")).filter(num_authors__gt=1)
highly_rated = Count("book", filter=Q(book__rating__gte=7))
Author.objects.annotate(num_books=Count("book"), highly_rated_books=highly_rated)
a, b = Publisher.objects.annotate(num_books=Count("book", distinct=True)).filter(
    book__rating__gt=3.0
)
a, a.num_books
b, b.num_books
a, b = Publisher.objects.filter(book__rating__gt=3.0).annotate(num_books=Count("book"))
a, a.num_books
b, b.num_books
a, b = Publisher.objects.annotate(avg_rating=Avg("book__rating")).filter(
    book__rating__gt=3.0
)
a, a.avg_rating
b, b.avg_rating
a, b = Publisher.objects.filter(book__rating__gt=3.0).annotate(
    avg_rating=Avg("book__rating")
)
a, a.avg_rating
b, b.avg_rating
Book.objects.annotate(num_authors=Count("authors")).order_by("num_authors")
Author.objects.annotate(average_rating=Avg("book__rating"))
Author.objects.values("name").annotate(average_rating=Avg("book__rating"))
Author.objects.annotate(average_rating=Avg("book__rating")).values(
    "name", "average_rating"
)
from django.db.models import Avg, Count
Book.objects.annotate(num_authors=Count("authors")).aggregate(Avg("num_authors"))
from django.db.models import Sum
Book.objects.filter(name__contains="web").aggregate(Sum("price"))
Book.objects.filter(name__contains="web").aggregate(Sum("price", default=0))
items = Item.objects.order_by("name")
# Warning: not quite correct!
items.values("data").annotate(Count("id"))
items.values("data").annotate(Count("id")).order_by()
