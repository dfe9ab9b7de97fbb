package orm

import (
	"strings"
	"testing"

	"github.com/ormfiddle/ormfiddle/engine/schema"
	"github.com/ormfiddle/ormfiddle/engine/sqlite"
)

type recorder struct{ sql []string }

func (r *recorder) take() string {
	s := strings.Join(r.sql, "\n")
	r.sql = nil
	return s
}

func openMTI(t *testing.T) (*DB, *schema.Model, *schema.Model, *recorder) {
	a := schema.NewApps("myapp")
	f := func(k schema.Kind, o schema.FieldOptions) *schema.Field {
		fl, err := a.NewField(k, o)
		if err != nil {
			t.Fatal(err)
		}
		return fl
	}
	place, err := a.Register(schema.ModelDef{Name: "Place", Fields: []schema.NamedField{
		{Name: "name", Field: f(schema.CharField, schema.FieldOptions{MaxLength: 50})},
		{Name: "address", Field: f(schema.CharField, schema.FieldOptions{MaxLength: 80})},
	}})
	if err != nil {
		t.Fatal(err)
	}
	rest, err := a.Register(schema.ModelDef{Name: "Restaurant", Bases: []*schema.Model{place}, Fields: []schema.NamedField{
		{Name: "serves_hot_dogs", Field: f(schema.BooleanField, schema.FieldOptions{Default: false, HasDefault: true})},
		{Name: "serves_pizza", Field: f(schema.BooleanField, schema.FieldOptions{Default: false, HasDefault: true})},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Ready(); err != nil {
		t.Fatal(err)
	}
	db, err := Open(a)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	db.Conn.SetRecorder(func(s sqlite.Statement) { rec.sql = append(rec.sql, s.Text) })
	return db, place, rest, rec
}

func check(t *testing.T, rec *recorder, want ...string) {
	t.Helper()
	if got := rec.take(); got != strings.Join(want, "\n") {
		t.Errorf("SQL:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

func TestMultiTableInheritance(t *testing.T) {
	db, place, rest, rec := openMTI(t)
	r, err := db.NewInstance(rest, nil, []KV{{"name", "Bob's Cafe"}, {"address", "1 Main St"}, {"serves_pizza", true}})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Save(SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	check(t, rec,
		`INSERT INTO "myapp_place" ("name", "address") VALUES ('Bob''s Cafe', '1 Main St')`,
		`INSERT INTO "myapp_restaurant" ("place_ptr_id", "serves_hot_dogs", "serves_pizza") SELECT 1, 0, 1`)
	p, err := db.All(place).Get(KV{"id", r.AttValue("id")})
	if err != nil {
		t.Fatal(err)
	}
	rec.take()
	rel := rest.Meta.ConcreteFields()[3].Rel // place_ptr
	got, err := p.GetReverseOne(rel)
	if err != nil || got.Pk() != int64(1) {
		t.Fatal(got, err)
	}
	check(t, rec, `SELECT "myapp_place"."id", "myapp_place"."name", "myapp_place"."address", "myapp_restaurant"."place_ptr_id", "myapp_restaurant"."serves_hot_dogs", "myapp_restaurant"."serves_pizza" FROM "myapp_restaurant" INNER JOIN "myapp_place" ON ("myapp_restaurant"."place_ptr_id" = "myapp_place"."id") WHERE "myapp_restaurant"."place_ptr_id" = 1 LIMIT 21`)
	r.SetValue("serves_hot_dogs", true)
	if err := r.Save(SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	check(t, rec,
		`UPDATE "myapp_place" SET "name" = 'Bob''s Cafe', "address" = '1 Main St' WHERE "myapp_place"."id" = 1`,
		`UPDATE "myapp_restaurant" SET "serves_hot_dogs" = 1, "serves_pizza" = 1 WHERE "myapp_restaurant"."place_ptr_id" = 1`)
	// Clone: pk = None; id = None; _state.adding = True.
	r.SetPk(nil)
	r.SetValue("id", nil)
	r.State.Adding = true
	if err := r.Save(SaveOptions{}); err != nil {
		t.Fatal(err)
	}
	check(t, rec,
		`INSERT INTO "myapp_place" ("name", "address") VALUES ('Bob''s Cafe', '1 Main St')`,
		`INSERT INTO "myapp_restaurant" ("place_ptr_id", "serves_hot_dogs", "serves_pizza") SELECT 2, 1, 1`)
	first, err := db.All(rest).Get(KV{"pk", int64(1)})
	if err != nil {
		t.Fatal(err)
	}
	rec.take()
	n, counts, err := first.Delete(false)
	if err != nil || n != 2 || len(counts) != 2 || counts[0].Label != "myapp.Restaurant" {
		t.Fatal(n, counts, err)
	}
	check(t, rec,
		`DELETE FROM "myapp_restaurant" WHERE "myapp_restaurant"."place_ptr_id" IN (1)`,
		`DELETE FROM "myapp_place" WHERE "myapp_place"."id" IN (1)`)
	c, _ := db.All(place).Count()
	if c != 1 {
		t.Errorf("count %d", c)
	}
}
