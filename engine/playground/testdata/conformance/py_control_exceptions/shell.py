a = Author.objects.create(name="ann")
b1 = Book.objects.create(title="zebra", author=a, price=Decimal("12.50"), pages=100, published=date(2020, 1, 15))
try:
    Book.objects.get(title="nope")
except Book.DoesNotExist as e:
    print(e)
    print(repr(e))
    print(e.args)
try:
    Book.objects.get(pages__gte=0, title__startswith="")
    Book.objects.create(title="x")
    Book.objects.get(title__contains="")
except Book.MultipleObjectsReturned as e:
    print(type(e).__name__, e)
try:
    Book.objects.get(nope=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    b1.check_pages()
    b1.pages = -5
    b1.check_pages()
except ValueError as e:
    print("caught", e, e.args)
b1.check_pages()
assert b1.pages > 0, "neg pages"
assert b1.title == "zebra"
assert False
x, y, z = 1, 2, 3
x = y = 7
x, y
a1, (b2, c2) = 1, [2, 3]
first, *rest = [1, 2, 3]
rest
del x
x
d = {'a': 1}
d.get('b'), d.get('b', 0), d.setdefault('c', []), d, list(d.items())
del d['a']
d
1 < 2 < 3, 1 < 3 < 2, None is None, b1.author_id is not None
b1.published is None, Book(title='t').published is None
"hello world".title(), " x ".strip(), "a,b,c".split(","), "ab".startswith("a"), "7".zfill(3), "ab".center(6, "*")
"abcdef"[1:4], "abcdef"[::-1], "abcdef"[-2:], "abc"[5:]
"a-b-c".rsplit("-", 1), "Hello".lower().upper(), "x".join(["1", "2"]), "abc".replace("b", "B")
list(enumerate(["a", "b"], start=1)), list(zip([1, 2], "ab")), any([]), all([]), any([0, 1])
min([b1, Book(title="aa", pages=3)], key=lambda b: b.pages), max(["b", "aaa"], key=len)
sum([1, 2, 3]), sum([Decimal("1.1"), Decimal("2.2")]), sum([0.1, 0.2])
print(1, 2, 3)
print("a", "b", sep="")
print()
print("no newline", end="")
print("x", end="!\n")
print(None, True, 1.5, [1, 'a'], {'k': None})
