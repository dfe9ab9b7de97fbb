s = "  Hello, World  "
s.partition(","), s.rpartition("o"), s.casefold(), s.ljust(20, "."), s.rjust(18), s.count("l"), s.find("z"), s.rfind("o")
s.index("z")
"a\tb".expandtabs(4), "x".isdigit(), "12".isdigit(), "Ab".isalpha(), "ab1".isalnum(), " ".isspace(), "Title Case".istitle(), "ABC".isupper()
"a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines(), "abc".removeprefix("a") if hasattr(str, "removeprefix") else None
"{name:>10}|{0:^7.2f}".format(3.14159, name="n"), "{:,}".format(1234567), "{:08.3f}".format(-3.5), "{!r}".format("q"), "{:b}".format(10)
"-" * 10, [0] * 3, [[1]] * 2, (1, 2) * 2, "ab" + "cd", 3 * "x"
nums = [5, 3, 8, 1]
nums.append(2); nums.extend([9]); nums.insert(0, 7); nums
nums.pop(), nums.pop(0), nums.remove(8), nums
sorted(nums, reverse=True), nums[::-1], nums[1:-1], nums.copy() is nums
[x * y for x in range(3) for y in range(3) if x != y]
[[c for c in w] for w in ["ab", "c"]]
{k: v for k, v in zip("abc", range(3)) if v}
sorted({x % 3 for x in range(10)})
squares = {n: n * n for n in range(5)}
squares, list(squares.keys()), list(squares.values())[-1], squares.pop(4), squares.popitem(), squares
d = dict(a=1, b=2)
d.update({'c': 3}, d=4); d | {'e': 5}
d.items(), d.keys(), d.values()
{**d, 'a': 0}, [*d], (*d.values(),)
def f(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
f(1), f(1, 5, 6, 7, c=0, z=9), f(*[1, 2, 3], **{'c': 4})
f()
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
c(), c(), c()
total = 0
def add(x):
    global total
    total += x
add(5); add(6); total
(lambda x, y=2: x * y)(4)
x = 5
"big" if x > 3 else "small", x if x else None, not x, x and 0, 0 or "d", None or [] or 0
2 ** 100, -2 ** 2, (-2) ** 2, 7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 10, 1024 >> 3, 10 ** -2
True + True, True * 3, int(True), str(False), bool("False"), bool(0.0), bool([]), bool(None)
(1, 2) < (1, 3), [1, 2] == [1, 2], "abc" < "abd", (1, "a") < (1, "b"), [] < [1]
{1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, frozenset([1]) == {1}
len("héllo"), "héllo".upper(), "ß".upper(), ord("a"), chr(97), "é".encode(), b"ab", b"ab".decode()
int("0x1f", 16), int("101", 2), hex(255), oct(8), bin(5), int("  7 "), float(" 1e3 "), abs(-7), round(1234.5678, -2)
isinstance(1, (int, float)), isinstance(True, int), type(1.0) is float, type(None).__name__, type([]).__name__
list(range(10, 0, -3)), list(reversed(range(3))), range(5)[2], len(range(0, 10, 3)), 3 in range(5)
for i, (k, v) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(i, k, v)
for i in range(3):
    if i == 1:
        continue
    print(i)
else:
    print("no break")
while True:
    x -= 1
    if x < 3:
        break
x
if x == 2:
    print("two")
elif x == 3:
    print("three")
else:
    print("other")
class P:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"P({self.n})"
    def __eq__(self, o):
        return isinstance(o, P) and o.n == self.n
    def __len__(self):
        return self.n
class Q(P):
    def __init__(self, n, m):
        super().__init__(n)
        self.m = m
Q(1, 2), P(3) == P(3), len(P(4)), bool(P(0)), Q(1, 2).m, isinstance(Q(1, 1), P)
P(1) < P(2)
hash(P(1))
