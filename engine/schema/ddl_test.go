package schema

import (
	"strings"
	"testing"
)

func mustField(t *testing.T, a *Apps, k Kind, opt FieldOptions) *Field {
	t.Helper()
	f, err := a.NewField(k, opt)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func mustRegister(t *testing.T, a *Apps, def ModelDef) *Model {
	t.Helper()
	m, err := a.Register(def)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func checkDDL(t *testing.T, a *Apps, want ...string) {
	t.Helper()
	if err := a.Ready(); err != nil {
		t.Fatal(err)
	}
	got := a.DDL(SQLite)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("DDL:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDDLMultiTable(t *testing.T) {
	a := NewApps("myapp")
	place := mustRegister(t, a, ModelDef{Name: "Place", Fields: []NamedField{
		{"name", mustField(t, a, CharField, FieldOptions{MaxLength: 50})},
		{"address", mustField(t, a, CharField, FieldOptions{MaxLength: 80})},
	}})
	r := mustRegister(t, a, ModelDef{Name: "Restaurant", Bases: []*Model{place}, Fields: []NamedField{
		{"serves_hot_dogs", mustField(t, a, BooleanField, FieldOptions{Default: false, HasDefault: true})},
		{"serves_pizza", mustField(t, a, BooleanField, FieldOptions{Default: false, HasDefault: true})},
	}})
	checkDDL(t, a,
		`CREATE TABLE "myapp_place" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL, "address" varchar(80) NOT NULL)`,
		`CREATE TABLE "myapp_restaurant" ("place_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "myapp_place" ("id") DEFERRABLE INITIALLY DEFERRED, "serves_hot_dogs" bool NOT NULL, "serves_pizza" bool NOT NULL)`)
	var names []string
	for _, f := range r.Meta.Fields() {
		names = append(names, f.Column)
	}
	if got := strings.Join(names, ","); got != "id,name,address,place_ptr_id,serves_hot_dogs,serves_pizza" {
		t.Errorf("Restaurant fields %s", got)
	}
	if r.Meta.Pk.Name != "place_ptr" || r.Meta.AncestorLink(place).Name != "place_ptr" {
		t.Errorf("pk %s", r.Meta.Pk.Name)
	}
	if _, rel, _ := place.Meta.GetField("restaurant"); rel == nil || rel.AccessorName() != "restaurant" {
		t.Errorf("reverse one-to-one: %v", rel)
	}
}

func TestDDLForeignKeyAndAbstract(t *testing.T) {
	a := NewApps("myapp")
	rep := mustRegister(t, a, ModelDef{Name: "Reporter", Fields: []NamedField{
		{"first_name", mustField(t, a, CharField, FieldOptions{MaxLength: 30})},
		{"email", mustField(t, a, EmailField, FieldOptions{})},
	}})
	headline := mustField(t, a, CharField, FieldOptions{MaxLength: 100})
	fk, _ := a.NewRelation(ForeignKey, "Reporter", FieldOptions{}, Rel{OnDelete: Cascade})
	mustRegister(t, a, ModelDef{Name: "Article", Fields: []NamedField{
		{"headline", headline},
		{"reporter", fk},
	}, Meta: MetaDef{Ordering: &[]any{"headline"}}})
	common := mustRegister(t, a, ModelDef{Name: "CommonInfo", Fields: []NamedField{
		{"name", mustField(t, a, CharField, FieldOptions{MaxLength: 100})},
		{"age", mustField(t, a, PositiveIntegerField, FieldOptions{})},
	}, Meta: MetaDef{Abstract: true}})
	mustRegister(t, a, ModelDef{Name: "Student", Bases: []*Model{common}, Fields: []NamedField{
		{"home_group", mustField(t, a, CharField, FieldOptions{MaxLength: 5})},
	}, Meta: MetaDef{DBTable: "student_info"}})
	checkDDL(t, a,
		`CREATE TABLE "myapp_reporter" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "first_name" varchar(30) NOT NULL, "email" varchar(254) NOT NULL)`,
		`CREATE TABLE "myapp_article" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "headline" varchar(100) NOT NULL, "reporter_id" integer NOT NULL REFERENCES "myapp_reporter" ("id") DEFERRABLE INITIALLY DEFERRED)`,
		`CREATE TABLE "student_info" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(100) NOT NULL, "age" integer unsigned NOT NULL CHECK ("age" >= 0), "home_group" varchar(5) NOT NULL)`,
		`CREATE INDEX "myapp_article_reporter_id_99e784f9" ON "myapp_article" ("reporter_id")`)
	if _, rel, _ := rep.Meta.GetField("article"); rel == nil || rel.AccessorName() != "article_set" {
		t.Errorf("reverse fk: %v", rel)
	}
}

func TestDDLManyToManyAndMultipleInheritance(t *testing.T) {
	a := NewApps("myapp")
	mustRegister(t, a, ModelDef{Name: "Topping", Fields: []NamedField{{"name", mustField(t, a, CharField, FieldOptions{MaxLength: 50})}}})
	m2m, _ := a.NewRelation(ManyToManyField, "Topping", FieldOptions{}, Rel{})
	mustRegister(t, a, ModelDef{Name: "Pizza", Fields: []NamedField{{"name", mustField(t, a, CharField, FieldOptions{MaxLength: 50})}, {"toppings", m2m}}})
	art := mustRegister(t, a, ModelDef{Name: "Article", Fields: []NamedField{
		{"article_id", mustField(t, a, AutoField, FieldOptions{PrimaryKey: true})},
		{"headline", mustField(t, a, CharField, FieldOptions{MaxLength: 100})}}})
	book := mustRegister(t, a, ModelDef{Name: "Book", Fields: []NamedField{
		{"book_id", mustField(t, a, AutoField, FieldOptions{PrimaryKey: true})},
		{"title", mustField(t, a, CharField, FieldOptions{MaxLength: 100})}}})
	mustRegister(t, a, ModelDef{Name: "BookReview", Bases: []*Model{book, art}, Fields: []NamedField{
		{"stars", mustField(t, a, IntegerField, FieldOptions{Default: int64(3), HasDefault: true})}}})
	checkDDL(t, a,
		`CREATE TABLE "myapp_topping" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL)`,
		`CREATE TABLE "myapp_pizza" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "name" varchar(50) NOT NULL)`,
		`CREATE TABLE "myapp_pizza_toppings" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "pizza_id" integer NOT NULL REFERENCES "myapp_pizza" ("id") DEFERRABLE INITIALLY DEFERRED, "topping_id" integer NOT NULL REFERENCES "myapp_topping" ("id") DEFERRABLE INITIALLY DEFERRED)`,
		`CREATE TABLE "myapp_article" ("article_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "headline" varchar(100) NOT NULL)`,
		`CREATE TABLE "myapp_book" ("book_id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(100) NOT NULL)`,
		`CREATE TABLE "myapp_bookreview" ("article_ptr_id" integer NOT NULL UNIQUE REFERENCES "myapp_article" ("article_id") DEFERRABLE INITIALLY DEFERRED, "book_ptr_id" integer NOT NULL PRIMARY KEY REFERENCES "myapp_book" ("book_id") DEFERRABLE INITIALLY DEFERRED, "stars" integer NOT NULL)`,
		`CREATE UNIQUE INDEX "myapp_pizza_toppings_pizza_id_topping_id_fb80a1fa_uniq" ON "myapp_pizza_toppings" ("pizza_id", "topping_id")`,
		`CREATE INDEX "myapp_pizza_toppings_pizza_id_32b24f14" ON "myapp_pizza_toppings" ("pizza_id")`,
		`CREATE INDEX "myapp_pizza_toppings_topping_id_09843d7c" ON "myapp_pizza_toppings" ("topping_id")`)
}
