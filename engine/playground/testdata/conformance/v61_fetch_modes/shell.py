ann = Author.objects.create(name="ann")
bob = Author.objects.create(name="bob")
Profile.objects.create(author=ann, site="ann.example")
for t, a in [("one", ann), ("two", bob), ("three", ann)]:
    Book.objects.create(title=t, author=a)
books = list(Book.objects.fetch_mode(FETCH_PEERS))
books[0].author
books[1].author
books[2].author.name
books = list(Book.objects.all())
books[0].author
books[1].author
books = list(Book.objects.fetch_mode(FETCH_RAISE))
books[0].author
books[0].title
books[0].author_id
books = list(Book.objects.fetch_mode(FETCH_PEERS).only("title"))
books[0].pages
books[1].pages
books[0].author
authors = list(Author.objects.fetch_mode(FETCH_PEERS))
authors[0].profile
authors[1].profile
authors = list(Author.objects.fetch_mode(FETCH_PEERS))
[b.title for b in authors[0].books.all()]
bk = authors[0].books.all()[0]
bk.author
bk._state.fetch_mode is FETCH_PEERS
one = Book.objects.fetch_mode(FETCH_PEERS).get(title="one")
one.author
raise_books = Book.objects.fetch_mode(FETCH_RAISE).select_related("author")
[b.author.name for b in raise_books]
b = Book.objects.fetch_mode(FETCH_RAISE).get(title="two")
b.author
Book.objects.filter(title="one").fetch_mode(FETCH_PEERS).defer("pages")[0].pages
rb = list(Book.objects.fetch_mode(FETCH_RAISE).defer("pages"))
rb[0].pages
rb[0].refresh_from_db()
rb[0].pages
type(FETCH_ONE).__name__, type(FETCH_PEERS).__name__, type(FETCH_RAISE).__name__
Book.objects.fetch_mode("x")
b = Book.objects.fetch_mode(FETCH_RAISE).select_related("author").get()
b.author.name
b.author.profile
b.author._state.fetch_mode is FETCH_RAISE
p = Profile.objects.fetch_mode(FETCH_PEERS).get()
p.author.books.all()[0].author
