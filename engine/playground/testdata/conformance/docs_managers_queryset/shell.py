# Managers (topics/db/managers): several managers on a model, a QuerySet
# with the manager that uses it (self._db), and QuerySet.as_manager().
# The page calls all three models Person; here the second is Contributor
# and the third Member.
Person.people.create(first_name="Roald", last_name="Dahl", role="A")
Person.people.create(first_name="Maxwell", last_name="Perkins", role="E")
Person.authors.all()
Person.editors.all()
Person.people.all()
Person.authors.filter(first_name="Roald").count()
p = Person.people.get(role="E")
p.get_role_display()
Person._default_manager.name
Contributor.people.create(first_name="Roald", last_name="Dahl", role="A")
Contributor.people.create(first_name="Maxwell", last_name="Perkins", role="E")
Contributor.people.authors()
Contributor.people.editors()
Contributor.people.all().authors()
Contributor.people.authors().filter(last_name="Dahl")
type(Contributor.people.all()).__name__
Contributor.people.db
Contributor.people.authors().db
Contributor.people.using("default").authors()
Member.people.create(first_name="Roald", role="A")
Member.people.create(first_name="Maxwell", role="E")
Member.people.authors()
Member.people.editors().values_list("first_name", flat=True)
Member.people.filter(first_name__startswith="M").editors()
type(Member.people).__name__
type(Member.people).__mro__
type(Member.people.all()).__name__
