# The with statement: __enter__/__exit__, targets, suppression, control flow.
log = []

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()
    def __exit__(self, typ, value, tb):
        log.append('exit %s %s %r' % (self.name, typ.__name__ if typ else None, value))
        return self.suppress

with CM('a') as x:
    log.append('body ' + x)
assert log == ['enter a', 'body A', 'exit a None None'], log
assert x == 'A'

log.clear()
with CM('a') as x, CM('b') as y:
    log.append(x + y)
assert log == ['enter a', 'enter b', 'AB', 'exit b None None', 'exit a None None'], log

log.clear()
with CM('s', suppress=True):
    raise ValueError('boom')
    log.append('not reached')
assert log == ['enter s', "exit s ValueError ValueError('boom')"], log

log.clear()
try:
    with CM('o', suppress=True), CM('i'):
        {}['k']
except KeyError:
    log.append('escaped')
assert log == ['enter o', 'enter i', "exit i KeyError KeyError('k')", "exit o KeyError KeyError('k')"], log

log.clear()
with CM('t') as (p, q): ### "ValueError: not enough values to unpack \(expected 2, got 1\)"
    pass
assert log == ['enter t', "exit t ValueError ValueError('not enough values to unpack (expected 2, got 1)')"], log

with CM('x') as d[0]: ### "NameError: name 'd' is not defined"
    pass
---
# break, continue and return run __exit__.
log = []

class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        log.append(self.n)

for i in range(4):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        log.append('body')
assert log == ['body', 0, 1, 2], log

def f():
    with CM('f') as c:
        return c.n
    return 'after'
log.clear()
assert f() == 'f'
assert log == ['f']

def g():
    for i in range(3):
        with CM(i):
            try:
                return i
            finally:
                log.append('finally')
log.clear()
assert g() == 0
assert log == ['finally', 0], log
---
# Errors of the protocol and of __exit__.
with 1: ### "TypeError: 'int' object does not support the context manager protocol"
    pass

class E:
    def __enter__(self):
        return self

with E(): ### "TypeError: 'E' object does not support the context manager protocol \(missed __exit__ method\)"
    pass

class Bad:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('in exit')

try:
    with Bad():
        raise ValueError('body')
except RuntimeError as e:
    assert repr(e.__context__) == "ValueError('body')"
    print('caught', e)

class Enter:
    def __enter__(self):
        raise KeyError('enter')
    def __exit__(self, *a):
        print('exit must not run')

with Enter(): ### "KeyError: 'enter'"
    pass

class Holder:
    pass

h = Holder()
with Bad() as h.attr: ### "RuntimeError: in exit"
    pass
assert isinstance(h.attr, Bad)
print(type(h.attr).__name__)
# output:
# caught in exit
# Bad
