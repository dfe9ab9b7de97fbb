# Models (topics/db/models): model inheritance. The page's abstract
# Student with an unmanaged base is UnmanagedStudent here, its proxy
# with ExtraManagers OtherPerson.
Student.objects.create(name="Zoe", age=12, home_group="A1")
Student.objects.create(name="Adam", age=11, home_group="B2")
Student.objects.all()
Student._meta.db_table
Student._meta.ordering
UnmanagedStudent._meta.managed
UnmanagedStudent._meta.ordering
UnmanagedStudent._meta.db_table
o = OtherModel.objects.create(name="other")
a = ChildA.objects.create()
a.m2m.add(o)
ChildB.objects.create().m2m.add(o)
o.myapp_childa_related.all()
o.myapp_childb_related.all()
OtherModel.objects.filter(myapp_childas__id=1)
OtherModel.objects.filter(myapp_childbs__id=1)
Place.objects.create(name="Bob's Cafe", address="1 Main St")
Restaurant.objects.create(name="Bob's Cafe", address="2 Main St", serves_pizza=True)
Place.objects.filter(name="Bob's Cafe")
Restaurant.objects.filter(name="Bob's Cafe")
p = Place.objects.get(id=2)
p.restaurant
p = Place.objects.get(id=1)
p.restaurant
Restaurant._meta.get_field("place_ptr")
p = Person.objects.create(first_name="foobar")
MyPerson.objects.get(first_name="foobar")
Person.objects.create(first_name="Ann", last_name="Zed")
Person.objects.create(first_name="Bob", last_name="Abel")
OrderedPerson.objects.all()
OrderedPerson.objects.values_list("last_name", flat=True)
type(MyPerson.objects).__name__
type(OtherPerson.secondary).__name__
OtherPerson.secondary.count()
OtherPerson._default_manager.name
br = BookReview.objects.create()
br.pk
br.book_piece_id
br.article_piece_id
Piece.objects.count()
BookReview._meta.pk.name
