# Classes, inheritance, MRO, super.
class Animal:
    "An animal."
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"

p = Puppy("Rex", 1)
assert p.describe() == "Rex says woof!"
assert p.kind == "dog"
assert Puppy.kind == "dog"
assert isinstance(p, Animal) and isinstance(p, (int, Dog))
assert not isinstance(p, int)
assert issubclass(Puppy, Animal) and not issubclass(Animal, Dog)
assert type(p) is Puppy
assert type(p).__name__ == "Puppy"
assert p.__class__ is Puppy
assert Animal.__doc__ == "An animal."
assert Puppy.__mro__ == (Puppy, Dog, Animal, object)
assert Puppy.__bases__ == (Dog,)
assert Animal.__name__ == "Animal" and Animal.__module__ == "__main__"
assert p.__dict__ == {"name": "Rex", "age": 1}
assert repr(Animal) == "<class '__main__.Animal'>"
assert repr(int) == "<class 'int'>"
p.missing  ### "AttributeError: 'Puppy' object has no attribute 'missing'"
Puppy.missing  ### "AttributeError: type object 'Puppy' has no attribute 'missing'"
Animal()  ### "TypeError: Animal.__init__\(\) missing 1 required positional argument: 'name'"
---
# multiple inheritance and C3
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
assert D().who() == ["D", "B", "C", "A"]
assert [k.__name__ for k in D.__mro__] == ["D", "B", "C", "A", "object"]
assert super(B, D()).who() == ["C", "A"]
class X(A, B):  ### "TypeError: Cannot create a consistent method resolution\sorder \(MRO\) for bases A, B"
    pass
class Y(A, A):  ### "TypeError: duplicate base class A"
    pass
---
# properties, classmethods, staticmethods
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @classmethod
    def boiling(cls):
        return cls(100)
    @staticmethod
    def add(a, b):
        return a + b
t = Temp(0)
assert t.f == 32.0
t.f = 212
assert t._c == 100.0
assert Temp.boiling()._c == 100
assert t.boiling()._c == 100
assert Temp.add(1, 2) == 3 and t.add(1, 2) == 3
assert isinstance(Temp.f, property)

class Sub(Temp):
    @classmethod
    def boiling(cls):
        inst = super().boiling()
        inst.sub = cls.__name__
        return inst
assert Sub.boiling().sub == "Sub"
assert type(Sub.boiling()) is Sub

class RO:
    @property
    def x(self):
        return 1
RO().x = 2  ### "AttributeError: property 'x' of 'RO' object has no setter"
---
# special methods
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __call__(self, k):
        return self.x * k
v = Vec(1, 2)
assert repr(v) == "Vec(1, 2)" and str(v) == "<1, 2>"
assert f"{v}" == "<1, 2>" and f"{v!r}" == "Vec(1, 2)"
assert v + Vec(1, 1) == Vec(2, 3)
assert v * 2 == Vec(2, 4) and 3 * v == Vec(3, 6)
assert -v == Vec(-1, -2)
assert v != Vec(0, 0)
assert Vec(0, 1) < Vec(1, 0)
assert sorted([Vec(2, 0), Vec(1, 5)]) == [Vec(1, 5), Vec(2, 0)]
assert len(v) == 2 and v[1] == 2 and list(v) == [1, 2]
assert 2 in v and 3 not in v
assert not Vec(0, 0)
assert v(10) == 10
assert {v: "a"}[Vec(1, 2)] == "a"
assert str([v]) == "[Vec(1, 2)]"
assert print(v) is None
v - v  ### "TypeError: unsupported operand type\(s\) for -: 'Vec' and 'Vec'"
v > 1  ### "TypeError: '>' not supported between instances of 'Vec' and 'int'"
---
# __eq__ without __hash__ makes instances unhashable; default identity
class E:
    def __eq__(self, other):
        return True
assert E() == 1
hash(E())  ### "TypeError: unhashable type: 'E'"
class P:
    pass
