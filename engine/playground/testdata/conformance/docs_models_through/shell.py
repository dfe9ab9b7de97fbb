# Models (topics/db/models): extra fields on many-to-many relationships.
ringo = Person.objects.create(name="Ringo Starr")
paul = Person.objects.create(name="Paul McCartney")
beatles = Group.objects.create(name="The Beatles")
m1 = Membership(
    person=ringo,
    group=beatles,
    date_joined=date(1962, 8, 16),
    invite_reason="Needed a new drummer.",
)
m1.save()
beatles.members.all()
ringo.group_set.all()
m2 = Membership.objects.create(
    person=paul,
    group=beatles,
    date_joined=date(1960, 8, 1),
    invite_reason="Wanted to form a band.",
)
beatles.members.all()
john = Person.objects.create(name="John Lennon")
george = Person.objects.create(name="George Harrison")
beatles.members.add(john, through_defaults={"date_joined": date(1960, 8, 1)})
beatles.members.create(
    name="George Harrison", through_defaults={"date_joined": date(1960, 8, 1)}
)
beatles.members.set(
    [john, paul, ringo, george], through_defaults={"date_joined": date(1960, 8, 1)}
)
Membership.objects.create(
    person=ringo,
    group=beatles,
    date_joined=date(1968, 9, 4),
    invite_reason="You've been gone for a month and we miss you.",
)
beatles.members.all()
# This deletes both of the intermediate model instances for Ringo Starr
beatles.members.remove(ringo)
beatles.members.all()
# Beatles have broken up
beatles.members.clear()
# Note that this deletes the intermediate model instances
Membership.objects.all()
# The page's queries below assume the memberships of the start.
m1 = Membership.objects.create(person=ringo, group=beatles, date_joined=date(1962, 8, 16), invite_reason="Needed a new drummer.")
m2 = Membership.objects.create(person=paul, group=beatles, date_joined=date(1960, 8, 1), invite_reason="Wanted to form a band.")
Group.objects.filter(members__name__startswith="Paul")
Person.objects.filter(
    group__name="The Beatles", membership__date_joined__gt=date(1961, 1, 1)
)
ringos_membership = Membership.objects.get(group=beatles, person=ringo)
ringos_membership.date_joined
ringos_membership.invite_reason
ringos_membership = ringo.membership_set.get(group=beatles)
ringos_membership.date_joined
ringos_membership.invite_reason
