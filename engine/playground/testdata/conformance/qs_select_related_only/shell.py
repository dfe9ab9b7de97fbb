uk = Country.objects.create(name='UK')
london = City.objects.create(name='London', country=uk)
ann = Person.objects.create(name='Ann', hometown=london)
Person.objects.select_related('hometown').only('name', 'hometown__name')
p = Person.objects.select_related('hometown').only('name', 'hometown__name').get()
p.hometown.name
p.hometown.country_id
Person.objects.select_related('hometown').defer('hometown__name')
Person.objects.select_related('hometown').only('name')
Person.objects.select_related('hometown__country').only('hometown__country__name')
Person.objects.only('name').select_related()