a, b = P(), P()
assert a == a and a != b and a is not b
assert {a: 1}[a] == 1
assert repr(a) == "<__main__.P object>"  # ormfiddle-only
P(1)  ### "TypeError: P\(\) takes no arguments"
---
# __getattr__, __setattr__, setattr/getattr/hasattr/delattr
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
assert d.xyz == "XYZ"
assert hasattr(d, "xa") and not hasattr(d, "b")
assert getattr(d, "b", 5) == 5
setattr(d, "b", 6)
assert d.b == 6 and vars(d) == {"b": 6}
delattr(d, "b")
assert not hasattr(d, "b")
class Watch:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
w = Watch()
w.a = 2
assert w.a == 4
---
# exception classes
class AppError(Exception):
    pass
class NotFound(AppError, LookupError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("page")
except AppError as e:
    assert e.what == "page"
    assert str(e) == "page not found"
    assert e.args == ("page not found",)
    assert isinstance(e, LookupError)
assert [c.__name__ for c in NotFound.__mro__] == ["NotFound", "AppError", "LookupError", "Exception", "BaseException", "object"]
class RelatedDoesNotExist(AttributeError):
    pass
class Place:
    @property
    def restaurant(self):
        raise RelatedDoesNotExist("Place has no restaurant.")
assert not hasattr(Place(), "restaurant")
class Broken:
    @property
    def x(self):
        raise ValueError("boom")
hasattr(Broken(), "x")  ### "ValueError: boom"
raise NotFound("thing")  ### "NotFound: thing not found"
raise AppError  ### "^AppError$"
---
# class attributes, nested classes, class body scoping
class Model:
    CHOICES = (("a", "Alpha"), ("b", "Beta"))
    labels = [label for _, label in CHOICES]
    class Meta:
        ordering = ["name"]
    def get_label(self, code):
        return dict(self.CHOICES)[code]
assert Model.labels == ["Alpha", "Beta"]
assert Model.Meta.ordering == ["name"]
assert Model.Meta.__qualname__ == "Model.Meta"
assert Model().get_label("b") == "Beta"
class Meta2(Model.Meta):
    abstract = True
assert Meta2.ordering == ["name"] and Meta2.abstract
Model.extra = 1
assert Model().extra == 1
m = Model()
m.get_label = lambda code: "patched"
assert m.get_label("a") == "patched"
---
# type() and the instance/class relationship
assert type(1) is int and type("") is str and type(None).__name__ == "NoneType"
assert type(True) is bool and isinstance(True, int)
assert type([]) is list and type({}) is dict and type(()) is tuple
assert isinstance(int, type) and type(int) is type
assert int("12") == 12 and str(12) == "12"
T = type("T", (object,), {"x": 1})
assert T().x == 1 and T.__name__ == "T"
assert callable(T) and callable(len) and not callable(1)
class Cnt:
    n = 0
    def __init__(self):
        type(self).n += 1
Cnt(); Cnt()
assert Cnt.n == 2
---
# descriptors written in Python
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Account:
    balance = Positive()
a = Account()
assert a.balance == 0
a.balance = 5
assert a.balance == 5 and a._balance == 5
assert isinstance(Account.balance, Positive)
a.balance = -1  ### "ValueError: balance must be positive"
class Lazy:
    def __get__(self, obj, owner):
        return 42
class H:
    x = Lazy()
h = H()
assert h.x == 42
h.x = 1
assert h.x == 1
---
# builtin classes are shared and immutable
int.x = 1  ### "TypeError: cannot set 'x' attribute of immutable type 'int'"
ValueError.x = 1  ### "TypeError: cannot set 'x' attribute of immutable type 'ValueError'"
object.y = 2  ### "TypeError: cannot set 'y' attribute of immutable type 'object'"
assert (1.5).is_integer() is False and (2.0).is_integer()

# __hash__ returning hash(value) hashes like the value (slot_tp_hash keeps
# an in-range result as is), so such instances find str keys in dicts.
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
assert hash(Key("D")) == hash("D")
assert hash(Key(-1)) == -2
assert {Key("D"): 1}["D"] == 1
assert {"D": 1}[Key("D")] == 1
