from django.db import IntegrityError
from django.core.exceptions import ValidationError, FieldError, ObjectDoesNotExist
Code.objects.create(code="a")
try:
    Code.objects.create(code="a")
except IntegrityError as e:
    print(type(e).__name__, e, e.args)
try:
    Code(code="toolongcode", n=-1).full_clean()
except ValidationError as e:
    print(e)
    print(repr(e))
    print(e.message_dict)
    print(sorted(e.message_dict))
    print(e.messages)
try:
    Code(code="bad").full_clean()
except ValidationError as e:
    print(e.message_dict, e.error_dict.keys())
e1 = ValidationError("plain %(x)s", params={'x': 1}, code='c')
e1, str(e1), e1.message, e1.code, e1.params, e1.messages, list(e1)
e2 = ValidationError(["a", "b"])
e2, e2.messages, str(e2)
e3 = ValidationError({'f': ['x'], 'g': 'y'})
e3, e3.message_dict, str(e3)
raise ValidationError("boom")
Book(nope=1)
Book("a", "b")
Book(1, "t", title="t")
Book.objects.create(titel="x")
Code.objects.get(pk=99)
try:
    Code.objects.get(pk=99)
except ObjectDoesNotExist as e:
    print("odne", e.__class__.__name__, isinstance(e, Code.DoesNotExist))
try:
    Book.objects.filter(title__bogus="x")
except FieldError as e:
    print(e)
try:
    int("x")
except (ValueError, TypeError) as e:
    print(repr(e), e.args[0])
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    raise ValueError("a", 2)
except ValueError as e:
    print(e, repr(e), e.args)
try:
    raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e)
try:
    Book.objects.get(pk=1).title
except Book.DoesNotExist:
    print("missing")
finally:
    print("done")
try:
    x = 1
except Exception:
    pass
else:
    print("else ran", x)
e = Exception("outer")
try:
    raise ValueError("inner")
except ValueError as e:
    pass
e
ValueError("v") == ValueError("v"), str(ValueError()), repr(ValueError()), repr(Exception(1, 'a'))
raise
