from django.db import models


class NonConcreteField(models.IntegerField):
    def db_type(self, connection):
        return None

    def get_attname_column(self):
        attname, _ = super().get_attname_column()
        return attname, None


class NoTypeField(models.CharField):
    def db_type(self, connection):
        return None


class CharTypeField(models.IntegerField):
    def db_type(self, connection):
        return 'char(25)'


class Note(models.Model):
    title = models.CharField(max_length=20)
    body = NoTypeField(max_length=10)
    code = CharTypeField()


class Profile(models.Model):
    name = models.CharField(max_length=200)
    salary = models.FloatField(default=1000.0)
    non_concrete = NonConcreteField()

    def __str__(self):
        return self.name


class Base(models.Model):
    nc = NonConcreteField()

    class Meta:
        abstract = True


class Child(Base):
    name = models.CharField(max_length=10)


class Sub(Child):
    extra = models.IntegerField(default=0)
