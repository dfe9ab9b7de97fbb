[f.name for f in BookReview._meta.fields]
BookReview._meta.pk.name, Book._meta.pk.name, Article._meta.pk.name
[p.__name__ for p in BookReview._meta.get_parent_list()]
br = BookReview(title="Dune", headline="Spice", stars=5)
br.save()
br.pk, br.book_piece_id, br.article_piece_id, br.id
Piece.objects.count(), Book.objects.count(), Article.objects.count()
BookReview.objects.all()
BookReview.objects.filter(headline="Spice", title__startswith="D").count()
Piece.objects.get(pk=br.book_piece_id).book.bookreview
Article.objects.get().bookreview.stars
br.stars = 4
br.save()
BookReview.objects.values_list("title", "headline", "stars")
br.delete()
Piece.objects.count()
