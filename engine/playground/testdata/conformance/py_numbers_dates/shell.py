0.1 + 0.2, 1e16, -0.0, 1e22, 1.5e-7, 2.0 ** 60, float('inf'), -float('inf'), 1/3, 10/4, 10//4, -7//2, -7 % 3, 7 % -3
round(2.5), round(3.5), round(2.675, 2), round(7, -1), round(Decimal("2.675"), 2), round(1.23456, 3), round(-0.5)
int(3.9), int("42"), float("1.50"), str(1.0), str(100.0), 1e15, 123456789012345678.0, 0.000012
f"{1/3:.3f}", f"{1234567.891:,.2f}", f"{0.5:%}", f"{12:05d}", f"{3.14159:e}", f"{255:x}", f"{255:#o}", f"{1e16:g}", f"{42:>6}|{'ab':<4}|{'c':^5}|"
"%.2f" % 2.675, "%5.1f|%-6s|%03d" % (3.14159, "ab", 7), "%r %s" % ("x", "x"), "%x %e %g" % (255, 12345.678, 0.00001234)
from datetime import timedelta, datetime
d1 = date(2020, 1, 31)
d1 + timedelta(days=30), d1 - date(2019, 12, 25), (d1 - date(2019, 12, 25)).days, d1 < date(2021, 1, 1)
d1.isoformat(), d1.strftime("%d/%m/%Y %A %B %j %a %b"), str(d1), d1.year, d1.month, d1.weekday(), d1.isoweekday()
dt = datetime(2021, 3, 4, 5, 6, 7, 8900)
dt, str(dt), dt.isoformat(), dt.date(), dt.time(), dt + timedelta(hours=20), dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I")
timedelta(days=1, seconds=3661), str(timedelta(days=-1, hours=2)), timedelta(hours=36) / timedelta(hours=1), timedelta(weeks=1).total_seconds()
d1.replace(day=1), date.fromisoformat("2020-02-29"), datetime(2020, 1, 1) - datetime(2019, 12, 31, 12), date(2020, 1, 1) == datetime(2020, 1, 1)
b = Book.objects.create(title="t", published=date(2020, 2, 29), price=Decimal("19.99"), pages=3)
b.published + timedelta(days=365), b.published.year, Book.objects.filter(published__lt=b.published + timedelta(days=1)).count()
p = b.price
p * 2, p * Decimal("1.1"), (p * Decimal("1.1")).quantize(Decimal("0.01")), p / 3, p // 3, p % 3, -p, abs(-p), p + 1
Decimal("1.10") + Decimal("2.205"), Decimal("10") / Decimal("4"), Decimal("1") / Decimal("3"), Decimal("2.50").normalize(), Decimal("100").normalize()
Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), Decimal("1.5") > 1, Decimal(3), Decimal("1e3"), Decimal("-0"), str(Decimal("1E+2")), Decimal(1.5)
Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.665").quantize(Decimal("0.01")), int(Decimal("7.9")), float(Decimal("1.25")), f"{Decimal('3.14159'):.2f}"
p * 1.5
Decimal("abc")
1 / 0
Decimal(1) / 0
{'total': sum([bk.price for bk in Book.objects.all()]), 'n': Book.objects.count()}
round(Decimal("19.995"), 2), round(p), type(round(p)).__name__, round(p, 1)
max(3, 1.5), min("b", "a"), divmod(7, 2), divmod(-7, 2), pow(2, 10), pow(2, -1), abs(-3.5), 2 ** -1, 7 / 7, 3 * 1.0
