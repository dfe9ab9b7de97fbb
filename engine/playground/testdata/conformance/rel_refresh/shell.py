red = Team.objects.create(name='red')
blue = Team.objects.create(name='blue')
p = Player.objects.create(name='Ann', number=7, team=red)
p.team
Player.objects.filter(pk=p.pk).update(team=blue, number=9, name='Anne')
p.team
p.number
p.refresh_from_db(fields=['number'])
p.number
p.name
p.team
p.refresh_from_db()
p.name
p.team
p.team
p.refresh_from_db(fields=['team'])
p.team
p.refresh_from_db(fields=['nope'])
q = Player.objects.defer('number').get(pk=p.pk)
q.get_deferred_fields()
q.refresh_from_db()
q.get_deferred_fields()
q.number
red.refresh_from_db()
red.player_set.all()
p.team = red
p.team_id
p.refresh_from_db()
p.team_id
p.team
Player.objects.filter(pk=p.pk).delete()
p.refresh_from_db()
