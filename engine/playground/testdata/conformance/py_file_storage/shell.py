d = Doc(plain="up/a b.txt")
print(d.plain.url, d.plain.storage.base_url, Doc._meta.get_field("plain").storage.base_url, Doc._meta.get_field("plain").upload_to)
print(isinstance(d.plain.storage, FileSystemStorage), d.plain.storage is default_storage, default_storage.url("x y"))
print(FileSystemStorage(base_url="http://cdn.example.com/m").url("/a/b c.png"), FileSystemStorage().generate_filename("a/b/../c d.txt"))
FileSystemStorage(location="/srv").path("../etc/passwd")
Storage().url("x")
FileSystemStorage().get_valid_name("..")
Doc(plain="").plain.url
