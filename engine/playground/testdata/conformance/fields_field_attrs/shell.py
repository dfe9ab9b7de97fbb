HTTPResponseLog._meta.verbose_name, HTTPResponseLog._meta.verbose_name_plural
ABC._meta.verbose_name, Item2Box._meta.verbose_name, Item2Box._meta.verbose_name_plural
str(HTTPResponseLog._meta), repr(ABC._meta)
f = HTTPResponseLog._meta.get_field("status_code")
f, str(f), f.verbose_name, f.help_text, f.default, f.has_default(), f.get_default()
f.null, f.blank, f.editable, f.unique, f.primary_key, f.db_index, f.column, f.attname, f.get_internal_type()
g = HTTPResponseLog._meta.get_field("body_text")
g.default, g.has_default(), g.get_default(), g.blank, g.empty_strings_allowed
d = HTTPResponseLog._meta.get_field("seen_on")
d.has_default(), d.get_default(), d.default is today
b = HTTPResponseLog._meta.get_field("ok")
b.has_default(), b.get_default(), b.blank
pk = HTTPResponseLog._meta.pk
pk, pk.auto_created, pk.blank, pk.editable, pk.verbose_name, pk.get_internal_type()
fk = Item2Box._meta.get_field("log")
fk.verbose_name, fk.related_model, fk.remote_field, fk.is_relation, fk.many_to_one, fk.one_to_one, fk.attname, fk.column
o2o = Item2Box._meta.get_field("abc")
o2o.unique, o2o.null, o2o.remote_field.on_delete is models.SET_NULL, o2o.one_to_one
[f.name for f in Item2Box._meta.fields]
[f.name for f in ABC._meta.get_fields()]
[f.name for f in ABC._meta.get_fields(include_hidden=True)]
h = HTTPResponseLog()
h.status_code, h.body_text, h.seen_on, h.ok, h.pk, h.id
h.save()
HTTPResponseLog(1, 404, "", date(2020, 1, 1), True)
HTTPResponseLog(1, 404, "", date(2020, 1, 1), True, 5)
HTTPResponseLog(status_code=1, color="red")
HTTPResponseLog(1, status_code=1)
x = HTTPResponseLog(status_code=500, ok=True)
x.save()
x.status_code
Item2Box.objects.create(log=x).abc
