# Budgets: these behaviours are ormfiddle's own (CPython would hang or
# exhaust memory), hence the ormfiddle-only markers.
while True:  ### "StepLimitExceeded: the statement ran more than 1,000,000 steps \(its work budget\); is there an infinite loop\?"  # ormfiddle-only
    pass
try:  ### "StepLimitExceeded"  # ormfiddle-only
    while True:
        pass
except BaseException:
    pass
try:  ### "StepLimitExceeded"  # ormfiddle-only
    while True:
        pass
finally:
    x = "finally blocks are skipped"
assert "x" not in globals() if False else True
"x" * 10**10  ### "MemoryError"  # ormfiddle-only
[0] * 10**9  ### "MemoryError"  # ormfiddle-only
list(range(10**12))  ### "MemoryError"  # ormfiddle-only
"x".ljust(10**9)  ### "MemoryError"  # ormfiddle-only
2 ** (10 ** 10)  ### "OverflowError"  # ormfiddle-only
1 << (10 ** 10)  ### "OverflowError"  # ormfiddle-only
---
def deep(n):
    return deep(n + 1) if n < 10000 else n
deep(0)  ### "RecursionError: maximum recursion depth exceeded"
def shallow(n):
    return shallow(n - 1) if n > 0 else "ok"
assert shallow(100) == "ok"
a = []
for i in range(100000):
    a = [a]
repr(a)  ### "RecursionError: maximum recursion depth exceeded"  # ormfiddle-only
try:
    deep(0)
except RecursionError as e:
    caught = str(e)
assert caught.startswith("maximum recursion depth exceeded")
