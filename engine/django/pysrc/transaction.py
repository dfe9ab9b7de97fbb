# django.db.transaction as in Django 3.2: Atomic and atomic() over the
# connection's transaction state, which lives in Go (_enter, _exit and the
# functions given to this module; engine/orm/transaction.go).


class Atomic:
    """Guarantee the atomic execution of a given block (a context manager
    and a decorator)."""

    def __init__(self, using, savepoint, durable):
        self.using = using
        self.savepoint = savepoint
        self.durable = durable

    def __enter__(self):
        _enter(self.savepoint, self.durable)

    def __exit__(self, exc_type, exc_value, traceback):
        _exit(exc_type is not None)

    def __call__(self, func):
        # ContextDecorator.__call__ with functools.wraps.
        def inner(*args, **kwds):
            with self:
                return func(*args, **kwds)
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(inner, attr, getattr(func, attr))
            except AttributeError:
                pass
        inner.__wrapped__ = func
        return inner


def atomic(using=None, savepoint=True, durable=False):
    # Bare decorator: @atomic -- although the first argument is called
    # `using`, it's actually the function being decorated.
    if callable(using):
        return Atomic('default', savepoint, durable)(using)
    # Decorator: @atomic(...) or context manager: with atomic(...): ...
    else:
        return Atomic(using, savepoint, durable)
