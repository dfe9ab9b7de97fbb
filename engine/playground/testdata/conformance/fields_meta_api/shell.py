Article._meta.model_name, Article._meta.object_name, Article._meta.app_label
Article._meta.label, Article._meta.label_lower
Article._meta.verbose_name, Article._meta.verbose_name_plural
Reporter._meta.verbose_name_plural
Article._meta.pk
Article._meta.pk.name, Article._meta.pk.attname, Article._meta.pk.column
Article._meta.fields
[f.name for f in Article._meta.get_fields()]
[f.name for f in Reporter._meta.get_fields()]
Article._meta.get_field("reporter")
Article._meta.get_field("reporter").related_model
Article._meta.get_field("reporter_id")
Reporter._meta.get_field("articles")
Article._meta.get_field("nope")
Article._meta.get_field("headline").max_length
Article._meta.get_field("headline").db_index
Article._meta.get_field("pub_date").get_internal_type()
Reporter._meta.get_field("email").get_internal_type()
Reporter._meta.get_field("full_name").verbose_name
Article._meta.concrete_model
Article._meta.db_table
Article._meta.concrete_fields
Article._meta.related_objects
Reporter._meta.related_objects
Article._meta.default_related_name
Article._meta.indexes
r = Reporter.objects.create(full_name="John Smith")
a = Article.objects.create(pub_date=date(2005, 7, 27), headline="Hello", reporter=r)
a.pk, a.score
r.articles.all()
Article.objects.filter(reporter__full_name__startswith="John").count()
Reporter.objects.filter(articles__headline="Hello")
