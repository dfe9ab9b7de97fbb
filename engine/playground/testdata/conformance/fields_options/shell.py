b = Book(isbn="9780262033848", title="Introduction to Algorithms")
b.fmt, b.status, b.rank, b.code, b.published
b.get_fmt_display()
b.get_status_display()
b.save()
b.fmt = "eb"
b.get_fmt_display()
b.fmt = "zz"
b.get_fmt_display()
b.status = 3
b.get_status_display()
b.fmt = "unknown"
b.get_fmt_display()
b.save()
Book.objects.filter(title__startswith="Intro").values_list("isbn", "title")
Book.objects.create(isbn="1", title="One", code="A")
Book.objects.create(isbn="2", title="Two", code="A")
Book.objects.create(isbn="3", title="Three")
Book.objects.filter(code__isnull=True).count()
Book.objects.get(pk="1")
Book.objects.get(pk="1").get_status_display()
b2 = Book(isbn="1", title="One again")
b2.save()
Book.objects.get(pk="1").title
Book._meta.get_field("title").column
Book._meta.get_field("title").help_text
Book._meta.get_field("isbn").verbose_name
Book._meta.get_field("rank").verbose_name
Book._meta.get_field("internal").editable
Book._meta.get_field("fmt").choices
Book._meta.get_field("status").get_default()
Book._meta.pk.name
Book.objects.filter(status=2).delete()
Book.objects.order_by("-rank", "isbn").values_list("isbn", flat=True)
