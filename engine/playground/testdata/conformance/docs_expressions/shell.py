# Query expressions (ref/models/expressions), in the page's order, over a
# small data set made first. Times the page takes from timezone.now() are
# fixed so the trace is reproducible.
toyota = Manufacturer.objects.create(name="Toyota")
acme = Company.objects.create(name="Acme", num_employees=120, num_chairs=50, motto="Do No Evil", manufacturer=toyota)
initech = Company.objects.create(name="Initech", num_employees=10, num_chairs=30, ticker_name="INIT")
Product.objects.create(company=acme)
Product.objects.create(company=acme)
Service.objects.create(company=acme)
Employee.objects.create(company=acme, salary=20)
Employee.objects.create(company=initech, salary=5)
from django.db.models import Count, F, Value
from django.db.models.functions import Length, Upper
from django.db.models.lookups import GreaterThan
Company.objects.filter(num_employees__gt=F("num_chairs"))
Company.objects.filter(num_employees__gt=F("num_chairs") * 2)
Company.objects.filter(num_employees__gt=F("num_chairs") + F("num_chairs"))
company = (
    Company.objects.filter(num_employees__gt=F("num_chairs"))
    .annotate(chairs_needed=F("num_employees") - F("num_chairs"))
    .first()
)
company.num_employees
company.num_chairs
company.chairs_needed
company = Company.objects.create(name="Google", ticker=Upper(Value("goog")))
company.refresh_from_db()
company.ticker
Company.objects.annotate(num_products=Count("products"))
Company.objects.annotate(num_products=Count(F("products")))
Company.objects.annotate(num_offerings=Count(F("products") + F("services")))
Company.objects.order_by(Length("name").asc())
Company.objects.order_by(Length("name").desc())
from django.db.models import CharField
from django.db.models.functions import Length
CharField.register_lookup(Length)
Company.objects.order_by("name__length")
Company.objects.filter(name__length__gt=5)
Company.objects.values("name__length")
from django.db.models import Exists, OuterRef
Company.objects.filter(
    Exists(Employee.objects.filter(company=OuterRef("pk"), salary__gt=10))
)
Company.objects.filter(GreaterThan(F("num_employees"), F("num_chairs")))
Company.objects.annotate(
    need_chairs=GreaterThan(F("num_employees"), F("num_chairs")),
).values("name", "need_chairs")
Reporters.objects.create(name="Tintin")
reporter = Reporters.objects.get(name="Tintin")
reporter.stories_filed += 1
reporter.save()
from django.db.models import F
reporter = Reporters.objects.get(name="Tintin")
reporter.stories_filed = F("stories_filed") + 1
reporter.save()
reporter.stories_filed
reporter = Reporters.objects.get(pk=reporter.pk)
reporter.refresh_from_db()
reporter.stories_filed
reporter = Reporters.objects.filter(name="Tintin")
reporter.update(stories_filed=F("stories_filed") + 1)
Reporters.objects.update(stories_filed=F("stories_filed") + 1)
Writers.objects.create(name="Priyansh")
writer = Writers.objects.get(name="Priyansh")
writer.name = F("name")[1:5]
writer.save()
writer.refresh_from_db()
writer.name
reporter = Reporters.objects.get(name="Tintin")
reporter.stories_filed = F("stories_filed") + 1
reporter.save()
reporter.name = "Tintin Jr."
reporter.save()
company = Company.objects.annotate(chairs_needed=F("num_employees") - F("num_chairs"))
company
from django.db.models import DateTimeField, ExpressionWrapper, F
Ticket.objects.create(active_at=datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc), duration=datetime.timedelta(days=2))
Ticket.objects.annotate(
    expires=ExpressionWrapper(
        F("active_at") + F("duration"), output_field=DateTimeField()
    )
).values_list("expires", flat=True)
car = Company.objects.annotate(built_by=F("manufacturer"))[0]
car.manufacturer
car.built_by
Company.objects.order_by(F("last_contacted").desc(nulls_last=True))
Company.objects.update(is_active=~F("is_active"))
Company.objects.values_list("is_active", flat=True)
from django.db.models import F, Func
queryset = Company.objects.all()
queryset.annotate(field_lower=Func(F("name"), function="LOWER")).values_list("field_lower", flat=True)
class Lower(Func):
    function = "LOWER"

queryset.annotate(field_lower=Lower("name")).values_list("field_lower", flat=True)
from django.db.models import Count
Company.objects.annotate(
    managers_required=(Count("num_employees") / 4) + Count("num_managers")
).values_list("managers_required", flat=True)
from django.db.models import Aggregate
class Sum(Aggregate):
    # Supports SUM(ALL field).
    function = "SUM"
    template = "%(function)s(%(all_values)s%(expressions)s)"
    allow_distinct = False
    arity = 1

    def __init__(self, expression, all_values=False, **extra):
        super().__init__(expression, all_values="ALL " if all_values else "", **extra)

