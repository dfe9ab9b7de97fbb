r = Reporter.objects.create(first_name="John", last_name="Smith", email="john@example.com")
r2 = Reporter.objects.create(first_name="Paul", last_name="Jones", email="paul@example.com")
a = Article(headline="This is a test", pub_date=date(2005, 7, 27), reporter=r)
a.save()
a.reporter.id
r.article_set.create(headline="John's second story", pub_date=date(2005, 7, 29))
r2.article_set.create(headline="Paul's story", pub_date=date(2006, 1, 17))
# __str__ follows the reporter ForeignKey: one more query per article.
Article.objects.all()
# select_related() joins the reporter into the first query instead.
Article.objects.select_related("reporter")
Article.objects.filter(reporter__first_name="John")
Reporter.objects.filter(article__headline__startswith="This")
r2.delete()
Article.objects.count()
