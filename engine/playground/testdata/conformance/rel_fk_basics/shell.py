r = Reporter.objects.create(name='John')
r2 = Reporter.objects.create(name='Paul')
Article.objects.create(headline='First', reporter=r)
a = Article.objects.get(headline='First')
a.reporter_id
a.reporter
a.reporter
a.reporter_id = r2.id
a.reporter
a.editor
a.editor_id is None
a.reporter = 'John'
a.reporter = None
a.reporter = r
a.save()
unsaved = Reporter(name='Ghost')
b = Article(headline='Lost', reporter=unsaved)
b.save()
b.reporter_id
Article(headline='x').reporter
Article(headline='x').reporter_id
try:
    Article(headline='x').reporter
except Article.reporter.RelatedObjectDoesNotExist as e:
    print('missing:', e)
Article.objects.create(headline='Second', reporter_id=r2.id)
Article.objects.filter(reporter=r2)
Article.objects.filter(reporter_id=r2.id).count()
r2.edited.all()
