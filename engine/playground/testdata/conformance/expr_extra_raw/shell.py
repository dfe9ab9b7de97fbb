b = Blog.objects.create(name='Cheese')
c = Blog.objects.create(name='Beatles')
Entry.objects.create(blog=b, headline='Brie', rating=4, pub_date=date(2020, 1, 1))
Entry.objects.create(blog=b, headline='Gouda', rating=2, pub_date=date(2021, 6, 1))
Entry.objects.create(blog=c, headline='Abbey Road', rating=5, pub_date=date(2006, 1, 1))
Entry.objects.extra(select={'is_recent': "pub_date > '2006-01-01'"})
[(e.headline, e.is_recent) for e in Entry.objects.extra(select={'is_recent': "pub_date > '2006-01-01'"})]
Blog.objects.extra(select={'entry_count': 'SELECT COUNT(*) FROM myapp_entry WHERE myapp_entry.blog_id = myapp_blog.id'}).values_list('name', 'entry_count')
Entry.objects.extra(where=['rating > %s'], params=[3])
Entry.objects.extra(where=["headline LIKE 'B%%'", 'rating >= 2'])
Entry.objects.extra(select={'double': 'rating * %s'}, select_params=(2,)).values('headline', 'double')
Entry.objects.extra(select={'r': 'rating'}, order_by=['-r'])
Entry.objects.extra(select={'r': 'rating'}).order_by('r')
Entry.objects.extra(order_by=['-rating'])
Entry.objects.extra(select={'r': 'rating'}).values('r')
Entry.objects.extra(tables=['myapp_blog'], where=['myapp_blog.id = myapp_entry.blog_id', "myapp_blog.name = 'Cheese'"])
Entry.objects.filter(rating__gt=1).extra(where=['rating < 5']).count()
print(Entry.objects.extra(select={'x': '1'}, where=['rating = %s'], params=[4]).query)
Entry.objects.all()[:1].extra(where=['1'])
Entry.objects.raw('SELECT * FROM myapp_entry')
list(Entry.objects.raw('SELECT * FROM myapp_entry'))
list(Entry.objects.raw('SELECT id, headline FROM myapp_entry WHERE rating > %s', [3]))
[(e.headline, e.rating) for e in Entry.objects.raw('SELECT id, headline FROM myapp_entry ORDER BY id')]
for e in Entry.objects.raw('SELECT id, headline, rating * 10 AS score FROM myapp_entry'):
    print(e.headline, e.score)
Entry.objects.raw('SELECT * FROM myapp_entry WHERE headline = %s', ['Brie'])[0]
Entry.objects.raw('SELECT headline FROM myapp_entry')[0]
list(Blog.objects.raw('SELECT id, name AS title FROM myapp_blog', translations={'title': 'name'}))
r = Entry.objects.raw('SELECT * FROM myapp_entry')
r.columns
r.model_fields
Entry.objects.raw('SELECT * FROM nosuch')[0]
len(Entry.objects.raw('SELECT * FROM myapp_entry'))
Entry.objects.raw('SELECT * FROM myapp_entry').count()
bool(Entry.objects.raw('SELECT * FROM myapp_entry WHERE rating > 100'))
