# Custom lookups (howto/custom-lookups): a Lookup with as_sql() registered
# on Field (by a call and by the decorator), and a Transform registered on
# IntegerField, in filters, order_by() and values().
jack = Author.objects.create(name="Jack")
doe = Author.objects.create(name="Doe")
Experiment.objects.create(change=27, author=jack)
Experiment.objects.create(change=-27, author=doe)
Experiment.objects.create(change=5)
Author.objects.filter(name__ne="Jack")
Author.objects.filter(name__notequal="Jack")
Author.objects.exclude(name__ne="Jack")
Experiment.objects.filter(change__ne=F("author_id"))
Experiment.objects.filter(change__abs=27)
Experiment.objects.filter(change__abs__lt=27)
Experiment.objects.order_by("change__abs")
Experiment.objects.values("change__abs")
Experiment.objects.filter(author__name__ne="Doe")
Experiment.objects.annotate(a=AbsoluteValue("change")).values_list("a", flat=True)
Experiment.objects.filter(change__abs__ne=5)
Author.objects.filter(name__nope="Jack")
NotEqual
AbsoluteValue.lookup_name
from django.db.models.lookups import GreaterThan, IsNull
Experiment.objects.filter(GreaterThan(F("change"), 0))
Experiment.objects.annotate(positive=GreaterThan(F("change"), 0)).values_list("change", "positive")
Experiment.objects.filter(IsNull(F("author"), True))
