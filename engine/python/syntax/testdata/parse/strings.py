# String, bytes and number literals, and f-strings.
'single'
"double"
'''triple
single'''
"""triple
double"""
'it\'s' "say \"hi\""
'a' 'b' "c"
('implicit '
 'concatenation '
 "across lines")
r'\d+\.\d*' R"\n"
u'unicode' U'too'
b'bytes' B'\x00\xff' rb'\d' BR'\n' Rb'x'
'\\ \n \t \r \0 \a \b \f \v \101 \x41 \u00e9 \U0001F600 \q'
'line \
continuation'
b'\777 \u1234'
''
""""""
'é ü 日本'
0
7
1_000_000
0xff
0XFF
0o17
0b1010
0_0
00
9223372036854775807
9223372036854775808
123456789012345678901234567890
1.0
1.
.5
1e10
1E-5
1.5e+3
1_0.0_1
1e400
f'plain'
f''
f'{x}'
f'{x!r} {x!s} {x!a}'
f'{x:>10}'
f'{x:{width}.{precision}f}'
f'{x!r:^{w}}'
f'{{literal}} {{{x}}}'
f'{x=}'
f'{x = }'
f'{x=!s}'
f'{x=:>5}'
f'{a + b} {f(a)} {a[0]} {d["k"]} {obj.attr}'
f'{a if b else c}'
f'{[x for x in y]}'
f'{ {"k": 1}["k"] }'
f'{a, b}'
f'{a!=b} {a==b} {a<=b} {a>=b} {a<b} {a>b}'
f'{lambda_}'
'a' f'{b}' 'c'
f'{a}' f'{b}'
rf'\d{x}' fr'{x}\n' F'{x}' Rf'{x}'
f'\n{x}\t' f'\{x}'
f"{f'{x}'}"
f"""{
    x
    +
    y
}"""
f'{x:}'
f'{x:{y}}'
