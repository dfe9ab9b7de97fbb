ann = Author.objects.create(name='Ann', age=40)
bob = Author.objects.create(name='Bob', age=31)
Book.objects.bulk_create([Book(title='Go', pages=300, rating=4.5, author=ann), Book(title='Rust', pages=500, rating=4.0, author=ann), Book(title='Python', pages=250, rating=3.5, author=bob)])
Book.objects.all()
Author.objects.all()
Book.objects.filter(pages__gt=260)
Book.objects.exclude(author=ann)
Book.objects.get(title='Go')
Book.objects.get(title='Java')
Book.objects.get(author=ann)
Book.objects.get(pk=3)
Book.objects.first()
Book.objects.last()
Author.objects.first()
Author.objects.last()
Book.objects.count()
Book.objects.filter(author__name='Bob').exists()
Book.objects.filter(pages__gt=1000).exists()
Book.objects.order_by('-pages')
Book.objects.order_by('author__name', '-title')
Book.objects.order_by('author')
Book.objects.order_by('title').reverse()
Book.objects.reverse()
Book.objects.all()[1:]
Book.objects.all()[:2]
Book.objects.all()[0]
Book.objects.all()[1:3][0]
Book.objects.all()[::2]
Book.objects.all()[-1]
Book.objects.all()[5]
qs = Book.objects.filter(pages__lt=400)
print([b.title for b in qs])
print(len(qs), qs.count(), bool(qs))
qs
Book.objects.none()
Book.objects.none().count()
print(Book.objects.filter(pages__gt=100).order_by('-rating').query)
