a = Author.objects.create(name="ann")
for t, p in [("x", "1.10"), ("y", "2.25"), ("z", "3")]:
    Book.objects.create(title=t, author=a, price=Decimal(p), pages=len(t) * 10)
qs = Book.objects.filter(pages__gt=0)
b = Book.objects.get(title="y")
b in qs
b in qs
len(qs), qs[0], list(qs)[-1], bool(qs), qs.count(), qs.exists()
qs2 = Book.objects.all()
if qs2:
    print("has", len(qs2))
qs3 = Book.objects.all()
print(qs3)
qs3
qs3[1]
qs3[0:2]
list(qs3)
qs3[1]
"x" in Book.objects.values_list("title", flat=True)
{"title": "x"} in Book.objects.values("title")
("x",) in Book.objects.values_list("title")
a.book_set.all()[0] in a.book_set.all()
max(qs, key=lambda b: b.price).title, min(b.price for b in [b]) if False else min([b.price for b in qs])
sum([b.price for b in qs]), sum([b.pages for b in qs]) / len(qs), round(sum([b.price for b in qs]) / 3, 2)
Book.objects.aggregate(s=Sum("price"), a=Avg("price"), p=Avg("pages"))
x = Book.objects.aggregate(s=Sum("price"))["s"]
x, type(x).__name__, f"{x:.1f}", x.quantize(Decimal("1"))
[b.price * 2 for b in Book.objects.order_by("-price")[:2]]
dict(Book.objects.values_list("title", "price"))
{t: str(p) for t, p in Book.objects.values_list("title", "price")}
any(b.price > 3 for b in []) if False else any([b.price > 3 for b in qs]), all([b.pages for b in qs])
titles = Book.objects.values_list("title", flat=True)
", ".join(titles), sorted(titles, reverse=True), list(titles)[::-1], titles[0]
it = iter(qs)
next(it), next(it)
list(zip(qs, titles))
[(i, b.title) for i, b in enumerate(qs, 1)]
