red = Colour.objects.create(name='red')
blue = Colour.objects.create(name='blue')
Shade.objects.bulk_create([Shade(colour=red, code=i) for i in range(25)])
Shade.objects.get(code=3)
Shade.objects.get(code__lt=3)
Shade.objects.get(code__lt=21)
Shade.objects.get(code__lt=22)
Shade.objects.get()
Shade.objects.filter(code=99).get()
Shade.objects.get(code=99)
Warm.objects.get(name='green')
Warm.objects.get(name__in=['red', 'blue'])
Colour.objects.get(pk=1)
Colour.objects.get(id='2')
Colour.objects.get(pk='x')
Colour.objects.get(name='red', pk=2)
Shade.objects.all()[:5].get(code=1)
Shade.objects.all()[:5].get()
Shade.objects.all()[3:4].get()
Shade.objects.values('code').get(code=4)
Shade.objects.values_list('code', flat=True).get(code=4)
Shade.objects.values_list('code', 'colour__name').get(code=5)
Shade.objects.get(colour__name='red', code=6).colour
red.shade_set.get(code=7)
red.shade_set.get(code__gt=20)
blue.shade_set.get(code=7)
Shade.objects.order_by('-code').get(code=8)
Shade.DoesNotExist
Shade.MultipleObjectsReturned
try:
    Shade.objects.get(code=100)
except Shade.DoesNotExist as e:
    print('missing:', e)
try:
    Colour.objects.get(name__in=['red', 'blue'])
except Colour.MultipleObjectsReturned as e:
    print(type(e).__name__, e)