Company.objects.aggregate(total=Sum("num_employees", all_values=True))
Company.objects.aggregate(total=Sum("num_employees"))
post = Post.objects.create(published_at=datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc), length=100)
Comment.objects.create(post=post, email="a@example.com", created_at=datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc), length=30)
Comment.objects.create(post=post, email="b@example.com", created_at=datetime.datetime(2024, 1, 3, tzinfo=datetime.timezone.utc), length=40)
from django.db.models import OuterRef, Subquery
newest = Comment.objects.filter(post=OuterRef("pk")).order_by("-created_at")
Post.objects.annotate(newest_commenter_email=Subquery(newest.values("email")[:1])).values("newest_commenter_email")
Book.objects.filter(author=OuterRef(OuterRef("pk")))
from datetime import timedelta
from django.utils import timezone
one_day_ago = datetime.datetime(2024, 1, 2, 12, 0, tzinfo=datetime.timezone.utc) - timedelta(days=1)
posts = Post.objects.filter(published_at__gte=one_day_ago)
Comment.objects.filter(post__in=Subquery(posts.values("pk")))
subquery = Subquery(newest.values("email")[:1])
Post.objects.annotate(newest_commenter_email=subquery).values_list("newest_commenter_email", flat=True)
from django.db.models import Exists, OuterRef
recent_comments = Comment.objects.filter(
    post=OuterRef("pk"),
    created_at__gte=one_day_ago,
)
Post.objects.annotate(recent_comment=Exists(recent_comments)).values_list("recent_comment", flat=True)
Post.objects.filter(Exists(recent_comments))
from django.db.models import OuterRef, Subquery, Sum
comments = Comment.objects.filter(post=OuterRef("pk")).order_by().values("post")
total_comments = comments.annotate(total=Sum("length")).values("total")
Post.objects.filter(length__gt=Subquery(total_comments))
from django.db.models.expressions import RawSQL
param = "Acme"
queryset.annotate(val=RawSQL("select num_chairs from myapp_company where name = %s", (param,))).values_list("val", flat=True)
queryset.filter(id__in=RawSQL("select id from myapp_company where name = %s", (param,)))
Movie.objects.create(title="Batman", studio="WB", genre="action", category="hero", released=date(1989, 6, 23), rating=7)
Movie.objects.create(title="Superman", studio="WB", genre="action", category="hero", released=date(1978, 12, 15), rating=8)
Movie.objects.create(title="Heat", studio="WB", genre="crime", category="drama", released=date(1995, 12, 15), rating=9)
from django.db.models import Avg, F, Window
Movie.objects.annotate(
    avg_rating=Window(
        expression=Avg("rating"),
        partition_by=[F("studio"), F("genre")],
        order_by="released__year",
    ),
).values_list("title", "avg_rating")
from django.db.models import Avg, F, Max, Min, Window
window = {
    "partition_by": [F("studio"), F("genre")],
    "order_by": "released__year",
}
Movie.objects.annotate(
    avg_rating=Window(
        expression=Avg("rating"),
        **window,
    ),
    best=Window(
        expression=Max("rating"),
        **window,
    ),
    worst=Window(
        expression=Min("rating"),
        **window,
    ),
).values_list("title", "avg_rating", "best", "worst")
from django.db.models.functions import Rank
qs = Movie.objects.annotate(
    category_rank=Window(Rank(), partition_by="category", order_by="-rating"),
    scenes_count=Count("id"),
).filter(Q(category_rank__lte=3) | Q(title__contains="Batman"))
list(qs)
from django.db.models import Avg, F, RowRange, Window
Movie.objects.annotate(
    avg_rating=Window(
        expression=Avg("rating"),
        partition_by=[F("studio"), F("genre")],
        order_by="released__year",
        frame=RowRange(start=-2, end=2),
    ),
).values_list("title", "avg_rating")
from django.db.models import Avg, F, ValueRange, Window
Movie.objects.annotate(
    avg_rating=Window(
        expression=Avg("rating"),
        partition_by=[F("studio"), F("genre")],
        order_by="released__year",
        frame=ValueRange(start=-12, end=12),
    ),
).values_list("title", "avg_rating")
from django.db.models import Sum
Sum(F("foo")).get_source_expressions()
from django.db.models import Func
class Position(Func):
    function = "INSTR"
    arg_joiner = ", "

    def __init__(self, expression, substring):
        super().__init__(expression, substring)

Company.objects.annotate(pos=Position("name", Value("c"))).values_list("name", "pos")
