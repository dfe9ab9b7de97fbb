# str methods
s = "Hello, World"
assert s.lower() == "hello, world" and s.upper() == "HELLO, WORLD"
assert s.swapcase() == "hELLO, wORLD"
assert "hello world".title() == "Hello World" and "hELLO".capitalize() == "Hello"
assert "ß".casefold() == "ss"
assert "Straße".upper() == "STRASSE" and "ﬁx".upper() == "FIX" and "İ".lower() == "i\u0307"
assert s.startswith("Hell") and s.endswith(("x", "ld")) and not s.startswith("World")
assert s.startswith("World", 7)
assert s.find("o") == 4 and s.rfind("o") == 8 and s.find("z") == -1
assert s.index("W") == 7
s.index("z")  ### "ValueError: substring not found"
assert s.count("l") == 3 and "aaa".count("aa") == 1
assert s.replace("l", "L") == "HeLLo, WorLd" and s.replace("l", "L", 1) == "HeLlo, World"
assert "a,b,,c".split(",") == ["a", "b", "", "c"]
assert "  a  b \n c ".split() == ["a", "b", "c"]
assert "a b c".split(None, 1) == ["a", "b c"]
assert "a,b,c".rsplit(",", 1) == ["a,b", "c"]
assert "a b c".rsplit(maxsplit=1) == ["a b", "c"]
assert "l1\nl2\r\nl3".splitlines() == ["l1", "l2", "l3"]
assert "l1\nl2".splitlines(True) == ["l1\n", "l2"]
assert "  x  ".strip() == "x" and "xxhixx".strip("x") == "hi"
assert "  x  ".lstrip() == "x  " and "  x  ".rstrip() == "  x"
assert "-".join(["a", "b", "c"]) == "a-b-c" and "".join([]) == ""
"-".join([1, 2])  ### "TypeError: sequence item 0: expected str instance, int found"
assert "123".isdigit() and not "12a".isdigit() and not "".isdigit()
assert "abc".isalpha() and "ab1".isalnum() and " \t".isspace()
assert "ABC".isupper() and "abc".islower() and not "123".islower()
assert "42".zfill(5) == "00042" and "-42".zfill(5) == "-0042"
assert "ab".center(6, "*") == "**ab**" and "ab".ljust(4) == "ab  " and "ab".rjust(4, "0") == "00ab"
assert "abc".center(6) == " abc  "
assert "a=b=c".partition("=") == ("a", "=", "b=c")
assert "a=b=c".rpartition("=") == ("a=b", "=", "c")
assert "abc".partition("x") == ("abc", "", "")
assert "prefix_name".removeprefix("prefix_") == "name"
assert "x".encode() == b"x"
assert "Title Case".istitle()
---
# indexing, slicing, iteration, operators
s = "héllo"
assert len(s) == 5 and s[1] == "é" and s[-1] == "o"
assert s[1:3] == "él" and s[::-1] == "olléh" and s[::2] == "hlo"
assert s[10:] == "" and s[-100:2] == "hé"
assert list("ab") == ["a", "b"]
assert "ab" * 3 == "ababab" and 2 * "x" == "xx" and "a" * -1 == ""
assert "ll" in "hello" and "z" not in "hello"
assert "a" < "b" < "ba"
assert ord("a") == 97 and chr(233) == "é"
s[10]  ### "IndexError: string index out of range"
s["a"]  ### "TypeError: string indices must be integers, not 'str'"
s[0] = "x"  ### "TypeError: 'str' object does not support item assignment"
1 in "abc"  ### "TypeError: 'in <string>' requires string as left operand, not int"
---
# reprs and escapes
assert repr("it's") == '"it\'s"'
assert repr("both ' and \"") == "'both \\' and \"'"
assert repr("tab\there") == "'tab\\there'"
assert repr("\x00\x7f") == "'\\x00\\x7f'"
assert repr("é") == "'é'"
assert repr("\u200b") == "'\\u200b'"
assert repr(b"ab'\x00") == '''b"ab'\\x00"'''
assert str(b"x") == "b'x'"
assert ascii("é") == "'\\xe9'"
