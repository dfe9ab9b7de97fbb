from myapp.models import Document, document_path, media
import os
from pathlib import Path, PurePosixPath
d = Document.objects.create(kind="report", file="documents/report/Q1.PDF", attachment="attachments/2024/a b.txt")
print(d.file.name, d.file.url, d.attachment.url, str(d))
print(os.path.splitext(d.file.name), os.path.dirname(d.file.name), os.path.basename(d.file.name))
print(document_path(d, "/tmp/Upload.Tar.GZ"), os.path.join("a", "b", "../c"), os.path.normpath("a/./b/../c"))
p = Path("scans") / "2024" / "x.tar.gz"
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts)
print(p.with_suffix(".zip"), p.with_name("y.png"), PurePosixPath("/srv/media").joinpath("a", "b"), Path("x").exists())
Document.objects.filter(file__startswith="documents/").values_list("file", flat=True)
e = Document.objects.get(pk=d.pk)
print(e.file, repr(e.file), e.file == "documents/report/Q1.PDF", bool(e.scan), e.scan.name)
f = Document._meta.get_field("file")
print(f.upload_to is document_path, f.storage is media, f.storage.base_url, f.storage.location)
print(type(Document._meta.get_field("other").storage).__name__, Document._meta.get_field("other").storage.get_valid_name("n"), Document._meta.get_field("scan").upload_to)
print(media.url("a b/c.txt"), media.path("x/y.txt"), media.generate_filename("dir/some file?.txt"), os.environ.get("ORMFIDDLE_NOT_SET", "default"))
d.file = "documents/memo/Notes.txt"
d.save()
print(Document.objects.values_list("file", "attachment").get())
