o = Owner.objects.create(name="ann")
Article.objects.create(title="Old", created=date(2020, 1, 1), tag="a", owner=o)
Article.objects.create(title="New", created=date(2021, 6, 1), tag="b", owner=o, note="hot")
Article.objects.all()
Article.objects.latest()
Article.objects.earliest()
Photo.objects.create(caption="Sunset", created=date(2019, 5, 5))
Photo.objects.create(caption="Beach")
Photo.objects.all()
Photo(caption="x", note="y")
[f.name for f in Photo._meta.get_fields()]
[f.name for f in Article._meta.get_fields()]
Video.objects.create(tag="v", length=90, owner=o)
Video.objects.create(tag="w", length=30)
Video.objects.all()
o.myapp_article_items.all()
o.myapp_video_items.count()
Article._meta.ordering, Photo._meta.ordering, Video._meta.ordering
Article._meta.db_table, Photo._meta.db_table, Article._meta.verbose_name
Article._meta.abstract, TimeStamped._meta.abstract
Photo._meta.get_latest_by, Video._meta.get_latest_by
TimeStamped.objects
TimeStamped()
