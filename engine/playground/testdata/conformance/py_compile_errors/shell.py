Item.objects.create(name='a')
print('x', sep='a', sep='b')
Item.objects.count()
break
for i in range(3):
    if i == 1:
        continue
    print(i)
return 1
nonlocal x
def f(a, a):
    return a
x = *[1, 2]
*y = [1, 2]
a, *b, *c = [1, 2, 3]
def g():
    from datetime import *
    return 1
Item.objects.filter(name='a', name='b')
while True:
    break
print('still running')
