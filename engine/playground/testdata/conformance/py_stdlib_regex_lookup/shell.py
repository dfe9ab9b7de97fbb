from myapp.models import Word
for t in ["café", "cafe", "naïve", "x12", "CAFÉ", "a\nb"]:
    Word.objects.create(text=t)

list(Word.objects.filter(text__regex=r"^\w+$").values_list("text", flat=True))
list(Word.objects.filter(text__regex=r"\d").values_list("text", flat=True))
list(Word.objects.filter(text__iregex=r"^café\Z").values_list("text", flat=True))
Word.objects.filter(text__regex=r"(").count()
