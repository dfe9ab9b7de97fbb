# Model instance reference (ref/models/instances), each example used.
book = Book.create("Pride and Prejudice")
book.pk
book.save()
book = Book.objects.create_book("Pride and Prejudice")
book.pk
c1 = Creator.objects.create(name="Ann")
c2 = Creator.objects.create(name="Bob")
d = Document.objects.create(title="Memo", creator=c1)
d = Document.objects.get(pk=d.pk)
d._loaded_values
d.title = "Memo 2"
d.save()
d.creator = c2
d.save()
Document.objects.only("title").get()._loaded_values
obj = ExampleModel.objects.create(name="first", body="long text")
ExampleModel.objects.filter(pk=obj.pk).update(val=F("val") + 1)
obj.val
obj.refresh_from_db()
obj.val
obj = ExampleModel.objects.first()
del obj.name
obj.name  # Loads the field from the database
obj = ExampleModel.objects.only("val").get()
obj.get_deferred_fields()
obj.name
obj.get_deferred_fields()
obj = ExampleModel.objects.defer("body").get()
obj.refresh_from_db(fields=["val"])
obj.get_deferred_fields()
obj.refresh_from_db(from_queryset=ExampleModel.objects.filter(val__gt=0))
from django.core.exceptions import ValidationError
article = Article(title="Draft", status="draft", pub_date=date(2024, 2, 1))
try:
    article.full_clean()
except ValidationError as e:
    print(e.message_dict)
article = Article(title="Out", status="published")
article.full_clean()
article.pub_date
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
article = Article(title="Draft", status="draft", pub_date=date(2024, 2, 1))
try:
    article.full_clean()
except ValidationError as e:
    non_field_errors = e.message_dict[NON_FIELD_ERRORS]
non_field_errors
entry = Entry(title="Draft", status="draft", pub_date=date(2024, 2, 1))
entry.full_clean()
entry.full_clean(exclude=["status"])
from django.utils.translation import gettext_lazy as _
try:
    raise ValidationError(
        {
            "title": ValidationError(_("Missing title."), code="required"),
            "pub_date": ValidationError(_("Invalid date."), code="invalid"),
        }
    )
except ValidationError as e:
    print(e.message_dict)
b2 = Blog(name="Cheddar Talk", tagline="Thoughts on cheese.")
b2.id  # Returns None, because b2 doesn't have an ID yet.
b2.save()
b2.id  # Returns the ID of your new object.
b3 = Blog(id=3, name="Cheddar Talk", tagline="Thoughts on cheese.")
b3.id  # Returns 3.
b3.save()
b3.id  # Returns 3.
b4 = Blog(id=3, name="Not Cheddar", tagline="Anything but cheese.")
b4.save()  # Overrides the previous blog with ID=3!
Blog.objects.values_list("id", "name")
Product.objects.create(name="Venezuelan Beaver Cheese")
product = Product.objects.get(name="Venezuelan Beaver Cheese")
product.number_sold += 1
product.save()
from django.db.models import F
product = Product.objects.get(name="Venezuelan Beaver Cheese")
product.number_sold = F("number_sold") + 1
product.save()
product.name = "Name changed again"
product.save(update_fields=["name"])
Product.objects.values_list("name", "number_sold")
p = Person.objects.create(first_name="Fred", last_name="Flintstone")
str(p)
p
p.get_absolute_url()
MyModel(id=1) == MyModel(id=1)
MyModel(id=1) != MyModel(id=2)
MyModel(id=None) != MyModel(id=None)
instance = MyModel(id=None)
instance == instance
MyModel(id=1) == MyProxyModel(id=1)
MyModel(id=1) != MultitableInherited(id=1)
hash(MyModel(id=None))
d1 = Diary.objects.create(day=date(2024, 1, 1), text="one")
d2 = Diary.objects.create(day=date(2024, 1, 2), text="two")
d3 = Diary.objects.create(day=date(2024, 1, 2), text="three")
d1.get_next_by_day()
d2.get_next_by_day()
d3.get_previous_by_day()
d2.get_previous_by_day(text__startswith="o")
d3.get_next_by_day()
d1.get_previous_by_day()
d1.get_next_by_written()
Diary(day=date(2024, 1, 5), text="unsaved").get_next_by_day()
