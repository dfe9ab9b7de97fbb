# Managers (topics/db/managers): the page's models, each used.
poll = OpinionPoll.objects.create(question="Cats or dogs?")
OpinionPoll.objects.create(question="Tea or coffee?")
Response.objects.create(poll=poll)
Response.objects.create(poll=poll)
[(p.question, p.num_responses) for p in OpinionPoll.objects.with_counts()]
OpinionPoll.objects.with_counts().values("question", "num_responses")
Book.objects.create(title="Matilda", author="Roald Dahl")
Book.objects.create(title="The BFG", author="Roald Dahl")
Book.objects.create(title="Emma", author="Jane Austen")
Book.dahl_objects.all()
Book.dahl_objects.filter(title="Matilda")
Book.dahl_objects.count()
Book._default_manager.name
Book._base_manager.name
MyModel.objects.create(name="Alpha")
MyModel.objects.create(name="Beta")
MyModel.objects.manager_only_method()
MyModel.objects.manager_and_queryset_method()
MyModel.objects.all().manager_and_queryset_method()
MyModel.objects.all().manager_only_method()
MyModel.objects.public_method()
MyModel.objects._private_method()
MyModel.objects.opted_out_public_method()
MyModel.objects.all().opted_out_public_method()
MyModel.objects._opted_in_private_method()
type(MyModel.objects).__name__
type(MyModel.objects).__mro__
MyManager
MyManager.__name__
OtherModel.objects.create(name="Apple")
OtherModel.objects.manager_and_queryset_method()
OtherModel.objects.filter(name="Apple").manager_and_queryset_method().count()
ChildA.objects.do_something()
ChildA._default_manager.name
ChildB.objects.do_something()
ChildB.default_manager.do_something()
ChildB._default_manager.name
ChildC.objects.do_something()
ChildC.extra_manager.do_something()
ChildC._default_manager.name
AbstractBase.objects.do_something()
import copy
manager = MyManager()
my_copy = copy.copy(manager)
type(my_copy).__name__
