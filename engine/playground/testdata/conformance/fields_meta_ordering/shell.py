a = Author.objects.create(name="Tolkien", born=1892)
b = Author.objects.create(name="Austen", born=1775)
c = Author.objects.create(name="Adams", born=1952)
Author.objects.all()
Author.objects.order_by("name")
Author.objects.all().reverse()
Author.objects.first()
Author.objects.last()
Post.objects.create(title="Hobbit", author=a, rating=5)
Post.objects.create(title="Emma", author=b, rating=4)
Post.objects.create(title="Guide", author=c, rating=5)
Post.objects.create(title="Silmarillion", author=a, rating=3)
Post.objects.all()
Post.objects.filter(rating__gte=4).values_list("title", flat=True)
Post.objects.create(title="Hobbit", author=a)
Post.objects.count()
Author._meta.db_table, Author._meta.verbose_name, Author._meta.verbose_name_plural
Post._meta.verbose_name, Post._meta.verbose_name_plural
Post._meta.ordering
Post._meta.unique_together
Legacy._meta.managed, Legacy._meta.db_table
Author.objects.order_by()
a.post_set.all()
