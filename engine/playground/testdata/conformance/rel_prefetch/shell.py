ann = Author.objects.create(name='ann')
bob = Author.objects.create(name='bob')
cy = Author.objects.create(name='cy')
t1 = Tag.objects.create(name='sf')
t2 = Tag.objects.create(name='classic')
b1 = Book.objects.create(title='Dune', author=ann)
b2 = Book.objects.create(title='Emma', author=bob)
b3 = Book.objects.create(title='Ubik', author=ann)
b4 = Book.objects.create(title='Zero')
b1.tags.add(t1, t2)
b3.tags.add(t1)
Bio.objects.create(author=ann, text='a')
authors = list(Author.objects.prefetch_related('books'))
[a.books.all() for a in authors]
authors[0].books.count()
authors[0].books.filter(title='Dune')
authors[0].books.all()[0].author is authors[0]
Author.objects.prefetch_related('books')
books = list(Book.objects.prefetch_related('author', 'tags'))
[(b.author, list(b.tags.all())) for b in books]
tags = list(Tag.objects.prefetch_related('books__author'))
[[(b.title, b.author.name) for b in t.books.all()] for t in tags]
list(Author.objects.prefetch_related('bio'))[0].bio
list(Author.objects.prefetch_related('bio'))[1].bio
a = Author.objects.prefetch_related(Prefetch('books', queryset=Book.objects.filter(title__startswith='U'), to_attr='u_books')).get(name='ann')
a.u_books
a.books.all()
Author.objects.prefetch_related(Prefetch('books', to_attr='name'))[0]
Author.objects.prefetch_related('nope')[0]
Author.objects.prefetch_related('name')[0]
Author.objects.prefetch_related('books').prefetch_related(None).count()
x = Author.objects.prefetch_related('books').get(pk=1)
x.books.add(b2)
x.books.all()
y = Book.objects.prefetch_related('tags').get(pk=b1.pk)
y.tags.remove(t2)
y.tags.all()
prefetch_related_objects([ann, bob], 'books')
ann.books.all()
