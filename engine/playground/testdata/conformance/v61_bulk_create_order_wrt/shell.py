q1 = Question.objects.create(text="q1")
q2 = Question.objects.create(text="q2")
Answer.objects.create(question=q1, text="a")
objs = Answer.objects.bulk_create([Answer(question=q1, text="b"), Answer(question=q2, text="c"), Answer(question=q1, text="d")])
[(a.text, a._order) for a in objs]
[(a.text, a._order) for a in Answer.objects.all()]
q1.get_answer_order()
Answer.objects.bulk_create([Answer(question=q2, text="e", _order=7)])
Answer.objects.bulk_create([])
