q = Question.objects.create(text='What?')
q2 = Question.objects.create(text='Why?')
a1 = Answer.objects.create(question=q, text='This')
a2 = Answer.objects.create(question=q, text='That')
a3 = Answer.objects.create(question=q, text='Other')
b1 = Answer.objects.create(question=q2, text='Because')
a1._order, a2._order, a3._order, b1._order
Answer.objects.all()
q.get_answer_order()
q.set_answer_order([a3.pk, a1.pk, a2.pk])
q.get_answer_order()
Answer.objects.filter(question=q)
a1.refresh_from_db()
a1.get_next_in_order()
a1.get_previous_in_order()
a2.get_next_in_order()
a3.get_previous_in_order()
Answer._meta.ordering
Answer._meta.order_with_respect_to
Answer._meta.get_field('_order')
[f.name for f in Answer._meta.fields]
a4 = Answer(question=q2, text='Late')
a4.save()
a4._order
a4.text = 'Later'
a4.save()
Answer.objects.values_list('text', '_order')
list(Answer.objects.raw('SELECT * FROM myapp_answer'))[0]._order
