Book._meta.get_fields()
[f.name for f in Book._meta.get_fields()]
[f.name for f in Tag._meta.get_fields()]
Book._meta.verbose_name, Book._meta.verbose_name_plural, Tag._meta.verbose_name, Tag._meta.verbose_name_plural, Tag._meta.ordering
Book._meta.get_field("title"), Book._meta.get_field("author"), Tag._meta.get_field("books"), Book._meta.get_field("tags")
Book._meta.pk, Book._meta.model_name, Book._meta.app_label, Book._meta.db_table, Book._meta.label, Book._meta.object_name
[(f.name, f.get_internal_type()) for f in Book._meta.fields]
[f.verbose_name for f in Tag._meta.fields], [f.attname for f in Book._meta.concrete_fields]
Book._meta.get_field("price").max_digits, Book._meta.get_field("title").max_length, Book._meta.get_field("author").related_model
Book._meta.get_field("nope")
t = Tag.objects.create(label="sci-fi")
t
print(t)
str(t)
[t]
Tag.objects.all()
Book.Status.choices, Book.Status.labels, Book.Status.values, Book.Status.names
Book.Status.DRAFT.label, Book.Status('d'), Book.Status('d').label, Book.Rating(5), Book.Rating.HIGH.label, Book.Rating.LOW.label
Book.Status('x')
Book.Rating.choices, list(Book.Rating), [s.value for s in Book.Status], len(Book.Status)
Book.Status.DRAFT == 'd', Book.Rating.HIGH == 5, Book.Rating.HIGH + 1, Book.Status.DRAFT.upper(), 'd' in Book.Status.values
repr(Book.Status.DRAFT), str(Book.Rating.HIGH), f"{Book.Rating.HIGH}", "%s" % Book.Status.PUBLISHED, "{}".format(Book.Status.PUBLISHED)
b = Book(title="x", status=Book.Status.PUBLISHED, rating=5)
b.status, b.get_status_display(), b.get_rating_display(), type(b.status).__name__
b.save()
b.refresh_from_db()
b.status, type(b.status).__name__, b.rating
Book.Status.DRAFT.name, Book.Status['PUBLISHED'], Book.Status.DRAFT in Book.Status, isinstance(Book.Status.DRAFT, str)
Book.Rating.HIGH.do_not_call_in_templates, Book.Status.__name__
b.pk, b.id, b.author, b.author_id, b.tags.all(), b.tags.count()
b.tags.add(t)
[x.label for x in b.tags.all()], t.books.all(), t.books.first().title
type(b), type(b.tags).__name__, type(Book.objects).__name__, type(Book.objects.all()).__name__
type(Book.objects.values()).__name__, type(Book._meta).__name__, Book.__name__, Book.__module__, b.__class__.__name__
Book.__doc__, Tag.__doc__
b._state.adding, b._state.db, Book(title="q")._state.adding
b.__dict__.keys() == b.__dict__.keys()
Book.DoesNotExist, Book.DoesNotExist.__name__, issubclass(Book.DoesNotExist, ObjectDoesNotExist)
str(Book.objects), str(b.tags), str(t.books), str(Author.objects.get(name="zed") if False else Author.objects.create(name="zed").book_set)
type(Author().book_set).__qualname__, type(b.tags).__qualname__, type(b.tags).__module__
Author.__doc__, Author.DoesNotExist.__qualname__, Book.Status.__qualname__, Book.check_pages.__name__, Book.check_pages.__qualname__
