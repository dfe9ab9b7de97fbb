fr = Country.objects.create(iso='FR', name='France')
de = Country.objects.create(iso='DE', name='Germany')
paris = City.objects.create(name='Paris', country=fr)
City.objects.create(name='Lyon', country_id='FR')
berlin = City(name='Berlin')
berlin.country = de
berlin.country_id
berlin.save()
paris = City.objects.get(name='Paris')
paris.country_id
paris.country
fr.cities.all()
fr.cities.count()
City.objects.filter(country__name='France')
City.objects.filter(country='DE')
City.objects.filter(country=de)
Country.objects.filter(cities__name='Lyon')
cap = Capital.objects.create(country=fr, city=paris)
fr.capital
Capital.objects.get(country='FR').city
fr.delete()
Capital.objects.all().delete()
fr.delete()
City.objects.all()
de.cities.create(name='Hamburg')
de.cities.remove
