# lists
l = [3, 1, 2]
l.append(4)
l.extend((5, 6))
l.insert(0, 0)
l.insert(-1, 9)
assert l == [0, 3, 1, 2, 4, 5, 9, 6]
assert l.pop() == 6 and l.pop(0) == 0
l.remove(9)
assert l == [3, 1, 2, 4, 5]
assert l.index(2) == 2 and l.count(3) == 1
l.sort()
assert l == [1, 2, 3, 4, 5]
l.sort(reverse=True)
assert l == [5, 4, 3, 2, 1]
l.reverse()
assert l == [1, 2, 3, 4, 5]
c = l.copy()
c.clear()
assert c == [] and l != c
words = ["bb", "a", "ccc", "dd"]
words.sort(key=len)
assert words == ["a", "bb", "dd", "ccc"]
assert sorted(["b", "A", "c"], key=str.lower) == ["A", "b", "c"]
l.remove(42)  ### "ValueError: list.remove\(x\): x not in list"
l.index(42)  ### "ValueError: 42 is not in list"
[].pop()  ### "IndexError: pop from empty list"
[1][5]  ### "IndexError: list index out of range"
[1]["a"]  ### "TypeError: list indices must be integers or slices, not str"
x = [1]
x[3] = 0  ### "IndexError: list assignment index out of range"
[3, "a"].sort()  ### "TypeError: '<' not supported between instances of 'str' and 'int'"
---
# slicing
l = list(range(10))
assert l[2:5] == [2, 3, 4] and l[-3:] == [7, 8, 9] and l[:-7] == [0, 1, 2]
assert l[::3] == [0, 3, 6, 9] and l[::-3] == [9, 6, 3, 0] and l[7:2:-2] == [7, 5, 3]
assert l[100:] == [] and l[-100:1] == [0]
l[2:5] = ["a"]
assert l == [0, 1, "a", 5, 6, 7, 8, 9]
l[:0] = [-1]
assert l[0] == -1
l[::2] = [0] * 5
assert l == [0, 0, 0, "a", 0, 6, 0, 8, 0]
l = [1, 2, 3, 4]
l[::2] = [9]  ### "ValueError: attempt to assign sequence of size 1 to extended slice of size 2"
l[::0]  ### "ValueError: slice step cannot be zero"
del l[1:3]
assert l == [1, 4]
t = (1, 2, 3)
assert t[1:] == (2, 3) and t[::-1] == (3, 2, 1)
assert (1, 2) + (3,) == (1, 2, 3) and (0,) * 3 == (0, 0, 0)
assert t.index(2) == 1 and t.count(5) == 0
t[0] = 1  ### "TypeError: 'tuple' object does not support item assignment"
assert [1, 2] * 2 == [1, 2, 1, 2] and [[0]] * 2 == [[0], [0]]
assert [1, 2] < [1, 3] and (1, 2) < (1, 2, 0) and not [2] < [1, 9]
assert [1, [2]] == [1, [2]] and (1,) != [1]
[1] + (1,)  ### `TypeError: can only concatenate list \(not "tuple"\) to list`
---
# dicts
d = {"a": 1, "b": 2}
d["c"] = 3
assert list(d) == ["a", "b", "c"] and list(d.keys()) == ["a", "b", "c"]
assert list(d.values()) == [1, 2, 3] and list(d.items())[0] == ("a", 1)
assert d.get("a") == 1 and d.get("z") is None and d.get("z", 0) == 0
assert d.pop("a") == 1 and d.pop("z", None) is None
assert d.setdefault("b", 9) == 2 and d.setdefault("n", []) == []
d.update({"x": 1}, y=2)
d.update([("p", 0)])
assert "x" in d and "y" in d and d["p"] == 0 and "zz" not in d
assert d.popitem() == ("p", 0)
e = d.copy()
e.clear()
assert len(e) == 0 and len(d) > 0
assert dict(a=1) == {"a": 1} and dict([(1, 2)]) == {1: 2} and dict({"k": 1}, j=2) == {"k": 1, "j": 2}
assert dict.fromkeys("ab", 0) == {"a": 0, "b": 0}
assert {1: "a"} == {1.0: "a"} and {True: 1} == {1: 1}
assert {**{"a": 1}, "b": 2} == {"a": 1, "b": 2}
assert {"a": 1} | {"b": 2} == {"a": 1, "b": 2}
d2 = {1: 1}
d2[1.0] = 2
assert d2 == {1: 2} and repr(d2) == "{1: 2}"
assert repr({}.keys()) == "dict_keys([])" and repr({1: 2}.items()) == "dict_items([(1, 2)])"
assert {"a": 1}.keys() == {"a"} and {"a": 1, "b": 2}.keys() & {"a"} == {"a"}
assert sorted({"b": 1, "a": 2}) == ["a", "b"]
{}["k"]  ### "KeyError: 'k'"
{[1]: 2}  ### "TypeError: unhashable type: 'list'"
{}.popitem()  ### "KeyError: 'popitem\(\): dictionary is empty'"
for k in d:  ### "RuntimeError: dictionary changed size during iteration"
    d[k + "!"] = 1
---
# sets
s = {1, 2, 3}
s.add(4)
s.discard(10)
s.remove(1)
assert s == {2, 3, 4}
assert s | {5} == {2, 3, 4, 5} and s & {2, 9} == {2} and s - {2} == {3, 4} and s ^ {4, 5} == {2, 3, 5}
assert s.union([5]) == {2, 3, 4, 5} and s.intersection([2]) == {2} and s.difference([2, 3]) == {4}
assert s.symmetric_difference({4, 5}) == {2, 3, 5}
assert {2, 3}.issubset(s) and s.issuperset({2}) and {2} < s and s >= {2, 3, 4}
s.update([7, 8])
assert 7 in s and len(s) == 5
t = set("aab")
assert t == {"a", "b"}
f = frozenset([1, 2])
assert f == {1, 2} and {f: 1}[frozenset({2, 1})] == 1
assert repr(frozenset([1])) == "frozenset({1})"
assert set() == set() and set() != {1}
s.remove(99)  ### "KeyError: 99"
{[]}  ### "TypeError: unhashable type: 'list'"
set().pop()  ### "KeyError: 'pop from an empty set'"
---
# comprehensions and generator expressions
assert [x * x for x in range(5) if x % 2] == [1, 9]
assert [(x, y) for x in range(2) for y in "ab"] == [(0, "a"), (0, "b"), (1, "a"), (1, "b")]
assert {x % 3 for x in range(10)} == {0, 1, 2}
assert {k: v for k, v in zip("ab", [1, 2])} == {"a": 1, "b": 2}
g = (x + 1 for x in [1, 2, 3])
assert next(g) == 2 and list(g) == [3, 4] and list(g) == []
assert sum(x for x in range(101)) == 5050
assert any(x > 2 for x in [1, 3]) and all(x > 0 for x in [1, 2]) and not any([])
assert [[c for c in w] for w in ["ab", "c"]] == [["a", "b"], ["c"]]
x = "outer"
[x for x in range(3)]
assert x == "outer"
calls = []
def gen_item(i):
    calls.append(i)
    return i
assert any(gen_item(i) for i in [0, 1, 2, 3])
assert calls == [0, 1]
[y for y in 5]  ### "TypeError: 'int' object is not iterable"
