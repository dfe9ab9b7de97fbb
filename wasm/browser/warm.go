package main

import (
	"fmt"

	"github.com/ormfiddle/ormfiddle/engine/playground"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// warmSQL is the SQL a session's first statements run, in the shapes
// Django writes it: tables with a foreign key and an index, inserts, a
// join with a filter, ordering and a limit, an update, a count, a
// transaction with a savepoint, a delete.
var warmSQL = []struct {
	sql  string
	args []any
}{
	{`CREATE TABLE "warm_place" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "address" varchar(80) NOT NULL)`, nil},
	{`CREATE TABLE "warm_restaurant" ("place_ptr_id" bigint NOT NULL PRIMARY KEY REFERENCES "warm_place" ("id") DEFERRABLE INITIALLY DEFERRED, "serves_pizza" bool NOT NULL, "rating" decimal NULL)`, nil},
	{`CREATE INDEX "warm_place_name_idx" ON "warm_place" ("name")`, nil},
	{`INSERT INTO "warm_place" ("name", "address") VALUES (%s, %s) RETURNING "warm_place"."id"`, []any{"Bob's", "1 Main St"}},
	{`INSERT INTO "warm_restaurant" ("place_ptr_id", "serves_pizza", "rating") VALUES (%s, %s, %s)`, []any{1, true, "4.5"}},
	{`SELECT "warm_place"."id", "warm_place"."name", "warm_restaurant"."serves_pizza" FROM "warm_restaurant" INNER JOIN "warm_place" ON ("warm_restaurant"."place_ptr_id" = "warm_place"."id") WHERE ("warm_place"."name" = %s AND "warm_restaurant"."rating" > %s) ORDER BY "warm_place"."name" DESC LIMIT 21`, []any{"Bob's", 1}},
	{`UPDATE "warm_restaurant" SET "serves_pizza" = %s WHERE "warm_restaurant"."place_ptr_id" = %s`, []any{false, 1}},
	{`SELECT COUNT(*) AS "__count" FROM "warm_place"`, nil},
	{`SELECT DISTINCT "warm_place"."name" FROM "warm_place" WHERE "warm_place"."id" IN (SELECT U0."place_ptr_id" FROM "warm_restaurant" U0) GROUP BY "warm_place"."name" HAVING COUNT(*) > 0`, nil},
	{`SAVEPOINT "s1"`, nil},
	{`DELETE FROM "warm_restaurant" WHERE "warm_restaurant"."place_ptr_id" IN (%s)`, []any{1}},
	{`RELEASE SAVEPOINT "s1"`, nil},
	{`DELETE FROM "warm_place" WHERE "warm_place"."id" IN (%s)`, []any{1}},
}

// warmSession is a small session in the shapes first sessions have: two
// models with a foreign key and a many-to-many relation, and the ORM's
// everyday calls in its shell, each rendered as the page renders a trace.
// Its models.py is short, so that warm, started with the page's engine,
// reaches the shell's code (the ORM, the SQL compiler, the trace's
// rendering) while the page's first session is still loading its own.
var warmSession = playground.Source{
	Models: `from django.db import models

class Tag(models.Model):
    name = models.CharField(max_length=20, unique=True)

class Post(models.Model):
    title = models.CharField(max_length=50)
    author = models.ForeignKey("Tag", on_delete=models.CASCADE, related_name="posts", null=True)
    tags = models.ManyToManyField(Tag)
    rating = models.DecimalField(max_digits=3, decimal_places=1, default=0)
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.title
`,
	Shell: `t = Tag.objects.create(name="go")
p = Post(title="Hello", author=t)
p.save()
p.tags.add(t)
Post.objects.filter(title__startswith="He", author__name="go").order_by("-id")[:2]
Post.objects.select_related("author").get(pk=p.pk)
list(Tag.objects.prefetch_related("posts").values("name"))
Post.objects.filter(tags__name="go").update(rating=4.5)
from django.db.models import Count, F, Q
Tag.objects.annotate(n=Count("posts")).filter(Q(n__gt=0) | Q(name="x")).exists()
Post.objects.get(pk=99)
p.delete()
`,
}

// warm runs warmSQL on a database of its own and releases it, then
// warmSession, rendered: what it runs is code that every first session
// runs. The page calls it (ormfiddle.warm()) in a second instance of the
// engine, in a Web Worker, while its own instance starts: the browser
// compiles each function of the wasm the first time any instance calls
// it, once for all of them, so the page's first session finds these
// compiled.
func warm() error {
	if err := warmSQLite(); err != nil {
		return err
	}
	if res := runSource(warmSession, 0, "", nil); !res.OK {
		return fmt.Errorf("the warm-up session did not load: %s", res.ProblemsHTML)
	}
	lastSteps, lastOther = nil, nil
	return nil
}

// warmSQLite runs warmSQL on a database of its own and releases it.
func warmSQLite() error {
	c, err := sqlite.Open()
	if err != nil {
		return err
	}
	for _, s := range warmSQL {
		if s.args == nil {
			err = c.ExecScript(s.sql)
		} else if _, err = c.Query(s.sql, s.args...); err != nil {
			break
		}
		if err != nil {
			break
		}
	}
	c.Close()
	sqlite.TidyPool()
	return err
}
