Product._meta.constraints
c = Product._meta.constraints[0]
(c.name, c.condition, c.violation_error_message, c.violation_error_code)
d = Product._meta.constraints[1]
(d.violation_error_message, d.violation_error_code)
u = Product._meta.constraints[2]
(u.expressions, u.fields, u.nulls_distinct)
Product._meta.constraints[3].nulls_distinct
Product.objects.create(name="Apple", price=1)
Product.objects.create(name="APPLE", price=2)
Product.objects.create(name="Pear", price=-1)
Product.objects.create(name="Plum", price=1, discount=101)
Product.objects.create(name="Fig", price=1, sku="F1", discount=5)
Product.objects.create(name="Kiwi", price=1, sku="f1", discount=5)
Product.objects.create(name="Lime", price=1, sku="f1", discount=0)
Product.objects.count()
