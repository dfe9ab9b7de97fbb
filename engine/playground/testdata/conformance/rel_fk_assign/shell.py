r = Reporter.objects.create(name='John')
r2 = Reporter.objects.create(name='Paul')
a = Article(headline='x')
a.reporter_id
a.reporter = r
a.reporter_id
a.reporter_id = None
a.reporter
a.reporter_id = 2
a.reporter
a.reporter_id = '1'
a.reporter
a.reporter
a.save()
a.reporter_id
Article.objects.get(pk=a.pk).reporter_id
later = Reporter(name='Later')
b = Article(headline='y', reporter=later)
later.save()
b.save()
b.reporter_id
c = Article(headline='z', reporter=r, reporter_id=2)
c.reporter_id
c.reporter
d = Article(headline='w', reporter=r, editor_id=r2.pk)
d.editor
Article(headline='v', reporter=r, tags=[])
Article(headline='v', reporter=r, nope=1)
Article(headline='v', reporter=None)
Article(headline='v', reporter=None).reporter_id
e = Article(headline='u', reporter=r)
e.editor = r2
e.editor_id = r2.pk
e.editor
e.editor = None
e.editor_id
e.save()
e.reporter = r2
e.save(update_fields=['reporter'])
Article.objects.values_list('headline', 'reporter_id', 'editor_id')
Article.objects.create(headline='bad', reporter_id=99)
Article(3, 'positional', 1).reporter
Article(None, 'mixed', reporter=r2).reporter
