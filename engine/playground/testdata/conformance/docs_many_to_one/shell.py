r = Reporter(first_name="John", last_name="Smith", email="john@example.com")
r.save()
r2 = Reporter(first_name="Paul", last_name="Jones", email="paul@example.com")
r2.save()
from datetime import date
a = Article(id=None, headline="This is a test", pub_date=date(2005, 7, 27), reporter=r)
a.save()
a.reporter.id
a.reporter
r3 = Reporter(first_name="John", last_name="Smith", email="john@example.com")
Article.objects.create(
    headline="This is a test", pub_date=date(2005, 7, 27), reporter=r3
)
r = a.reporter
new_article = r.article_set.create(
    headline="John's second story", pub_date=date(2005, 7, 29)
)
new_article
new_article.reporter
new_article.reporter.id
new_article2 = Article.objects.create(
    headline="Paul's story", pub_date=date(2006, 1, 17), reporter=r
)
new_article2.reporter
new_article2.reporter.id
r.article_set.all()
r2.article_set.add(new_article2)
new_article2.reporter.id
new_article2.reporter
r.article_set.add(r2)
r.article_set.all()
r2.article_set.all()
r.article_set.count()
r2.article_set.count()
r.article_set.filter(headline__startswith="This")
Article.objects.filter(reporter__first_name="John")
Article.objects.filter(reporter__first_name="John")
Article.objects.filter(reporter__first_name="John", reporter__last_name="Smith")
Article.objects.filter(reporter__pk=1)
Article.objects.filter(reporter=1)
Article.objects.filter(reporter=r)
Article.objects.filter(reporter__in=[1, 2]).distinct()
Article.objects.filter(reporter__in=[r, r2]).distinct()
Article.objects.filter(
    reporter__in=Reporter.objects.filter(first_name="John")
).distinct()
Reporter.objects.filter(article__pk=1)
Reporter.objects.filter(article=1)
Reporter.objects.filter(article=a)
Reporter.objects.filter(article__headline__startswith="This")
Reporter.objects.filter(article__headline__startswith="This").distinct()
Reporter.objects.filter(article__headline__startswith="This").count()
Reporter.objects.filter(article__headline__startswith="This").distinct().count()
Reporter.objects.filter(article__reporter__first_name__startswith="John")
Reporter.objects.filter(article__reporter__first_name__startswith="John").distinct()
Reporter.objects.filter(article__reporter=r).distinct()
Article.objects.all()
Reporter.objects.order_by("first_name")
r2.delete()
Article.objects.all()
Reporter.objects.order_by("first_name")
Reporter.objects.filter(article__headline__startswith="This").delete()
Reporter.objects.all()
Article.objects.all()
