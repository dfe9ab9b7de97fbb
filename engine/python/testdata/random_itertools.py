# random (CPython's Mersenne Twister, seeded) and itertools, checked
# against CPython by cpython_check.py.
import random
random.seed(42)
print(random.randint(1, 10), random.random(), random.randint(100, 999), random.getrandbits(70), random.randrange(5), random.randrange(3, 9))
l = list(range(10))
random.shuffle(l)
print(l, random.choice("abcdef"), random.uniform(1, 2))
random.seed(2**40 + 5)
print(random.random(), random.randint(-5, 5))
random.seed(-7)
print(random.random())
print(random.sample(range(100), 5))
random.seed(3)
print(random.sample(range(1000), 12), random.sample(["a", "b", "c", "d"], 3), random.sample(range(30), 7))

# output:
# 2 0.025010755222666936 381 151691464061534419856 0 8
# [3, 2, 4, 9, 5, 7, 0, 6, 1, 8] e 1.1988376506866485
# 0.5043802970418443 -1
# 0.32383276483316237
# [19, 50, 83, 6, 9]
# [243, 606, 557, 133, 378, 937, 618, 485, 640, 594, 67, 620] ['a', 'b', 'c'] [17, 7, 6, 22, 15, 29, 24]

---
import itertools
c = itertools.count()
print(next(c), next(c), next(c))
print(list(itertools.islice(itertools.count(10, 5), 3)), list(itertools.islice("abcdefg", 1, 6, 2)), list(itertools.islice(range(10), 4)))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(1, 3)), list(itertools.chain([1, 2], "ab", (3,))))

# output:
# 0 1 2
# [10, 15, 20] ['b', 'd', 'f'] [0, 1, 2, 3]
# ['a', 'b', 'a', 'b', 'a'] [1, 1, 1] [1, 2, 'a', 'b', 3]
