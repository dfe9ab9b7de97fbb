import uuid
p = Profile(handle="ada", email="ada@example.com")
p.token, p.settings, p.active, p.verified, p.homepage, p.bio
p.save()
p.settings = {"theme": "dark", "langs": ["en", "fr"], "beta": True, "n": None}
p.verified = False
p.save()
q = Profile.objects.get(handle="ada")
q.settings
q.avatar
Profile(handle="x", avatar=b"\x89PNG").avatar
q.token
q.verified, q.active
Profile.objects.create(handle="bob", email="bob@example.com", token=uuid.UUID("abcdef00-0000-4000-8000-000000000001"), settings=[1, 2.5, "x"])
Profile.objects.get(token="abcdef00-0000-4000-8000-000000000001").settings
Profile.objects.filter(token=uuid.UUID("abcdef00-0000-4000-8000-000000000001")).count()
Profile.objects.filter(verified__isnull=True).values_list("handle", flat=True)
Profile.objects.filter(active=True).count()
Profile.objects.create(handle="ada2", email="ada@example.com")
Profile.objects.filter(token="not-a-uuid")
Profile.objects.values("handle", "settings")
Profile.objects.filter(settings__theme="dark").values_list("handle", flat=True)
p.active = "maybe"
p.save()
