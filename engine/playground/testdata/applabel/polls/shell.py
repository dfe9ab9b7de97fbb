from polls.models import Choice, Question
import polls.models
q = Question(question_text="What's new?", pub_date=datetime.datetime(2024, 3, 1, 12, 0, tzinfo=datetime.timezone.utc))
q.save()
q.choice_set.create(choice_text="Not much", votes=0)
Question.objects.filter(question_text__startswith="What")
Choice.objects.filter(question__pub_date__year=2024)
q.choice_set.count()
Question
polls.models.Choice
Choice._meta.db_table
Question._meta.label
Choice._meta.get_field("question")
Question.objects.get(pk=9)
Question.DoesNotExist
q.delete()
