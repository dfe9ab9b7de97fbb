Book.Status.DRAFT.upper()
isinstance(Book.Status.DRAFT, str)
isinstance(Book.Rating.HIGH, int)
Book.Rating.HIGH + 1
Book.Rating.HIGH * 2
Book.Status.DRAFT + "x"
list(Book.Rating)
len(Book.Status)
Book.Status['PUBLISHED']
Book.Status['NOPE']
Book.Status.DRAFT in Book.Status
'd' in Book.Status
'z' in Book.Status
5 in Book.Rating
Book.Rating.HIGH in Book.Status
[s.label for s in Book.Status]
Book.Status.DRAFT.value, Book.Status.DRAFT._value_
sorted(Book.Rating, reverse=True)
int(Book.Rating.HIGH), str(Book.Rating.HIGH), float(Book.Rating.HIGH)
Book.Status.DRAFT.startswith("d"), len(Book.Status.DRAFT), Book.Status.PUBLISHED[0]
"%d" % Book.Rating.HIGH, "%s" % Book.Rating.HIGH, f"{Book.Rating.HIGH:03d}"
hash(Book.Rating.HIGH) == hash(5), hash(Book.Status.DRAFT) == hash('d')
dict(Book.Status.choices)
dict(Book.Status.choices)[Book.Status.DRAFT]
Book.Status.PUBLISHED.label.upper()
type(Book.Status.DRAFT.label).__name__
max(Book.Rating), min(Book.Rating).label
Book.Status.DRAFT.name.lower()
", ".join(Book.Status), "-".join([Book.Status.DRAFT, "x"]), Book.Status.PUBLISHED.split("u")
range(Book.Rating.HIGH), "abcdef"[Book.Rating.HIGH], -Book.Rating.HIGH, bool(Book.Rating.LOW), Book.Rating.HIGH // 2, 2 ** Book.Rating.LOW
Book.Status.DRAFT == Book.Status.DRAFT.value, Book.Status.DRAFT != 'p', Book.Rating.LOW < 3, sorted([Book.Rating.HIGH, 3, Book.Rating.LOW])
for s in Book.Status:
    print(s, s.label, repr(s), s.name)
Book.objects.create(title="a", status=Book.Status['PUBLISHED'], rating=Book.Rating.LOW + 4)
Book.objects.create(title="b")
Book.objects.filter(rating__gte=Book.Rating.LOW + 1).values_list('title', 'rating')
Book.objects.filter(status__in=list(Book.Status)).count()
Book.objects.filter(status__in=[s for s in Book.Status if s.label.startswith('P')]).values_list('title', flat=True)
{s.value: Book.objects.filter(status=s).count() for s in Book.Status}
[(r.label, r * 10) for r in Book.Rating]
len(Book.Rating), list(reversed(Book.Status.labels)), Book.Rating.HIGH in [5], 'p' in Book.Status.values
Book.Rating[5]
Book.Status(Book.Status.DRAFT), Book.Status('d') is Book.Status.DRAFT
'{:>3}|{}'.format(Book.Rating.HIGH, Book.Status.DRAFT), '%s-%r' % (Book.Rating.LOW, Book.Rating.LOW)
Book.Status.DRAFT.nope
