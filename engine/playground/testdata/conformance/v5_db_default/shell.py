a = Article.objects.create(title="first")
a.status
a.views
a.flag
a.score
a.refresh_from_db()
(a.status, a.views, a.flag, a.rating, a.score, a.note)
b = Article(title="second", status="live", views=5)
b.save()
(b.status, b.views, b.rating)
Article.objects.values_list("title", "status", "views")
f = Article._meta.get_field("status")
f.db_default
f.has_db_default()
Article._meta.get_field("views").db_default
Article._meta.get_field("rating").db_default
Article._meta.get_field("title").has_db_default()
Article.objects.bulk_create([Article(title="third"), Article(title="fourth", views=2)])
Article.objects.order_by("id").values_list("title", "status", "views", "score")
a.status = "done"
a.save()
Article.objects.filter(status="draft").count()
c = Article(title="fifth", flag=True)
c.save(force_insert=True)
Article.objects.filter(pk=c.pk).values_list("status", "flag")
