import json, re, functools
from collections import Counter, namedtuple, OrderedDict, defaultdict
from myapp.models import Post, Status, Level
Post.objects.create(title="a b", status=Status.LIVE, level=Level.HIGH, data={"k": [1, 2]})
Post.objects.create(title="c", data=OrderedDict(z=1, a=2))
Post.objects.create(title="d", data=Counter("aab"))
json.dumps([Status.LIVE, Level.HIGH, Status.DRAFT.label])
json.dumps({Status.LIVE: 1, Level.LOW: 2})
Counter(Post.objects.values_list("status", flat=True))
Counter(p.status for p in Post.objects.all())
json.dumps(list(Post.objects.values("title", "data")))
json.dumps(list(Post.objects.values("price")))
json.dumps(list(Post.objects.values("price")), default=str)
Post.objects.filter(data__k__0=1).count()
Post.objects.get(title="c").data
Post.objects.get(title="d").data
[p.title for p in Post.objects.all() if re.search(r"\s", p.title)]
re.sub(r"[aeiou]", lambda m: m.group(0).upper(), "database")
Post.objects.filter(title__regex=r"^[a-c]").count()
namedtuple("Row", Post.objects.values("title", "status").first().keys())(**Post.objects.values("title", "status").first())
functools.reduce(lambda acc, p: acc + [p.title], Post.objects.all(), [])
defaultdict(int, Counter("xyx"))
