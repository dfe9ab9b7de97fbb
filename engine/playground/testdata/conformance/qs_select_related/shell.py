uk = Country.objects.create(name='UK')
london = City.objects.create(name='London', country=uk)
acme = Company.objects.create(name='Acme', city=london)
ann = Person.objects.create(name='Ann', hometown=london, employer=acme)
bob = Person.objects.create(name='Bob', hometown=london)
Passport.objects.create(number='X1', owner=ann)
Person.objects.select_related()
p = Person.objects.select_related().get(name='Ann')
p.hometown
p.hometown.country
p.employer
p = Person.objects.select_related('employer').get(name='Bob')
print(p.employer)
p.hometown
p = Person.objects.select_related('employer__city__country').get(name='Ann')
p.employer.city.country
[(x.name, x.hometown.name) for x in Person.objects.select_related('hometown')]
Person.objects.select_related('hometown').select_related('employer').filter(name='Ann')
Person.objects.select_related('hometown').select_related(None)
Person.objects.select_related('passport').get(name='Ann').passport
b = Person.objects.select_related('passport').get(name='Bob')
b.passport
Passport.objects.select_related('owner__hometown').get().owner.hometown
Passport.objects.select_related()
Person.objects.select_related('name')
Person.objects.select_related('nosuch')
Person.objects.values('name').select_related('hometown')
Person.objects.select_related('hometown').count()
Person.objects.select_related('hometown').exists()
Person.objects.select_related('hometown').values_list('name', flat=True)
Person.objects.select_related('hometown').order_by('hometown__name', 'name')
Person.objects.select_related('employer').filter(employer__name='Acme')
Person.objects.select_related('hometown').annotate(n=Count('passport'))
Person.objects.select_related('hometown').filter(name='Bob').delete()
print(Person.objects.select_related('hometown__country', 'employer').query)
