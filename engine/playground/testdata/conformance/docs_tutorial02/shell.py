# Tutorial part 2, "Playing with the API" (intro/tutorial02), and the
# Prefetch examples of the QuerySet reference that use its models. The
# tutorial saves timezone.now(); a fixed time (the one the tutorial prints)
# keeps the trace reproducible, and current_year follows it.
Question.objects.all()
from django.utils import timezone
now = datetime.datetime(2012, 2, 26, 13, 0, 0, 775217, tzinfo=datetime.timezone.utc)
q = Question(question_text="What's new?", pub_date=now)
q.save()
q.id
q.question_text
q.pub_date
q.question_text = "What's up?"
q.save()
Question.objects.all()
Question.objects.filter(id=1)
Question.objects.filter(question_text__startswith="What")
current_year = now.year
Question.objects.get(pub_date__year=current_year)
Question.objects.get(id=2)
Question.objects.get(pk=1)
q = Question.objects.get(pk=1)
q.was_published_recently()
q = Question.objects.get(pk=1)
q.choice_set.all()
q.choice_set.create(choice_text="Not much", votes=0)
q.choice_set.create(choice_text="The sky", votes=0)
c = q.choice_set.create(choice_text="Just hacking again", votes=0)
c.question
q.choice_set.all()
q.choice_set.count()
Choice.objects.filter(question__pub_date__year=current_year)
c = q.choice_set.filter(choice_text__startswith="Just hacking")
c.delete()
q.choice_set.create(choice_text="Just hacking again", votes=0)
Choice.objects.filter(choice_text="The sky").update(votes=1)
from django.db.models import Prefetch
Question.objects.prefetch_related(Prefetch("choice_set")).get().choice_set.all()
Question.objects.prefetch_related(Prefetch("choice_set"))
voted_choices = Choice.objects.filter(votes__gt=0)
voted_choices
prefetch = Prefetch("choice_set", queryset=voted_choices)
Question.objects.prefetch_related(prefetch).get().choice_set.all()
prefetch = Prefetch("choice_set", queryset=voted_choices, to_attr="voted_choices")
Question.objects.prefetch_related(prefetch).get().voted_choices
Question.objects.prefetch_related(prefetch).get().choice_set.all()
from django.shortcuts import get_object_or_404
get_object_or_404(Question, pk=1)
get_object_or_404(Question, pk=99)
get_object_or_404(Question.objects.filter(question_text__startswith="What"), pk=1)
from django.db import connection
connection.queries
