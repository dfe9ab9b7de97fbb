from django.db import models
from django.db.models import Field, IntegerField, Lookup, Transform


class NotEqual(Lookup):
    lookup_name = "ne"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        params = lhs_params + rhs_params
        return "%s <> %s" % (lhs, rhs), params


Field.register_lookup(NotEqual)


@Field.register_lookup
class NotEqualLookup(Lookup):
    lookup_name = "notequal"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = compiler.compile(self.lhs)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return "%s != %s" % (lhs, rhs), lhs_params + rhs_params


class AbsoluteValue(Transform):
    lookup_name = "abs"
    function = "ABS"


IntegerField.register_lookup(AbsoluteValue)


class Author(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Experiment(models.Model):
    change = models.IntegerField()
    author = models.ForeignKey(Author, on_delete=models.CASCADE, null=True)

    def __str__(self):
        return str(self.change)
