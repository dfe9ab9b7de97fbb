c = Counter.objects.create(name="a")
c.hits = F("hits") + 1
c.save()
c.hits
c.hits = F("hits") * 10
c.score = F("score") + 0.5
c.save(update_fields=["hits"])
c.hits, c.score
c.refresh_from_db()
c.hits, c.score
c.save(False, True)
c.save(force_update=True)
ghost = Counter(id=99, name="ghost")
ghost.save(force_update=True)
ghost.save(update_fields=["name"])
try:
    ghost.save(force_update=True)
except Counter.NotUpdated as e:
    print("not updated:", e)
try:
    ghost.save(force_update=True)
except DatabaseError as e:
    print("database error:", type(e).__name__)
c.save(update_fields=["id"])
c.save(update_fields=["nope"])
n = Counter(name="now", hits=Value(7))
n.save()
n.hits
r = Restaurant.objects.create(name="R", seats=4)
r2 = Restaurant(place_ptr_id=r.pk, name="R2", seats=5)
r2.save(force_insert=(Place,))
r3 = Restaurant(name="R3", seats=6)
r3.save(force_insert=(Place,))
r3.save(force_insert=(Counter,))
r3.save(force_insert=[Place])
Counter.objects.filter(pk=c.pk).update(hits=F("hits") + 1)
c.delete()
