p = Post.objects.create(color="r", kind="a", food="ba")
(p.get_status_display(), p.get_size_display(), p.get_color_display(), p.get_kind_display(), p.get_food_display())
Post._meta.get_field("status").choices
Post._meta.get_field("size").choices
Post._meta.get_field("kind").choices
list(Post._meta.get_field("color").choices)
Post._meta.get_field("color").choices[1]
Post._meta.get_field("color").flatchoices
Post._meta.get_field("food").choices
Post._meta.get_field("food").flatchoices
p.status = Status.LIVE
p.size = 2
p.save()
(p.get_status_display(), p.get_size_display())
p.kind = "zz"
p.get_kind_display()
Post.objects.filter(status=Status.LIVE).count()
