from decimal import Decimal
import decimal
a = Decimal("12.50")
assert repr(a) == "Decimal('12.50')" and str(a) == "12.50"
assert a + 1 == Decimal("13.50") and str(a + 1) == "13.50" and str(a * 2) == "25.00"
assert str(Decimal("1") / Decimal("3")) == "0.3333333333333333333333333333"
assert str(Decimal("10") / 4) == "2.5" and str(Decimal(7) // 2) == "3" and str(Decimal(-7) // 2) == "-3"
assert str(Decimal(-7) % 2) == "-1" and str(Decimal(2) ** 10) == "1024"
assert str(Decimal(0.1)) == "0.1000000000000000055511151231257827021181583404541015625"
assert str(Decimal(1.5)) == "1.5" and str(Decimal(10)) == "10" and str(Decimal("1E+3")) == "1E+3"
assert str(Decimal("0.000001")) == "0.000001" and str(Decimal("0.0000001")) == "1E-7"
assert a == Decimal("12.5") and a == 12.5 and Decimal(3) == 3 and Decimal("0.1") != 0.1
assert Decimal(1) < 2 and Decimal("1.5") > 1 and max(Decimal(1), Decimal(2)) == 2
assert hash(Decimal(3)) == hash(3) and hash(Decimal("2.5")) == hash(2.5)
assert a.quantize(Decimal("0.1")) == Decimal("12.5") and str(Decimal("2.675").quantize(Decimal("0.01"))) == "2.68"
assert str(Decimal("2.665").quantize(Decimal("0.01"))) == "2.66"
assert str(Decimal("2.665").quantize(Decimal("0.01"), rounding=decimal.ROUND_HALF_UP)) == "2.67"
assert str(-a) == "-12.50" and str(abs(Decimal("-1.5"))) == "1.5" and int(Decimal("7.9")) == 7 and float(a) == 12.5
assert round(Decimal("2.5")) == 2 and str(round(Decimal("1.2345"), 2)) == "1.23"
assert f"{a:.1f}" == "12.5" and f"{Decimal('1234.5'):,.2f}" == "1,234.50" and f"{a}" == "12.50"
assert "%.1f" % Decimal("2.25") == "2.2" and "%s" % a == "12.50"
assert sum([Decimal("0.1")] * 3) == Decimal("0.3") and not Decimal(0) and Decimal("0.00") == 0
assert str(Decimal("1.10") + Decimal("2.205")) == "3.305" and Decimal("1.0").normalize() == 1
assert isinstance(a, Decimal) and type(a).__name__ == "Decimal"
a + 1.5  ### "TypeError: unsupported operand type\(s\) for \+: 'decimal.Decimal' and 'float'"
Decimal("abc")  ### "InvalidOperation: \[<class 'decimal.ConversionSyntax'>\]"
Decimal(1) / 0  ### "DivisionByZero: \[<class 'decimal.DivisionByZero'>\]"
Decimal(None)  ### "TypeError: conversion from NoneType to Decimal is not supported"
