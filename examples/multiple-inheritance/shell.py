br = BookReview(headline="A fine read", title="Dune", stars=5)
br.save()
br.book_id
br.article_id
Article.objects.count()
Book.objects.get(title="Dune").bookreview.stars
BookReview.objects.filter(headline__contains="fine").count()
br.stars = 4
br.headline = "A very fine read"
br.save()
br.delete()
Book.objects.count()
