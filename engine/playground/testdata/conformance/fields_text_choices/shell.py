Article.Status.choices
Article.Status.labels, Article.Status.values, Article.Status.names
Article.Status.DRAFT
str(Article.Status.DRAFT), f"{Article.Status.PUBLISHED}", Article.Status.DRAFT.label, Article.Status.IN_REVIEW.label
Article.Status.DRAFT == "D", Article.Status("P"), Article.Size(2)
Article.Size.choices
Article.Size.LARGE.value, Article.Size.LARGE.name
Medal.choices
Medal.names, Medal.values
Medal.GOLD == 1, Medal.GOLD, Medal(2).label
a = Article(title="x")
a.status
a.get_status_display()
a.save()
a.status
a.size = Article.Size.LARGE
a.save()
a.get_size_display()
a.refresh_from_db()
a.status, a.size
Article.objects.filter(status=Article.Status.DRAFT).count()
Article.objects.create(title="y", status=Article.Status.IN_REVIEW, size=Article.Size.SMALL).get_status_display()
Article.objects.filter(size__in=[Article.Size.SMALL, Article.Size.LARGE]).count()
Article.objects.filter(status__in=Article.Status.values).values_list("title", "status")
Article.objects.get(title="y").get_size_display()
Article.Status("Z")
type(Article.Status.DRAFT).__name__, isinstance(Article.Status.DRAFT, Article.Status)
{Article.Status.DRAFT: 1}["D"], {"P": 2}[Article.Status.PUBLISHED]
Article.Size.SMALL < Article.Size.LARGE
Article._meta.get_field("status").choices
Article._meta.get_field("status").default
