from django.db.models import Aggregate, Func, F, Q, Value
Company.objects.create(name="a", num_employees=3)
Company.objects.create(name="b", num_employees=5)
class MyFunc(Func):
    function = "ABS"
    template = "%(function)s(%(flag)s%(expressions)s)"

    def __init__(self, expression, flag=False, **extra):
        super().__init__(expression, flag="+" if flag else "", **extra)

Company.objects.annotate(x=MyFunc("num_employees", flag=True)).values_list("x", flat=True)
MyFunc("num_employees")
class Sum(Aggregate):
    function = "SUM"
    template = "%(function)s(%(all_values)s%(expressions)s)"
    allow_distinct = False
    arity = 1

    def __init__(self, expression, all_values=False, **extra):
        super().__init__(expression, all_values="ALL " if all_values else "", **extra)

Company.objects.aggregate(total=Sum("num_employees", all_values=True))
Company.objects.aggregate(total=Sum("num_employees"))
Sum("num_employees")
Sum("num_employees", filter=Q(name="a"))
Company.objects.aggregate(total=Sum("num_employees", filter=Q(name="a")))
Company.objects.annotate(total=Sum("num_employees")).values("name", "total")
Company.objects.aggregate(total=Sum("num_employees", distinct=True))
class Total(Aggregate):
    function = "SUM"
    allow_distinct = True
    name = "Total"

Company.objects.aggregate(Total("num_employees", distinct=True))
Company.objects.aggregate(Total("num_employees", filter=Q(name="b")))
Total("num_employees", distinct=True)
Total("num_employees").get_source_expressions()
Total("num_employees").function
from django.db.models import Sum as S2, Count
S2(F("foo")).get_source_expressions()
S2(F("foo"), filter=Q(a=1)).get_source_expressions()
Count("id").get_source_expressions()
Company.objects.aggregate(Total("num_employees", default=0))
class Plain(Aggregate):
    function = "MAX"

Company.objects.aggregate(Plain("num_employees"))
Company.objects.aggregate(Plain("num_employees", distinct=True))
c = Company.objects.get(name="a")
c.name = F("name")[0]
c.save()
Company.objects.update(notes=F("name")[1:])
Company.objects.values_list("name", "notes")
Company.objects.annotate(x=F("email")[2:4]).values_list("x", flat=True)
Company.objects.annotate(x=F("name")[1:4][0:2]).values_list("x", flat=True)
F("name")[1:5]
F("name")[3]
F("name")[:3]
F("name")[-1]
F("name")[1:-2]
F("name")[::2]
F("name")[5:2]
F("name")["a"]
Company.objects.annotate(x=F("num_employees")[0:1])
~F("is_active")
~~F("is_active")
Company.objects.filter(~F("is_active"))
Company.objects.annotate(off=~F("is_active")).values_list("name", "off")
Company.objects.update(name=~F("name"))
Company.objects.annotate(x=~F("num_employees"))
~Value(True)
Company.objects.filter(~Q(is_active=True) | ~F("is_active"))
