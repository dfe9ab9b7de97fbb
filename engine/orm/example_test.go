package orm_test

import (
	"fmt"

	"github.com/ormfiddle/ormfiddle/engine/orm"
	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

// The engine used from Go, without the language: define two models, save,
// query across the foreign key, delete with cascade, and read the SQL
// Django would run.
func Example() {
	apps := schema.NewApps("myapp")
	name, _ := apps.NewField(schema.CharField, schema.FieldOptions{MaxLength: 30})
	reporter, _ := apps.Register(schema.ModelDef{Name: "Reporter", Fields: []schema.NamedField{{Name: "name", Field: name}}})
	headline, _ := apps.NewField(schema.CharField, schema.FieldOptions{MaxLength: 100})
	fk, _ := apps.NewRelation(schema.ForeignKey, "Reporter", schema.FieldOptions{}, schema.Rel{OnDelete: schema.Cascade})
	article, _ := apps.Register(schema.ModelDef{Name: "Article", Fields: []schema.NamedField{
		{Name: "headline", Field: headline}, {Name: "reporter", Field: fk},
	}})
	if err := apps.Ready(); err != nil {
		panic(err)
	}
	for _, stmt := range apps.DDL(schema.SQLite) {
		fmt.Println(stmt)
	}

	db, err := orm.Open(apps)
	if err != nil {
		panic(err)
	}
	defer db.Close()
	db.Conn.SetRecorder(func(s sqlite.Statement) { fmt.Println(s.Text) })

	r, _ := db.NewInstance(reporter, nil, []orm.KV{{Name: "name", Value: "John"}})
	if err := r.Save(orm.SaveOptions{}); err != nil {
		panic(err)
	}
	a, _ := db.NewInstance(article, nil, []orm.KV{{Name: "headline", Value: "Hello"}, {Name: "reporter", Value: r}})
	if err := a.Save(orm.SaveOptions{}); err != nil {
		panic(err)
	}
	qs, err := db.All(article).FilterKW(nil, []orm.KV{{Name: "reporter__name__startswith", Value: "J"}}, false)
	if err != nil {
		panic(err)
	}
	n, _ := qs.Count()
	fmt.Println("count:", n)
	total, perModel, _ := r.Delete(false)
	fmt.Println("deleted:", total, perModel)
	// Output:
	// CREATE TABLE "myapp_reporter" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(30) NOT NULL)
	// CREATE TABLE "myapp_article" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "headline" varchar(100) NOT NULL, "reporter_id" integer NOT NULL REFERENCES "myapp_reporter" ("id") DEFERRABLE INITIALLY DEFERRED)
	// CREATE INDEX "myapp_article_reporter_id_99e784f9" ON "myapp_article" ("reporter_id")
	// INSERT INTO "myapp_reporter" ("name") VALUES ('John')
	// INSERT INTO "myapp_article" ("headline", "reporter_id") VALUES ('Hello', 1)
	// SELECT COUNT(*) AS "__count" FROM "myapp_article" INNER JOIN "myapp_reporter" ON ("myapp_article"."reporter_id" = "myapp_reporter"."id") WHERE "myapp_reporter"."name" LIKE 'J%' ESCAPE '\'
	// count: 1
	// DELETE FROM "myapp_article" WHERE "myapp_article"."reporter_id" IN (1)
	// DELETE FROM "myapp_reporter" WHERE "myapp_reporter"."id" IN (1)
	// deleted: 2 [{myapp.Article 1} {myapp.Reporter 1}]
}
