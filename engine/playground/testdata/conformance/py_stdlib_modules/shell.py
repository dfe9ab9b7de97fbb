from myapp.models import Product, Dimensions, Version, validate_sku, SKU_RE
import json, re, functools
from collections import Counter, OrderedDict, defaultdict, namedtuple, deque
Product.objects.create(sku="AB-100", name="  Desk   lamp ", category="light", price=30, attrs={"width": 10, "height": 40, "colour": "blanc cassé"})
Product.objects.create(sku="AB-101", name="Floor lamp", category="light", price=80, attrs={"width": 30, "height": 150})
Product.objects.create(sku="CDE-200", name="Desk", category="furniture", price=250, attrs={"tags": ["oak", "large"], "ratio": 1.5, "ok": True, "none": None})
p = Product.objects.get(sku="AB-100")
str(p)
p.family
p.__dict__["family"]
p.sku_number, "sku_number" in p.__dict__, p.sku_number + 1
p.dimensions()
p.dimensions.__name__, p.dimensions.__doc__
p.attrs_json()
json.dumps(p.attrs)
json.dumps(p.attrs, ensure_ascii=False, indent=2)
json.dumps(Product.objects.get(sku="CDE-200").attrs, separators=(",", ":"))
json.loads('{"a": [1, 2.5, null, true], "b": "\\u00e9"}')
json.loads('{"a": 1,}')
json.loads("")
json.dumps({"price": p.price, "created": Product.objects.values_list("id", flat=True).first()})
json.dumps({"when": p})
Counter(Product.objects.values_list("category", flat=True))
Counter(Product.objects.values_list("category", flat=True)).most_common(1)
by_category = defaultdict(list)
for row in Product.objects.order_by("id").values("category", "name"):
    by_category[row["category"]].append(row["name"])

by_category
dict(by_category)
OrderedDict((r.sku, r.price) for r in Product.objects.order_by("-price"))
d = Dimensions(1, 2)
d, d.depth, d._asdict(), d._replace(depth=3), d == (1, 2, 0), isinstance(d, tuple)
w, h, _ = d
w * h
Version("1.10.2") > Version("1.9"), Version("2.0") <= Version("2.0"), sorted([Version("3.1"), Version("1.2.3")])
functools.reduce(lambda a, b: a + b, Product.objects.values_list("price", flat=True))
functools.reduce(lambda a, b: a + b, [])
cheap = functools.partial(Product.objects.filter, price__lt=100)
cheap().count()
m = SKU_RE.match("CDE-200")
m, m.groupdict(), m.group(1), m.span("number")
SKU_RE
re.findall(r"[A-Z]+", "AB-100 CDE-200")
re.split(r"-", "AB-100")
re.sub(r"(\w+)-(\d+)", r"\2/\1", "AB-100")
Product(sku="bad sku", name="x", category="y", price=1).full_clean()
validate_sku("ZZ-1")
re.compile("(")
deque(Product.objects.values_list("price", flat=True), maxlen=2)
